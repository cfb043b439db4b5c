/// Remembers what short labels, as raw UTF-8 bytes, resolved to, so that a label met a million
/// times in a file is folded and looked up once. Bounded: past `capacity` labels (or for labels
/// longer than `maximumKeyLength`) it simply remembers nothing more, so memory stays flat
/// whatever the file holds.
struct ByteLabelCache {
    static let maximumKeyLength = 64

    let capacity: Int
    private var slots: [Int]
    private var keyStarts: [Int] = []
    private var keyLengths: [Int] = []
    private var hashes: [UInt64] = []
    private var values: [Int] = []
    private var keyBytes: [UInt8] = []
    private let mask: Int

    init(capacity: Int = 512) {
        var size = 16
        while size < capacity * 2 {
            size *= 2
        }
        self.capacity = capacity
        slots = [Int](repeating: -1, count: size)
        mask = size - 1
    }

    /// The number of labels remembered.
    var count: Int { values.count }

    /// The value remembered for exactly these bytes, if any.
    @inline(__always)
    func value(for bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = slots[slot]
            if index < 0 {
                return nil
            }
            if hashes[index] == hash && matches(index, bytes) {
                return values[index]
            }
            slot = (slot + 1) & mask
        }
    }

    /// Remembers `value` for `bytes`, unless the cache is full or the label too long.
    mutating func remember(_ value: Int, for bytes: UnsafeBufferPointer<UInt8>) {
        guard values.count < capacity, bytes.count <= Self.maximumKeyLength,
            self.value(for: bytes) == nil
        else { return }
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            slot = (slot + 1) & mask
        }
        slots[slot] = values.count
        keyStarts.append(keyBytes.count)
        keyLengths.append(bytes.count)
        hashes.append(hash)
        values.append(value)
        keyBytes.append(contentsOf: bytes)
    }

    private func matches(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard keyLengths[index] == bytes.count else { return false }
        let start = keyStarts[index]
        for offset in 0..<bytes.count where keyBytes[start + offset] != bytes[offset] {
            return false
        }
        return true
    }

    /// FNV-1a.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }
}
