/// Reads a workbook's sheets (`xl/workbook.xml`: name and relationship id, in order) or its
/// relationships (`xl/_rels/workbook.xml.rels`: id to target).
final class RelationshipsReader: XMLEventHandler {
    private(set) var sheets: [(name: String, relationship: String)] = []
    private(set) var targets: [String: String] = [:]

    func start(_ name: String, _ attributes: [String: String]) {
        if name == "sheet", let sheet = attributes["name"], let id = attributes["r:id"] {
            sheets.append((sheet, id))
        } else if name == "Relationship", let id = attributes["Id"],
            let target = attributes["Target"]
        {
            targets[id] = target
        }
    }

    func end(_ name: String) {}
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}
