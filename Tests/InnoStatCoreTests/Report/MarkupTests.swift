import Testing

@testable import InnoStatCore

struct MarkupTests {
    @Test(arguments: [
        ("R&D", "R&amp;D"), ("<script>", "&lt;script&gt;"),
        ("a \"b\" 'c'", "a &quot;b&quot; &#39;c&#39;"),
        ("서울특별시", "서울특별시"), ("100 − 56", "100 − 56"), ("&amp;", "&amp;amp;"),
    ])
    func escapesText(text: String, escaped: String) {
        #expect(Markup.escape(text) == escaped)
    }

    @Test func escapesAttributesButNotContent() {
        #expect(
            Markup.element("a", ["href": "x?a=1&b=\"2\""], "<b>R&amp;D</b>")
                == "<a href=\"x?a=1&amp;b=&quot;2&quot;\"><b>R&amp;D</b></a>")
        #expect(
            Markup.text("title", [:], "GRDP <Seoul> & Busan")
                == "<title>GRDP &lt;Seoul&gt; &amp; Busan</title>")
        #expect(Markup.element("meta", ["charset": "utf-8"]) == "<meta charset=\"utf-8\"/>")
    }

    @Test(arguments: [
        (12.0, "12"), (12.5, "12.5"), (-3.254, "-3.25"), (0.005, "0.01"), (1e-9, "0"),
        (99.999, "100"),
    ])
    func writesCoordinatesWithAtMostTwoDecimals(value: Double, text: String) {
        #expect(Markup.coordinate(value) == text)
    }
}

struct ReportNumberTests {
    @Test(arguments: [
        (1_234_567.8, 1, "1,234,567.8"), (40000, 0, "40,000"), (999.5, 0, "1,000"), (56, 1, "56.0"),
        (0.14444, 3, "0.144"), (-1234.5, 1, "-1,234.5"), (-0.04, 1, "0.0"), (123, 0, "123"),
        (1000, 0, "1,000"), (76.31314, 1, "76.3"),
    ])
    func groupsThousandsAndRounds(value: Double, decimals: Int, text: String) {
        #expect(ReportNumber.format(value, decimals: decimals) == text)
    }

    @Test(arguments: [(20.0, 0), (2.5, 1), (0.5, 1), (0.05, 2), (0.025, 3), (1000.0, 0)])
    func showsAStepExactly(step: Double, decimals: Int) {
        #expect(ReportNumber.decimals(forStep: step) == decimals)
    }

    @Test func writesYearsWithoutSeparators() {
        #expect(ReportNumber.year(1981) == "1981")
    }
}
