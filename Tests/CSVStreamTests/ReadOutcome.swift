import CSVStream
import Testing

/// Everything a read produced: the records delivered and the error that ended it, if any.
struct ReadOutcome: Equatable {
    var records: [ReadRecord] = []
    var error: CSVError?
}

extension CSVReader {
    /// Reads every record, catching the ``CSVError`` that ends the read.
    func outcome() -> ReadOutcome {
        var outcome = ReadOutcome()
        do {
            try forEachRecord { outcome.records.append(ReadRecord($0)) }
        } catch let error as CSVError {
            outcome.error = error
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return outcome
    }
}

/// Reads `bytes` with the given chunk size.
func readOutcome(
    _ bytes: [UInt8],
    chunkSize: Int,
    encoding: TextEncoding = .auto,
    file: String = "x.csv"
) -> ReadOutcome {
    let options = CSVReaderOptions(encoding: encoding, chunkSize: chunkSize)
    return CSVReader(bytes: bytes, displayPath: file, options: options).outcome()
}
