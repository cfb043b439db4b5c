import Foundation

/// A KOSIS OpenAPI data reply (`statisticsParameterData.do`, `format=json`): an array of
/// objects, one per figure, with `ORG_ID`, `TBL_ID`, `TBL_NM`, `C1`…`C8` with `_NM` and
/// `_OBJ_NM`, `ITM_ID`, `ITM_NM`, `UNIT_NM` (sometimes absent), `PRD_SE`, `PRD_DE`, `DT` (a
/// string), `LST_CHN_DE`. Read as a table with those columns and one more, `period`: `PRD_DE`
/// read by its `PRD_SE` (`202403` monthly is `2024-03`; `A` and `Y` are years; the Korean
/// `년`, `월`, `분기`, `반기` of the metadata replies too). The columns
/// every reply may have are always there (empty where a reply leaves `UNIT_NM` out); the
/// classification levels (`C1`…`C8`) and any other key as the reply has them.
struct KOSISAPIReply {
    let file: String

    /// The column a reply gains: the period as the warehouse writes it.
    static let periodColumn = "period"

    /// Known keys in the order the OpenAPI guide lists them; others follow, sorted.
    static let knownKeys: [String] =
        ["ORG_ID", "TBL_ID", "TBL_NM"]
        + (1...8).flatMap { level in
            [
                "C\(level)", "C\(level)_NM", "C\(level)_NM_ENG", "C\(level)_OBJ_NM",
                "C\(level)_OBJ_NM_ENG",
            ]
        }
        + [
            "ITM_ID", "ITM_NM", "ITM_NM_ENG", "UNIT_NM", "UNIT_NM_ENG", "PRD_SE", "PRD_DE", "DT",
            "LST_CHN_DE",
        ]

    static let alwaysKeys: Set<String> = [
        "ORG_ID", "TBL_ID", "TBL_NM", "ITM_ID", "ITM_NM", "UNIT_NM", "PRD_SE", "PRD_DE", "DT",
        "LST_CHN_DE",
    ]

    func table(of elements: [Any]) throws -> (header: [String], rows: [[String]]) {
        var objects: [[String: Any]] = []
        var keys: Set<String> = []
        for (index, element) in elements.enumerated() {
            guard let object = element as? [String: Any] else {
                throw SourceFileError(
                    file: file,
                    message: "element [\(index)] is \(JSONStatPlace.kind(of: element)), not an "
                        + "object: not a KOSIS OpenAPI data reply")
            }
            keys.formUnion(object.keys)
            objects.append(object)
        }
        guard !objects.isEmpty else {
            throw SourceFileError(file: file, message: "an empty reply: no figures")
        }
        guard keys.contains("DT"), keys.contains("PRD_DE") else {
            throw SourceFileError(
                file: file, message: "no DT or PRD_DE: not a KOSIS OpenAPI data reply")
        }
        let known = Self.knownKeys.filter { keys.contains($0) || Self.alwaysKeys.contains($0) }
        let header = known + keys.subtracting(known).sorted() + [Self.periodColumn]
        let rows = try objects.enumerated().map { index, object in
            try row(object, index: index, header: header.dropLast())
        }
        return (header, rows)
    }

    private func row(_ object: [String: Any], index: Int, header: ArraySlice<String>) throws
        -> [String]
    {
        var fields: [String] = []
        for key in header {
            switch object[key] {
            case nil, is NSNull: fields.append("")
            case let text as String: fields.append(text)
            case let number as NSNumber where JSONNumberText.text(number) != nil:
                fields.append(JSONNumberText.text(number)!)
            case let other?:
                throw SourceFileError(
                    file: file,
                    message: "element [\(index)] \(key) is \(JSONStatPlace.kind(of: other)), "
                        + "not text or a number")
            }
        }
        let written = object["PRD_DE"] as? String ?? ""
        let frequency = Self.frequency(object["PRD_SE"] as? String ?? "")
        fields.append(
            frequency.flatMap { PeriodParser.parse(api: written, frequency: $0)?.text } ?? written)
        return fields
    }

    private static func frequency(_ code: String) -> PeriodParser.Frequency? {
        switch code.trimmingCharacters(in: .whitespaces).uppercased() {
        case "A", "Y", "년": .annual
        case "M", "월": .monthly
        case "Q", "분기": .quarterly
        case "H", "반기": .halfYearly
        default: nil
        }
    }
}
