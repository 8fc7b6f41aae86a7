import Foundation
import GlossaCore
@testable import GlossaExchange
import GlossaTestSupport
import Testing

/// Glossaries kept in Excel workbooks. The two fixtures were saved by openpyxl 3.1 and
/// XlsxWriter 3.2 (the libraries behind most exports to .xlsx): `glossar-openpyxl.xlsx` has a
/// sheet "Glossar" (Deutsch, Englisch, Anmerkung; a rich-text cell "**Leit**zins", a row without
/// its translation, a number as a note) and a sheet "Hinweise" of prose; `terms-xlsxwriter.xlsx`
/// a cover sheet, then "Terms" with a title above its header row (de-DE, en-GB, an empty column,
/// Note), a note over two lines and a cell holding the text "_x0041_".
@Suite struct XLSXGlossaryTests {
    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/XLSX/\(name)", withExtension: nil)!.path
    }

    @Test func readsAWorkbookSavedByOpenpyxl() throws {
        let path = Self.fixture("glossar-openpyxl.xlsx")
        let workbook = try XLSXWorkbook(path: path)
        #expect(workbook.sheets.map(\.name) == ["Glossar", "Hinweise"])
        #expect(workbook.sheets[0].rows.first == XLSXWorkbook.Row(number: 1, cells: ["Deutsch", "Englisch", "Anmerkung"]))
        // Row 5 is empty and left out; row 4 has no translation.
        #expect(workbook.sheets[0].rows.map(\.number) == [1, 2, 3, 4, 6, 7])

        let (entries, diagnostics) = try TabularGlossary.readXLSX(path: path)
        #expect(entries.map { "\($0.source) → \($0.target)" } == [
            "Einflusssphäre → sphere of influence", "Deeskalation → de-escalation", "Zinssatz → interest rate", "Leitzins → key interest rate",
        ])
        #expect(entries[0].note == "Politik" && entries[2].note == "0.9")
        #expect(diagnostics.map(\.message) == [
            "sheet \"Glossar\": 1 row(s) without a source or a target term skipped (rows 4)",
            "sheet \"Hinweise\" skipped: none of its first rows names a source and a target column",
        ])
    }

    @Test func findsTheHeaderUnderATitleAndKeepsEscapedText() throws {
        let (entries, diagnostics) = try TabularGlossary.readXLSX(path: Self.fixture("terms-xlsxwriter.xlsx"))
        #expect(entries.map(\.source) == ["Haushaltsdefizit", "Wärmepumpe", "Straße_x0041_"])
        #expect(entries.map(\.target) == ["budget deficit", "heat pump", "road"])
        #expect(entries[0].note == "line1\nline2")
        #expect(diagnostics.map(\.message) == ["sheet \"Cover\" skipped: none of its first rows names a source and a target column"])
    }

    /// A workbook as other tools write it: inline strings, cells without references (each
    /// after the last), a carriage return escaped as `_x000D_`, a boolean.
    static func workbook(sheet: String, sharedStrings: String? = nil) -> [UInt8] {
        var members: [ZipFixture.Member] = [
            .init("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            .init("xl/workbook.xml", """
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="Begriffe" sheetId="1" rel:id="rIdA"/></sheets></workbook>
                """),
            .init("xl/_rels/workbook.xml.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rIdA" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
                Target="/xl/worksheets/begriffe.xml"/></Relationships>
                """),
            .init("xl/worksheets/begriffe.xml", sheet),
        ]
        if let sharedStrings { members.append(.init("xl/sharedStrings.xml", sharedStrings)) }
        return ZipFixture.archive(members)
    }

    @Test func readsInlineStringsAndCellsWithoutReferences() throws {
        let path = ZipArchiveTests.write(Self.workbook(sheet: """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row><c t="inlineStr"><is><t>de</t></is></c><c t="inlineStr"><is><t>en</t></is></c><c t="inlineStr"><is><t>status</t></is></c></row>
            <row><c t="inlineStr"><is><r><t>Gesetz</t></r><r><t>entwurf</t></r></is></c><c t="inlineStr"><is><t>draft law_x000D_</t></is></c>\
            <c t="inlineStr"><is><t>approved</t></is></c></row>
            <row><c t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c><c r="D3" t="b"><v>1</v></c></row>
            <row><c t="inlineStr"><is><t>Wohngeld</t></is></c><c t="e"><f>VLOOKUP(A4,X:Y,2)</f><v>#N/A</v></c></row>
            </sheetData></worksheet>
            """, sharedStrings: """
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Mietpreisbremse</t></si>\
            <si><r><t>rent</t></r><r><t xml:space="preserve"> cap</t></r><rPh><t>X</t></rPh></si></sst>
            """), name: "begriffe.xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let workbook = try XLSXWorkbook(path: path)
        #expect(workbook.sheets.first?.rows.dropLast().last?.cells == ["Mietpreisbremse", "rent cap", "", "TRUE"])
        let entries = try TabularGlossary.readXLSX(path: path).entries
        // Wohngeld's translation is a formula's error: a row without a target, skipped.
        #expect(entries.map(\.source) == ["Gesetzentwurf", "Mietpreisbremse"])
        #expect(entries.map(\.target) == ["draft law", "rent cap"])
        #expect(entries.map(\.status) == [.approved, .candidate])
    }

    @Test func refusesWithTheSheetAndRowOrTheCell() throws {
        let noHeader = ZipArchiveTests.write(Self.workbook(sheet: """
            <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Wort</t></is></c><c r="B1" t="inlineStr"><is><t>Bedeutung</t></is></c></row></sheetData></worksheet>
            """), name: "wort.xlsx")
        let badIndex = ZipArchiveTests.write(Self.workbook(sheet: """
            <worksheet><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>
            """, sharedStrings: "<sst><si><t>de</t></si></sst>"), name: "index.xlsx")
        let notWorkbook = ZipArchiveTests.write(ZipFixture.archive([.init("glossar.csv", "de,en\n")]), name: "csv.xlsx")
        let farColumn = ZipArchiveTests.write(Self.workbook(sheet: """
            <worksheet><sheetData><row r="1"><c r="ZZZZZZZZZZ1" t="inlineStr"><is><t>de</t></is></c></row></sheetData></worksheet>
            """), name: "far.xlsx")
        defer { for path in [noHeader, badIndex, notWorkbook, farColumn] { try? FileManager.default.removeItem(atPath: path) } }
        #expect {
            _ = try TabularGlossary.readXLSX(path: farColumn)
        } throws: { error in
            "\(error)".contains("cell ZZZZZZZZZZ1 lies past column XFD")
        }

        #expect {
            _ = try TabularGlossary.readXLSX(path: noHeader)
        } throws: { error in
            "\(error)".hasPrefix("\(noHeader): sheet \"Begriffe\", row 1: expected a header row with columns source and target")
        }
        #expect {
            _ = try TabularGlossary.readXLSX(path: badIndex)
        } throws: { error in
            "\(error)".contains("\(badIndex)/xl/worksheets/begriffe.xml:1:") && "\(error)".contains("cell A1 points to shared string 7")
        }
        #expect(throws: GlossaryFormatError.notWorkbook(file: notWorkbook)) { try TabularGlossary.readXLSX(path: notWorkbook) }
    }

    /// A glossary exported as a workbook reads back entry for entry, every field: what a
    /// reviewer's Excel round trip relies on.
    @Test func anExportedWorkbookReadsBackEveryField() throws {
        let entries = [
            GlossaryEntry(sourceLanguage: .german, targetLanguage: .english, source: "Einflusssphäre", target: "sphere of influence",
                          sourceVariants: ["Einflusssphären"], targetVariants: ["spheres of influence"], confidence: 0.92, frequency: 3,
                          origin: "Corpora/nato-russia-2022-01", status: .approved, note: "Politik; \"Zitat\" & <Tag>", partOfSpeech: "noun",
                          example: TermPair.Example(source: "Russland fordert Einflusssphären.", target: "Russia demands spheres of influence."),
                          sourceDeprecated: ["Einflußsphäre"], targetDeprecated: ["zone of influence"]),
            GlossaryEntry(sourceLanguage: .german, targetLanguage: .english, source: "Straße_x0041_", target: "road\nnew line",
                          confidence: 1, frequency: 0, origin: "glossar.csv", status: .candidate),
        ]
        let path = ZipArchiveTests.write(XLSXWriter.workbook(entries), name: "export.xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (read, diagnostics) = try TabularGlossary.readXLSX(path: path)
        #expect(read == entries && diagnostics.isEmpty)
        #expect(try XLSXWorkbook(path: path).sheets.map(\.name) == ["Glossary"])
    }

    @Test func namesColumnsByTheirLetters() {
        #expect(["A7", "Z1", "AA3", "AB12", "XFD1"].map(XLSXWorkbook.columnIndex) == [1, 26, 27, 28, 16_384])
        #expect([1, 26, 27, 28, 16_384].map(XLSXWorkbook.columnName) == ["A", "Z", "AA", "AB", "XFD"])
        #expect(XLSXWorkbook.unescaped("a_x000D_b_x005F_x0041_c") == "a\rb_x0041_c")
    }
}
