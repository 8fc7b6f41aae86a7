import Foundation
import GlossaCore
@testable import GlossaKit
import GlossaTestSupport
import Testing

/// A bilingual review table in a Word document, as Trados Studio exports one: its German and
/// English columns are units, told by their words (not by their place, nor by the status
/// column's "Translated"); the header and an untranslated row are none.
@Suite struct BilingualTableTests {
    static func document(_ rows: [[String]], file: String) throws -> String {
        func cell(_ text: String) -> String { "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p></w:tc>" }
        let table = "<w:tbl>" + rows.map { "<w:tr>" + $0.map(cell).joined() + "</w:tr>" }.joined() + "</w:tbl>"
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:body><w:p><w:r><w:t>Bilingual review</w:t></w:r></w:p>\(table)</w:body></w:document>
            """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-table-\(UUID().uuidString)-\(file)").path
        FileManager.default.createFile(atPath: path, contents: Data(ZipFixture.archive([ZipFixture.Member("word/document.xml", xml)])))
        return path
    }

    @Test func aReviewTablesColumnsInEachLanguageAreUnits() throws {
        let path = try Self.document([
            ["Segment ID", "Segment status", "Source segment", "Target segment", "Comment"],
            ["1", "Translated", "Die Bundesregierung fördert das Projekt mit 120 Millionen Euro.",
             "The federal government is funding the project with 120 million euros.", ""],
            ["2", "Translated", "Kritiker verweisen auf die hohen Kosten.", "Critics point to the high costs.", "check the term"],
            ["3", "Draft", "Grüner Wasserstoff ist derzeit etwa dreimal so teuer.", "", ""],
        ], file: "review.docx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let read = try Glossa.bilingualTableUnits(ofFile: path)
        #expect(read.units.map { $0.variants.map(\.text) } == [
            ["Die Bundesregierung fördert das Projekt mit 120 Millionen Euro.", "The federal government is funding the project with 120 million euros."],
            ["Kritiker verweisen auf die hohen Kosten.", "Critics point to the high costs."],
        ])
        #expect(read.units.allSatisfy { $0.variants.map(\.language) == [.german, .english] })
        #expect(read.diagnostics.map(\.message) == ["1 table row(s) with text on one side only (untranslated) left out"])
    }

    /// LibreOffice's table (header rows in a group of their own, a cell's paragraphs) alike.
    @Test func anOpenDocumentTableIsReadToo() throws {
        func cell(_ text: String) -> String { "<table:table-cell><text:p>\(text)</text:p></table:table-cell>" }
        let rows = [["Quelltext", "Zieltext"], ["Kritiker verweisen auf die hohen Kosten.", "Critics point to the high costs."],
                    ["Der Strom stammt aus Windparks.", "The electricity comes from wind farms."]]
        let xml = """
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">\
            <office:body><office:text><table:table><table:table-header-rows><table:table-row>\(rows[0].map(cell).joined())</table:table-row>\
            </table:table-header-rows>\(rows.dropFirst().map { "<table:table-row>" + $0.map(cell).joined() + "</table:table-row>" }.joined())\
            </table:table></office:text></office:body></office:document-content>
            """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-table-\(UUID().uuidString).odt").path
        FileManager.default.createFile(atPath: path, contents: Data(ZipFixture.archive([ZipFixture.Member("content.xml", xml)])))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try Glossa.bilingualTableUnits(ofFile: path).units.map { $0.variants.map(\.text) } == Array(rows.dropFirst()))
    }

    /// A document without such a table (a source text) is refused with what to do instead.
    @Test func aDocumentWithoutABilingualTableIsRefused() throws {
        let path = try Self.document([["Name", "Wert"], ["Umsatz im dritten Quartal", "12 Millionen Euro"]], file: "bericht.docx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect { try Glossa.bilingualTableUnits(ofFile: path) } throws: { error in
            "\(error)".contains("no table with a German and an English column (1 table read)") && "\(error)".contains("glossa align")
        }
    }
}
