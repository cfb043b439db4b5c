/// The Lorenz curve of a measure X over units with weights P (population; 1 each for units
/// counted alike): units from the lowest X/P to the highest, cumulative shares of P and X.
///
/// Its Gini, one minus twice the area under the curve, equals DESIGN.md's population-weighted
/// `gini_w` = Σ Σ p_i p_j |y_i − y_j| / (2μ) for weights P, and the unweighted `gini` of the
/// y_i for weights 1 and X = y_i.
public struct LorenzCurve: Sendable, Equatable {
    public struct Unit: Sendable, Equatable {
        public var code: String
        public var name: String
        public var value: Double
        public var weight: Double

        public init(code: String, name: String, value: Double, weight: Double) {
            self.code = code
            self.name = name
            self.value = value
            self.weight = weight
        }

        public var ratio: Double { value / weight }
    }

    /// A point of the curve, shares in percent.
    public struct Share: Sendable, Equatable {
        public var weight: Double
        public var value: Double
    }

    /// From the lowest ratio to the highest (ties by code).
    public let units: [Unit]
    /// (0, 0), then one point after each unit, ending at (100, 100).
    public let shares: [Share]

    /// nil when there is no unit, a weight is not positive, a value is negative or X sums to 0.
    public init?(units: [Unit]) {
        guard !units.isEmpty, units.allSatisfy({ $0.weight > 0 && $0.value >= 0 }) else {
            return nil
        }
        let totalValue = units.reduce(0) { $0 + $1.value }
        let totalWeight = units.reduce(0) { $0 + $1.weight }
        guard totalValue > 0 else { return nil }
        self.units = units.sorted {
            $0.ratio != $1.ratio ? $0.ratio < $1.ratio : $0.code < $1.code
        }
        var shares = [Share(weight: 0, value: 0)]
        var weight = 0.0
        var value = 0.0
        for unit in self.units {
            weight += unit.weight
            value += unit.value
            shares.append(
                Share(weight: 100 * weight / totalWeight, value: 100 * value / totalValue))
        }
        self.shares = shares
    }

    /// 1 − Σ (x_k − x_{k−1})(y_k + y_{k−1}), with the shares as fractions.
    public var gini: Double {
        var area = 0.0
        for (previous, next) in zip(shares, shares.dropFirst()) {
            area += (next.weight - previous.weight) / 100 * (next.value + previous.value) / 100
        }
        return 1 - area
    }
}
