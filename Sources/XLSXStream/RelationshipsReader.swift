/// Reads a workbook's sheets (`xl/workbook.xml`: name and relationship id, in order) or its
/// relationships (`xl/_rels/workbook.xml.rels`: id to target).
final class RelationshipsReader: XMLEventHandler {
    private(set) var sheets: [(name: String, relationship: String)] = []
    private(set) var targets: [String: String] = [:]

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("sheet"), let sheet = attributes["name"], let id = attributes["id", prefix: "r"]
        {
            sheets.append((sheet, id))
        } else if name.is("Relationship"), let id = attributes["Id"],
            let target = attributes["Target"]
        {
            targets[id] = target
        }
    }

    func end(_ name: XMLName) {}
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}
