import Foundation
import Testing

@testable import InnoStatCore

/// An HTML page is known by its first bytes, past white space and a byte-order mark, in any
/// case; a table that merely mentions HTML is not one.
struct FetchedBodyTests {
    @Test(arguments: [
        ("<!DOCTYPE html>\n<html>", true), ("  \r\n<HTML lang=\"ko\">", true),
        ("\u{FEFF}<!doctype HTML>", true), ("\t<html>", true),
        ("<?xml version=\"1.0\"?>", false), ("region,<html>\n", false), ("", false),
        ("<!DOCTYPE svg>", false),
    ])
    func anHTMLPageIsKnownByItsFirstBytes(body: String, isPage: Bool) {
        #expect(FetchedBody.isHTMLPage(Data(body.utf8)) == isPage)
    }
}
