/// Counts and sums over firm responses per survey year, province and size class, kept while
/// the responses are read, so that the aggregates need no second pass over the rows. Its size
/// depends on the years present, never on the number of rows.
struct FirmSurveyTally {
    private static let firstYear = 1000
    private static let yearCount = 2000

    private let regionCodes: [String]
    private var blockByYear: [Int32]
    private var years: [Int] = []
    private var counts: [FirmSurveyCell.Counts] = []
    private var blockSize: Int { regionCodes.count * FirmResponse.Size.allCases.count }

    init(regionCodes: [String] = RegionCatalog.korea.regions.map(\.code)) {
        self.regionCodes = regionCodes
        blockByYear = [Int32](repeating: -1, count: Self.yearCount)
    }

    /// Counts `response`, read at `line`; its year is 1000–2999 and its region an index into
    /// the codes the tally was made with.
    @inline(__always)
    mutating func add(_ response: FirmResponse, line: Int) {
        let yearIndex = response.year - Self.firstYear
        var block = Int(blockByYear[yearIndex])
        if block < 0 {
            block = years.count
            blockByYear[yearIndex] = Int32(block)
            years.append(response.year)
            counts.append(
                contentsOf: repeatElement(FirmSurveyCell.Counts(), count: blockSize))
        }
        let slot =
            block * blockSize + response.region * FirmResponse.Size.allCases.count
            + response.size.rawValue
        counts.withUnsafeMutableBufferPointer { all in
            let cell = all.baseAddress! + slot
            if cell.pointee.responses == 0 {
                cell.pointee.firstLine = line
            }
            cell.pointee.responses += 1
            if let conducts = response.conductsRD {
                cell.pointee.rdAnswered += 1
                if conducts {
                    cell.pointee.conductingRD += 1
                }
            }
            if let expenditure = response.rdExpenditure {
                cell.pointee.rdExpenditureReported += 1
                cell.pointee.rdExpenditure += Double(expenditure)
            }
        }
    }

    /// The cells that counted at least one response, by year, then region and size in catalog
    /// order, attributed to `loadID`.
    func cells(loadID: Int64) -> [FirmSurveyCell] {
        var result: [FirmSurveyCell] = []
        for (block, year) in years.enumerated().sorted(by: { $0.element < $1.element }) {
            for (regionIndex, region) in regionCodes.enumerated() {
                for size in FirmResponse.Size.allCases {
                    let slot =
                        block * blockSize + regionIndex * FirmResponse.Size.allCases.count
                        + size.rawValue
                    if counts[slot].responses > 0 {
                        result.append(
                            FirmSurveyCell(
                                year: year, region: region, size: size, loadID: loadID,
                                counts: counts[slot]))
                    }
                }
            }
        }
        return result
    }
}
