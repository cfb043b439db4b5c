/// What ``XMLStreamParser`` tells as it reads: elements by their local name (a prefix such as
/// `r:` is kept only on attributes: `r:id`) and the text inside them.
protocol XMLEventHandler: AnyObject {
    func start(_ name: String, _ attributes: [String: String])
    func end(_ name: String)
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
}
