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
        let unit = definition.text("unit") ?? ""
        var object: [String: Any] = [
            "@context": ["http://www.w3.org/ns/csvw", ["@language": "en"]],
            "url": table.fileName(code),
            "dc:identifier": code,
            "dc:title": definition.text("name") ?? "",
            "dc:description": definition.text("definition") ?? "",
            "rdfs:comment":
                "method \(definition.text("method") ?? ""): \(definition.text("formula") ?? "")",
            "schema:unitText": unit,
            "dc:spatial": definition.text("region_code") ?? "",
            "dialect": [
                "encoding": "utf-8", "header": true, "delimiter": ",", "doubleQuote": true,
                "lineTerminators": ["\n"],
            ],
            "tableSchema": tableSchema(unit: unit, title: definition.text("name") ?? ""),
            "prov:wasDerivedFrom": try inputs(),
            "prov:wasGeneratedBy": try run(definition.integer("run_id") ?? 0),
        ]
        if let first = definition.integer("first_year"),
            let last = definition.integer("last_year")
        {
            object["dc:temporal"] = "\(first)/\(last)"
        }
        if let absence = definition.text("absence") {
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
                   s.licence, count(*) AS observations, min(i.period) AS first_period,
                   max(i.period) AS last_period
            FROM indicator_input i
            LEFT JOIN measure m USING (measure_code)
            LEFT JOIN source s USING (source_id)
            WHERE i.indicator_code = ?
            GROUP BY i.measure_code, i.source_id ORDER BY i.measure_code, i.source_id
            """, [.text(code)])
        var measures: [String: [String: Any]] = [:]
        var order: [String] = []
        for row in rows {
            let measure = row.text("measure_code") ?? ""
            if measures[measure] == nil {
                order.append(measure)
                measures[measure] = [
                    "dc:identifier": measure, "dc:title": row.text("name") ?? "",
                    "schema:unitText": row.text("unit") ?? "", "dc:source": [[String: Any]](),
                ]
            }
            var source: [String: Any] = [
                "dc:identifier": row.text("source_id") ?? "",
                "dc:publisher": row.text("publisher") ?? "", "dc:title": row.text("title") ?? "",
                "schema:size": row.integer("observations") ?? 0,
                "dc:temporal":
                    "\(row.text("first_period") ?? "")/\(row.text("last_period") ?? "")",
            ]
            if let url = row.text("url") { source["schema:url"] = url }
            if let licence = row.text("licence") { source["dc:license"] = licence }
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
            run["prov:startedAtTime"] = row.text("started_at") ?? ""
            run["dc:description"] = row.text("command") ?? ""
            run["schema:softwareVersion"] = "innostat " + (row.text("innostat_version") ?? "")
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
                "@type": "schema:PropertyValue", "schema:name": row.text("key") ?? "",
                "dc:spatial": row.text("region_code") ?? "",
            ]
            if let year = row.integer("year") { note["dc:temporal"] = String(year) }
            if let value = row.double("value") { note["schema:value"] = value }
            if let text = row.text("text") { note["schema:description"] = text }
            return note
        }
    }
}
