import Testing

@testable import InnoStatCore

/// `${NAME}` in a fetch url: each value read from the environment and percent-encoded, a
/// missing one named, and every value put back as `${NAME}` in a text that quotes the url.
struct URLTemplateTests {
    @Test func valuesArePercentEncodedAndMaskedBack() throws {
        let template = try URLTemplate(
            parsing: "https://kosis.kr/openapi/x.do?apiKey=${KEY}&orgId=${ORG}&again=${KEY}")
        #expect(template.variables == ["KEY", "ORG"])
        let expanded = try template.expanded(in: ["KEY": "a+b/c=", "ORG": "101"])
        #expect(
            expanded.url.absoluteString
                == "https://kosis.kr/openapi/x.do?apiKey=a%2Bb%2Fc%3D&orgId=101&again=a%2Bb%2Fc%3D")
        #expect(expanded.masked == template.text)
        #expect(
            expanded.mask("cannot reach https://kosis.kr/openapi/x.do?apiKey=a%2Bb%2Fc%3D (a+b/c=)")
                == "cannot reach https://kosis.kr/openapi/x.do?apiKey=${KEY} (${KEY})")
    }

    @Test func aMissingVariableIsNamed() throws {
        let template = try URLTemplate(parsing: "https://x.org/?a=${SET}&b=${UNSET}")
        #expect(throws: URLTemplate.MissingVariable(name: "UNSET")) {
            try template.expanded(in: ["SET": "1"])
        }
    }

    @Test func aURLWithoutVariablesIsItself() throws {
        let template = try URLTemplate(parsing: "http://127.0.0.1:8080/a.csv?x=$1")
        #expect(template.variables == [])
        #expect(
            try template.expanded(in: [:]).url.absoluteString == "http://127.0.0.1:8080/a.csv?x=$1")
    }
}
