/// The characters of Windows code page 1252, for naming what CP949-decoded bytes would read as.
enum Windows1252 {
    /// 0x80...0x9F; nil where the code page defines no character.
    private static let upperControls: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// The character `byte` stands for, or nil where the code page defines none.
    static func character(_ byte: UInt8) -> Unicode.Scalar? {
        if (0x80...0x9F).contains(byte) {
            return upperControls[Int(byte - 0x80)]
        }
        return Unicode.Scalar(byte)
    }

    /// `bytes` as Windows-1252 text, U+FFFD where a byte is undefined.
    static func text(_ bytes: [UInt8]) -> String {
        var text = ""
        for byte in bytes {
            text.unicodeScalars.append(character(byte) ?? "\u{FFFD}")
        }
        return text
    }
}
