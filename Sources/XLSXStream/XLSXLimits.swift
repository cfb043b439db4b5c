/// What a workbook from the internet may ask of the reader: a zip entry whose declared or
/// actual size, or whose compression ratio, passes these is refused before it fills memory.
public struct XLSXLimits: Sendable, Equatable {
    /// The most bytes one entry may inflate to (a sheet's XML, the shared strings).
    public var maxEntryBytes: Int64 = 512 * 1024 * 1024
    /// The most an entry may inflate relative to its compressed size, for entries past
    /// `ratioFreeBytes` (small XML compresses very well and is harmless).
    public var maxCompressionRatio: Int64 = 200
    public var ratioFreeBytes: Int64 = 1024 * 1024

    public init() {}
}
