/// The region vocabulary: canonical regions, every alias met in the sources, and the lineage of
/// divisions split off others.
///
/// Labels resolve through one dictionary on ``normalize(_:)`` built once per catalog, so a
/// lookup costs a fold and a hash. Names (Korean, Revised Romanization, McCune-Reischauer,
/// English) resolve whatever code system is declared; bare numbers and GCAM codes resolve only
/// through the declared ``RegionCodeSystem``; ISO codes (`KR-11`) always resolve.
public struct RegionCatalog: Sendable {
    /// The nation first, then the provinces in ISO code order.
    public let regions: [Region]
    /// Every alias form, for the `region_alias` table. Names have no code system; numeric and
    /// GCAM codes carry theirs (the same number may name different regions in two systems).
    public let aliases: [RegionAlias]
    /// Divisions split off others, for the `region_lineage` table.
    public let lineage: [RegionLineage]

    private let regionByCode: [String: Region]
    private let names: LabelIndex
    private let codeIndexes: [RegionCodeSystem: LabelIndex]
    private let excludedKeys: Set<String>
    private let parentByChild: [String: String]

    /// Builds a catalog. `excludedLabels` are labels that must not resolve although the suffix
    /// rules would reduce them to a known name (`Gwangju-si` is a city in Gyeonggi, not the
    /// metropolitan city). Aliases that collide after normalization are a programmer error.
    public init(
        regions: [Region],
        aliases: [RegionAlias],
        lineage: [RegionLineage],
        excludedLabels: [String] = []
    ) {
        self.regions = regions
        self.aliases = aliases
        self.lineage = lineage
        regionByCode = Dictionary(
            regions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        parentByChild = Dictionary(
            lineage.map { ($0.childCode, $0.parentCode) }, uniquingKeysWith: { first, _ in first }
        )
        excludedKeys = Set(excludedLabels.map(LabelNormalizer.fold))

        var nameLabels: [LabelIndex.Label] = []
        var codeLabels: [RegionCodeSystem: [LabelIndex.Label]] = [:]
        for alias in aliases {
            precondition(
                regionByCode[alias.regionCode] != nil, "alias of unknown \(alias.regionCode)")
            let folded = LabelNormalizer.fold(alias.alias)
            precondition(!excludedKeys.contains(folded), "alias \"\(alias.alias)\" is excluded")
            let label = LabelIndex.Label(
                text: alias.alias, code: alias.regionCode, isSuggested: alias.codeSystem == nil
            )
            switch alias.codeSystem {
            case nil:
                precondition(!LabelNormalizer.isDigits(folded), "bare number \(alias.alias)")
                nameLabels.append(label)
            case .iso? where !LabelNormalizer.isDigits(folded):
                nameLabels.append(label)
            case let system?:
                codeLabels[system, default: []].append(label)
            }
        }
        names = LabelIndex(nameLabels, key: Self.normalize)
        codeIndexes = codeLabels.mapValues { LabelIndex($0, key: LabelNormalizer.fold) }
    }

    /// The region with ISO code `code`.
    public func region(code: String) -> Region? {
        regionByCode[code]
    }

    /// Resolves a label to its ISO code. Names resolve in any code system; bare numeric codes
    /// only through the given system (kostat: 11 Seoul, 21 Busan, …, 26 Ulsan, 29 Sejong, 31
    /// Gyeonggi …; administrative: 11 Seoul, 26 Busan, 27 Daegu, … 31 Ulsan, 36 Sejong, 41
    /// Gyeonggi, 42 and 51 Gangwon, 45 and 52 Jeonbuk, 50 Jeju …; iso: 11 … 50); returns nil for
    /// a bare number when `codeSystem` is nil. GCAM two-letter codes resolve only with `.gcam`.
    /// ISO codes (`KR-11`) always resolve.
    public func resolve(_ label: String, codeSystem: RegionCodeSystem? = nil) -> String? {
        let folded = LabelNormalizer.fold(label)
        guard !folded.isEmpty else { return nil }
        if let system = codeSystem, let code = codeIndexes[system]?.code(forKey: folded) {
            return code
        }
        if LabelNormalizer.isDigits(folded) || excludedKeys.contains(folded) {
            return nil
        }
        return names.code(forKey: Self.strippingSuffixes(folded))
    }

    /// ``resolve(_:codeSystem:)`` for a field still in its UTF-8 bytes. Bytes that fold (ASCII
    /// case and separators ignored) to a known alias resolve without creating a `String`; any
    /// other bytes take the `String` path, so the answer is always the same.
    public func resolve(
        utf8 bytes: UnsafeBufferPointer<UInt8>,
        codeSystem: RegionCodeSystem? = nil
    ) -> String? {
        let summary = FoldedByteTable.summarize(bytes)
        if summary.isASCII && summary.count == 0 {
            return nil
        }
        if let system = codeSystem,
            let code = codeIndexes[system]?.code(for: bytes, summary: summary)
        {
            return code
        }
        if summary.isASCII && summary.isAllDigits {
            return nil
        }
        if let code = names.code(for: bytes, summary: summary) {
            return code
        }
        return resolve(String(decoding: bytes, as: UTF8.self), codeSystem: codeSystem)
    }

    /// Up to `limit` known names closest to `label` (edit distance on the normalized form, Hangul
    /// compared by jamo), best first, for messages such as
    /// `unknown region "Kyongi" (closest: Kyonggi, Gyeonggi)`.
    public func closestNames(to label: String, limit: Int = 3) -> [String] {
        names.closestLabels(to: Self.normalize(label), limit: limit)
    }

    /// Codes of the Capital Region: Seoul, Incheon, Gyeonggi.
    public var capitalRegionCodes: Set<String> {
        Set(regions.filter(\.isCapitalRegion).map(\.code))
    }

    /// The region `code` was split off, if it was.
    public func lineageParent(of code: String) -> String? {
        parentByChild[code]
    }

    /// The key a region label is matched on, for aliases and lookups alike:
    /// ``LabelNormalizer/fold(_:)`` followed by removal of English and romanized suffixes
    /// (`-do`, `Province`, `-si`, `City`, `Metropolitan City`, `Special City`, `Special
    /// Self-Governing City/Province`, `-gwangyeoksi`, `-teukbyeolsi`, …), repeatedly.
    public static func normalize(_ label: String) -> String {
        strippingSuffixes(LabelNormalizer.fold(label))
    }

    /// Folded suffixes, longest first so that `metropolitancity` goes before `city`.
    private static let suffixes: [String] = [
        "specialselfgoverningprovince", "specialselfgoverningcity", "specialautonomousprovince",
        "specialautonomouscity", "directcontrolledcity", "metropolitancity", "teukbyeoljachido",
        "teukbyeoljachisi", "tukpyolchachido", "tukpyolchachisi", "specialcity", "gwangyeoksi",
        "teukbyeolsi", "kwangyoksi", "tukpyolsi", "chikhalsi", "jikhalsi", "province", "city",
        "do", "si",
    ]

    private static func strippingSuffixes(_ folded: String) -> String {
        var key = folded
        var stripped = true
        while stripped {
            stripped = false
            for suffix in suffixes where key.utf8.count > suffix.utf8.count + 1 {
                if key.hasSuffix(suffix) {
                    key.removeLast(suffix.count)
                    stripped = true
                    break
                }
            }
        }
        return key
    }
}
