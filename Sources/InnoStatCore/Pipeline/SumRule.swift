/// Which figures of a group are parts and which is the total, for a `sum` check.
public struct SumRule: Sendable, Equatable {
    public enum Dimension: String, Sendable, CaseIterable {
        case region, sector, size

        var column: String { "\(rawValue)_code" }
        var aggregate: String {
            switch self {
            case .region: "KR"
            case .sector: "TOT"
            case .size: "ALL"
            }
        }
    }

    public enum Parts: Sendable, Equatable {
        /// The provinces that existed at the end of the group's period.
        case provinces
        case codes([String])
    }

    public enum Total: Sendable, Equatable {
        /// The figure of this code in the same group, e.g. `KR` or `TOT`.
        case code(String)
        /// A constant, e.g. 100 for shares in percent.
        case constant(Double)
    }

    /// The dimension in which parts and total differ; the other dimensions and the period
    /// form the group.
    public let over: Dimension
    public let parts: Parts
    public let total: Total
    public let tolerancePercent: Double

    var summary: String {
        let partsText: String
        switch parts {
        case .provinces: partsText = "provinces"
        case .codes(let codes): partsText = codes.joined(separator: " + ")
        }
        let totalText: String
        switch total {
        case .code(let code): totalText = code
        case .constant(let value): totalText = DecimalFormat.shortest(value)
        }
        return "\(over.rawValue) \(partsText) = \(totalText)"
    }
}
