import SQLiteStore
import Testing

struct BindingTests {
    static let roundTripValues: [DatabaseValue] = [
        .null,
        .integer(0),
        .integer(-1),
        .integer(.min),
        .integer(.max),
        .real(-0.0),
        .real(1e-300),
        .real(.greatestFiniteMagnitude),
        .real(-.greatestFiniteMagnitude),
        .real(.leastNonzeroMagnitude),
        .real(.infinity),
        .real(3.141592653589793),
        .text(""),
        .text("plain ASCII"),
        .text("서울특별시"),
        .text("emoji 🚀 and e\u{301}"),
        .text("embedded\0nul"),
        .blob([]),
        .blob([0, 0, 0]),
        .blob([0, 1, 0xFF, 0, 0x80]),
    ]

    @Test(arguments: roundTripValues)
    func selectRoundTrip(value: DatabaseValue) throws {
        let db = try Database(path: ":memory:")
        let read = try db.scalar("SELECT ?", [value])
        expectIdentical(read, value)
    }

    @Test(arguments: roundTripValues)
    func storedRoundTrip(value: DatabaseValue) throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(v)")
        try db.run("INSERT INTO t VALUES (?)", [value])
        expectIdentical(try db.scalar("SELECT v FROM t"), value)
        expectIdentical(try db.rows("SELECT v FROM t").map(\.values), [[value]])
    }

    @Test func typedBindersMatchDatabaseValueBinding() throws {
        let db = try Database(path: ":memory:")
        let statement = try db.prepare("SELECT ?, ?, ?, ?, ?")
        try statement.bind(Int64.min, at: 1)
        try statement.bind(-0.0, at: 2)
        try statement.bind("서울특별시", at: 3)
        try statement.bindNull(at: 4)
        try statement.bind(.blob([0, 0]), at: 5)
        #expect(try statement.step())
        #expect(statement.row == [.integer(.min), .real(-0.0), "서울특별시", .null, .blob([0, 0])])
        #expect(statement.int64(at: 0) == .min)
        #expect(statement.double(at: 1).sign == .minus)
        #expect(statement.string(at: 2) == "서울특별시")
        #expect(statement.string(at: 3) == nil)
        #expect(statement.isNull(at: 3))
        #expect(!statement.isNull(at: 4))
        #expect(try !statement.step())
    }

    @Test func literalsBindToTheirDefaultTypes() throws {
        let db = try Database(path: ":memory:")
        let statement = try db.prepare("SELECT ?, ?, ?")
        try statement.bind(42, at: 1)
        try statement.bind(4.5, at: 2)
        try statement.bind("x", at: 3)
        #expect(try statement.step())
        #expect(statement.row == [.integer(42), .real(4.5), .text("x")])
    }

    @Test func columnAccessorsConvertLikeSQLite() throws {
        let db = try Database(path: ":memory:")
        let statement = try db.prepare("SELECT 42, 2.5, '7', NULL")
        #expect(try statement.step())
        #expect(statement.string(at: 0) == "42")
        #expect(statement.int64(at: 1) == 2)
        #expect(statement.double(at: 2) == 7)
        #expect(statement.int64(at: 3) == 0)
        #expect(statement.string(at: 3) == nil)
    }

    @Test func nanBindsAsNull() throws {
        let db = try Database(path: ":memory:")
        #expect(try db.scalar("SELECT ?", [.real(.nan)]) == .null)
    }

    @Test func bindTextCopiesTheBytes() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(v TEXT)")
        let statement = try db.prepare("INSERT INTO t VALUES (?)")
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64, alignment: 1)
        defer { buffer.deallocate() }
        for text in ["서울특별시", "부산광역시", ""] {
            let bytes = Array(text.utf8)
            buffer.copyBytes(from: bytes)
            try statement.bindText(UnsafeRawBufferPointer(rebasing: buffer[..<bytes.count]), at: 1)
            buffer.initializeMemory(as: UInt8.self, repeating: UInt8(ascii: "X"))
            while try statement.step() {}
            try statement.reset()
        }
        #expect(try db.rows("SELECT v FROM t ORDER BY rowid") == [["서울특별시"], ["부산광역시"], [""]])
    }

    @Test func bindTextNoCopyReadsTheBytesWhenTheStatementSteps() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(v TEXT)")
        let statement = try db.prepare("INSERT INTO t VALUES (?)")
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64, alignment: 1)
        defer { buffer.deallocate() }
        for text in ["서울특별시", "KR-11", ""] {
            let bytes = Array(text.utf8)
            try statement.bindText(
                noCopy: UnsafeRawBufferPointer(rebasing: buffer[..<bytes.count]), at: 1)
            // Written after binding, before stepping: SQLite reads the buffer as it is now.
            buffer.copyBytes(from: bytes)
            while try statement.step() {}
            try statement.reset()
        }
        #expect(try db.rows("SELECT v FROM t ORDER BY rowid") == [["서울특별시"], ["KR-11"], [""]])
    }

    @Test func bindTextWithoutBaseAddressBindsEmptyText() throws {
        let db = try Database(path: ":memory:")
        let statement = try db.prepare("SELECT ?")
        try statement.bindText(UnsafeRawBufferPointer(start: nil, count: 0), at: 1)
        #expect(try statement.step())
        #expect(statement.value(at: 0) == .text(""))
    }

    @Test(arguments: [0, 2, -1, Int(Int32.max) + 1])
    func bindingAnOutOfRangeIndexThrows(index: Int) throws {
        let db = try Database(path: ":memory:")
        let statement = try db.prepare("SELECT ?")
        let error = #expect(throws: SQLiteError.self) { try statement.bind(.integer(1), at: index) }
        #expect(error?.code == 25)
        #expect(error?.message == "column index out of range")
        #expect(error?.sql == "SELECT ?")
    }

    @Test(
        arguments: [[], [.integer(1)], [.integer(1), .integer(2), .integer(3)]] as [[DatabaseValue]]
    )
    func bindingTheWrongNumberOfArgumentsThrows(arguments: [DatabaseValue]) throws {
        let db = try Database(path: ":memory:")
        let error = #expect(throws: SQLiteError.self) { try db.run("SELECT ?, ?", arguments) }
        #expect(error?.code == 25)
        #expect(error?.message == "expected 2 arguments but got \(arguments.count)")
    }

    @Test func clearBindingsResetsParametersToNull() throws {
        let db = try Database(path: ":memory:")
        let statement = try db.prepare("SELECT ?")
        try statement.bind(.integer(5), at: 1)
        statement.clearBindings()
        #expect(try statement.step())
        #expect(statement.value(at: 0) == .null)
    }
}

/// Expects equal values and, for reals, equal bit patterns (so -0.0 differs from 0.0).
private func expectIdentical(
    _ actual: DatabaseValue, _ expected: DatabaseValue,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual == expected, sourceLocation: sourceLocation)
    if case .real(let actual) = actual, case .real(let expected) = expected {
        #expect(actual.bitPattern == expected.bitPattern, sourceLocation: sourceLocation)
    }
}

private func expectIdentical(
    _ actual: [[DatabaseValue]], _ expected: [[DatabaseValue]],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual == expected, sourceLocation: sourceLocation)
    for (actualRow, expectedRow) in zip(actual, expected) {
        for (actual, expected) in zip(actualRow, expectedRow) {
            expectIdentical(actual, expected, sourceLocation: sourceLocation)
        }
    }
}
