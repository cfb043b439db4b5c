import CSVStream
import Foundation
import Testing

@Suite struct LibcsvUpstreamTests {
    @Test func everyExclusionNamesARealCase() {
        let names = Set(LibcsvCase.load(filter: false).map(\.name))
        #expect(!names.isEmpty)
        for name in LibcsvCase.excluded.keys {
            #expect(names.contains(name), "\(name)")
        }
        #expect(LibcsvCase.all.count == 15)
    }

    /// Like libcsv's own harness: every chunk size from 1 to the input length gives the same
    /// records, and the expected error never yields a short record.
    @Test(arguments: LibcsvCase.all)
    func deliversExpectedRecords(testCase: LibcsvCase) {
        for chunkSize in 1...max(1, testCase.input.count) {
            var records: [[[UInt8]]] = []
            var failure: CSVError?
            let reader = CSVReader(
                bytes: testCase.input,
                displayPath: "case.csv",
                options: CSVReaderOptions(chunkSize: chunkSize)
            )
            do {
                try reader.forEachRecord { record in
                    records.append((0..<record.count).map { record.withFieldBytes($0, Array.init) })
                }
            } catch let error as CSVError {
                failure = error
            } catch {
                Issue.record("unexpected error \(error)")
            }
            #expect(records == testCase.records, "chunk size \(chunkSize)")
            #expect(
                (failure != nil) == testCase.fails, "chunk size \(chunkSize): \(failure as Any)")
            if let failure {
                #expect(
                    ["malformed quote", "file ends inside a quoted field"].contains(failure.message)
                )
            }
        }
    }
}
