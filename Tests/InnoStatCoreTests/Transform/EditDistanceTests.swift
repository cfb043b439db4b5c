import Testing

@testable import InnoStatCore

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("abc", "", 3), ("", "ab", 2), ("kyongi", "kyonggi", 1),
        ("kitten", "sitting", 3), ("gyeonggi", "gyeonggi", 0),
    ])
    func counts(a: String, b: String, distance: Int) {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        #expect(EditDistance.between(x, y) == distance)
        #expect(EditDistance.between(y, x) == distance)
    }
}
