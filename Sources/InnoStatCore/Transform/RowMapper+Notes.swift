import Foundation

/// The notes a KOSIS metadata sheet attaches to one member of a dimension, found on the rows
/// and the value columns that member heads.
extension RowMapper {
    /// Notes the metadata attaches to one member (`행정구역(시군구)별 > 세종특별자치시`), by the
    /// column of that dimension: its name, a KOSIS level suffix such as `(1)` aside.
    static func memberNotes(_ metadata: KOSISMetadata?, columns: [String])
        -> [(column: Int, notes: [String: String])]
    {
        guard let metadata else { return [] }
        func dimension(_ name: String) -> String {
            name.replacingOccurrences(of: #"\(\d+\)$"#, with: "", options: .regularExpression)
        }
        var result: [(column: Int, notes: [String: String])] = []
        for (index, name) in columns.enumerated() {
            var notes: [String: String] = [:]
            for note in metadata.notes {
                guard let member = note.member, let noted = note.dimension,
                    dimension(noted) == dimension(name)
                else { continue }
                let text = label(note.text)
                notes[member] = notes[member].map { "\($0); \(text)" } ?? text
            }
            if !notes.isEmpty { result.append((index, notes)) }
        }
        return result
    }

    /// Notes on a member that a value column's header row (other than the period row) names,
    /// with or without its unit: the header's dimension has no name in the file to match.
    static func columnNotes(_ table: TableHeader, values: [ValueColumn], spec: PipelineSpec)
        -> [Int: String]
    {
        guard let metadata = table.metadata, case .wide(let wide) = spec.layout else { return [:] }
        let rows = wide.headerRows.indices.filter { wide.headerRows[$0] != WideSpec.periodRow }
        var notes: [Int: String] = [:]
        for column in values {
            let members = Set(
                rows.flatMap { row -> [String] in
                    let text = label(table.rows[row][column.index])
                    return [text, unitlessLabel(text)]
                })
            let texts = metadata.notes.filter { $0.member.map(members.contains) == true }
                .map { label($0.text) }
            if !texts.isEmpty { notes[column.index] = texts.joined(separator: "; ") }
        }
        return notes
    }

    /// A label without the unit it ends with: `재적학생수 (명)` → `재적학생수`; a bracket that is
    /// no unit the catalogue knows stays (`일반진료중심(광역 이상)`).
    static func unitlessLabel(_ text: String) -> String {
        guard let unit = UnitCatalog.unitInLabel(text),
            UnitCatalog.standard.unit(named: unit) != nil,
            let open = text.lastIndex(of: "(")
        else {
            return text
        }
        return trimmed(String(text[..<open]))
    }
}
