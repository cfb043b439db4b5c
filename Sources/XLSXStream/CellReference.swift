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
        var column = 0
        var digits = ""
        for scalar in text.unicodeScalars {
            if digits.isEmpty, ("A"..."Z").contains(scalar) {
                column = column * 26 + Int(scalar.value - 64)
                if column > 16_384 { return nil }
            } else if ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
            } else {
                return nil
            }
        }
        guard column > 0, let row = Int(digits), row > 0, row <= 1_048_576 else { return nil }
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
