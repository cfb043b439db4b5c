import Foundation
import Testing

@testable import InnoStatCore

/// KOSIS OpenAPI's error replies are told apart from data, in both the JSON KOSIS writes and
/// the strict form.
struct KOSISErrorReplyTests {
    @Test(arguments: [
        (#"{"err":"30","errMsg":"데이터가 존재하지 않습니다."}"#, "KOSIS error 30: 데이터가 존재하지 않습니다."),
        (#"{err:"20",errMsg:"필수요청변수값이 누락되었습니다."}"#, "KOSIS error 20: 필수요청변수값이 누락되었습니다."),
        (
            "\u{FEFF}\r\n  {\"err\": 11, \"errMsg\": \" 인증KEY값이 유효하지 않습니다. \"}\n",
            "KOSIS error 11: 인증KEY값이 유효하지 않습니다."
        ),
    ])
    func anErrorReplyGivesItsCodeAndMessage(body: String, message: String) {
        #expect(KOSISErrorReply.message(in: Data(body.utf8)) == message)
    }

    @Test(arguments: [
        #"[{"ORG_ID":"101","TBL_ID":"DT_1B040A3","DT":"9668465"}]"#,
        #"{"err":"30"}"#,
        #"{"err":"","errMsg":"x"}"#,
        #"{"errMsg":"x","err":{"code":1}}"#,
        "region,2015\n서울,\"144,830\"\n",
        "{\"err\":\"30\",\"errMsg\":\"" + String(repeating: "x", count: 70_000) + "\"}",
        "",
    ])
    func dataIsNoErrorReply(body: String) {
        #expect(KOSISErrorReply.message(in: Data(body.utf8)) == nil)
    }
}
