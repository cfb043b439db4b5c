import Foundation

/// Reading a GAL file (GeoDa's and PySAL's contiguity form):
///
/// ```
/// 78                  header: n, or `0 n`, or GeoDa's `0 n shapefile key`
/// 1 3                 a region's id and its number of neighbours k
/// 7 3 6               the k neighbours' ids (an empty line when k = 0)
/// …                   n such pairs of lines
/// ```
///
/// Ids are kept as written (text, compared exactly). The file is refused past `maxBytes`, if
/// it is not UTF-8, or for any line that breaks the form; each error names its line.
extension SpatialWeights {
    /// The size past which a GAL file is refused.
    public static let defaultMaxGALBytes = 64 << 20

    /// Reads the GAL file at `path`, named `file` in messages (the path itself by default).
    public static func readGAL(
        path: String, file: String? = nil, islands: IslandPolicy = .error,
        maxBytes: Int = defaultMaxGALBytes
    ) throws(SourceFileError) -> SpatialWeights {
        let name = file ?? path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SourceFileError(file: name, message: "cannot be opened")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: min(maxBytes, Int.max - 1) + 1) ?? Data()
        } catch {
            throw SourceFileError(file: name, message: "cannot be read: \(error)")
        }
        return try readGAL(data, file: name, islands: islands, maxBytes: maxBytes)
    }

    /// Reads GAL text; `file` names it in messages.
    public static func readGAL(
        _ data: Data, file: String, islands: IslandPolicy = .error,
        maxBytes: Int = defaultMaxGALBytes
    ) throws(SourceFileError) -> SpatialWeights {
        guard data.count <= maxBytes else {
            throw SourceFileError(
                file: file, message: "more than \(maxBytes) bytes: over the limit for a GAL file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SourceFileError(file: file, message: "not UTF-8 text")
        }
        let reader = GALReader(
            file: file,
            lines: text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline))
        let records = try reader.records()
        let neighbours = try reader.neighbours(of: records)
        if islands == .error, let island = neighbours.firstIndex(where: \.isEmpty) {
            throw SourceFileError(
                file: file, line: records[island].line, message: islandMessage(records[island].id))
        }
        return excludingIslands(ids: records.map(\.id), neighbours: neighbours, source: file)
    }

    /// One region of a GAL file as written.
    struct GALRecord {
        let id: String
        /// The line of `id count`.
        let line: Int
        let neighbourIDs: [Substring]
    }

    /// The lines of a GAL file and the checks on them; line numbers count from 1.
    struct GALReader {
        let file: String
        let lines: [Substring]

        /// The header's n records, each checked for its form, in file order.
        func records() throws(SourceFileError) -> [GALRecord] {
            let declared = try regionCount()
            let end = (lines.lastIndex { !tokens($0).isEmpty } ?? 0) + 1
            var records: [GALRecord] = []
            var firstLine: [String: Int] = [:]
            var index = 1
            while records.count < declared {
                guard index < end else {
                    throw error(
                        1, "the header declares \(declared) regions, the file has \(records.count)")
                }
                let (id, count) = try record(at: index, regions: declared)
                if let first = firstLine.updateValue(index + 1, forKey: id) {
                    throw error(
                        index + 1, "region \(quoted(id)) appears again (first on line \(first))")
                }
                let listed = index + 1 < end ? tokens(lines[index + 1]) : []
                guard listed.count == count else {
                    let line = index + 1 < end ? index + 2 : index + 1
                    throw error(
                        line,
                        "region \(quoted(id)) declares \(count) neighbour(s) but lists \(listed.count)"
                    )
                }
                records.append(GALRecord(id: id, line: index + 1, neighbourIDs: listed))
                index += 2
            }
            if index < end {
                throw error(index + 1, "more records than the \(declared) the header declares")
            }
            return records
        }

        /// Each record's neighbours as positions; throws for an id that is no region, the region
        /// itself, or an id listed twice.
        func neighbours(of records: [GALRecord]) throws(SourceFileError) -> [[Int]] {
            var position: [String: Int] = [:]
            for (index, record) in records.enumerated() { position[record.id] = index }
            var rows: [[Int]] = []
            rows.reserveCapacity(records.count)
            for (index, record) in records.enumerated() {
                var row: [Int] = []
                var seen = Set<Int>()
                for token in record.neighbourIDs {
                    let place = record.line + 1
                    guard let neighbour = position[String(token)] else {
                        throw error(
                            place,
                            "neighbour \(quoted(token)) of region \(quoted(record.id)) is not a region of the file"
                        )
                    }
                    guard neighbour != index else {
                        throw error(
                            place, "region \(quoted(record.id)) lists itself as a neighbour")
                    }
                    guard seen.insert(neighbour).inserted else {
                        throw error(
                            place,
                            "region \(quoted(record.id)) lists neighbour \(quoted(token)) twice")
                    }
                    row.append(neighbour)
                }
                rows.append(row)
            }
            return rows
        }

        /// n from the header `n`, `0 n` or `0 n shapefile key`.
        private func regionCount() throws(SourceFileError) -> Int {
            let header = lines.first.map(tokens) ?? []
            let count: Substring?
            switch header.count {
            case 1: count = header[0]
            case 2, 4: count = header[0] == "0" ? header[1] : nil
            default: count = nil
            }
            guard let count else {
                throw error(
                    1, "expected a header \"n\" or \"0 n\", found \(quoted(lines.first ?? ""))")
            }
            guard let n = Int(count), n > 0 else {
                throw error(1, "\(quoted(count)) is not a number of regions")
            }
            return n
        }

        /// (id, k) from the line `id k` at `index`.
        private func record(at index: Int, regions: Int) throws(SourceFileError) -> (String, Int) {
            let fields = tokens(lines[index])
            guard fields.count == 2 else {
                throw error(
                    index + 1,
                    "expected a region's id and its number of neighbours, found \(quoted(lines[index]))"
                )
            }
            let id = String(fields[0])
            guard let count = Int(fields[1]), count >= 0 else {
                throw error(index + 1, "\(quoted(fields[1])) is not a number of neighbours")
            }
            guard count < regions else {
                throw error(
                    index + 1,
                    "region \(quoted(id)) declares \(count) neighbour(s), more than the \(regions - 1) other region(s)"
                )
            }
            return (id, count)
        }

        private func tokens(_ line: Substring) -> [Substring] {
            line.split(whereSeparator: \.isWhitespace)
        }

        private func quoted<Text: StringProtocol>(_ text: Text) -> String {
            SpatialWeights.quoted(String(text))
        }

        private func error(_ line: Int, _ message: String) -> SourceFileError {
            SourceFileError(file: file, line: line, message: message)
        }
    }
}
