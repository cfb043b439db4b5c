extension JSONStatDataset {
    /// The dataset as a long table, one row per cell in flat-position order: for each
    /// dimension its category code (column named by the dimension's id) and label
    /// (`<id>_label`), then `value` (empty when missing), `status` and, when a category carries
    /// a unit, `metric_unit` (its label, else its symbol).
    func table() -> (header: [String], rows: [[String]]) {
        let unitDimension = dimensions.firstIndex { dimension in
            dimension.categories.contains { $0.unit != nil }
        }
        var header = dimensions.flatMap { [$0.id, "\($0.id)_label"] } + ["value", "status"]
        if unitDimension != nil { header.append("metric_unit") }
        var rows: [[String]] = []
        rows.reserveCapacity(cellCount)
        forEachCell { _, indexes, value, status in
            var fields: [String] = []
            fields.reserveCapacity(header.count)
            for (dimension, index) in zip(dimensions, indexes) {
                let category = dimension.categories[index]
                fields.append(category.code)
                fields.append(category.label)
            }
            fields.append(value ?? "")
            fields.append(status ?? "")
            if let unitDimension {
                let unit = dimensions[unitDimension].categories[indexes[unitDimension]].unit
                fields.append(unit?.label ?? unit?.symbol ?? "")
            }
            rows.append(fields)
        }
        return (header, rows)
    }
}
