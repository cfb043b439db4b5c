/// The logic of the `change` check on one series (one measure, region, sector and size, in
/// period order). Each figure is compared with the last figure before it that passed; a figure
/// more than `maxRatio` times larger or smaller fails and is not used for later comparisons, so
/// the figure after a dropped digit is not blamed for the jump back. The first figure has no
/// figure before it: it fails when it is that far from the next figure while the next two agree.
/// Figures of zero or below are not compared (a ratio needs two positive figures).
struct JumpDetector {
    struct Point: Sendable, Equatable {
        let value: Double
        /// Staged figures may fail; figures already in the warehouse are only compared with.
        let isStaged: Bool
    }

    struct Jump: Sendable, Equatable {
        /// The failing point.
        let index: Int
        /// The point it was compared with.
        let reference: Int
        /// How many times larger or smaller the failing figure is.
        let factor: Double
        /// Whether the reference comes after the failing point (the first figure of a series).
        let referenceFollows: Bool
    }

    let maxRatio: Double

    func jumps(in points: [Point]) -> [Jump] {
        let comparable = points.indices.filter { points[$0].value > 0 }
        func factor(_ a: Int, _ b: Int) -> Double {
            let x = points[a].value
            let y = points[b].value
            return Swift.max(x, y) / Swift.min(x, y)
        }
        var jumps: [Jump] = []
        var lastPassed: Int?
        for (position, index) in comparable.enumerated() {
            if let last = lastPassed {
                let change = factor(index, last)
                if change <= maxRatio {
                    lastPassed = index
                } else if points[index].isStaged {
                    jumps.append(
                        Jump(
                            index: index, reference: last, factor: change, referenceFollows: false))
                }
                continue
            }
            if position + 2 < comparable.count {
                let next = comparable[position + 1]
                let afterNext = comparable[position + 2]
                let change = factor(index, next)
                if change > maxRatio && factor(next, afterNext) <= maxRatio {
                    if points[index].isStaged {
                        jumps.append(
                            Jump(
                                index: index, reference: next, factor: change,
                                referenceFollows: true))
                    }
                    continue
                }
            }
            lastPassed = index
        }
        return jumps
    }
}
