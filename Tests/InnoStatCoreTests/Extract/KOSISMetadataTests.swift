import Foundation
import Testing
import XLSXStream

@testable import InnoStatCore

/// The `메타정보` sheet of real KOSIS downloads read into the citation's parts, and the rules
/// for continuation rows and notes on one member, by hand.
struct KOSISMetadataTests {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/kosis").path

    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let tableID: String
        let title: String
        let period: String
        let publisher: String
        let downloaded: String
        let unit: String?
        /// The members that notes are on.
        let members: Set<String>
        var testDescription: String { tableID }
    }

    static let cases = [
        Case(
            file: "행정구역_시군구_별__성별_인구수_20250626192009.xlsx", tableID: "DT_1B040A3",
            title: "행정구역(시군구)별, 성별 인구수", period: "[년] 2000~2024", publisher: "행정안전부",
            downloaded: "2025.06.26 19:20", unit: nil,
            members: ["부산광역시", "세종특별자치시", "제주특별자치도"]),
        Case(
            file: "국가_온실가스_종류별_배출량_추이_20220901230419.xlsx",
            tableID: "DT_106N_99_2800021", title: "국가 온실가스 종류별 배출량 추이",
            period: "[년] 1990~2019", publisher: "환경부", downloaded: "2022.09.01 23:04",
            unit: "백만tCO₂", members: []),
    ]

    @Test(arguments: cases)
    func theMetadataSheetGivesTheCitation(_ example: Case) throws {
        let book = try XLSXWorkbook(path: "\(Self.folder)/\(example.file)")
        let metadata = try #require(try KOSISMetadata(workbook: book))
        #expect(metadata.tableID == example.tableID)
        #expect(metadata.title == example.title)
        #expect(metadata.period == example.period)
        #expect(metadata.publisher == example.publisher)
        #expect(metadata.downloaded == example.downloaded)
        #expect(metadata.unit == example.unit)
        #expect(metadata.url?.contains("tblId=\(example.tableID)") == true)
        #expect(metadata.fields["통계표URL"]?.last == "* KOSIS 개편 시 통계표 URL은 달라질 수 있음")
        #expect(Set(metadata.notes.compactMap(\.member)) == example.members)
        #expect(metadata.notes.contains { $0.member == nil })
    }

    @Test func notesOnOneMemberKeepTheirMember() throws {
        let book = try XLSXWorkbook(path: "\(Self.folder)/\(Self.cases[0].file)")
        let metadata = try #require(try KOSISMetadata(workbook: book))
        let sejong = try #require(metadata.notes.first { $0.member == "세종특별자치시" })
        #expect(sejong.dimension == "행정구역(시군구)별")
        #expect(metadata.notes.first?.dimension == nil)
        #expect(metadata.notes.first?.text == "- 연말기준, 주민등록에 의한 집계, 외국인 제외")
    }

    @Test func continuationRowsFollowTheirKeyOrScope() {
        let metadata = KOSISMetadata(rows: [
            ["○ 통계표ID", "DT_X"], ["○ 출처", "통계청"], ["", "두 번째 줄"], ["○ 주석", ""],
            ["통계표", "전체에 대한 주석"], ["", "이어지는 주석"], ["지역별 > 세종", "2012.7.1 신설"],
            ["", ""], ["", "세종의 둘째 주석"],
        ])
        #expect(metadata.tableID == "DT_X")
        #expect(metadata.publisher == "통계청")
        #expect(metadata.fields["출처"] == ["통계청", "두 번째 줄"])
        #expect(metadata.unit == nil)
        #expect(
            metadata.notes == [
                .init(dimension: nil, member: nil, text: "전체에 대한 주석"),
                .init(dimension: nil, member: nil, text: "이어지는 주석"),
                .init(dimension: "지역별", member: "세종", text: "2012.7.1 신설"),
                .init(dimension: "지역별", member: "세종", text: "세종의 둘째 주석"),
            ])
    }
}
