import FuzzHarness

/// `make fuzz` runs this under libFuzzer (built with `-sanitize=fuzzer,address -DFUZZING`);
/// built as usual it replays the input files it is given.
@main
struct FuzzCSV {
    static func main() throws {
        try FuzzHarness.main { FuzzHarness.csv($0) }
    }
}
