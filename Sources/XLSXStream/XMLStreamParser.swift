import CLibXML2

/// A SAX parser (libxml2's push parser) fed a buffer at a time, so a document is never held
/// whole. Input from the internet is hostile: a document with a DTD is refused outright, so
/// no entity can be declared, expanded or fetched, and the network is off.
final class XMLStreamParser {
    private let handler: XMLEventHandler
    private let file: String
    private let entry: String
    private var context: xmlParserCtxtPtr?
    private var sax = xmlSAXHandler()
    fileprivate var refusal: String?

    init(handler: XMLEventHandler, file: String, entry: String) {
        self.handler = handler
        self.file = file
        self.entry = entry
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = startElement
        sax.endElementNs = endElement
        sax.characters = characters
        sax.cdataBlock = characters
        sax.internalSubset = refuseDTD
        sax.externalSubset = refuseDTD
        sax.entityDecl = refuseEntity
        sax.getEntity = noEntity
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
    }

    func feed(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        try parse(bytes.baseAddress, Int32(bytes.count), terminate: false)
    }

    func finish() throws {
        try parse(nil, 0, terminate: true)
    }

    private func parse(_ bytes: UnsafePointer<UInt8>?, _ count: Int32, terminate: Bool) throws {
        let raw = UnsafeRawPointer(bytes)?.assumingMemoryBound(to: CChar.self)
        if context == nil {
            context = xmlCreatePushParserCtxt(
                &sax, Unmanaged.passUnretained(self).toOpaque(), nil, 0, nil)
            guard let context else {
                throw XLSXError(file: file, message: "\(entry): cannot start the XML parser")
            }
            xmlCtxtUseOptions(
                context,
                Int32(
                    XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                        | XML_PARSE_NOWARNING.rawValue))
        }
        let status = xmlParseChunk(context, raw, count, terminate ? 1 : 0)
        if let refusal { throw XLSXError(file: file, message: "\(entry): \(refusal)") }
        if status != 0 {
            let error = xmlCtxtGetLastError(context)
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } }
            let line = error.map { Int($0.pointee.line) } ?? 0
            throw XLSXError(
                file: file,
                message: "\(entry):\(line): not well-formed XML ("
                    + String((message ?? "error \(status)").filter { $0 != "\n" }) + ")")
        }
    }

    fileprivate func stop(_ reason: String) {
        if refusal == nil { refusal = reason }
        if let context { xmlStopParser(context) }
    }

    fileprivate func start(_ name: XMLName, _ attributes: XMLAttributes) {
        handler.start(name, attributes)
    }

    fileprivate func end(_ name: XMLName) { handler.end(name) }

    fileprivate func text(_ bytes: UnsafeBufferPointer<UInt8>) { handler.text(bytes) }
}

/// Calls `body` with the parser behind `context` without retaining it: the parser outlives
/// every callback of its own `xmlParseChunk`, and a retain per element is measurable.
private func withParser(_ context: UnsafeMutableRawPointer?, _ body: (XMLStreamParser) -> Void) {
    Unmanaged<XMLStreamParser>.fromOpaque(context!)._withUnsafeGuaranteedRef(body)
}

private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
}

private func startElement(
    _ context: UnsafeMutableRawPointer?, _ localName: UnsafePointer<xmlChar>?,
    _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?, _ namespaceCount: Int32,
    _ namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, _ attributeCount: Int32,
    _ defaulted: Int32, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
) {
    withParser(context) {
        $0.start(
            XMLName(bytes: localName),
            XMLAttributes(base: attributes, count: Int(attributeCount)))
    }
}

private func endElement(
    _ context: UnsafeMutableRawPointer?, _ localName: UnsafePointer<xmlChar>?,
    _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?
) {
    withParser(context) { $0.end(XMLName(bytes: localName)) }
}

private func characters(
    _ context: UnsafeMutableRawPointer?, _ bytes: UnsafePointer<xmlChar>?, _ count: Int32
) {
    guard let bytes else { return }
    withParser(context) { $0.text(UnsafeBufferPointer(start: bytes, count: Int(count))) }
}

private func refuseDTD(
    _ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?,
    _ externalID: UnsafePointer<xmlChar>?, _ systemID: UnsafePointer<xmlChar>?
) {
    withParser(context) { $0.stop("has a DTD (<!DOCTYPE>), which a workbook never needs: refused") }
}

private func refuseEntity(
    _ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?, _ type: Int32,
    _ publicID: UnsafePointer<xmlChar>?, _ systemID: UnsafePointer<xmlChar>?,
    _ content: UnsafeMutablePointer<xmlChar>?
) {
    withParser(context) { $0.stop("declares an entity: refused") }
}

private func noEntity(
    _ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?
) -> xmlEntityPtr? {
    withParser(context) { $0.stop("uses an undeclared entity &\(string(name));: refused") }
    return nil
}
