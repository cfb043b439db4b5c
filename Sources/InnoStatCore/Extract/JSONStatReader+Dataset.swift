import Foundation

extension JSONStatReader {
    /// Where a dataset declares `id`, `size` and `role`: beside `dimension` in 2.0, inside it
    /// in a 1.x bundle.
    enum Layout {
        case version2, bundle
    }

    /// The members that give a dataset's shape, and how a message names them.
    struct Shape {
        let members: [String: Any]
        let layout: Layout

        func name(_ member: String) -> String {
            layout == .bundle ? "dimension.\(member)" : "\"\(member)\""
        }
    }

    func dataset(_ object: [String: Any], id: String?, at place: JSONStatPlace, layout: Layout)
        throws -> JSONStatDataset
    {
        guard let dimensionObject = object["dimension"] as? [String: Any] else {
            guard let member = object["dimension"] else { throw place.error(#"no "dimension""#) }
            let kind = JSONStatPlace.kind(of: member)
            throw place.error(#""dimension" is \#(kind), not an object"#)
        }
        let shape = Shape(members: layout == .bundle ? dimensionObject : object, layout: layout)
        let (ids, sizes) = try idsAndSizes(shape, at: place)
        let cellCount = try cellCount(of: sizes, shape: shape, at: place)
        let roles = try roles(shape, ids: ids, at: place)
        let dimensions = try zip(ids, sizes).map { id, size in
            try dimension(id, size: size, role: roles[id], in: dimensionObject, at: place)
        }
        return JSONStatDataset(
            id: id, label: try place.text(object["label"], member: #""label""#),
            dimensions: dimensions, cellCount: cellCount,
            values: try values(object["value"], cellCount: cellCount, at: place),
            statuses: try statuses(object["status"], cellCount: cellCount, at: place))
    }

    private func idsAndSizes(_ shape: Shape, at place: JSONStatPlace) throws
        -> (ids: [String], sizes: [Int])
    {
        let (idName, sizeName) = (shape.name("id"), shape.name("size"))
        guard let idList = shape.members["id"] else { throw place.error("no \(idName)") }
        guard let ids = idList as? [String] else {
            throw place.error("\(idName) is not an array of text")
        }
        guard let sizeList = shape.members["size"] else { throw place.error("no \(sizeName)") }
        let entries = sizeList as? [Any]
        let sizes = entries?.compactMap(JSONNumberText.integer).filter { $0 > 0 }
        guard let entries, let sizes, sizes.count == entries.count else {
            throw place.error("\(sizeName) is not an array of positive whole numbers")
        }
        guard ids.count == sizes.count else {
            let entries = JSONStatPlace.counted(ids.count, "entry", "entries")
            throw place.error("\(idName) has \(entries) but \(sizeName) has \(sizes.count)")
        }
        var seen = Set<String>()
        if let twice = ids.first(where: { !seen.insert($0).inserted }) {
            throw place.error("\(idName) has \(JSONStatPlace.quoted(twice)) twice")
        }
        return (ids, sizes)
    }

    private func cellCount(of sizes: [Int], shape: Shape, at place: JSONStatPlace) throws -> Int {
        let product = sizes.reduce(Int?(1)) { product, size in
            product.flatMap {
                let (next, overflow) = $0.multipliedReportingOverflow(by: size)
                return overflow ? nil : next
            }
        }
        guard let product, product <= limits.maxCells else {
            throw place.error(
                "\(shape.name("size")) gives \(product.map { "\($0)" } ?? "over \(Int.max)") "
                    + "cells, over the limit of \(limits.maxCells)")
        }
        return product
    }

    private func roles(_ shape: Shape, ids: [String], at place: JSONStatPlace) throws
        -> [String: JSONStatDimension.Role]
    {
        let name = shape.name("role")
        guard let declared = shape.members["role"], !(declared is NSNull) else { return [:] }
        guard let declared = declared as? [String: Any] else {
            throw place.error("\(name) is not an object")
        }
        var roles: [String: JSONStatDimension.Role] = [:]
        for key in declared.keys.sorted() {
            guard let role = JSONStatDimension.Role(rawValue: key) else {
                throw place.error("role \(JSONStatPlace.quoted(key)) is not time, geo or metric")
            }
            let member = "role.\(key)"
            guard let dimensions = declared[key] as? [String] else {
                throw place.error("\(member) is not an array of dimension ids")
            }
            for dimension in dimensions {
                let quoted = JSONStatPlace.quoted(dimension)
                guard ids.contains(dimension) else {
                    throw place.error("\(member) names \(quoted), which \(shape.name("id")) lacks")
                }
                if let other = roles[dimension], other != role {
                    throw place.error("dimension \(quoted) has two roles, \(other) and \(role)")
                }
                roles[dimension] = role
            }
        }
        return roles
    }
}
