/// Reads a sheet's XML into rows as they complete. Shared strings are looked up, inline
/// strings and numbers taken as written; a merged range's other cells are filled from its
/// first cell when the ranges are known (a first pass collects them: `<mergeCells>` follows
/// the data).
final class WorksheetReader: XMLEventHandler {
    private let sharedStrings: [String]
    private let merged: [MergedRange]
    private var mergedValues: [CellReference: XLSXCell.Value] = [:]
    /// Rows completed since the last ``drain()``.
    private var completed: [XLSXRow] = []
    private(set) var problem: (place: String, message: String)?

    private var rowNumber = 0
    private var cells: [XLSXCell] = []
    private var cellReference: CellReference?
    private var cellType = CellType.number
    private var text: [UInt8] = []
    private var collecting = false
    private var cellHasValue = false
    private var inInlineString = false

    init(sharedStrings: [String], merged: [MergedRange]) {
        self.sharedStrings = sharedStrings
        self.merged = merged
    }

    func drain() -> [XLSXRow] {
        defer { completed.removeAll(keepingCapacity: true) }
        return completed
    }

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("c") {
            let next = CellReference(column: (cells.last?.column ?? 0) + 1, row: rowNumber)
            cellReference = attributes.bytes("r").flatMap { CellReference(utf8: $0) } ?? next
            cellType = CellType(attribute: attributes.bytes("t"))
            cellHasValue = false
            text.removeAll(keepingCapacity: true)
        } else if name.is("v") || (inInlineString && name.is("t")) {
            collecting = true
            cellHasValue = true
        } else if name.is("row") {
            rowNumber = attributes.bytes("r").flatMap(Self.decimal) ?? rowNumber + 1
            cells.removeAll(keepingCapacity: true)
        } else if name.is("is") {
            inInlineString = true
        }
    }

    func end(_ name: XMLName) {
        if name.is("v") || name.is("t") {
            collecting = false
        } else if name.is("c") {
            finishCell()
        } else if name.is("row") {
            finishRow()
        } else if name.is("is") {
            inInlineString = false
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if collecting { text.append(contentsOf: bytes) }
    }

    private func finishCell() {
        guard let reference = cellReference else { return }
        cellReference = nil
        var value = cellHasValue ? self.value(of: reference) : nil
        if let range = merged.first(where: { $0.contains(reference) }) {
            if reference == range.first {
                if let value { mergedValues[reference] = value }
            } else if value == nil || value == .text("") {
                value = mergedValues[range.first]
            }
        }
        if let value { cells.append(XLSXCell(column: reference.column, value: value)) }
    }

    private func value(of reference: CellReference) -> XLSXCell.Value? {
        if text.isEmpty && cellType != .inlineString && cellType != .formulaString { return nil }
        switch cellType {
        case .sharedString:
            guard let index = text.withUnsafeBufferPointer(Self.decimal),
                sharedStrings.indices.contains(index)
            else {
                fail(reference, "shared string \(writtenText) does not exist")
                return nil
            }
            return .text(sharedStrings[index])
        case .inlineString, .formulaString, .date: return .text(writtenText)
        case .boolean: return .boolean(text == [UInt8(ascii: "1")])
        case .error: return .error(writtenText)
        case .number:
            let written = writtenText
            guard let number = text.withUnsafeBufferPointer(Self.integer) ?? Double(written),
                number.isFinite
            else {
                fail(reference, "\"\(written)\" is not a number")
                return nil
            }
            return .number(number, written: written)
        }
    }

    private var writtenText: String { String(decoding: text, as: UTF8.self) }

    /// The value of 1 to 18 decimal digits; nil for anything else.
    private static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard (1...18).contains(bytes.count) else { return nil }
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// An integer of at most 15 digits (exact as a Double), optionally negative, without
    /// going through text; nil for any other number, which `Double(String)` then reads.
    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let negative = bytes.first == UInt8(ascii: "-")
        let digits = negative ? UnsafeBufferPointer(rebasing: bytes.dropFirst()) : bytes
        guard digits.count <= 15, let value = decimal(digits) else { return nil }
        return negative ? -Double(value) : Double(value)
    }

    /// Some writers leave out the other cells of a merged range: they are added here, from
    /// the range's first cell.
    private func finishRow() {
        let written = cells.count
        for range in merged where (range.first.row...range.last.row).contains(rowNumber) {
            guard let value = mergedValues[range.first] else { continue }
            for column in range.first.column...range.last.column
            where !cells.contains(where: { $0.column == column }) {
                cells.append(XLSXCell(column: column, value: value))
            }
        }
        if cells.count > written { cells.sort { $0.column < $1.column } }
        if !cells.isEmpty { completed.append(XLSXRow(number: rowNumber, cells: cells)) }
        cells.removeAll(keepingCapacity: true)
    }

    private func fail(_ reference: CellReference, _ message: String) {
        if problem == nil { problem = (reference.name, message) }
    }
}
