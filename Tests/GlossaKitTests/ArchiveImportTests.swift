import Foundation
import GlossaKit
import GlossaTestSupport
import Testing

/// A ZIP archive of memories and glossaries (as DGT-TM ships its volumes, as a client sends a
/// project package) is imported whole in one transaction, or not at all.
@Suite struct ArchiveImportTests {
    static func tmx(_ pairs: [(String, String)], srclang: String = "de-DE") -> String {
        let units = pairs.map { german, english in
            "<tu><tuv xml:lang=\"de-DE\"><seg>\(german)</seg></tuv><tuv xml:lang=\"en-GB\"><seg>\(english)</seg></tuv></tu>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="\(srclang)" segtype="sentence" adminlang="en" datatype="plaintext" o-tmf="DGT" \
            creationtool="DGT" creationtoolversion="1"/><body>\(units.joined())</body></tmx>
            """
    }

    static let volume1 = tmx([("Die Kommission legt einen Vorschlag für eine Verordnung vor.", "The Commission presents a proposal for a regulation."),
                              ("Der Rat nimmt den Beschluss an.", "The Council adopts the decision.")])
    static let volume2 = tmx([("Die Mitgliedstaaten setzen die Richtlinie bis 2027 um.", "Member States shall transpose the Directive by 2027.")])

    static func write(_ bytes: [UInt8], name: String) -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-archive-\(UUID().uuidString)-\(name)")
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    @Test func importsEveryMemoryAndGlossaryOfAnArchive() throws {
        let path = Self.write(ZipFixture.archive([
            .init("Vol_2019_1/", "", deflated: false),
            .init("Vol_2019_1/DE-EN-0001.tmx", Self.volume1),
            .init("Vol_2019_1/DE-EN-0002.xml", Self.volume2),
            .init("Vol_2019_1/Begriffe.csv", "de,en\nVerordnung,regulation\nRichtlinie,directive\n"),
            .init("Vol_2019_1/Projekt/bericht.xlf", """
                <xliff version="2.0" srcLang="de" trgLang="en"><file id="f"><unit id="1"><segment><source>Der Bericht liegt vor.</source>\
                <target>The report is available.</target></segment></unit></file></xliff>
                """),
            .init("Vol_2019_1/LIESMICH.pdf", "%PDF-1.4"),
            .init("Vol_2019_1/readme.txt", "Dieses Archiv enthält die Übersetzungen des Jahres 2019.\nViel Erfolg!\n"),
            .init("Vol_2019_1/project.xml", "<project><name>DGT</name></project>"),
            .init("Vol_2019_1/glossar.txt", "Kommission\tCommission\n"),
            .init("__MACOSX/Vol_2019_1/._DE-EN-0001.tmx", "resource fork"),
        ]), name: "Vol_2019_1.zip")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try MemoryStore()
        let result = try Glossa.importFile(path, kind: .archive, into: store)
        #expect(result.units.added == 4)
        #expect(result.glossary.added == 3)
        #expect(result.diagnostics.map(\.message) == [
            "3 file(s) of kinds glossa does not import were skipped: Vol_2019_1/LIESMICH.pdf, Vol_2019_1/readme.txt, Vol_2019_1/project.xml",
        ])

        // Each member is an origin of its own; the .xml member was read as the TMX it is.
        let match = try store.match("Die Mitgliedstaaten setzen die Richtlinie bis 2027 um.", from: .german).first
        #expect(match?.origin == "\(path)/Vol_2019_1/DE-EN-0002.xml")
        #expect(match?.target == "Member States shall transpose the Directive by 2027.")
        #expect(try store.statistics().origins == 3)
        #expect(try store.match("Der Bericht liegt vor.", from: .german).first?.origin == "\(path)/Vol_2019_1/Projekt/bericht.xlf")
        #expect(try store.glossaryEntries().first { $0.source == "Richtlinie" }?.origin == "\(path)/Vol_2019_1/Begriffe.csv")
        // The word index and counts cover every member (concordance reads them).
        #expect(try store.concordance("Beschluss", language: .german).total == 1)
    }

    /// The last member is malformed: the members before it are not kept either.
    @Test func keepsNothingWhenOneMemberFails() throws {
        let good = Self.write(ZipFixture.archive([.init("a.tmx", Self.volume1)]), name: "good.zip")
        let bad = Self.write(ZipFixture.archive([
            .init("b.tmx", Self.volume2), .init("glossar.tsv", "Rat\tCouncil\n"),
            .init("c.tmx", String(Self.volume1.dropLast(30))),
        ]), name: "bad.zip")
        defer { for path in [good, bad] { try? FileManager.default.removeItem(atPath: path) } }
        let store = try MemoryStore()
        _ = try Glossa.importFile(good, kind: .archive, into: store)
        let before = try store.statistics()

        #expect {
            _ = try Glossa.importFile(bad, kind: .archive, into: store)
        } throws: { error in
            "\(error)".hasPrefix("\(bad)/c.tmx:")
        }
        let after = try store.statistics()
        #expect(after.units == before.units && after.origins == before.origins && after.glossary == before.glossary)
        #expect(try store.match("Die Mitgliedstaaten setzen die Richtlinie bis 2027 um.", from: .german).isEmpty)
    }

    @Test func refusesAnArchiveWithNothingToImport() throws {
        let path = Self.write(ZipFixture.archive([.init("LIESMICH.pdf", "%PDF-1.4"), .init("Artikel.docx", "PK")]), name: "docs.zip")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: ArchiveImportError.nothingToImport(file: path, members: ["LIESMICH.pdf", "Artikel.docx"])) {
            try Glossa.importFile(path, kind: .archive, into: MemoryStore())
        }
        #expect(Glossa.ImportKind(path: "Vol_2019_1.ZIP") == .archive && Glossa.ImportKind(path: "glossar.xlsx") == .spreadsheet)
    }
}
