/// The merged ranges of a sheet (`<mergeCell ref="A1:C1"/>`), which follow its data: read in a
/// first pass that keeps nothing else.
final class MergedRangesReader: XMLEventHandler {
    private(set) var ranges: [MergedRange] = []

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("mergeCell"), let range = attributes["ref"].flatMap(MergedRange.init) {
            ranges.append(range)
        }
    }

    func end(_ name: XMLName) {}
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}
