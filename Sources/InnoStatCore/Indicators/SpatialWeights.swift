/// Which regions neighbour which, as row-standardised spatial weights: w_ij = 1 / k_i for each
/// of region i's k_i neighbours j and 0 otherwise, so every row sums to 1 and S0 = n.
///
/// Built from a GAL file (``readGAL(_:file:islands:maxBytes:)``) or from undirected borders
/// (``init(regions:borders:source:islands:)``). Every region kept has at least one neighbour:
/// an island is an error unless ``IslandPolicy/exclude`` leaves it out. Values given to
/// ``MoranI`` and ``LocalMoran`` follow the order of ``ids``; ``reordered(as:)`` puts the
/// weights in another order. Errors are ``SourceFileError``s: `source:line: what`.
public struct SpatialWeights: Sendable, Equatable {
    /// What to do with a region that has no neighbour.
    public enum IslandPolicy: Sendable, Equatable {
        /// Refuse the weights.
        case error
        /// Leave the island out, and any region left without a neighbour by that, until every
        /// region kept has one; ``excluded`` lists them.
        case exclude
    }

    /// S0 = Σ_ij w_ij, S1 = ½ Σ_ij (w_ij + w_ji)², S2 = Σ_i (w_i· + w_·i)², the sums the
    /// moments of Moran's I are written in.
    public struct Moments: Sendable, Equatable {
        public let s0: Double
        public let s1: Double
        public let s2: Double
    }

    /// The regions in order: a GAL file's or the order given.
    public let ids: [String]
    /// For each region, its neighbours' positions in ``ids``, in the order listed.
    public let neighbours: [[Int]]
    /// The islands ``IslandPolicy/exclude`` left out, in their original order.
    public let excluded: [String]
    /// The file or source the weights came from, for messages.
    public let source: String

    init(ids: [String], neighbours: [[Int]], excluded: [String] = [], source: String) {
        self.ids = ids
        self.neighbours = neighbours
        self.excluded = excluded
        self.source = source
    }

    /// Weights from undirected borders: each pair makes the two regions neighbours; a pair
    /// given twice (in either order) counts once. Throws for a region listed twice, a border
    /// naming an unknown region or a region with itself, and (by `islands`) a region without
    /// a border. `source` names where the borders came from in messages.
    public init(
        regions: [String], borders: [(String, String)], source: String,
        islands: IslandPolicy = .error
    ) throws(SourceFileError) {
        var position: [String: Int] = [:]
        for (index, region) in regions.enumerated() {
            guard position.updateValue(index, forKey: region) == nil else {
                throw SourceFileError(
                    file: source, message: "region \(Self.quoted(region)) is listed twice")
            }
        }
        var linked = Set<Link>()
        var neighbours = [[Int]](repeating: [], count: regions.count)
        for (number, border) in zip(1..., borders) {
            let place = "border \(number) (\(Self.quoted(border.0)), \(Self.quoted(border.1)))"
            guard let a = position[border.0], let b = position[border.1] else {
                let unknown = position[border.0] == nil ? border.0 : border.1
                throw SourceFileError(
                    file: source, message: "\(place): \(Self.quoted(unknown)) is not a region")
            }
            guard a != b else {
                throw SourceFileError(
                    file: source, message: "\(place): a region cannot border itself")
            }
            guard linked.insert(Link(from: min(a, b), to: max(a, b))).inserted else { continue }
            neighbours[a].append(b)
            neighbours[b].append(a)
        }
        if islands == .error, let island = neighbours.firstIndex(where: \.isEmpty) {
            throw SourceFileError(file: source, message: Self.islandMessage(regions[island]))
        }
        self = Self.excludingIslands(ids: regions, neighbours: neighbours, source: source)
    }

    public var count: Int { ids.count }

    /// w_ij: 1 / k_i when j neighbours i, else 0.
    public func weight(from i: Int, to j: Int) -> Double {
        neighbours[i].contains(j) ? 1 / Double(neighbours[i].count) : 0
    }

    /// Σ_j w_ij v_j: the mean of each region's neighbours' values.
    public func spatialLag(_ values: [Double]) -> [Double] {
        precondition(values.count == count, "one value per region")
        return neighbours.map { row in
            row.reduce(0) { $0 + values[$1] } / Double(row.count)
        }
    }

    /// Each link (i lists j) whose reverse is missing, as ids in order; empty when the
    /// neighbour relation is symmetric, as contiguity is.
    public var asymmetricLinks: [(from: String, to: String)] {
        let links = self.links
        return neighbours.indices.flatMap { i in
            neighbours[i].filter { !links.contains(Link(from: $0, to: i)) }.map {
                (ids[i], ids[$0])
            }
        }
    }

    public var isSymmetric: Bool { asymmetricLinks.isEmpty }

    public var moments: Moments {
        let links = self.links
        var s1 = 0.0
        var columnSums = [Double](repeating: 0, count: count)
        for (i, row) in neighbours.enumerated() {
            let w = 1 / Double(row.count)
            for j in row {
                let isReciprocated = links.contains(Link(from: j, to: i))
                let both = w + (isReciprocated ? 1 / Double(neighbours[j].count) : 0)
                // A reciprocated pair is met twice, once from each end.
                s1 += isReciprocated ? both * both / 2 : both * both
                columnSums[j] += w
            }
        }
        let s2 = columnSums.reduce(0) { $0 + (1 + $1) * (1 + $1) }
        return Moments(s0: Double(count), s1: s1, s2: s2)
    }

    /// A link from region `from` to its neighbour `to`, by position.
    struct Link: Hashable {
        let from: Int
        let to: Int
    }

    var links: Set<Link> {
        Set(neighbours.indices.flatMap { i in neighbours[i].map { Link(from: i, to: $0) } })
    }

    /// The same weights with the regions in `order`, which must hold each region once.
    public func reordered(as order: [String]) throws(SourceFileError) -> SpatialWeights {
        var newPosition: [String: Int] = [:]
        for (index, region) in order.enumerated() {
            guard newPosition.updateValue(index, forKey: region) == nil else {
                throw SourceFileError(
                    file: source, message: "region \(Self.quoted(region)) is ordered twice")
            }
        }
        if let stray = order.first(where: { !ids.contains($0) }) {
            throw SourceFileError(
                file: source, message: "region \(Self.quoted(stray)) has no row in the weights")
        }
        if let missing = ids.first(where: { newPosition[$0] == nil }) {
            throw SourceFileError(
                file: source, message: "region \(Self.quoted(missing)) is missing from the order")
        }
        let old = ids.map { newPosition[$0]! }
        var rows = [[Int]](repeating: [], count: count)
        for (i, row) in neighbours.enumerated() { rows[old[i]] = row.map { old[$0] } }
        return SpatialWeights(ids: order, neighbours: rows, excluded: excluded, source: source)
    }

    /// The weights without islands: each region with no neighbour is left out, with the links
    /// to it, until none is left.
    static func excludingIslands(ids: [String], neighbours: [[Int]], source: String)
        -> SpatialWeights
    {
        var listedBy = [[Int]](repeating: [], count: ids.count)
        for (i, row) in neighbours.enumerated() {
            for j in row { listedBy[j].append(i) }
        }
        var remaining = neighbours.map(\.count)
        var kept = [Bool](repeating: true, count: ids.count)
        var islands = ids.indices.filter { remaining[$0] == 0 }
        while let island = islands.popLast() {
            kept[island] = false
            for region in listedBy[island] where kept[region] {
                remaining[region] -= 1
                if remaining[region] == 0 { islands.append(region) }
            }
        }
        var newPosition = [Int](repeating: -1, count: ids.count)
        var keptIDs: [String] = []
        for index in ids.indices where kept[index] {
            newPosition[index] = keptIDs.count
            keptIDs.append(ids[index])
        }
        let rows = ids.indices.filter { kept[$0] }.map { i in
            neighbours[i].filter { kept[$0] }.map { newPosition[$0] }
        }
        return SpatialWeights(
            ids: keptIDs, neighbours: rows,
            excluded: ids.indices.filter { !kept[$0] }.map { ids[$0] },
            source: source)
    }

    static func islandMessage(_ id: String) -> String {
        "region \(quoted(id)) has no neighbour: an island needs islands: .exclude"
    }

    /// An id as messages show it: quoted, escaped and cut to 40 characters.
    static func quoted(_ id: String) -> String {
        "\"\(PrintableText.bounded(id, limit: 40))\""
    }
}
