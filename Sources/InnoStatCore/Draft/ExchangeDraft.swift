/// A pipeline drafted from a long table in an exchange form (``ExchangeForm``): the form names
/// the period, value, status and unit columns; the region column is the one whose labels the
/// vocabulary knows; a measure per combination of the other dimensions that varies.
struct ExchangeDraft {
    struct Measure {
        let code: String
        let name: String
        let unit: String
        /// Column → code that picks the measure's rows.
        let conditions: [(column: String, value: String)]
    }

    let form: ExchangeForm
    let name: String
    let input: String
    let title: String
    /// `read.dataset` of a JSON-stat collection: the first of several.
    let dataset: String?
    var regionColumn: String?
    var unknownRegions: [String] = []
    var statusList: StatusCodeList?
    var measures: [Measure] = []
    var tolerance = 0
    var account: [String] = []

    /// Beyond this many measures a draft is refused: the table needs a person's choice.
    static let maxMeasures = 400

    init(table: SurveyedTable, form: ExchangeForm, name: String, input: String, file: String)
        throws
    {
        (self.form, self.name, self.input, dataset) = (form, name, input, table.dataset)
        let rows = table.rows.dropFirst().map(\.cells)
        var read: [String: [String]] = [:]
        /// A column's trimmed texts down the data rows, read once.
        func texts(_ name: String) -> [String] {
            if let known = read[name] { return known }
            guard let index = form.header.firstIndex(of: name) else { return [] }
            let column = rows.map { index < $0.count ? trimmed($0[index]) : "" }
            read[name] = column
            return column
        }
        title = Self.title(form, texts) ?? name
        chooseRegion(texts)
        if regionColumn == nil && form.kind != .kosisAPI {
            throw DraftRefusal(
                file: file,
                reason: "no dimension reads as regions the vocabulary knows (of "
                    + "\(form.regionCandidates.joined(separator: ", "))): name the region column "
                    + "in a pipeline by hand")
        }
        let statuses = Set(form.statusColumn.map(texts)?.filter { !$0.isEmpty } ?? [])
        statusList = form.statusList(statuses)
        try draftMeasures(texts, rowCount: rows.count, file: file)
        tolerance = Self.unreadable(texts(form.valueColumn), sdmx: statusList == .sdmx)
        describe(rowCount: rows.count, statuses: statuses)
        if let dataset {
            account.insert(
                "check: the reply holds \(table.datasetCount) datasets: dataset \(dataset) drafted "
                    + "(read.dataset)", at: 1)
        }
    }

    private static func title(_ form: ExchangeForm, _ texts: (String) -> [String]) -> String? {
        switch form.kind {
        case .kosisAPI: texts("TBL_NM").first { !$0.isEmpty }
        case .sdmxCSV: texts("DATAFLOW").first ?? texts("STRUCTURE_ID").first
        case .jsonStat, .eurostatTSV: nil
        }
    }

    /// The first candidate most of whose labels are known regions; its unknown labels are
    /// skipped by declaration.
    private mutating func chooseRegion(_ texts: (String) -> [String]) {
        for candidate in form.regionCandidates {
            var seen = Set<String>()
            let labels = texts(candidate).filter { !$0.isEmpty && seen.insert($0).inserted }
            let unknown = labels.filter { RegionCatalog.standard.resolve($0) == nil }
            if !labels.isEmpty, (labels.count - unknown.count) * 2 >= labels.count {
                (regionColumn, unknownRegions) = (candidate, unknown)
                return
            }
        }
    }

    /// The code column the region column stands for (`C1` for `C1_NM`), left out of measures.
    private var regionCodeColumn: String? {
        guard let regionColumn else { return nil }
        return form.labelColumns.first { $0.value == regionColumn }?.key ?? regionColumn
    }

    private mutating func draftMeasures(
        _ texts: (String) -> [String], rowCount: Int, file: String
    ) throws {
        let regionTexts = regionColumn.map(texts) ?? []
        let skipped = Set(unknownRegions)
        let kept = (0..<rowCount).filter {
            regionTexts.isEmpty || !skipped.contains(regionTexts[$0])
        }
        let skipColumns = form.skips.map { (texts($0.column), $0.value) }
        let live = kept.filter { row in !skipColumns.contains { $0.0[row] == $0.1 } }
        let candidates = form.dimensionColumns.filter {
            $0 != regionCodeColumn && $0 != regionColumn
        }
        let columns = candidates.filter { name in
            let values = texts(name)
            return Set(live.map { values[$0] }).count > 1
        }
        let codeTexts = columns.map(texts)
        let labelTexts = columns.map { form.labelColumns[$0].map(texts) ?? texts($0) }
        let units = form.unitColumn.map(texts)
        var seen = Set<[String]>()
        var codes = Set<String>()
        for row in live {
            let key = codeTexts.map { $0[row] }
            guard seen.insert(key).inserted else { continue }
            let labels = labelTexts.map { $0[row] }
            let code = Self.uniqueCode(
                key.isEmpty ? [name] : Self.codeParts(form, key, labels), &codes)
            measures.append(
                Measure(
                    code: code, name: key.isEmpty ? title : labels.joined(separator: ", "),
                    unit: units.map { $0[row] } ?? "", conditions: Array(zip(columns, key))))
            if measures.count > Self.maxMeasures {
                throw DraftRefusal(
                    file: file,
                    reason: "more than \(Self.maxMeasures) combinations of "
                        + "\(columns.joined(separator: ", ")): choose the series in a pipeline by hand"
                )
            }
        }
    }

    /// Labels where the form has them (KOSIS items, JSON-stat categories), else codes.
    private static func codeParts(_ form: ExchangeForm, _ key: [String], _ labels: [String])
        -> [String]
    {
        form.kind == .kosisAPI || form.kind == .jsonStat ? labels : key
    }

    private static func uniqueCode(_ parts: [String], _ codes: inout Set<String>) -> String {
        PipelineDraft.unique(PipelineDraft.code(parts), among: &codes)
    }

    /// Values that are neither numbers nor missing marks: the draft's tolerance.
    private static func unreadable(_ values: [String], sdmx: Bool) -> Int {
        values.filter { value in
            if sdmx && value == "NaN" { return false }
            if case .failure = ValueParser.parse(value) { return true }
            return false
        }.count
    }

    /// A measure's unit as the catalogue names it, or nil when the reply's unit is unknown.
    static func catalogueUnit(_ text: String) -> String? {
        UnitCatalog.standard.unit(named: text)?.name
    }
}
