/// What a cell's `t` attribute says its `<v>` (or inline `<is>`) holds.
enum CellType {
    case number, sharedString, inlineString, formulaString, date, boolean, error

    /// The type `t` names; a cell without `t`, or with one no writer uses, holds a number.
    init(attribute: UnsafeBufferPointer<UInt8>?) {
        guard let attribute else {
            self = .number
            return
        }
        if attribute.count == 1 {
            switch attribute[0] {
            case UInt8(ascii: "s"): self = .sharedString
            case UInt8(ascii: "d"): self = .date
            case UInt8(ascii: "b"): self = .boolean
            case UInt8(ascii: "e"): self = .error
            default: self = .number
            }
        } else if attribute.elementsEqual("inlineStr".utf8) {
            self = .inlineString
        } else if attribute.elementsEqual("str".utf8) {
            self = .formulaString
        } else {
            self = .number
        }
    }
}
