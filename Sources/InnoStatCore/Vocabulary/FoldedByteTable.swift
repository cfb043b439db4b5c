/// An open-addressing hash table from folded label keys to integers, looked up directly with
/// UTF-8 bytes so that resolving a field read from a file needs no `String`.
///
/// Lookups fold ASCII bytes on the fly with ``LabelNormalizer/foldedASCIIByte(_:)`` and compare
/// all other bytes exactly. Only keys made of folded ASCII and precomposed Hangul syllables are
/// stored: for such a key, bytes that fold to it on the fly also fold to it through
/// ``LabelNormalizer/fold(_:)``, so a hit here is always the answer the `String` path would give.
/// A miss means "ask the `String` path", never "unknown".
struct FoldedByteTable: Sendable {
    /// What one pass over the bytes learnt about their folded form.
    struct Summary {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var count = 0
        var isASCII = true
        var isAllDigits = true
    }

    private let storage: [UInt8]
    private let starts: [Int]
    private let lengths: [Int]
    private let values: [Int]
    private let slots: [Int]
    private let mask: Int

    /// Builds the table; keys that cannot be matched byte for byte are left out, and the first
    /// value given for a key wins.
    init(_ entries: [(key: String, value: Int)]) {
        var storage: [UInt8] = []
        var starts: [Int] = []
        var lengths: [Int] = []
        var values: [Int] = []
        var seen: Set<String> = []
        for entry in entries where Self.isStorable(entry.key) && !seen.contains(entry.key) {
            seen.insert(entry.key)
            starts.append(storage.count)
            lengths.append(entry.key.utf8.count)
            values.append(entry.value)
            storage.append(contentsOf: entry.key.utf8)
        }
        var capacity = 8
        while capacity < starts.count * 2 {
            capacity *= 2
        }
        var slots = [Int](repeating: -1, count: capacity)
        let mask = capacity - 1
        for index in starts.indices {
            let key = storage[starts[index]..<(starts[index] + lengths[index])]
            var slot = Int(truncatingIfNeeded: Self.summarize(key).hash) & mask
            while slots[slot] != -1 {
                slot = (slot + 1) & mask
            }
            slots[slot] = index
        }
        self.storage = storage
        self.starts = starts
        self.lengths = lengths
        self.values = values
        self.slots = slots
        self.mask = mask
    }

    /// One pass over `bytes`: FNV-1a hash and length of the folded bytes, and their kind.
    @inline(__always)
    static func summarize<Bytes: Collection>(_ bytes: Bytes) -> Summary
    where Bytes.Element == UInt8 {
        var summary = Summary()
        for byte in bytes {
            guard let folded = LabelNormalizer.foldedASCIIByte(byte) else { continue }
            summary.hash = (summary.hash ^ UInt64(folded)) &* 0x100_0000_01b3
            summary.count += 1
            if folded >= 0x80 {
                summary.isASCII = false
            }
            if folded < 0x30 || folded > 0x39 {
                summary.isAllDigits = false
            }
        }
        return summary
    }

    /// The value stored for the key `bytes` fold to, if it is in the table.
    func value(for bytes: UnsafeBufferPointer<UInt8>, summary: Summary) -> Int? {
        var slot = Int(truncatingIfNeeded: summary.hash) & mask
        while true {
            let index = slots[slot]
            if index == -1 {
                return nil
            }
            if lengths[index] == summary.count && matches(index, bytes) {
                return values[index]
            }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = starts[index]
        for byte in bytes {
            guard let folded = LabelNormalizer.foldedASCIIByte(byte) else { continue }
            if storage[position] != folded {
                return false
            }
            position += 1
        }
        return true
    }

    /// Whether every scalar of `key` is a folded ASCII byte or a precomposed Hangul syllable.
    private static func isStorable(_ key: String) -> Bool {
        !key.isEmpty
            && key.unicodeScalars.allSatisfy { scalar in
                if scalar.value < 0x80 {
                    return LabelNormalizer.foldedASCIIByte(UInt8(scalar.value))
                        == UInt8(scalar.value)
                }
                return (0xAC00...0xD7A3).contains(scalar.value)
            }
    }
}
