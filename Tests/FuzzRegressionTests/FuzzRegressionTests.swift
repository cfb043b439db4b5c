import Foundation
import FuzzHarness
import Testing

/// Every input under `Inputs/<target>/` (the seeds `make fuzz` starts from, and each input a
/// fuzzer once crashed on, kept as `crash-*`) goes through its target's harness again on every
/// test run: a crash fixed stays fixed.
struct FuzzRegressionTests {
    static let folder = TestPaths.packageRoot + "/Tests/FuzzRegressionTests/Inputs"

    static func inputs(_ target: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "\(folder)/\(target)").sorted()
            .map { "\(folder)/\(target)/\($0)" }
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func csvInputsReadWithoutCrashing() throws {
        let files = try Self.inputs("csv")
        #expect(!files.isEmpty)
        for file in files { FuzzHarness.csv(try Self.bytes(file)) }
    }

    @Test func xlsxInputsReadWithoutCrashing() throws {
        let files = try Self.inputs("xlsx")
        #expect(!files.isEmpty)
        let folder = try TemporaryFolder()
        for file in files {
            FuzzHarness.xlsx(try Self.bytes(file), scratch: folder.path + "/f.xlsx")
        }
    }

    @Test func replyInputsReadWithoutCrashing() throws {
        let files = try Self.inputs("replies")
        #expect(!files.isEmpty)
        let folder = try TemporaryFolder()
        for file in files { FuzzHarness.replies(try Self.bytes(file), scratch: folder.path + "/r") }
    }

    @Test func valueInputsReadWithoutCrashing() throws {
        let files = try Self.inputs("values")
        #expect(!files.isEmpty)
        for file in files { FuzzHarness.values(try Self.bytes(file)) }
    }
}
