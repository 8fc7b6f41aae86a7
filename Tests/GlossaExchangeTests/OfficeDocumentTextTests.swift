import Foundation
@testable import GlossaExchange
import GlossaTestSupport
import Testing

/// Articles kept as Word and OpenDocument files. The fixtures were saved by python-docx 1.1
/// (Word's own template: a heading, a paragraph in two runs, a bulleted paragraph, a table) and
/// odfpy 1.4 (a heading, a paragraph with a span and a footnote, a run of three spaces).
@Suite struct OfficeDocumentTextTests {
    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/Documents/\(name)", withExtension: nil)!.path
    }

    @Test func readsTheParagraphsOfAWordDocument() throws {
        let paragraphs = try OfficeDocumentText.paragraphs(ofFile: Self.fixture("inflation.de.docx"))
        #expect(paragraphs == [
            "Inflationsrate sinkt im November auf 2,2 Prozent",
            "Die Inflation in Deutschland hat sich im November weiter abgeschwächt. Die Verbraucherpreise lagen um 2,2 Prozent über dem "
                + "Niveau des Vorjahresmonats, wie das Statistische Bundesamt (Destatis) am Freitag mitteilte.",
            "Vor allem Energie wurde billiger: Heizöl und Kraftstoffe kosteten 3,7 Prozent weniger als vor einem Jahr.",
            "Quelle: Destatis",
        ])
    }

    @Test func readsTheParagraphsOfAnOpenDocumentWithoutItsFootnote() throws {
        let paragraphs = try OfficeDocumentText.paragraphs(ofFile: Self.fixture("inflation.en.odt"))
        #expect(paragraphs == [
            "Inflation rate falls to 2.2 percent in November",
            "Inflation in Germany continued to ease in November. Consumer prices were 2.2 percent higher than in the same month last year, "
                + "the Federal Statistical Office (Destatis) said on Friday.",
            "Energy in particular became cheaper: heating oil and fuels cost 3.7 percent less than a year earlier.",
        ])
    }

    /// What Word keeps beside the text: tracked changes, fields, a text box in alternate content
    /// (twice: the drawing and its fallback), a footnote reference, tabs, breaks, hyphens.
    @Test func leavesOutWhatWordKeepsBesideTheText() throws {
        let xml = """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
            xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>
            <w:p><w:r><w:t>Der Bundestag hat das Gesetz </w:t></w:r><w:del w:id="1"><w:r><w:delText>nicht </w:delText></w:r></w:del>\
            <w:ins w:id="2"><w:r><w:t>mit großer Mehrheit </w:t></w:r></w:ins><w:r><w:t>beschlossen.</w:t></w:r>\
            <w:r><w:footnoteReference w:id="3"/></w:r></w:p>
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "d. MMMM yyyy" </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>29. November 2026</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Bildunterschrift</w:t></w:r></w:p>\
            </w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Bildunterschrift</w:t></w:r></w:p>\
            </w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Berlin</w:t></w:r><w:r><w:tab/><w:t>Ost</w:t></w:r>\
            <w:r><w:br/><w:t>West</w:t><w:noBreakHyphen/><w:t>Berlin</w:t><w:softHyphen/></w:r></w:p>
            </w:body></w:document>
            """
        let path = ZipArchiveTests.write(ZipFixture.archive([.init("word/document.xml", xml)]), name: "gesetz.docx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try OfficeDocumentText.paragraphs(ofFile: path) == [
            "Der Bundestag hat das Gesetz mit großer Mehrheit beschlossen.", "29. November 2026", "Berlin Ost", "West-Berlin",
        ])
    }

    @Test func leavesOutWhatOpenDocumentKeepsBesideTheText() throws {
        let xml = """
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><office:body><office:text>
            <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>gelöschter Satz</text:p></text:deletion>\
            </text:changed-region></text:tracked-changes>
            <text:table-of-content><text:index-body><text:p>Inhalt 1</text:p></text:index-body></text:table-of-content>
            <text:p>Die Bahn<office:annotation><dc:creator>Lektor</dc:creator><text:p>Quelle prüfen</text:p></office:annotation> \
            streikt.<draw:frame><draw:text-box><text:p>Foto: dpa</text:p></draw:text-box></draw:frame><text:line-break/>Morgen wieder.</text:p>
            <text:list><text:list-item><text:p>Erster Punkt</text:p></text:list-item></text:list>
            </office:text></office:body></office:document-content>
            """
        let path = ZipArchiveTests.write(ZipFixture.archive([.init("mimetype", "application/vnd.oasis.opendocument.text", deflated: false),
                                                             .init("content.xml", xml)]), name: "bahn.odt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try OfficeDocumentText.paragraphs(ofFile: path) == ["Die Bahn streikt.", "Morgen wieder.", "Erster Punkt"])
    }

    /// An old binary .doc renamed .docx, a zip of something else, a damaged main part.
    @Test func refusesWhatIsNoDocumentByName() throws {
        let binary = ZipArchiveTests.write([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 600), name: "alt.docx")
        let other = ZipArchiveTests.write(ZipFixture.archive([.init("xl/workbook.xml", "<workbook/>")]), name: "tabelle.docx")
        let broken = ZipArchiveTests.write(ZipFixture.archive([.init("content.xml", "<office:document-content><text:p>x")]), name: "kaputt.odt")
        defer { for path in [binary, other, broken] { try? FileManager.default.removeItem(atPath: path) } }
        #expect(throws: DocumentTextError.notADocument(file: binary, expected: "a Word document (.docx)")) {
            try OfficeDocumentText.paragraphs(ofFile: binary)
        }
        #expect(throws: DocumentTextError.notADocument(file: other, expected: "a Word document (.docx)")) {
            try OfficeDocumentText.paragraphs(ofFile: other)
        }
        #expect {
            try OfficeDocumentText.paragraphs(ofFile: broken)
        } throws: { error in
            "\(error)".hasPrefix("\(broken)/content.xml:1:") && "\(error)".contains("open and save it again")
        }
    }
}
