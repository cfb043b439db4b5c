import Testing

@testable import InnoStatCore

struct RegionAlignmentTests {
    static let alignment = RegionAlignment(
        parents: Dictionary(
            RegionCatalog.korea.lineage.map { ($0.childCode, $0.parentCode) },
            uniquingKeysWith: { first, _ in first }))

    static func point(_ measure: String, _ region: String, _ value: Double) -> ObservationPoint {
        ObservationPoint(
            measure: measure, region: region, period: "1997", year: 1997, sector: "TOT",
            size: "ALL", value: value, status: .normal, sourceID: "s")
    }

    static func figures(_ measure: String, _ values: [String: Double])
        -> [String: RegionAlignment.Figure]
    {
        Dictionary(
            uniqueKeysWithValues: values.map {
                (
                    $0.key,
                    RegionAlignment.Figure(
                        value: $0.value, inputs: [point(measure, $0.key, $0.value)])
                )
            })
    }

    @Test func theFinerSideIsAddedToItsLineageParent() {
        // GRDP 1997 has no Ulsan (in Gyeongnam); population estimates have it.
        let result = Self.alignment.align(
            numerator: Self.figures("grdp", ["KR-11": 100, "KR-48": 90]),
            denominator: Self.figures("population", ["KR-11": 10, "KR-48": 6, "KR-31": 3]),
            numeratorName: "grdp", denominatorName: "population")
        #expect(result.regions.map(\.code) == ["KR-11", "KR-48"])
        #expect(result.regions[1].numerator.value == 90)
        #expect(result.regions[1].denominator?.value == 9)
        #expect(
            result.regions[1].denominator?.inputs
                == [Self.point("population", "KR-48", 6), Self.point("population", "KR-31", 3)])
        #expect(result.merges == ["KR-31 into KR-48 (population)"])
        #expect(result.dropped.isEmpty)
    }

    @Test func severalChildrenOfOneParentAndEitherSide() {
        // Daejeon (1989) and Sejong (2012) both came from Chungnam.
        let result = Self.alignment.align(
            numerator: Self.figures("x", ["KR-44": 5, "KR-30": 2, "KR-50": 1, "KR-11": 4]),
            denominator: Self.figures("p", ["KR-44": 10, "KR-11": 8]),
            numeratorName: "x", denominatorName: "p")
        #expect(result.regions.map(\.code) == ["KR-11", "KR-44"])
        #expect(result.regions[1].numerator.value == 8)
        #expect(result.merges == ["KR-30 into KR-44 (x)", "KR-50 into KR-44 (x)"])
    }

    @Test func aRegionWithoutACounterpartIsLeftOutAndSaidSo() {
        // Jeju has no population and Gyeongnam no x: neither has a lineage parent to go into.
        // Ulsan is on both sides and stays.
        let result = Self.alignment.align(
            numerator: Self.figures("x", ["KR-11": 1, "KR-49": 2, "KR-31": 3]),
            denominator: Self.figures("p", ["KR-11": 1, "KR-31": 1, "KR-48": 1]),
            numeratorName: "x", denominatorName: "p")
        #expect(result.regions.map(\.code) == ["KR-11", "KR-31"])
        #expect(result.dropped == ["KR-48 (p only)", "KR-49 (x only)"])
        #expect(result.merges.isEmpty)
    }

    @Test func levelsNeedNoAlignment() {
        let result = Self.alignment.align(
            numerator: Self.figures("x", ["KR-41": 1, "KR-11": 2]), denominator: nil,
            numeratorName: "x", denominatorName: "")
        #expect(result.regions.map(\.code) == ["KR-11", "KR-41"])
        #expect(result.regions.allSatisfy { $0.denominator == nil })
    }

    @Test func coverageCountsChildrenInsideTheirParents() {
        let provinces = RegionCatalog.korea.regions.filter { $0.level == "province" }.map(\.code)
        // The 13 regions of 1985 GRDP cover all 17 through lineage.
        let of1985: Set<String> = [
            "KR-11", "KR-26", "KR-27", "KR-28", "KR-41", "KR-42", "KR-43", "KR-44", "KR-45",
            "KR-46",
            "KR-47", "KR-48", "KR-49",
        ]
        #expect(Self.alignment.covers(provinces, with: of1985))
        // The 8 metropolitan areas of rnd_money do not.
        let metropolitan: Set<String> = [
            "KR-11", "KR-26", "KR-27", "KR-28", "KR-29", "KR-30", "KR-31", "KR-41",
        ]
        #expect(
            Self.alignment.missing(from: provinces, present: metropolitan)
                == [
                    "KR-42", "KR-43", "KR-44", "KR-45", "KR-46", "KR-47", "KR-48", "KR-49", "KR-50",
                ])
    }

    /// (child, year, whether a child missing on one side goes into its parent that year)
    static let splitYears: [(child: String, year: Int, merged: Bool)] = [
        ("KR-31", 1997, true),  // Ulsan, split 1997-07-15: GRDP's Gyeongnam still holds it
        ("KR-31", 1998, false),
        ("KR-29", 1986, true),  // Gwangju, 1986-11-01
        ("KR-29", 1987, false),
        ("KR-29", 2020, false),
        ("KR-30", 1988, true),  // Daejeon, 1989-01-01: the whole of 1989 is after the split
        ("KR-30", 1989, false),
        ("KR-50", 2012, true),  // Sejong, 2012-07-01: Chungnam holds it in 2012
        ("KR-50", 2013, false),
    ]

    @Test(arguments: splitYears)
    func aChildGoesIntoItsParentOnlyInAYearBeginningBeforeTheSplit(
        child: String, year: Int, merged: Bool
    ) {
        let parent = RegionCatalog.korea.lineageParent(of: child)!
        let alignment = RegionAlignment(lineage: RegionCatalog.korea.lineage, year: year)
        let result = alignment.align(
            numerator: Self.figures("x", ["KR-11": 4, parent: 5]),
            denominator: Self.figures("p", ["KR-11": 8, parent: 10, child: 3]),
            numeratorName: "x", denominatorName: "p")
        #expect(result.regions.map(\.code) == ["KR-11", parent].sorted())
        let parentRow = result.regions.first { $0.code == parent }!
        if merged {
            #expect(parentRow.denominator?.value == 13)
            #expect(result.merges == ["\(child) into \(parent) (p)"])
            #expect(result.dropped.isEmpty)
        } else {
            #expect(parentRow.denominator?.value == 10)
            #expect(result.merges.isEmpty)
            #expect(result.dropped == ["\(child) (p only)"])
        }
        #expect(
            alignment.missing(from: ["KR-11", parent, child], present: ["KR-11", parent])
                == (merged ? [] : [child]))
    }
}
