import Foundation
import Testing

/// Declarations pipelines must agree on are checked across the folder before anything loads:
/// no outcome depends on which pipeline sorts first.
@Suite(.serialized)
struct PipelineConflictEndToEndTests {
    static func copyGRDPPipeline(
        _ innostat: InnoStatBinary, to name: String, replacing: [(String, String)]
    ) throws {
        var text = try String(
            contentsOfFile: innostat.path("Pipelines/kosis_grdp.yaml"), encoding: .utf8)
        for (old, new) in replacing {
            #expect(text.contains(old))
            text = text.replacingOccurrences(of: old, with: new)
        }
        try text.write(
            toFile: innostat.path("Pipelines/\(name).yaml"), atomically: true, encoding: .utf8)
    }

    @Test func aSecondPipelineWithTheSameSourceIDIsAnErrorNamingBothFiles() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        let observations = try innostat.scalar(
            "SELECT count(*) FROM observation WHERE source_id = 'kosis_grdp'")
        try Self.copyGRDPPipeline(
            innostat, to: "grdp_again",
            replacing: [
                ("publisher: Statistics Korea (KOSIS)", "publisher: Somebody else"),
                ("precedence: 10", "precedence: 5"),
            ])
        let expected = [
            "Pipelines/grdp_again.yaml: source.id: \"kosis_grdp\" is also the source of "
                + "Pipelines/kosis_grdp.yaml; each pipeline needs a source id of its own",
            "Pipelines/kosis_grdp.yaml: source.id: \"kosis_grdp\" is also the source of "
                + "Pipelines/grdp_again.yaml; each pipeline needs a source id of its own",
        ]
        for command in ["validate", "run"] {
            let result = try innostat.run(command)
            #expect(result.status == 1, "\(command): \(result.stderr)")
            for line in expected {
                #expect(result.stderr.contains(line), "\(command): \(result.stderr)")
            }
        }
        // Neither pipeline loaded: the source and its figures are as they were.
        #expect(
            try innostat.scalar(
                "SELECT publisher || ' ' || precedence FROM source WHERE source_id = 'kosis_grdp'")
                == "Statistics Korea (KOSIS) 10")
        #expect(
            try innostat.scalar("SELECT count(*) FROM observation WHERE source_id = 'kosis_grdp'")
                == observations)
    }

    /// `aa_grdp` sorts before `kosis_grdp`: on a fresh warehouse it used to win the unit and
    /// make the rightful pipeline fail, while `validate --only aa_grdp` passed.
    @Test func unitsAreCheckedAcrossEveryPipelineWhateverTheOrder() throws {
        let innostat = try InnoStatBinary()
        try Self.copyGRDPPipeline(
            innostat, to: "aa_grdp",
            replacing: [
                ("id: kosis_grdp", "id: aa_grdp"),
                (
                    "    name: Gross regional domestic product at current market prices\n    unit: million KRW",
                    "    name: Gross regional domestic product at current market prices\n    unit: billion KRW"
                ),
            ])
        let ours =
            "Pipelines/aa_grdp.yaml: measures.grdp_nominal.unit: \"billion KRW\", but "
            + "\"million KRW\" in Pipelines/kosis_grdp.yaml; a measure has one unit"
        let theirs =
            "Pipelines/kosis_grdp.yaml: measures.grdp_nominal.unit: \"million KRW\", but "
            + "\"billion KRW\" in Pipelines/aa_grdp.yaml; a measure has one unit"
        let arguments: [[String]] = [["validate", "--only", "aa_grdp"], ["validate"], ["run"]]
        for command in arguments {
            let result = try innostat.run(arguments: command)
            #expect(result.status == 1, "\(command): \(result.stderr)")
            #expect(result.stderr.contains(ours), "\(command): \(result.stderr)")
            // `--only` prints the named file's own errors; the line names the other file.
            if !command.contains("--only") {
                #expect(result.stderr.contains(theirs), "\(command): \(result.stderr)")
            }
        }
        #expect(
            try innostat.scalar(
                "SELECT count(*) FROM observation WHERE measure_code = 'grdp_nominal'")
                == "0")
        #expect(
            try innostat.scalar(
                "SELECT count(*) FROM observation WHERE source_id = 'kosis_population_estimates'")
                != "0")
    }
}
