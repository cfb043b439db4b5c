import Foundation

/// A JSON-stat dataset read whole: its dimensions with their categories in index order, and
/// its cells by flat position in row-major order (the last dimension of `id` varies fastest).
/// A cell's value is text: a JSON string as written, a number as ``JSONNumberText`` writes it.
public struct JSONStatDataset: Sendable {
    /// The key a 1.x bundle gives the dataset; nil in a 2.0 response.
    public let id: String?
    public let label: String?
    public let dimensions: [JSONStatDimension]
    /// The product of the dimensions' sizes: cells with and without a value.
    public let cellCount: Int
    let values: JSONStatCellTexts
    let statuses: JSONStatCellTexts

    /// The datasets of a JSON-stat response: one for a `dataset`, a `collection`'s embedded
    /// datasets in item order, a 1.x bundle's datasets in the order of their keys. Throws a
    /// ``SourceFileError`` (`file: what is wrong`) for a file past `limits`, text that is not
    /// JSON, and any member that is missing, of the wrong kind or inconsistent with the others.
    public static func read(_ data: Data, file: String, limits: JSONStatLimits = JSONStatLimits())
        throws -> [JSONStatDataset]
    {
        try JSONStatReader(file: file, limits: limits).datasets(in: data)
    }

    /// Each cell in flat-position order: its position, the index of its category in each
    /// dimension, its value (nil where the value is null or a sparse `value` has none) and
    /// its status (nil where there is none).
    public func forEachCell(
        _ body: (
            _ position: Int, _ categoryIndexes: [Int], _ value: String?, _ status: String?
        ) throws -> Void
    ) rethrows {
        let sizes = dimensions.map(\.categories.count)
        var indexes = [Int](repeating: 0, count: sizes.count)
        for position in 0..<cellCount {
            try body(position, indexes, values[position], statuses[position])
            var dimension = sizes.count - 1
            while dimension >= 0 {
                indexes[dimension] += 1
                if indexes[dimension] < sizes[dimension] { break }
                indexes[dimension] = 0
                dimension -= 1
            }
        }
    }
}
