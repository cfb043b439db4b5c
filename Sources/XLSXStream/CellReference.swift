/// A cell reference such as `C14`: column 3, row 14.
public struct CellReference: Equatable, Hashable {
    let column: Int
    let row: Int

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Parses `C14` or `AB7`; nil for anything else.
    init?(_ text: String) {
        self.init(utf8: text.utf8)
    }

    /// Parses the bytes of `C14` or `AB7`; nil for anything else.
    init?<Bytes: Sequence<UInt8>>(utf8 bytes: Bytes) {
        var column = 0
        var row = 0
        var digits = 0
        for byte in bytes {
            if digits == 0, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) {
                column = column * 26 + Int(byte - UInt8(ascii: "A") + 1)
                if column > 16_384 { return nil }
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
                if row > 1_048_576 { return nil }
            } else {
                return nil
            }
        }
        guard column > 0, row > 0 else { return nil }
        self.column = column
        self.row = row
    }

    /// `C14`.
    var name: String { Self.columnName(column) + String(row) }

    /// The letters of a 1-based column: 1 → `A`, 27 → `AA`.
    public static func columnName(_ column: Int) -> String {
        var letters: [Character] = []
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + digit))), at: 0)
            rest = (rest - 1) / 26
        }
        return String(letters)
    }
}

/// A merged range `A1:C2`: every cell in it shows its first cell's value.
struct MergedRange: Equatable {
    let first: CellReference
    let last: CellReference

    init?(_ text: String) {
        let parts = text.split(separator: ":").map(String.init)
        guard parts.count == 2, let first = CellReference(parts[0]),
            let last = CellReference(parts[1]), first.column <= last.column, first.row <= last.row
        else { return nil }
        self.first = first
        self.last = last
    }

    func contains(_ cell: CellReference) -> Bool {
        (first.column...last.column).contains(cell.column)
            && (first.row...last.row).contains(cell.row)
    }
}
