#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A streaming conversion from a legacy encoding to UTF-8 with iconv.
final class IconvConverter {
    /// How far a call to ``convert(_:to:)`` got through its input.
    enum Outcome: Equatable {
        /// All input was converted.
        case complete
        /// The input ends inside a character; `consumed` bytes were converted.
        case incomplete(consumed: Int)
        /// The bytes after `consumed` are not valid in the source encoding.
        case invalid(consumed: Int)
    }

    private let handle: iconv_t
    private let output: UnsafeMutablePointer<UInt8>
    private let outputCapacity = 64 * 1024

    /// Opens a converter from `sourceEncoding`, or returns nil with `errno` set.
    init?(sourceEncoding: String) {
        guard let handle = iconv_open("UTF-8", sourceEncoding),
            handle != iconv_t(bitPattern: -1)
        else { return nil }
        self.handle = handle
        output = .allocate(capacity: outputCapacity)
    }

    deinit {
        iconv_close(handle)
        output.deallocate()
    }

    /// Converts `input`, passing the UTF-8 output to `sink` in pieces.
    func convert(
        _ input: UnsafeBufferPointer<UInt8>,
        to sink: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows -> Outcome {
        guard let base = input.baseAddress, !input.isEmpty else { return .complete }
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base)
            .assumingMemoryBound(to: CChar.self)
        var inLeft = input.count
        while inLeft > 0 {
            var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(output)
                .assumingMemoryBound(to: CChar.self)
            var outLeft = outputCapacity
            let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
            let failure = result == -1 ? errno : 0
            let produced = outputCapacity - outLeft
            if produced > 0 {
                try sink(UnsafeBufferPointer(start: output, count: produced))
            }
            let consumed = input.count - inLeft
            switch failure {
            case 0, E2BIG:
                continue
            case EINVAL:
                return .incomplete(consumed: consumed)
            default:
                return .invalid(consumed: consumed)
            }
        }
        return .complete
    }
}
