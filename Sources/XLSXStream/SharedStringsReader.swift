/// Reads `xl/sharedStrings.xml`: each `<si>` is one string, its rich-text runs joined, its
/// phonetic guides (`<rPh>`) left out.
final class SharedStringsReader: XMLEventHandler {
    private(set) var strings: [String] = []
    private var current: [UInt8] = []
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("si") {
            inItem = true
            current.removeAll(keepingCapacity: true)
        } else if name.is("rPh") {
            phoneticDepth += 1
        } else if name.is("t") {
            inText = inItem && phoneticDepth == 0
        }
    }

    func end(_ name: XMLName) {
        if name.is("si") {
            strings.append(String(decoding: current, as: UTF8.self))
            inItem = false
        } else if name.is("rPh") {
            phoneticDepth -= 1
        } else if name.is("t") {
            inText = false
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inText { current.append(contentsOf: bytes) }
    }
}
