import Foundation

extension JSONStatReader {
    func dimension(
        _ id: String, size: Int, role: JSONStatDimension.Role?, in dimensions: [String: Any],
        at datasetPlace: JSONStatPlace
    ) throws -> JSONStatDimension {
        let name = "dimension \(JSONStatPlace.quoted(id))"
        guard let object = dimensions[id] as? [String: Any] else {
            guard let member = dimensions[id] else {
                throw datasetPlace.error(#"\#(name) is in "id" but not in "dimension""#)
            }
            throw datasetPlace.error("\(name) is \(JSONStatPlace.kind(of: member)), not an object")
        }
        let place = datasetPlace.within(name)
        guard let category = object["category"] as? [String: Any] else {
            throw place.error(
                object["category"] == nil ? #"no "category""# : "category is not an object")
        }
        let labels = try categoryLabels(category["label"], at: place)
        let codes = try categoryCodes(category["index"], labels: labels, at: place)
        guard codes.count == size else {
            let categories = JSONStatPlace.counted(codes.count, "category", "categories")
            throw place.error("size \(size) but \(categories)")
        }
        let known = Set(codes)
        if let stray = labels.keys.sorted().first(where: { !known.contains($0) }) {
            throw place.error(
                "category.label names \(JSONStatPlace.quoted(stray)), which is not in the index")
        }
        let units = try categoryUnits(category["unit"], known: known, at: place)
        return JSONStatDimension(
            id: id, label: try place.text(object["label"], member: "label") ?? id, role: role,
            categories: codes.map {
                JSONStatCategory(code: $0, label: labels[$0] ?? $0, unit: units[$0])
            })
    }

    /// The codes in index order: from an array of codes, an object of positions by code, or,
    /// for a single category without index, the one code `label` has.
    private func categoryCodes(_ index: Any?, labels: [String: String], at place: JSONStatPlace)
        throws -> [String]
    {
        switch index {
        case nil, is NSNull:
            guard labels.count == 1 else {
                throw place.error(
                    labels.isEmpty
                        ? "category has neither index nor label"
                        : "category has \(labels.count) labels and no index (only a single "
                            + "category may go without one)")
            }
            return Array(labels.keys)
        case let codes as [Any]:
            var seen = Set<String>()
            return try codes.enumerated().map { position, code in
                guard let code = code as? String else {
                    throw place.error("category.index[\(position)] is not text")
                }
                guard seen.insert(code).inserted else {
                    throw place.error("category.index has \(JSONStatPlace.quoted(code)) twice")
                }
                return code
            }
        case let positions as [String: Any]:
            return try codes(byPosition: positions, at: place)
        case let other?:
            let kind = JSONStatPlace.kind(of: other)
            throw place.error("category.index is \(kind), not an array or object")
        }
    }

    private func codes(byPosition positions: [String: Any], at place: JSONStatPlace) throws
        -> [String]
    {
        var codes = [String?](repeating: nil, count: positions.count)
        for code in positions.keys.sorted() {
            let quoted = JSONStatPlace.quoted(code)
            guard let position = positions[code].flatMap(JSONNumberText.integer),
                codes.indices.contains(position)
            else {
                throw place.error(
                    "category.index \(quoted) is not a position below \(positions.count)")
            }
            if let other = codes[position] {
                throw place.error(
                    "category.index gives position \(position) to both "
                        + "\(JSONStatPlace.quoted(other)) and \(quoted)")
            }
            codes[position] = code
        }
        return codes.compactMap { $0 }
    }

    private func categoryLabels(_ any: Any?, at place: JSONStatPlace) throws -> [String: String] {
        guard let any, !(any is NSNull) else { return [:] }
        guard let labels = any as? [String: Any] else {
            throw place.error("category.label is \(JSONStatPlace.kind(of: any)), not an object")
        }
        return try labels.mapValues { label in
            guard let text = label as? String else {
                let code = labels.keys.sorted().first { !(labels[$0] is String) } ?? ""
                throw place.error("category.label \(JSONStatPlace.quoted(code)) is not text")
            }
            return text
        }
    }

    private func categoryUnits(_ any: Any?, known: Set<String>, at place: JSONStatPlace) throws
        -> [String: JSONStatUnit]
    {
        guard let any, !(any is NSNull) else { return [:] }
        guard let units = any as? [String: Any] else {
            throw place.error("category.unit is \(JSONStatPlace.kind(of: any)), not an object")
        }
        var result: [String: JSONStatUnit] = [:]
        for code in units.keys.sorted() {
            let name = "category.unit \(JSONStatPlace.quoted(code))"
            guard known.contains(code) else {
                throw place.error(
                    "category.unit names \(JSONStatPlace.quoted(code)), which is not in the index")
            }
            guard let unit = units[code] as? [String: Any] else {
                throw place.error("\(name) is not an object")
            }
            var decimals: Int?
            if let written = unit["decimals"] {
                guard let whole = JSONNumberText.integer(written), whole >= 0 else {
                    throw place.error("\(name).decimals is not a whole number")
                }
                decimals = whole
            }
            result[code] = JSONStatUnit(
                decimals: decimals, label: try place.text(unit["label"], member: "\(name).label"),
                symbol: try place.text(unit["symbol"], member: "\(name).symbol"))
        }
        return result
    }
}
