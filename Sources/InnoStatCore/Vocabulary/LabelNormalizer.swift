import Foundation

/// The folding every vocabulary applies before it compares a label with its aliases.
///
/// `fold` trims and removes all whitespace (including NBSP, the full-width space and the byte
/// order mark), applies Unicode NFC, maps full-width ASCII to ASCII, lower-cases Latin letters,
/// strips diacritics from Latin letters (McCune-Reischauer `ŏ` → `o`, `ŭ` → `u`) and drops
/// hyphens, apostrophes (`'`, `’`, `ʼ`), periods, commas, underscores and middle dots. Hangul is
/// kept as it is (after NFC), so `서울` and `서 울` fold to the same key.
///
/// ASCII bytes are folded by ``foldedASCIIByte(_:)`` on both the `String` and the UTF-8 byte
/// paths, so the two paths cannot disagree.
public enum LabelNormalizer {
    /// Folds `label` into the key used for matching.
    public static func fold(_ label: String) -> String {
        var result = String.UnicodeScalarView()
        if label.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in label.utf8 {
                if let folded = foldedASCIIByte(byte) {
                    result.append(Unicode.Scalar(folded))
                }
            }
            return String(result)
        }
        for scalar in label.precomposedStringWithCanonicalMapping.unicodeScalars {
            if let folded = foldedScalar(scalar) {
                result.append(folded)
            }
        }
        return String(result)
    }

    /// The folded form of one ASCII byte: `nil` for a byte that is ignored (whitespace, `-`, `'`,
    /// `` ` ``, `.`, `,`, `_`), the lower-case letter for `A`–`Z`, the byte itself otherwise.
    /// Bytes of 0x80 and above are returned unchanged.
    @inline(__always)
    public static func foldedASCIIByte(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x09...0x0D, 0x20, 0x27, 0x2C, 0x2D, 0x2E, 0x5F, 0x60:
            return nil
        case 0x41...0x5A:
            return byte | 0x20
        default:
            return byte
        }
    }

    /// Whether `key` is non-empty and made of ASCII digits only (a bare numeric code).
    public static func isDigits(_ key: String) -> Bool {
        !key.isEmpty && key.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    private static func foldedScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x80 {
            return foldedASCIIByte(UInt8(value)).map { Unicode.Scalar($0) }
        }
        if ignoredScalars.contains(value) || scalar.properties.isWhitespace {
            return nil
        }
        switch value {
        case 0x0300...0x036F:
            // Combining diacritics left over after NFC (they attach to Latin letters only).
            return nil
        case 0xFF01...0xFF5E:
            return foldedScalar(Unicode.Scalar(value - 0xFEE0)!)
        case 0x00C0...0x024F, 0x1E00...0x1EFF:
            return foldedLatinLetter(scalar)
        default:
            return lowercased(scalar)
        }
    }

    private static func foldedLatinLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
        guard let base = decomposed.unicodeScalars.first else { return nil }
        if base.value < 0x80 {
            return foldedASCIIByte(UInt8(base.value)).map { Unicode.Scalar($0) }
        }
        return lowercased(base)
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.properties.changesWhenLowercased else { return scalar }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }

    /// Non-ASCII scalars dropped by `fold` besides whitespace: invisible marks, hyphens and
    /// dashes, apostrophes and quotes, breves, middle dots.
    private static let ignoredScalars: Set<UInt32> = [
        0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF,
        0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63, 0xFF0D,
        0x00B4, 0x02B9, 0x02BB, 0x02BC, 0x02BD, 0x02C8, 0x2018, 0x2019, 0x201B, 0x2032, 0xFF07,
        0x02D8, 0x02C7,
        0x00B7, 0x2022, 0x2027, 0x30FB, 0x318D, 0xFF65,
    ]
}
