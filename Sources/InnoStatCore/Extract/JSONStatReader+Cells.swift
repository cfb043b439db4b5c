import Foundation

extension JSONStatReader {
    /// One entry of `value` or `status`.
    private enum Entry {
        case text(String)
        case missing
        case unreadable
    }

    /// `value`: an array with an entry per cell, or an object of entries by position; a
    /// number's text as ``JSONNumberText`` writes it; null a missing value.
    func values(_ any: Any?, cellCount: Int, at place: JSONStatPlace) throws -> JSONStatCellTexts {
        guard let any else { throw place.error(#"no "value""#) }
        return try cellTexts(
            any, member: "value", expected: "a number, text or null", cellCount: cellCount,
            at: place
        ) { entry in
            switch entry {
            case let text as String: .text(text)
            case is NSNull: .missing
            case let number as NSNumber: JSONNumberText.text(number).map(Entry.text) ?? .unreadable
            default: .unreadable
            }
        }
    }

    /// `status`: one text for every cell, or like `value`. An array of a single status also
    /// stands for every cell, as the JSON-stat Javascript Toolkit reads it (`["a"]` in the
    /// json-stat.org sample canada.json).
    func statuses(_ any: Any?, cellCount: Int, at place: JSONStatPlace) throws
        -> JSONStatCellTexts
    {
        guard let any, !(any is NSNull) else { return .none }
        if let text = any as? String { return .every(text) }
        if let array = any as? [Any], array.count == 1, cellCount > 1 {
            guard let text = array[0] as? String else {
                guard array[0] is NSNull else {
                    let kind = JSONStatPlace.kind(of: array[0])
                    throw place.error("status[0] is \(kind), not text or null")
                }
                return .none
            }
            return .every(text)
        }
        return try cellTexts(
            any, member: "status", expected: "text or null", cellCount: cellCount, at: place
        ) { entry in
            switch entry {
            case let text as String: .text(text)
            case is NSNull: .missing
            default: .unreadable
            }
        }
    }

    private func cellTexts(
        _ any: Any, member: String, expected: String, cellCount: Int, at place: JSONStatPlace,
        entry read: (Any) -> Entry
    ) throws -> JSONStatCellTexts {
        if let array = any as? [Any] {
            guard array.count == cellCount else {
                let entries = JSONStatPlace.counted(array.count, "entry", "entries")
                let cells = JSONStatPlace.counted(cellCount, "cell", "cells")
                throw place.error("\(member) has \(entries), the sizes give \(cells)")
            }
            var texts: [String?] = []
            texts.reserveCapacity(cellCount)
            for (position, entry) in array.enumerated() {
                switch read(entry) {
                case .text(let text): texts.append(text)
                case .missing: texts.append(nil)
                case .unreadable:
                    let kind = JSONStatPlace.kind(of: entry)
                    throw place.error("\(member)[\(position)] is \(kind), not \(expected)")
                }
            }
            return .dense(texts)
        }
        guard let object = any as? [String: Any] else {
            let kind = JSONStatPlace.kind(of: any)
            throw place.error("\(member) is \(kind), not an array or object")
        }
        return .sparse(
            try sparseTexts(
                object, member: member, expected: expected, cellCount: cellCount, at: place,
                entry: read))
    }

    /// The entries of a sparse object by position. The first wrong key or entry in key order
    /// is told, whatever order the dictionary gives them in.
    private func sparseTexts(
        _ object: [String: Any], member: String, expected: String, cellCount: Int,
        at place: JSONStatPlace, entry read: (Any) -> Entry
    ) throws -> [Int: String] {
        var texts: [Int: String] = [:]
        texts.reserveCapacity(object.count)
        var wrongKeys: [String] = []
        var wrongEntries: [String] = []
        for (key, entry) in object {
            guard let position = Int(key), position >= 0, position < cellCount, "\(position)" == key
            else {
                wrongKeys.append(key)
                continue
            }
            switch read(entry) {
            case .text(let text): texts[position] = text
            case .missing: break
            case .unreadable: wrongEntries.append(key)
            }
        }
        if let key = wrongKeys.min() {
            throw place.error(
                "\(member) key \(JSONStatPlace.quoted(key)) is not a position below \(cellCount)")
        }
        if let key = wrongEntries.min(), let entry = object[key] {
            let kind = JSONStatPlace.kind(of: entry)
            throw place.error(
                "\(member)[\(JSONStatPlace.quoted(key))] is \(kind), not \(expected)")
        }
        return texts
    }
}
