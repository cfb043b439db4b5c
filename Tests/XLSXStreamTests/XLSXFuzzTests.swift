import Foundation
import Testing

@testable import XLSXStream

/// Damaged workbooks (bytes flipped, cut short, zeroed, from a fixed seed) either read or fail
/// with an `XLSXError`: no crash, no other error, no hang.
struct XLSXFuzzTests {
    /// A small deterministic generator (SplitMix64), so a failing case can be run again.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test(arguments: ["kinds", "행정구역_시군구_별__성별_인구수_20250626192009"])
    func damagedWorkbooksFailCleanly(name: String) throws {
        let original = try [UInt8](
            Data(contentsOf: URL(fileURLWithPath: "\(XLSXWorkbookTests.fixtures)/\(name).xlsx")))
        let folder = try TemporaryFolder()
        var random = SplitMix(state: 20_261_203)
        var read = 0
        var refused = 0
        for round in 0..<300 {
            var bytes = original
            switch round % 3 {
            case 0:
                for _ in 0..<Int.random(in: 1...8, using: &random) {
                    bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(
                        in: 0...255, using: &random)
                }
            case 1:
                bytes.removeLast(Int.random(in: 1..<bytes.count, using: &random))
            default:
                let start = Int.random(in: 0..<bytes.count, using: &random)
                for index in start..<min(bytes.count, start + 64) { bytes[index] = 0 }
            }
            let path = folder.file("\(round).xlsx")
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            do {
                let book = try XLSXWorkbook(path: path)
                for sheet in book.sheetNames { try book.forEachRow(inSheet: sheet) { _ in } }
                read += 1
            } catch is XLSXError {
                refused += 1
            }
        }
        // Some damage falls where the reader never looks (the zip's other entries, padding).
        #expect(read > 0)
        #expect(refused > 0)
    }
}
