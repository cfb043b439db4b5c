import Foundation
import SQLiteStore

/// The CSVW metadata (W3C "Metadata Vocabulary for Tabular Data") of one exported file of an
/// indicator: its columns and datatypes, unit, definition and formula, the measures it was
/// computed from with their sources, its notes (a fit's L and residual, a year's regions,
/// breaks) and the run.
struct CSVWMetadata {
    let database: Database
    let code: String
    let table: ExportTable

    func json() throws -> Data {
        let definition = try database.rows(
            """
            SELECT name, unit, method, definition, formula, region_code, first_year, last_year,
                   run_id, absence FROM indicator WHERE indicator_code = ?
            """, [.text(code)])[0]
        let unit = definition[1].textValue ?? ""
        var object: [String: Any] = [
            "@context": ["http://www.w3.org/ns/csvw", ["@language": "en"]],
            "url": table.fileName(code),
            "dc:identifier": code,
            "dc:title": definition[0].textValue ?? "",
            "dc:description": definition[3].textValue ?? "",
            "rdfs:comment":
                "method \(definition[2].textValue ?? ""): \(definition[4].textValue ?? "")",
            "schema:unitText": unit,
            "dc:spatial": definition[5].textValue ?? "",
            "dialect": [
                "encoding": "utf-8", "header": true, "delimiter": ",", "doubleQuote": true,
                "lineTerminators": ["\n"],
            ],
            "tableSchema": tableSchema(unit: unit, title: definition[0].textValue ?? ""),
            "prov:wasDerivedFrom": try inputs(),
            "prov:wasGeneratedBy": try run(definition[8].integerValue ?? 0),
        ]
        if let first = definition[6].integerValue, let last = definition[7].integerValue {
            object["dc:temporal"] = "\(first)/\(last)"
        }
        if let absence = definition[9].textValue {
            object["schema:disambiguatingDescription"] = "no values: \(absence)"
        }
        let notes = try notes()
        if !notes.isEmpty { object["schema:additionalProperty"] = notes }
        return try JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            + Data("\n".utf8)
    }

    /// Each measure read, with the sources whose observations were used.
    private func inputs() throws -> [[String: Any]] {
        let rows = try database.rows(
            """
            SELECT i.measure_code, m.name, m.unit, i.source_id, s.publisher, s.title, s.url,
                   s.licence, count(*), min(i.period), max(i.period)
            FROM indicator_input i
            LEFT JOIN measure m USING (measure_code)
            LEFT JOIN source s USING (source_id)
            WHERE i.indicator_code = ?
            GROUP BY i.measure_code, i.source_id ORDER BY i.measure_code, i.source_id
            """, [.text(code)])
        var measures: [String: [String: Any]] = [:]
        var order: [String] = []
        for row in rows {
            let measure = row[0].textValue ?? ""
            if measures[measure] == nil {
                order.append(measure)
                measures[measure] = [
                    "dc:identifier": measure, "dc:title": row[1].textValue ?? "",
                    "schema:unitText": row[2].textValue ?? "", "dc:source": [[String: Any]](),
                ]
            }
            var source: [String: Any] = [
                "dc:identifier": row[3].textValue ?? "", "dc:publisher": row[4].textValue ?? "",
                "dc:title": row[5].textValue ?? "",
                "schema:size": row[8].integerValue ?? 0,
                "dc:temporal": "\(row[9].textValue ?? "")/\(row[10].textValue ?? "")",
            ]
            if let url = row[6].textValue { source["schema:url"] = url }
            if let licence = row[7].textValue { source["dc:license"] = licence }
            var sources = measures[measure]!["dc:source"] as! [[String: Any]]
            sources.append(source)
            measures[measure]!["dc:source"] = sources
        }
        return order.map { measures[$0]! }
    }

    private func run(_ runID: Int64) throws -> [String: Any] {
        let rows = try database.rows(
            "SELECT started_at, command, innostat_version FROM etl_run WHERE run_id = ?",
            [.integer(runID)])
        var run: [String: Any] = ["@type": "prov:Activity", "dc:identifier": runID]
        if let row = rows.first {
            run["prov:startedAtTime"] = row[0].textValue ?? ""
            run["dc:description"] = row[1].textValue ?? ""
            run["schema:softwareVersion"] = "innostat " + (row[2].textValue ?? "")
        }
        return run
    }

    private func notes() throws -> [[String: Any]] {
        try database.rows(
            """
            SELECT region_code, year, key, value, text FROM indicator_note
            WHERE indicator_code = ? ORDER BY year, rowid
            """, [.text(code)]
        ).map { row in
            var note: [String: Any] = [
                "@type": "schema:PropertyValue", "schema:name": row[2].textValue ?? "",
                "dc:spatial": row[0].textValue ?? "",
            ]
            if let year = row[1].integerValue { note["dc:temporal"] = String(year) }
            if let value = row[3].doubleValue { note["schema:value"] = value }
            if let text = row[4].textValue { note["schema:description"] = text }
            return note
        }
    }
}
