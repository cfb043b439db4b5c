import Glibc

/// A workbook (`.xlsx`) read sheet by sheet, each sheet's XML streamed: sheets are found
/// through the workbook's relationships, never by position or file name.
public final class XLSXWorkbook {
    /// The sheets in workbook order.
    public let sheetNames: [String]
    private let archive: ZipArchive
    private let file: String
    private let sheetEntries: [String: String]
    private var sharedStrings: [String]?

    /// Opens `path`, naming it `displayPath` in errors.
    public init(path: String, displayPath: String? = nil, limits: XLSXLimits = .init()) throws {
        let file = displayPath ?? path
        self.file = file
        archive = try ZipArchive(path: path, file: file, limits: limits)
        let book = RelationshipsReader()
        try Self.parse("xl/workbook.xml", of: archive, file: file, into: book)
        let rels = RelationshipsReader()
        try Self.parse("xl/_rels/workbook.xml.rels", of: archive, file: file, into: rels)
        var entries: [String: String] = [:]
        for sheet in book.sheets {
            guard let target = rels.targets[sheet.relationship] else {
                throw XLSXError(
                    file: file, place: sheet.name,
                    message: "the workbook names relationship \(sheet.relationship), which "
                        + "xl/_rels/workbook.xml.rels does not have")
            }
            entries[sheet.name] = Self.entryName(target)
        }
        sheetNames = book.sheets.map(\.name)
        sheetEntries = entries
    }

    /// Streams the rows of sheet `name` to `body`, in order; rows without cells are left out.
    public func forEachRow(inSheet name: String, _ body: (XLSXRow) throws -> Void) throws {
        guard let entry = sheetEntries[name] else {
            throw XLSXError(
                file: file,
                message:
                    "no sheet named \"\(name)\" (sheets: \(sheetNames.joined(separator: ", ")))")
        }
        let strings = try loadSharedStrings()
        let ranges = MergedRangesReader()
        if try mentionsMergedCells(entry) {
            try Self.parse(entry, of: archive, file: file, into: ranges)
        }
        let reader = WorksheetReader(sharedStrings: strings, merged: ranges.ranges)
        let parser = XMLStreamParser(handler: reader, file: file, entry: entry)
        try archive.read(entry) { bytes in
            try parser.feed(bytes)
            try deliver(reader, sheet: name, body)
        }
        try parser.finish()
        try deliver(reader, sheet: name, body)
    }

    /// Hands the rows completed so far to `body`, or throws the reader's first problem.
    private func deliver(
        _ reader: WorksheetReader, sheet: String, _ body: (XLSXRow) throws -> Void
    ) throws {
        if let problem = reader.problem {
            throw XLSXError(
                file: file, place: "\(sheet)!\(problem.place)", message: problem.message)
        }
        for row in reader.drain() { try body(row) }
    }

    /// Whether the sheet's bytes hold `<mergeCells`: merged ranges are listed after the rows,
    /// so only a sheet that has them is parsed twice; the others are only inflated once more.
    private func mentionsMergedCells(_ entry: String) throws -> Bool {
        let pattern = Array("<mergeCells".utf8)
        var carried: [UInt8] = []
        var found = false
        try archive.read(entry) { bytes in
            guard !found else { return }
            let window = carried + bytes.prefix(pattern.count - 1)
            if window.withUnsafeBufferPointer({ Self.contains($0, pattern) })
                || Self.contains(bytes, pattern)
            {
                found = true
            }
            carried = Array(bytes.suffix(pattern.count - 1))
        }
        return found
    }

    /// Whether `bytes` hold `pattern`, found by its byte at `anchor`: a byte that is rare
    /// in sheet data (`g` of `<mergeCells`, never in a number or a cell reference) keeps
    /// memchr from stopping at every tag.
    private static func contains(
        _ bytes: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8], anchor: Int = 4
    ) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= pattern.count else { return false }
        let last = bytes.count - pattern.count
        var offset = anchor
        return pattern.withUnsafeBytes { wanted in
            while offset <= last + anchor,
                let found = memchr(base + offset, Int32(wanted[anchor]), last + anchor - offset + 1)
            {
                let at = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - anchor
                if memcmp(at, wanted.baseAddress!, wanted.count) == 0 { return true }
                offset = at - base + anchor + 1
            }
            return false
        }
    }

    /// Every row of sheet `name`; for small sheets such as `메타정보`.
    public func rows(inSheet name: String) throws -> [XLSXRow] {
        var rows: [XLSXRow] = []
        try forEachRow(inSheet: name) { rows.append($0) }
        return rows
    }

    private func loadSharedStrings() throws -> [String] {
        if let sharedStrings { return sharedStrings }
        var strings: [String] = []
        if archive.contains("xl/sharedStrings.xml") {
            let reader = SharedStringsReader()
            try Self.parse("xl/sharedStrings.xml", of: archive, file: file, into: reader)
            strings = reader.strings
        }
        sharedStrings = strings
        return strings
    }

    private static func parse(
        _ entry: String, of archive: ZipArchive, file: String, into handler: XMLEventHandler
    ) throws {
        let parser = XMLStreamParser(handler: handler, file: file, entry: entry)
        try archive.read(entry) { try parser.feed($0) }
        try parser.finish()
    }

    /// A relationship target (`worksheets/sheet1.xml`, `/xl/worksheets/sheet1.xml`) as the
    /// entry name inside the archive, `..` resolved; only ever looked up in the archive.
    static func entryName(_ target: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : ["xl"]
        for part in target.split(separator: "/") {
            if part == ".." {
                _ = parts.popLast()
            } else if part != "." {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
