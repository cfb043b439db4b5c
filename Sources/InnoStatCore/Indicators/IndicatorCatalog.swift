import Foundation

/// The indicators of `Pipelines/indicators.yaml`, checked and ordered so that every indicator
/// comes after the indicators it reads.
public struct IndicatorCatalog: Sendable {
    public static let fileName = PipelineCatalog.indicatorsFile

    /// The path shown in messages.
    public let file: String
    /// The measures indicators may read, with the unit each must have in the warehouse.
    public let measureUnits: [String: String]
    public let indicators: [IndicatorSpec]

    public init(file: String, measureUnits: [String: String], indicators: [IndicatorSpec]) {
        self.file = file
        self.measureUnits = measureUnits
        self.indicators = indicators
    }

    /// The catalog in `directory`, or nil when it has no indicators file.
    public static func load(directory: String) throws -> IndicatorCatalog? {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try load(path: path)
    }

    public static func load(path: String) throws -> IndicatorCatalog {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineError(file: path, keyPath: "", message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PipelineError(file: path, keyPath: "", message: "not UTF-8 text")
        }
        return try parse(yaml: text, file: path)
    }

    public func indicator(code: String) -> IndicatorSpec? {
        indicators.first { $0.code == code }
    }
}
