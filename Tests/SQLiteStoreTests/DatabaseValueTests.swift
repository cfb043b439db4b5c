import SQLiteStore
import Testing

struct DatabaseValueTests {
    @Test func literalsBuildTheMatchingCase() {
        let integer: DatabaseValue = 42
        let real: DatabaseValue = 1.5
        let text: DatabaseValue = "서울"
        let null: DatabaseValue = nil
        #expect(integer == .integer(42))
        #expect(real == .real(1.5))
        #expect(text == .text("서울"))
        #expect(null == .null)
    }

    @Test(arguments: [
        (DatabaseValue.null, true),
        (.integer(0), false),
        (.real(0), false),
        (.text(""), false),
        (.blob([]), false),
    ])
    func isNull(value: DatabaseValue, expected: Bool) {
        #expect(value.isNull == expected)
    }
}
