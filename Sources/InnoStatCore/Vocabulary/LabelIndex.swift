import Foundation

/// The lookup structure behind every vocabulary: a dictionary from normalized keys to codes, a
/// byte table for the UTF-8 fast path, and the names offered when a label is unknown.
struct LabelIndex: Sendable {
    /// One alias as the index sees it.
    struct Label {
        let text: String
        let code: String
        /// Whether the alias may be offered by ``LabelIndex/closestLabels(to:limit:)``.
        let isSuggested: Bool
    }

    private struct Candidate: Sendable {
        let text: String
        let scalars: [Unicode.Scalar]
        let isHangul: Bool
    }

    private let codes: [String]
    private let codeIndexByKey: [String: Int]
    private let byteTable: FoldedByteTable
    private let candidates: [Candidate]

    /// Indexes `labels` under `key(label.text)`. The byte table also holds the plain folded form
    /// of every label, so that labels such as `Kyonggi-do` hit it without the suffix rules.
    ///
    /// Two labels whose keys collide but name different codes are a programmer error and trap.
    init(_ labels: [Label], key: (String) -> String) {
        var codes: [String] = []
        var codeIndex: [String: Int] = [:]
        var codeIndexByKey: [String: Int] = [:]
        var byteEntries: [(key: String, value: Int)] = []
        var candidates: [Candidate] = []
        var suggestedKeys: Set<String> = []
        for label in labels {
            let index: Int
            if let known = codeIndex[label.code] {
                index = known
            } else {
                index = codes.count
                codes.append(label.code)
                codeIndex[label.code] = index
            }
            let normalized = key(label.text)
            precondition(!normalized.isEmpty, "alias \"\(label.text)\" normalizes to nothing")
            if let existing = codeIndexByKey[normalized] {
                precondition(
                    existing == index,
                    "alias \"\(label.text)\" (\(label.code)) collides with \(codes[existing])"
                )
            }
            codeIndexByKey[normalized] = index
            byteEntries.append((normalized, index))
            byteEntries.append((LabelNormalizer.fold(label.text), index))
            if label.isSuggested && suggestedKeys.insert(normalized).inserted {
                let scalars = Array(normalized.decomposedStringWithCanonicalMapping.unicodeScalars)
                candidates.append(
                    Candidate(text: label.text, scalars: scalars, isHangul: Self.isHangul(scalars))
                )
            }
        }
        for entry in byteEntries {
            precondition(
                codeIndexByKey[entry.key].map { $0 == entry.value } ?? true,
                "folded alias \"\(entry.key)\" collides with another alias's key"
            )
        }
        self.codes = codes
        self.codeIndexByKey = codeIndexByKey
        self.byteTable = FoldedByteTable(byteEntries)
        self.candidates = candidates
    }

    /// The code stored under an already normalized key.
    func code(forKey key: String) -> String? {
        codeIndexByKey[key].map { codes[$0] }
    }

    /// The code for bytes that fold to a stored key or folded label; `nil` when they do not.
    func code(for bytes: UnsafeBufferPointer<UInt8>, summary: FoldedByteTable.Summary) -> String? {
        byteTable.value(for: bytes, summary: summary).map { codes[$0] }
    }

    /// Up to `limit` suggested labels closest to the normalized `key`, best first: labels in the
    /// same script (Hangul or not) before the others, then by edit distance (Hangul compared by
    /// jamo); ties keep the order in which the labels were given.
    func closestLabels(to key: String, limit: Int) -> [String] {
        guard limit > 0 else { return [] }
        let target = Array(key.decomposedStringWithCanonicalMapping.unicodeScalars)
        let targetIsHangul = Self.isHangul(target)
        let ranked = candidates.enumerated().map { offset, candidate in
            (
                otherScript: candidate.isHangul == targetIsHangul ? 0 : 1,
                distance: EditDistance.between(target, candidate.scalars),
                offset: offset
            )
        }
        .sorted {
            ($0.otherScript, $0.distance, $0.offset) < ($1.otherScript, $1.distance, $1.offset)
        }
        return ranked.prefix(limit).map { candidates[$0.offset].text }
    }

    /// Whether any scalar is a Hangul jamo or syllable.
    private static func isHangul(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.contains { scalar in
            (0x1100...0x11FF).contains(scalar.value) || (0x3130...0x318F).contains(scalar.value)
                || (0xAC00...0xD7A3).contains(scalar.value)
        }
    }
}
