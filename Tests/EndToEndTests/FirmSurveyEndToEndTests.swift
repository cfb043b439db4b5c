import Foundation
import Testing

/// The built binary on a temp copy of the project with a generated firm-survey file.
struct FirmSurveyEndToEndTests {
    /// A temp project with `rows` generated (messy) responses in RawData/firm_survey/firms.csv.
    static func project(rows: Int) throws -> InnoStatBinary {
        let innostat = try InnoStatBinary()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "\(InnoStatBinary.packageRoot)/bench/gen_microdata.py", String(rows),
            innostat.path("RawData/firm_survey/firms.csv"), "--messy",
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return innostat
    }

    /// The same survey as a workbook (bench/csv_to_xlsx.py) loads the same responses and
    /// aggregates as its CSV, each response at its sheet row.
    @Test func aSurveyInAWorkbookLoadsAsItsCSV() throws {
        let innostat = try InnoStatBinary()
        let csv = innostat.path("RawData/firm_survey/firms.csv")
        for (script, arguments) in [
            ("gen_microdata.py", ["1000", csv]),
            ("csv_to_xlsx.py", [csv, innostat.path("RawData/firm_survey/firms.xlsx")]),
        ] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments =
                ["python3", "\(InnoStatBinary.packageRoot)/bench/\(script)"] + arguments
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let responses = """
            SELECT survey_year, firm_id, region_code, industry_ksic, size_code, employees,
                   sales_mwon, rd_expenditure_mwon, conducts_rd, has_rd_center, source_line
            FROM firm_response ORDER BY source_line
            """
        let figures = """
            SELECT measure_code, region_code, period, size_code, value, status FROM observation
            WHERE source_id = 'synthetic_firm_survey' ORDER BY 1, 2, 3, 4
            """
        #expect(try innostat.run("run", "--only", "firm_survey").status == 0)
        let fromCSV = try [responses, figures].map {
            try innostat.run("query", "--format", "csv", $0).stdout
        }
        try FileManager.default.removeItem(atPath: csv)
        let pipeline = innostat.path("Pipelines/firm_survey.yaml")
        try String(contentsOfFile: pipeline, encoding: .utf8)
            .replacingOccurrences(of: "firm_survey/*.csv", with: "firm_survey/*.xlsx")
            .write(toFile: pipeline, atomically: true, encoding: .utf8)
        let run = try innostat.run("run", "--only", "firm_survey")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("RawData/firm_survey/firms.xlsx: 1000 rows, 1931 observations"))
        let fromXLSX = try [responses, figures].map {
            try innostat.run("query", "--format", "csv", $0).stdout
        }
        #expect(fromXLSX[0].split(separator: "\n").count == 1001)
        #expect(fromXLSX == fromCSV)
        let sheet = try innostat.scalar(
            "SELECT sheet FROM etl_load WHERE relative_path = 'firm_survey/firms.xlsx'")
        #expect(sheet == "data")
    }

    @Test func theDisabledPipelineRunsOnlyWhenNamed() throws {
        let innostat = try Self.project(rows: 1000)
        let run = try innostat.run("run")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try innostat.scalar("SELECT count(*) FROM firm_response") == "0")
        #expect(!run.stderr.contains("firm_survey"))

        let only = try innostat.run("run", "--only", "firm_survey")
        #expect(only.status == 0, "\(only.stderr)")
        #expect(
            only.stderr.contains(
                "RawData/firm_survey/firms.csv: 1000 rows, 1978 observations (1978 added, 0 revised, 0 retired), 0 skipped, 0 rejects"
            )
        )
        #expect(try innostat.scalar("SELECT count(*) FROM firm_response") == "1000")
        #expect(
            try innostat.scalar(
                "SELECT count(*) FROM v_firm_response WHERE source_file = 'RawData/firm_survey/firms.csv' AND source_id = 'synthetic_firm_survey'"
            ) == "1000")
        #expect(
            try innostat.scalar(
                "SELECT count(*) FROM v_observation WHERE source_id = 'synthetic_firm_survey'")
                == "0")
        #expect(
            try innostat.scalar(
                "SELECT count(*) FROM observation WHERE source_id = 'synthetic_firm_survey'")
                == "1978")
        #expect(
            try innostat.scalar("SELECT count(*) FROM observation WHERE source_id = 'park2001'")
                != "0")

        let status = try innostat.run("status")
        #expect(status.stdout.contains("RawData/firm_survey/firms.csv"))
        let validate = try innostat.run("validate", "--only", "firm_survey")
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(
            validate.stdout
                == "firm_survey\tRawData/firm_survey/firms.csv\t1000 rows\t1978 observations\t0 skipped\t0 rejects\t0 check warnings\n"
        )
    }
}

extension FirmSurveyEndToEndTests {
    @Test func syntheticFiguresAloneComputeNoIndicators() throws {
        let innostat = try Self.project(rows: 200)
        let only = try innostat.run("run", "--only", "firm_survey")
        #expect(only.status == 0, "\(only.stderr)")
        #expect(
            only.stderr.contains(
                "indicators: the warehouse holds no published figure; none computed"))
        #expect(try innostat.scalar("SELECT count(*) FROM indicator_value") == "0")

        let full = try innostat.run("run")
        #expect(full.status == 0, "\(full.stderr)")
        #expect(try Int(innostat.scalar("SELECT count(*) FROM indicator_value"))! > 500)
        // The seed's 1993 and 1996 SME shares and the generator's share the same keys: the
        // synthetic figures never count as a conflicting source.
        #expect(
            try innostat.scalar(
                "SELECT count(*) FROM observation WHERE measure_code = 'sme_conducting_rd_share' AND region_code = 'KR' AND period = '1993'"
            ) == "2")
        #expect(
            try innostat.scalar(
                "SELECT count(*) FROM v_source_conflict WHERE source_id = 'synthetic_firm_survey' OR preferred_source_id = 'synthetic_firm_survey'"
            ) == "0")
        let again = try innostat.run("run", "--only", "firm_survey", "--force")
        #expect(again.status == 0)
        #expect(again.stderr.contains("indicators: no published figure changed") == false)
        #expect(try innostat.scalar("SELECT count(*) FROM indicator_value WHERE run_id = 3") != "0")
    }
}
