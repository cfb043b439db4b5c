import Foundation

/// Reads a JSON-stat response into its datasets: a 2.0 `dataset`; a 2.0 `collection` of
/// embedded datasets, in item order; or a 1.x bundle (an object of datasets by key, without
/// `version`), in the order of its keys, since JSONSerialization keeps no member order.
struct JSONStatReader {
    let file: String
    let limits: JSONStatLimits

    func datasets(in data: Data) throws -> [JSONStatDataset] {
        let place = JSONStatPlace(file: file)
        guard data.count <= limits.maxBytes else {
            throw place.error("\(data.count) bytes, over the limit of \(limits.maxBytes) bytes")
        }
        let root = try JSONText.parse(data, file: file)
        return try datasets(from: root)
    }

    /// The datasets of a response already parsed.
    func datasets(from root: Any) throws -> [JSONStatDataset] {
        let place = JSONStatPlace(file: file)
        guard let response = root as? [String: Any] else {
            let kind = JSONStatPlace.kind(of: root)
            throw place.error("not JSON-stat: the top level is \(kind), not an object")
        }
        guard let version = response["version"] else { return try bundle(response, at: place) }
        try checkVersion(version, at: place)
        switch response["class"] {
        case let kind as String where kind == "dataset":
            return [try dataset(response, id: nil, at: place, layout: .version2)]
        case let kind as String where kind == "collection":
            return try collection(response, at: place)
        case nil:
            throw place.error(#"no "class""#)
        case let kind?:
            throw place.error(
                #""class" \#(Self.shown(kind)) is neither "dataset" nor "collection""#)
        }
    }

    private func checkVersion(_ version: Any, at place: JSONStatPlace) throws {
        if let text = version as? String, text.hasPrefix("2.") { return }
        throw place.error(
            #""version" \#(Self.shown(version)) is not JSON-stat 2.0 (a 1.x bundle has no "#
                + #""version")"#)
    }

    private func collection(_ response: [String: Any], at place: JSONStatPlace) throws
        -> [JSONStatDataset]
    {
        let link = response["link"] as? [String: Any]
        guard let items = link?["item"] else { throw place.error(#"no "link.item""#) }
        guard let items = items as? [Any], !items.isEmpty else {
            throw place.error("link.item is not a list of datasets")
        }
        return try items.enumerated().map { index, item in
            let name = "link.item[\(index)]"
            guard let item = item as? [String: Any] else {
                throw place.error("\(name) is \(JSONStatPlace.kind(of: item)), not an object")
            }
            guard let kind = item["class"] else { throw place.error(#"\#(name) has no "class""#) }
            guard kind as? String == "dataset" else {
                throw place.error("\(name) is a \(Self.shown(kind)), not a dataset")
            }
            guard item["value"] != nil || item["dimension"] != nil else {
                let href = (item["href"] as? String).map { " to \(JSONStatPlace.quoted($0))" }
                throw place.error(
                    "\(name) is only a link\(href ?? ""), not a dataset with its data")
            }
            return try dataset(item, id: nil, at: place.within(name), layout: .version2)
        }
    }

    private func bundle(_ response: [String: Any], at place: JSONStatPlace) throws
        -> [JSONStatDataset]
    {
        guard response["class"] == nil else {
            throw place.error(#"no "version": a response with "class" is JSON-stat 2.0"#)
        }
        guard !response.isEmpty else { throw place.error("no dataset: the object is empty") }
        return try response.keys.sorted().map { key in
            guard let object = response[key] as? [String: Any], object["dimension"] != nil else {
                throw place.error(
                    #"no "version", and \#(JSONStatPlace.quoted(key)) is not a 1.x dataset "#
                        + #"(an object with "dimension")"#)
            }
            let datasetPlace = place.within("dataset \(JSONStatPlace.quoted(key))")
            return try dataset(object, id: key, at: datasetPlace, layout: .bundle)
        }
    }

    /// A JSON value as a message shows it: text quoted, a number as its text, else its kind.
    static func shown(_ any: Any) -> String {
        if let text = any as? String { return JSONStatPlace.quoted(text) }
        if let number = any as? NSNumber, let text = JSONNumberText.text(number) { return text }
        return JSONStatPlace.kind(of: any)
    }

    /// JSONSerialization's own account of where the text stops being JSON, without its period.
    static func reason(_ error: Error) -> String {
        let debug = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        var reason = debug ?? error.localizedDescription
        while reason.hasSuffix(".") { reason.removeLast() }
        return PrintableText.bounded(reason, limit: 200)
    }
}
