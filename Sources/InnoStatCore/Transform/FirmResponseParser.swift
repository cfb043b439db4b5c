import CSVStream

/// Reads firm-survey records into ``FirmResponse``s, field by field from the record's bytes:
/// no `String` is made for a field unless it is refused. Region and size labels are resolved
/// once per distinct spelling and remembered.
///
/// Per field: `survey_year` (`YYYY`), `firm_id`, `region` (any alias form; bare numbers in the
/// declared code system) and `size_class` (`LARGE` or `SME` in any alias form) are required;
/// `industry_ksic` (a KSIC code such as `C26`), the whole numbers `employees`, `sales_mwon`,
/// `rd_expenditure_mwon` (thousands separators allowed) and the flags `conducts_rd`,
/// `has_rd_center` (`Y`/`N` or `1`/`0`) may be `-` or empty for missing. Every field that
/// breaks a rule is one reject.
struct FirmResponseParser {
    let columns: FirmSurveyColumns
    let codeSystem: RegionCodeSystem
    private let catalog = RegionCatalog.korea
    private let regionIndexByCode: [String: Int]
    private var regionCache = ByteLabelCache()
    private var sizeCache = ByteLabelCache(capacity: 64)

    /// A resolved label that names no province.
    private static let unknown = -1
    /// The size label `ALL`.
    private static let allSizes = FirmResponse.Size.allCases.count

    init(columns: FirmSurveyColumns, codeSystem: RegionCodeSystem) {
        self.columns = columns
        self.codeSystem = codeSystem
        regionIndexByCode = Dictionary(
            uniqueKeysWithValues: RegionCatalog.korea.regions.enumerated().map { ($1.code, $0) })
    }

    /// Fills `response` from `record` and returns true, or appends the record's rejects and
    /// returns false.
    mutating func parse(
        _ record: CSVRecord,
        into response: inout FirmResponse,
        rejects: inout [Reject]
    ) -> Bool {
        let rejectsBefore = rejects.count
        if let tooLong = Reject.overlong(record, header: columns.header) {
            rejects += tooLong
            return false
        }
        guard record.count >= columns.count else {
            rejects.append(raggedReject(record))
            return false
        }
        if record.count > columns.count
            && !(columns.count..<record.count).allSatisfy({ record.fieldIsEmpty($0) })
        {
            rejects.append(raggedReject(record))
            return false
        }

        record.withFieldBytes(columns.year) { raw in
            let bytes = FieldBytes.trimmed(raw)
            if let year = FieldBytes.year(bytes) {
                response.year = year
            } else if FieldBytes.isMissing(bytes) {
                rejects.append(missing(record, columns.year))
            } else {
                rejects.append(
                    reject(record, columns.year, .badPeriod) { "\"\($0)\" is not a year (YYYY)" })
            }
        }
        record.withFieldBytes(columns.firmID) { raw in
            if FieldBytes.isMissing(FieldBytes.trimmed(raw)) {
                rejects.append(missing(record, columns.firmID))
            }
        }
        parseRegion(record, into: &response, rejects: &rejects)
        record.withFieldBytes(columns.industry) { raw in
            let bytes = FieldBytes.trimmed(raw)
            response.hasIndustry = !FieldBytes.isMissing(bytes)
            if response.hasIndustry && !FieldBytes.isKSIC(bytes) {
                rejects.append(
                    reject(record, columns.industry, .unexpectedValue) {
                        "\"\($0)\" is not a KSIC code (a letter A-U and 2 to 5 digits)"
                    })
            }
        }
        parseSize(record, into: &response, rejects: &rejects)
        response.employees = wholeNumber(record, columns.employees, &rejects)
        response.sales = wholeNumber(record, columns.sales, &rejects)
        response.rdExpenditure = wholeNumber(record, columns.rdExpenditure, &rejects)
        response.conductsRD = flag(record, columns.conductsRD, &rejects)
        response.hasRDCenter = flag(record, columns.hasRDCenter, &rejects)
        return rejects.count == rejectsBefore
    }

    private mutating func parseRegion(
        _ record: CSVRecord, into response: inout FirmResponse, rejects: inout [Reject]
    ) {
        let index = columns.region
        record.withFieldBytes(index) { raw in
            let bytes = FieldBytes.trimmed(raw)
            if FieldBytes.isMissing(bytes) {
                rejects.append(missing(record, index))
                return
            }
            let region = regionCache.value(for: bytes) ?? resolveRegion(bytes)
            if region > 0 {
                response.region = region
            } else if region == 0 {
                rejects.append(
                    reject(record, index, .unknownRegion) {
                        "\"\($0)\" is the whole country, not the province of one firm"
                    })
            } else {
                rejects.append(
                    reject(record, index, .unknownRegion) { raw in
                        Self.unknown("region", raw, closest: catalog.closestNames(to: raw))
                    })
            }
        }
    }

    private mutating func parseSize(
        _ record: CSVRecord, into response: inout FirmResponse, rejects: inout [Reject]
    ) {
        let index = columns.size
        record.withFieldBytes(index) { raw in
            let bytes = FieldBytes.trimmed(raw)
            if FieldBytes.isMissing(bytes) {
                rejects.append(missing(record, index))
                return
            }
            let size = sizeCache.value(for: bytes) ?? resolveSize(bytes)
            if let known = FirmResponse.Size(rawValue: size) {
                response.size = known
            } else if size == Self.allSizes {
                rejects.append(
                    reject(record, index, .unknownSize) {
                        "\"\($0)\" is not the size of one firm (LARGE or SME)"
                    })
            } else {
                rejects.append(
                    reject(record, index, .unknownSize) { raw in
                        Self.unknown(
                            "firm size", raw,
                            closest: FirmSizeCatalog.standard.closestNames(to: raw))
                    })
            }
        }
    }

    /// The region index `bytes` name (0 for the nation), or ``unknown``; remembered.
    private mutating func resolveRegion(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let region =
            catalog.resolve(utf8: bytes, codeSystem: codeSystem).flatMap { regionIndexByCode[$0] }
            ?? Self.unknown
        regionCache.remember(region, for: bytes)
        return region
    }

    /// The size `bytes` name, ``allSizes`` or ``unknown``; remembered.
    private mutating func resolveSize(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let size =
            switch FirmSizeCatalog.standard.resolve(utf8: bytes) {
            case "LARGE": FirmResponse.Size.large.rawValue
            case "SME": FirmResponse.Size.sme.rawValue
            case "ALL": Self.allSizes
            default: Self.unknown
            }
        sizeCache.remember(size, for: bytes)
        return size
    }

    @inline(__always)
    private func wholeNumber(_ record: CSVRecord, _ index: Int, _ rejects: inout [Reject])
        -> Int64?
    {
        switch record.withFieldBytes(index, { FieldBytes.wholeNumber(FieldBytes.trimmed($0)) }) {
        case .value(let value):
            return value
        case .missing:
            return nil
        case .malformed:
            rejects.append(reject(record, index, .notANumber) { "\"\($0)\" is not a whole number" })
            return nil
        case .tooLarge:
            rejects.append(
                reject(record, index, .notANumber) {
                    "\"\($0)\" has more than \(FieldBytes.maximumDigits) digits"
                })
            return nil
        }
    }

    @inline(__always)
    private func flag(_ record: CSVRecord, _ index: Int, _ rejects: inout [Reject]) -> Bool? {
        switch record.withFieldBytes(index, { FieldBytes.flag(FieldBytes.trimmed($0)) }) {
        case .value(let value):
            return value
        case .missing:
            return nil
        case .malformed:
            rejects.append(
                reject(record, index, .unexpectedValue) { "\"\($0)\" is not a flag (Y/N or 1/0)" })
            return nil
        }
    }

    private static func unknown(_ what: String, _ raw: String, closest: [String]) -> String {
        UnknownLabel.message(what, raw, closest: closest)
    }

    private func missing(_ record: CSVRecord, _ index: Int) -> Reject {
        reject(record, index, .missingDimension) { _ in "\(columns.header[index]) is missing" }
    }

    private func reject(
        _ record: CSVRecord, _ index: Int, _ reason: Reject.Reason,
        _ message: (String) -> String
    ) -> Reject {
        let raw = record[index]
        return Reject(
            line: record.lineOfField(index), column: index + 1,
            columnName: columns.header[index], rawText: raw, reason: reason,
            message: message(raw))
    }

    private func raggedReject(_ record: CSVRecord) -> Reject {
        Reject(
            line: record.line, column: nil, columnName: nil,
            rawText: record.fields.joined(separator: ","), reason: .raggedRow,
            message: "the record has \(record.count) fields, the header has \(columns.count)")
    }
}
