import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// SDMX-CSV as the OECD serves it (Fixtures/sdmx-csv), in its 1.0, 2.0 and labelled forms:
/// every figure checked against the reply read here on its own.
struct SDMXCSVLoadTests {
    static let govDebtPipeline = """
        source: {id: oecd_gov_debt, publisher: OECD, title: General government debt}
        inputs: [debt.csv]
        layout: long
        columns:
          region: REF_AREA
          period: TIME_PERIOD
          value: OBS_VALUE
          status: OBS_STATUS
          unit: UNIT_MEASURE
          unit_multiplier: UNIT_MULT
        status_codes: sdmx
        rules:
          - when: {MEASURE: GGD}
            set: {measure: government_debt_gdp_ratio}
        measures:
          government_debt_gdp_ratio: {name: General government debt, unit: percent of GDP}
        """

    /// `REF_AREA` → warehouse region, read from the ISO table on its own.
    static func alpha2ByAlpha3() throws -> [String: String] {
        var codes: [String: String] = [:]
        for row in try Fixtures.csvRows("country-codes/country-codes.csv") {
            codes[row["ISO3166-1-Alpha-3"]!] = row["ISO3166-1-Alpha-2"]!
        }
        return codes
    }

    static func figures(_ fixture: RunFixture) throws -> [String: String] {
        var figures: [String: String] = [:]
        for row in try fixture.database().rows(
            """
            SELECT measure_code || ' ' || region_code || ' ' || period AS key,
                   coalesce(value, '') || ' ' || status || ' ' || coalesce(note, '') AS figure
            FROM observation
            """)
        {
            figures[row.text("key")!] = row.text("figure")!
        }
        return figures
    }

    @Test(arguments: ["oecd_gov_debt.csv", "oecd_gov_debt.v2.csv", "oecd_gov_debt.labelled.csv"])
    func theGovernmentDebtReplyLoadsEveryFigure(file: String) throws {
        let fixture = try RunFixture(pipelines: ["debt": Self.govDebtPipeline], files: [:])
        try fixture.folder.write("RawData/debt.csv", try Fixtures.data("sdmx-csv/\(file)"))
        let (summary, events) = try fixture.run()
        #expect(summary.succeeded)
        #expect(RunFixture.results(events).first?.rejects == 0)
        let figures = try Self.figures(fixture)
        let regions = try Self.alpha2ByAlpha3()
        let reply = try Fixtures.csvRows("sdmx-csv/oecd_gov_debt.csv")
        #expect(figures.count == reply.count)
        for row in reply {
            let value = row["OBS_VALUE"]!.isEmpty ? "" : "\(Double(row["OBS_VALUE"]!)!)"
            let status = value.isEmpty ? "M" : "A"
            let key =
                "government_debt_gdp_ratio \(regions[row["REF_AREA"]!]!) \(row["TIME_PERIOD"]!)"
            #expect(figures[key] == "\(value) \(status) ", "\(key)")
        }
        #expect(figures["government_debt_gdp_ratio KR 2010"] != nil)
    }

    static let salaryPipeline = """
        source: {id: oecd_teacher_salaries, publisher: OECD, title: Teachers' statutory salaries}
        inputs: [salaries.csv]
        layout: long
        columns:
          region: REF_AREA
          period: TIME_PERIOD
          value: OBS_VALUE
          status: OBS_STATUS
          unit: UNIT_MEASURE
          unit_multiplier: UNIT_MULT
          note: [CURRENCY, DECIMALS]
        status_codes: sdmx
        rules:
          - when: {REF_AREA: [BEFL, BEFR, UKB, UKM]}
            skip: sub-national areas without a region code here
          - when: {EDUCATION_LEV: ISCED11_1}
            set: {measure: teacher_salary_primary}
        unmatched: {skip: other levels of education}
        measures:
          teacher_salary_primary: {name: Statutory salary of a primary teacher with 15 years of experience, unit: national currency}
        """

    /// Missing-value codes leave an empty value missing and say which missing it is; `B` is a
    /// break; the currency and decimals go to the note.
    @Test func statusCodesOfTheWholeListAreKept() throws {
        let fixture = try RunFixture(pipelines: ["salaries": Self.salaryPipeline], files: [:])
        try fixture.folder.write(
            "RawData/salaries.csv", try Fixtures.data("sdmx-csv/oecd_teacher_salaries.csv"))
        let (summary, _) = try fixture.run()
        #expect(summary.succeeded)
        let figures = try Self.figures(fixture)
        let regions = try Self.alpha2ByAlpha3()
        var expected: [String: String] = [:]
        for row in try Fixtures.csvRows("sdmx-csv/oecd_teacher_salaries.csv")
        where row["EDUCATION_LEV"] == "ISCED11_1" && regions[row["REF_AREA"]!] != nil {
            let value = row["OBS_VALUE"]!.isEmpty ? "" : "\(Double(row["OBS_VALUE"]!)!)"
            let meaning = [
                "L": "; OBS_STATUS L: missing value; data exist but were not collected",
                "O": "; OBS_STATUS O: missing value",
                "M": "; OBS_STATUS M: missing value; data cannot exist",
            ][row["OBS_STATUS"]!]
            let status = value.isEmpty ? "M" : (row["OBS_STATUS"] == "B" ? "B" : "A")
            let note =
                (meaning.map { String($0.dropFirst(2)) + "; " } ?? "")
                + "\(row["CURRENCY"]!); \(row["DECIMALS"]!)"
            expected[
                "teacher_salary_primary \(regions[row["REF_AREA"]!]!) \(row["TIME_PERIOD"]!)"] =
                "\(value) \(status) \(note)"
        }
        #expect(expected.count == 47 * 5)
        #expect(figures == expected)
        #expect(
            Set(
                figures.values.map { $0.split(separator: " ", omittingEmptySubsequences: false)[1] }
            ) == ["A", "B", "M"])
    }

    static let handMade = """
        STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT
        dataflow,X:Y(1.0),I,JPN,2020,1.5,A,6
        dataflow,X:Y(1.0),I,JPN,2021,NaN,A,6
        dataflow,X:Y(1.0),I,JPN,2022,2.25,F,-3
        dataflow,X:Y(1.0),I,JPN,2023,3,X,
        dataflow,X:Y(1.0),D,JPN,2019,9,A,0
        dataflow,X:Y(1.0),I,JPN,2018,4,A,sixty

        """

    @Test func multipliersMissingValuesAndUnknownCodes() throws {
        let pipeline = """
            source: {id: sdmx_hand, publisher: P, title: T}
            inputs: [x.csv]
            layout: long
            tolerance: 1
            columns: {region: REF_AREA, period: TIME_PERIOD, value: OBS_VALUE, status: OBS_STATUS, unit_multiplier: UNIT_MULT}
            status_codes: sdmx
            rules:
              - when: {ACTION: D}
                skip: observations the reply deletes
              - when: {ACTION: I}
                set: {measure: m}
            measures:
              m: {name: M, unit: count}
            """
        let fixture = try RunFixture(pipelines: ["x": pipeline], files: ["x.csv": Self.handMade])
        let (summary, events) = try fixture.run()
        #expect(summary.succeeded, "\(RunFixture.results(events).first?.diagnostics ?? [])")
        #expect(
            try fixture.database().rows(
                "SELECT period, value, status, note FROM observation ORDER BY period"
            ).map {
                "\($0.text("period")!) \($0.double("value").map { "\($0)" } ?? "-") \($0.text("status")!) \($0.text("note") ?? "")"
            }
                == [
                    "2020 1500000.0 A ", "2021 - M ", "2022 0.00225 E OBS_STATUS F: forecast value",
                    "2023 3.0 A OBS_STATUS X: not in the SDMX code list",
                ])
        #expect(
            try fixture.database().scalar(
                "SELECT line || ':' || column_number || ' ' || message FROM etl_reject")
                == "7:8 unit multiplier \"sixty\" is not a power of ten (a whole number, -30 to 30)"
        )
    }
}
