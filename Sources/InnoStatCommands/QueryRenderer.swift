import CSVStream
import Foundation
import InnoStatCore
import SQLiteStore

/// Query answers as text: an aligned box table, RFC 4180 CSV, JSON objects, or Markdown.
struct QueryRenderer {
    let columns: [String]
    let rows: [[DatabaseValue]]

    init(columns: [String], rows: [[DatabaseValue]]) {
        self.columns = columns
        self.rows = rows
    }

    init(columns: [String], rows: [Row]) {
        self.init(columns: columns, rows: rows.map(\.values))
    }

    /// The answer in `format`; nothing for a statement that returns no columns (`BEGIN`).
    func render(_ format: QueryFormat) -> String {
        if columns.isEmpty { return format == .json ? "[]\n" : "" }
        switch format {
        case .csv: return csv()
        case .json: return json()
        case .markdown: return markdown()
        case .table: return table()
        }
    }

    static func text(_ value: DatabaseValue) -> String {
        switch value {
        case .null: return ""
        case .integer(let number): return String(number)
        case .real(let number): return DecimalFormat.shortest(number)
        case .text(let text): return text
        case .blob(let bytes): return "x'" + bytes.map { String(format: "%02x", $0) }.joined() + "'"
        }
    }

    private func csv() -> String {
        let writer = CSVWriter()
        var output = writer.formatRecord(columns)
        for row in rows { output += writer.formatRecord(row.map(Self.text)) }
        return output
    }

    private func json() -> String {
        var lines: [String] = []
        for row in rows {
            let members = zip(columns, row).map { column, value in
                "\(QuotedText.json(column)): \(jsonValue(value))"
            }
            lines.append("  {" + members.joined(separator: ", ") + "}")
        }
        return lines.isEmpty ? "[]\n" : "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }

    private func jsonValue(_ value: DatabaseValue) -> String {
        switch value {
        case .null: return "null"
        case .integer(let number): return String(number)
        case .real(let number): return number.isFinite ? DecimalFormat.shortest(number) : "null"
        case .text(let text): return QuotedText.json(text)
        case .blob: return QuotedText.json(Self.text(value))
        }
    }

    private func markdown() -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "\n", with: " ")
        }
        var output = "| " + columns.map(escape).joined(separator: " | ") + " |\n"
        output += "|" + columns.map { _ in " --- |" }.joined() + "\n"
        for row in rows {
            output += "| " + row.map { escape(Self.text($0)) }.joined(separator: " | ") + " |\n"
        }
        return output
    }

    private func table() -> String {
        let cells = rows.map { $0.map { Self.text($0).replacingOccurrences(of: "\n", with: " ") } }
        var widths = columns.map(DisplayWidth.of)
        for row in cells {
            for (index, cell) in row.enumerated() {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        func line(_ left: String, _ middle: String, _ right: String) -> String {
            left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle)
                + right + "\n"
        }
        func row(_ values: [String], numeric: [Bool]) -> String {
            "│"
                + values.enumerated().map { index, value in
                    let pad = String(repeating: " ", count: widths[index] - DisplayWidth.of(value))
                    return " " + (numeric[index] ? pad + value : value + pad) + " "
                }.joined(separator: "│") + "│\n"
        }
        var output = line("┌", "┬", "┐")
        output += row(columns, numeric: columns.map { _ in false })
        output += line("├", "┼", "┤")
        for (values, original) in zip(cells, rows) {
            output += row(
                values,
                numeric: original.map {
                    if case .integer = $0 { return true }
                    if case .real = $0 { return true }
                    return false
                })
        }
        output += line("└", "┴", "┘")
        return output
    }
}

/// Terminal columns a text takes: Hangul and other wide characters take two.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            width + (isWide(scalar.value) ? 2 : 1)
        }
    }

    private static func isWide(_ value: UInt32) -> Bool {
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
            || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value)
    }
}
