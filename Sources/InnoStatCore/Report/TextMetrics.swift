/// Rough widths of text in a wide sans-serif font (DejaVu Sans), enough to keep labels from
/// overlapping without a font engine: Hangul and CJK ideographs one em, capitals 0.7 em, digits
/// 0.64 em, lower case 0.58 em, spaces and narrow letters and punctuation 0.32 em. Narrower
/// fonts only leave more room.
public enum TextMetrics {
    public static func width(of text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x1100...0x11FF, 0x2E80...0x9FFF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
                0xFF00...0xFF60:
                ems += 1
            case 0x41...0x5A, 0x25, 0x26, 0x40, 0x6D, 0x77, 0x2014:
                ems += 0.7
            case 0x30...0x39, 0x2212, 0x2013:
                ems += 0.64
            case 0x20, 0x2C, 0x2E, 0x3A, 0x3B, 0x21, 0x27, 0x7C, 0x69, 0x6A, 0x6C, 0x28, 0x29:
                ems += 0.32
            default:
                ems += 0.58
            }
        }
        return ems * fontSize
    }
}
