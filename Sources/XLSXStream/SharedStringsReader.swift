/// Reads `xl/sharedStrings.xml`: each `<si>` is one string, its rich-text runs joined, its
/// phonetic guides (`<rPh>`) left out.
final class SharedStringsReader: XMLEventHandler {
    private(set) var strings: [String] = []
    private var current: [UInt8] = []
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "si":
            inItem = true
            current.removeAll(keepingCapacity: true)
        case "rPh": phoneticDepth += 1
        case "t": inText = inItem && phoneticDepth == 0
        default: break
        }
    }

    func end(_ name: String) {
        switch name {
        case "si":
            strings.append(String(decoding: current, as: UTF8.self))
            inItem = false
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inText { current.append(contentsOf: bytes) }
    }
}
