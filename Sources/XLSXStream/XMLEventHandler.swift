/// What ``XMLStreamParser`` tells as it reads: elements by their local name and the text
/// inside them. Names and attributes are views of the parser's own bytes, valid during the
/// call only, so no string is made for what a reader does not look at.
protocol XMLEventHandler: AnyObject {
    func start(_ name: XMLName, _ attributes: XMLAttributes)
    func end(_ name: XMLName)
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
}

/// An element's local name (`c`, `row`, `mergeCell`), as bytes.
struct XMLName {
    let bytes: UnsafePointer<UInt8>?

    /// Whether the name is `name`.
    func `is`(_ name: StaticString) -> Bool {
        guard let bytes else { return false }
        let count = name.utf8CodeUnitCount
        return name.withUTF8Buffer { wanted in
            for index in 0..<count where bytes[index] != wanted[index] { return false }
            return bytes[count] == 0
        }
    }
}

/// An element's attributes as libxml2 hands them: five pointers each (local name, prefix,
/// URI, value start, value end).
struct XMLAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    let count: Int

    /// The value of the attribute `name` (with `prefix` for one such as `r:id`).
    subscript(_ name: StaticString, prefix prefix: StaticString? = nil) -> String? {
        bytes(name, prefix: prefix).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of the attribute `name`'s value, valid during the call only.
    func bytes(_ name: StaticString, prefix: StaticString? = nil) -> UnsafeBufferPointer<UInt8>? {
        guard let base else { return nil }
        for index in 0..<count {
            let attribute = base + index * 5
            guard XMLName(bytes: attribute[0]).is(name) else { continue }
            if let prefix, !XMLName(bytes: attribute[1]).is(prefix) { continue }
            if prefix == nil, attribute[1] != nil { continue }
            guard let start = attribute[3], let end = attribute[4] else {
                return UnsafeBufferPointer(start: nil, count: 0)
            }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }
}
