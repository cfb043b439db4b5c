import Foundation
import FuzzHarness

/// `make fuzz` runs this under libFuzzer (built with `-sanitize=fuzzer,address -DFUZZING`);
/// built as usual it replays the input files it is given.
@main
struct FuzzReplies {
    static func main() throws {
        let scratch =
            NSTemporaryDirectory() + "/innostat-fuzz-\(ProcessInfo.processInfo.processIdentifier)"
        try FuzzHarness.main { FuzzHarness.replies($0, scratch: scratch) }
    }
}
