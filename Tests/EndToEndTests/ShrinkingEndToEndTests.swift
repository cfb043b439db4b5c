import Foundation
import Testing

/// A file that loses figures says so; one with only its header is refused; a run that leaves
/// an indicator with no values fails unless the pipeline declared that it may shrink.
@Suite(.serialized)
struct ShrinkingEndToEndTests {
    static let personnel = "RawData/regional_rd/rnd_population.csv"
    static let grdp = "RawData/kosis/시도별 지역내총생산.csv"

    /// Rewrites a CRLF file keeping the lines `keep` accepts.
    static func rewrite(
        _ innostat: InnoStatBinary, _ relative: String, keep: (Substring) -> Bool,
        change: (Substring) -> Substring = { $0 }
    ) throws {
        let text = try String(contentsOfFile: innostat.path(relative), encoding: .utf8)
        let separator = text.contains("\r\n") ? "\r\n" : "\n"
        let lines = text.split(separator: Character(separator), omittingEmptySubsequences: false)
        try lines.filter(keep).map(change).joined(separator: separator)
            .write(toFile: innostat.path(relative), atomically: true, encoding: .utf8)
    }

    /// The JSON objects of a `--log-format json` run.
    static func events(_ stderr: String) throws -> [[String: Any]] {
        try stderr.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    @Test func aFileWithOnlyItsHeaderFailsAndRetiresNothing() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        let figures =
            "SELECT count(*) FROM observation WHERE source_id = 'kistep_regional_rd_personnel'"
        #expect(try innostat.scalar(figures) == "102")
        let values = try innostat.scalar(
            "SELECT count(*) FROM indicator_value WHERE value IS NOT NULL")
        var first = true
        try Self.rewrite(innostat, Self.personnel) { _ in
            defer { first = false }
            return first
        }
        let run = try innostat.run("run")
        #expect(run.status == 1, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "\(Self.personnel):1: no data rows after the header: a file with only its header is refused"
            ))
        #expect(
            run.stderr.contains(
                "\(Self.personnel): load failed: unreadable: nothing from this file was loaded"))
        #expect(try innostat.scalar(figures) == "102")
        #expect(
            try innostat.scalar("SELECT count(*) FROM indicator_value WHERE value IS NOT NULL")
                == values)
        let validate = try innostat.run("validate", "--only", "kistep_regional_rd_personnel")
        #expect(validate.status == 1)
        #expect(validate.stderr.contains("\(Self.personnel):1: no data rows after the header"))
    }

    /// Gwangju's row dropped (6 figures retired) and Seoul 2020 revised.
    @Test func everyFileSaysWhatItAddedRevisedAndRetired() throws {
        let innostat = try InnoStatBinary()
        let first = try innostat.run("run", "--log-format", "json")
        #expect(first.status == 0)
        let loaded = try Self.events(first.stderr).first {
            $0["event"] as? String == "file_loaded" && $0["file"] as? String == Self.personnel
        }
        #expect(loaded?["added"] as? Int == 102)
        #expect(loaded?["revised"] as? Int == 0)
        #expect(loaded?["retired"] as? Int == 0)
        try Self.rewrite(
            innostat, Self.personnel, keep: { !$0.hasPrefix("광주,") },
            change: {
                $0.hasPrefix("서울,")
                    ? Substring($0.replacingOccurrences(of: "\"190,617\"", with: "\"190,618\""))
                    : $0
            })
        let text = try innostat.run("run")
        #expect(text.status == 0, "\(text.stderr)")
        #expect(
            text.stderr.contains(
                "\(Self.personnel): 16 rows, 96 observations (0 added, 1 revised, 6 retired), 0 skipped, 0 rejects, 0 check warnings"
            ),
            "\(text.stderr)")
        #expect(text.stderr.contains("96 observations (figures 0 added, 1 revised, 6 retired)"))
        #expect(
            try innostat.scalar(
                """
                SELECT count(*) || ' ' || count(DISTINCT region_code) FROM observation_history
                WHERE source_id = 'kistep_regional_rd_personnel'
                """) == "7 2")
    }

    @Test func aRunThatEmptiesAnIndicatorFails() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        // A download of the activity rows only: every row is skipped by declaration.
        try Self.rewrite(innostat, Self.grdp, keep: { !$0.contains(",지역내총생산(시장가격),") })
        let run = try innostat.run("run")
        #expect(run.status == 1, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "grdp_capital_share: no values now, 39 before this run (from kosis_grdp); "
                    + "the run fails unless their pipelines declare may_shrink: true"),
            "\(run.stderr)")
        #expect(run.stderr.contains("grdp_per_capita_gini: no values now"))
        #expect(run.stderr.contains("\nfailed: "))
    }

    @Test func aPipelineMayDeclareThatItShrinks() throws {
        let innostat = try InnoStatBinary()
        let pipeline = innostat.path("Pipelines/kosis_grdp.yaml")
        let yaml = try String(contentsOfFile: pipeline, encoding: .utf8)
        try (yaml + "may_shrink: true\n").write(toFile: pipeline, atomically: true, encoding: .utf8)
        #expect(try innostat.run("run").status == 0)
        try Self.rewrite(innostat, Self.grdp, keep: { !$0.contains(",지역내총생산(시장가격),") })
        let run = try innostat.run("run")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "grdp_capital_share: no values now, 39 before this run (from kosis_grdp); "
                    + "allowed (may_shrink, or --retire-orphans)"),
            "\(run.stderr)")
        #expect(run.stderr.contains("\nok: "))
    }

    @Test func aSourceWithoutAPipelineIsReportedEveryRunAndRetiredOnRequest() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        let figures = try innostat.scalar(
            "SELECT count(*) FROM observation WHERE source_id = 'kosis_grdp'")
        try FileManager.default.removeItem(atPath: innostat.path("Pipelines/kosis_grdp.yaml"))
        let line =
            "source kosis_grdp has no pipeline: \(figures) figures kept (loaded by kosis_grdp, "
            + "not in the pipelines folder); run --retire-orphans retires them"
        for _ in 1...2 {
            let run = try innostat.run("run")
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.contains(line), "\(run.stderr)")
        }
        #expect(
            try innostat.scalar("SELECT count(*) FROM observation WHERE source_id = 'kosis_grdp'")
                == figures)
        let retire = try innostat.run("run", "--retire-orphans")
        #expect(retire.status == 0, "\(retire.stderr)")
        #expect(
            retire.stderr.contains(
                "source kosis_grdp has no pipeline: \(figures) figures retired to history (loaded by "
                    + "kosis_grdp, not in the pipelines folder)"), "\(retire.stderr)")
        #expect(retire.stderr.contains("grdp_capital_share: no values now, 39 before this run"))
        #expect(
            try innostat.scalar("SELECT count(*) FROM observation WHERE source_id = 'kosis_grdp'")
                == "0")
        #expect(
            try innostat.scalar(
                "SELECT count(*) FROM observation_history WHERE source_id = 'kosis_grdp'")
                == figures)
        #expect(
            try innostat.scalar(
                "SELECT count(*) || ' ' || min(status) FROM etl_load WHERE pipeline = 'kosis_grdp' AND status = 'retired'"
            )
                == "1 retired")
        let after = try innostat.run("run")
        #expect(after.status == 0)
        #expect(!after.stderr.contains("has no pipeline"))
    }
}
