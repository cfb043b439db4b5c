import Foundation

/// Whether a 2xx body, staged in its temporary file, is the pipeline's table: as long as the
/// server declared, not an HTML page or a KOSIS error reply, and read through by the
/// pipeline's own reader (its `read:` options and header rows) into a header its mapping
/// accepts and at least one data row.
struct FetchedBody {
    let spec: PipelineSpec
    let path: String
    let answer: HTTPExchange.Answer
    let bytes: Int

    /// How messages of the reader name the body.
    static let place = "body"

    func check() throws {
        if let declared = answer.declaredLength, answer.contentEncoding == nil,
            Int64(bytes) != declared
        {
            throw FetchFailure.cutShort(received: bytes, declared: declared)
        }
        let head = try readHead()
        if Self.isHTMLPage(head) { throw FetchFailure.htmlPage(status: answer.status) }
        if bytes <= KOSISErrorReply.maximumBytes, let reply = KOSISErrorReply.message(in: head) {
            throw FetchFailure.kosisError(reply)
        }
        try readThrough()
    }

    private func readHead() throws -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FetchFailure.cannotWrite("\(path): cannot read it back")
        }
        defer { try? handle.close() }
        return try handle.read(upToCount: KOSISErrorReply.maximumBytes) ?? Data()
    }

    /// Whether the first bytes past white space (and a byte-order mark) open an HTML page.
    static func isHTMLPage(_ bytes: Data) -> Bool {
        var rest = bytes.prefix(1024)[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        let first = rest.drop { [0x20, 0x09, 0x0A, 0x0D].contains($0) }.prefix(14)
        let start = String(decoding: first, as: UTF8.self).lowercased()
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html")
    }

    /// Runs the pipeline's reader over the body, as `run` will; its error is the failure.
    private func readThrough() throws {
        let extractor = TableExtractor(
            read: spec.read, headerRowCount: spec.headerRowCount, path: path,
            displayPath: Self.place)
        do {
            _ = try extractor.extract(
                onHeader: { header in
                    if case .firmSurvey = spec.layout {
                        _ = try FirmSurveyColumns(
                            header: header.names, file: Self.place, line: header.lines.last ?? 1)
                    } else {
                        _ = try RowMapper(spec: spec, table: header, file: Self.place)
                    }
                },
                onRow: { _ in })
        } catch let failure as FetchFailure {
            throw failure
        } catch {
            throw FetchFailure.notTheTable("\(error)")
        }
    }
}
