import Testing

@testable import InnoStatCore

@Suite struct ObservationStatusTests {
    @Test(arguments: [
        ("A", ObservationStatus.normal, "normal"), ("P", .provisional, "provisional"),
        ("E", .estimated, "estimated"), ("B", .breakInSeries, "break"), ("M", .missing, "missing"),
        ("I", .imputed, "imputed"), ("D", .definitionDiffers, "definition differs"),
    ])
    func mapsLetterAndName(letter: String, status: ObservationStatus, name: String) {
        #expect(ObservationStatus(letter: letter) == status)
        #expect(ObservationStatus(letter: " \(letter.lowercased()) ") == status)
        #expect(status.rawValue == letter)
        #expect(status.letter == letter)
        #expect(status.name == name)
        #expect(ObservationStatus(name: name.uppercased()) == status)
    }

    @Test(arguments: ["", "X", "AB", "normalx", "Z"])
    func rejectsUnknownLetter(letter: String) {
        #expect(ObservationStatus(letter: letter) == nil)
        #expect(ObservationStatus(name: letter) == nil)
    }

    @Test func hasTheSevenSDMXLetters() {
        #expect(ObservationStatus.allCases.map(\.rawValue) == ["A", "P", "E", "B", "M", "I", "D"])
    }
}
