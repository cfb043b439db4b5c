import Foundation

/// The rows of a JSON reply, as one table: a JSON-stat dataset flattened one row per cell, or a
/// KOSIS OpenAPI reply one row per element. Row `line`s count from 1 in the reply's order (a
/// cell's flat position + 1, an element's index + 1); the header is line 0.
struct JSONTableExtractor {
    private let header: [String]
    private let rows: [[String]]
    /// How many datasets the reply holds (1 for a KOSIS reply).
    let datasetCount: Int

    /// What the reply is: JSON-stat (an object with `class`, `version` or datasets), a KOSIS
    /// OpenAPI reply (an array of objects), or a KOSIS error reply (one clear line).
    /// `firstOfSeveral` reads the first dataset of a collection that names none (`init`'s
    /// draft), instead of refusing it.
    init(
        read: ReadSpec, path: String, displayPath: String, limits: JSONStatLimits = .init(),
        firstOfSeveral: Bool = false
    ) throws {
        let data = try Self.contents(of: path, file: displayPath, limit: limits.maxBytes)
        if let message = KOSISErrorReply.message(in: data) {
            throw SourceFileError(file: displayPath, message: message)
        }
        let root = try JSONText.parse(data, file: displayPath)
        if let elements = root as? [Any] {
            (header, rows) = try KOSISAPIReply(file: displayPath).table(of: elements)
            datasetCount = 1
        } else {
            let datasets = try JSONStatReader(file: displayPath, limits: limits)
                .datasets(from: root)
            datasetCount = datasets.count
            let declared = read.dataset ?? (firstOfSeveral && datasets.count > 1 ? "1" : nil)
            let dataset = try Self.dataset(declared, among: datasets, file: displayPath)
            (header, rows) = dataset.table()
        }
    }

    /// Calls `body` with the header, then each row.
    func forEachRow(_ body: (SheetRow) throws -> Void) throws {
        try body(SheetRow(line: 0, fields: header))
        for (index, fields) in rows.enumerated() {
            try body(SheetRow(line: index + 1, fields: fields))
        }
    }

    private static func contents(of path: String, file: String, limit: Int) throws -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SourceFileError(file: file, message: "cannot be opened")
        }
        defer { try? handle.close() }
        let data = try handle.read(upToCount: limit + 1) ?? Data()
        guard data.count <= limit else {
            throw SourceFileError(
                file: file, message: "more than \(limit) bytes: over the limit for a JSON reply")
        }
        return data
    }

    /// The declared dataset (`read.dataset`: its label, id or 1-based number), else the only
    /// one.
    static func dataset(_ declared: String?, among datasets: [JSONStatDataset], file: String)
        throws -> JSONStatDataset
    {
        let names = datasets.enumerated().map { index, dataset in
            "\(index + 1): \(dataset.label ?? dataset.id ?? "unnamed")"
        }
        guard let declared else {
            guard datasets.count == 1, let only = datasets.first else {
                throw SourceFileError(
                    file: file,
                    message: "holds \(datasets.count) datasets (\(names.joined(separator: "; "))):"
                        + " name one with read.dataset")
            }
            return only
        }
        if let number = Int(declared), datasets.indices.contains(number - 1) {
            return datasets[number - 1]
        }
        if let named = datasets.first(where: { $0.label == declared || $0.id == declared }) {
            return named
        }
        throw SourceFileError(
            file: file,
            message: "no dataset \"\(declared)\" (datasets: \(names.joined(separator: "; ")))")
    }
}
