import Foundation
import Testing

/// `init` drafts a pipeline that loads a publisher's reply as it stands, for every exchange
/// form: SDMX-CSV (1.0, 2.0, labelled), Eurostat TSV, JSON-stat (a dataset, a collection) and a
/// KOSIS OpenAPI reply; then `run --only` loads it with no reject.
struct ExchangeFormsInitEndToEndTests {
    struct Reply: Sendable, CustomTestStringConvertible {
        let fixture: String
        let file: String
        let account: [String]
        let observations: Int
        let skipped: Int
        var testDescription: String { file }
    }

    static let fixtures = TestPaths.packageRoot + "/Tests/InnoStatCoreTests/Fixtures"

    static let replies: [Reply] = [
        Reply(
            fixture: "sdmx-csv/oecd_gov_debt.csv", file: "oecd_gov_debt.csv",
            account: [
                "form: SDMX-CSV, 695 rows, long", "regions: column REF_AREA",
                "statuses: sdmx code list",
            ],
            observations: 695, skipped: 0),
        Reply(
            fixture: "sdmx-csv/oecd_gov_debt.v2.csv", file: "oecd_gov_debt_v2.csv",
            account: ["form: SDMX-CSV, 695 rows, long"], observations: 695, skipped: 0),
        Reply(
            fixture: "sdmx-csv/oecd_gov_debt.labelled.csv", file: "oecd_gov_debt_labelled.csv",
            account: ["form: SDMX-CSV, 695 rows, long"], observations: 695, skipped: 0),
        Reply(
            fixture: "sdmx-csv/oecd_teacher_salaries.csv", file: "oecd_teacher_salaries.csv",
            account: [
                "check: \"UKM\" is no region the vocabulary knows (closest: UK, TKM, UKR): its rows are skipped",
                "measures: 4: isced11_02 (ISCED11_02); isced11_24 (ISCED11_24); isced11_34 (ISCED11_34); isced11_1 (ISCED11_1)",
            ],
            observations: 940, skipped: 80),
        Reply(
            fixture: "eurostat/env_wasmun.excerpt.tsv", file: "env_wasmun.tsv",
            account: [
                "form: Eurostat TSV, 150 rows, long", "statuses: eurostat code list",
                "check: 1 measure(s) in count: a guess (the reply's unit: \"KG_HAB\")",
                "measures: 2: kg_hab (KG_HAB); ths_t (THS_T)",
            ],
            observations: 135, skipped: 15),
        Reply(
            fixture: "sdmx-csv/eurostat_env_wasmun.v2.csv", file: "env_wasmun_v2.csv",
            account: [
                "form: SDMX-CSV, 150 rows, long", "statuses: eurostat code list",
                "measures: 2: kg_hab (KG_HAB); ths_t (THS_T)",
            ],
            observations: 135, skipped: 15),
        Reply(
            fixture: "json-stat/demo_gind.json", file: "demo_gind.json",
            account: ["form: JSON-stat, 1652 rows, long", "regions: column geo"],
            observations: 1400, skipped: 252),
        Reply(
            fixture: "json-stat/oecd-canada-col.json", file: "oecd-canada-col.json",
            account: ["check: the reply holds 2 datasets: dataset 1 drafted (read.dataset)"],
            observations: 420, skipped: 12),
        Reply(
            fixture: "kosis-api/DT_1B040A3_2022_2024.json", file: "register.json",
            account: [
                "form: KOSIS OpenAPI reply, 162 rows, long", "regions: column C1_NM",
                "measures: 3: chongingusu (총인구수); namjaingusu (남자인구수); yeojaingusu (여자인구수)",
            ],
            observations: 162, skipped: 0),
    ]

    @Test(arguments: replies)
    func aDraftLoadsTheReplyAsItStands(_ reply: Reply) throws {
        let innostat = try InnoStatBinary(copying: [])
        try FileManager.default.createDirectory(
            atPath: innostat.path("RawData/replies"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: "\(Self.fixtures)/\(reply.fixture)",
            toPath: innostat.path("RawData/replies/\(reply.file)"))
        let name = ((reply.file as NSString).deletingPathExtension)
        let drafted = try innostat.run("init", "RawData/replies/\(reply.file)")
        #expect(drafted.status == 0, "\(drafted.stderr)")
        let lines = drafted.stdout.split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        for line in reply.account { #expect(lines.contains(line), "\(line)\n\(drafted.stdout)") }
        let run = try innostat.run("run", "--only", name)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            try innostat.scalar(
                "SELECT observations_loaded || ' ' || rows_skipped || ' ' || rejects FROM etl_load")
                == "\(reply.observations) \(reply.skipped) 0")
    }

    @Test func aReplyWithNoRegionDimensionIsNotDrafted() throws {
        let innostat = try InnoStatBinary(copying: [])
        try FileManager.default.createDirectory(
            atPath: innostat.path("RawData"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: "\(Self.fixtures)/json-stat/us-gsp.json",
            toPath: innostat.path("RawData/us-gsp.json"))
        let drafted = try innostat.run("init", "RawData/us-gsp.json")
        #expect(drafted.status == 1)
        #expect(
            drafted.stderr
                == "RawData/us-gsp.json: cannot draft a pipeline: no dimension reads as regions "
                + "the vocabulary knows (of state, concept): name the region column in a pipeline "
                + "by hand\n")
        #expect(!FileManager.default.fileExists(atPath: innostat.path("Pipelines/us-gsp.yaml")))
    }
}
