/// Short texts (region and size codes) kept at fixed addresses for as long as the value lives,
/// so that a statement can bind them without copying.
final class PinnedTexts {
    private let storage: UnsafeMutableRawBufferPointer
    private let ranges: [Range<Int>]

    init(_ texts: [String]) {
        var ranges: [Range<Int>] = []
        var offset = 0
        for text in texts {
            ranges.append(offset..<(offset + text.utf8.count))
            offset += text.utf8.count
        }
        storage = .allocate(byteCount: max(offset, 1), alignment: 1)
        for (text, range) in zip(texts, ranges) {
            UnsafeMutableRawBufferPointer(rebasing: storage[range]).copyBytes(from: text.utf8)
        }
        self.ranges = ranges
    }

    deinit {
        storage.deallocate()
    }

    /// The UTF-8 bytes of the text at `index`, valid while this value lives.
    subscript(index: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: storage[ranges[index]])
    }
}
