import Foundation
import GlossaKit
import GlossaTestSupport
import Testing

@Suite struct ArticleDiscoveryTests {
    static func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-discovery-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
        return root
    }

    @Test func findsBothLayoutsTheirMetaAndGermanFilesWithoutPartner() throws {
        let root = try Self.folder([
            "nato/de.txt": "Die NATO tagt.", "nato/en.txt": "NATO meets.", "nato/meta": "date 2022-01\nsource: Agentur",
            "osze.de.txt": "Die OSZE tagt.", "osze.en.txt": "The OSCE meets.",
            "allein.de.txt": "Nur Deutsch.", ".versteckt/de.txt": "x", ".versteckt/en.txt": "y",
            "notizen.txt": "kein Artikel",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let found = ArticleDiscovery.find(in: [root.path])
        #expect(found.pairs.map { URL(fileURLWithPath: $0.name).lastPathComponent } == ["nato", "osze"])
        #expect(found.pairs[0].metaPath?.hasSuffix("nato/meta") == true && found.pairs[1].metaPath == nil)
        #expect(found.unpaired.map { URL(fileURLWithPath: $0).lastPathComponent } == ["allein.de.txt"])
        #expect(found.problems.count == 1 && found.problems[0].message.contains("no English partner"))
        #expect(ArticleDiscovery.find(in: [root.path + "/fehlt"]).problems.first?.message == "no such file or folder")
    }

    /// The other ways people mark a file's language pair where the English file exists:
    /// upper case, a prefix, brackets, three-letter codes, the language's name, a tag with
    /// its region, folders by name. A name that merely opens with such a word and has no
    /// partner ("deutsch-russische-beziehungen.txt") is no article and no problem.
    @Test func findsTheOtherWaysPeopleMarkTheLanguage() throws {
        let root = try Self.folder([
            "a/Unfall_DE.txt": "x", "a/Unfall_EN.txt": "y",
            "b/DE_Ariane.docx": "x", "b/EN_Ariane.docx": "y",
            "c/bauern (de).txt": "x", "c/bauern (en).txt": "y",
            "d/rente.deu.txt": "x", "d/rente.eng.txt": "y",
            "e/Artikel_German.txt": "x", "e/Artikel_English.txt": "y",
            "f/brief.de-DE.txt": "x", "f/brief.en-GB.txt": "y",
            "g/German/klinik.txt": "x", "g/English/klinik.txt": "y",
            "h/deutsch-russische-beziehungen.txt": "x", "h/notizen_DE.txt": "x",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let found = ArticleDiscovery.find(in: [root.path])
        let relative = found.pairs.map { String($0.name.dropFirst(root.path.count + 1)) + " → " + URL(fileURLWithPath: $0.targetPath).lastPathComponent }
        #expect(relative == ["a/Unfall → Unfall_EN.txt", "b/Ariane → EN_Ariane.docx", "c/bauern → bauern (en).txt", "d/rente → rente.eng.txt",
                             "e/Artikel → Artikel_English.txt", "f/brief → brief.en-GB.txt", "g/klinik → klinik.txt"], "\(relative)")
        #expect(found.problems.isEmpty && found.unpaired.isEmpty, "\(found.problems)")
    }

    /// Pages saved from the web pair like text files (an English text beside a German page
    /// too), and are read as the text of their article.
    @Test func findsAndReadsPagesSavedFromTheWeb() throws {
        let root = try Self.folder([
            "zoelle/de.html": "<!DOCTYPE html><html><body><nav>Startseite</nav><article><h1>Strafzölle</h1><p>Die EU erhebt Zölle.</p></article></body></html>",
            "zoelle/en.html": "<!DOCTYPE html><html><body><article><h1>Tariffs</h1><p>The EU imposes duties.</p></article></body></html>",
            "streik.de.htm": "<html><body><p>Die GDL streikt.</p></body></html>", "streik.en.txt": "The GDL is on strike.",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let found = ArticleDiscovery.find(in: [root.path])
        #expect(found.pairs.map { URL(fileURLWithPath: $0.targetPath).lastPathComponent } == ["streik.en.txt", "en.html"], "\(found)")
        #expect(try CorpusBuild.readText(root.path + "/zoelle/de.html") == "Strafzölle\n\nDie EU erhebt Zölle.\n")
    }

    /// Markdown files pair like text files and are read without their markup and front matter.
    @Test func findsAndReadsMarkdown() throws {
        let root = try Self.folder([
            "release/de.md": "---\ndate: 2025-03-14\n---\n# Version 3.2\n\nDie **neue** Suche findet [mehr](https://example.org).\n",
            "release/en.md": "---\ndate: 2025-03-14\n---\n# Version 3.2\n\nThe **new** search finds [more](https://example.org).\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let found = ArticleDiscovery.find(in: [root.path])
        #expect(found.pairs.map { URL(fileURLWithPath: $0.targetPath).lastPathComponent } == ["en.md"], "\(found)")
        #expect(try CorpusBuild.readText(root.path + "/release/de.md") == "Version 3.2\n\nDie neue Suche findet mehr.\n")
    }

    /// Word and OpenDocument files are articles too (not the lock files Word leaves beside
    /// them); one article saved as text and as a Word file is read once (the text), with a note
    /// naming the other.
    @Test func findsAndReadsWordProcessorDocuments() throws {
        let root = try Self.folder(["bahn.de.txt": "Die Bahn streikt.", "bahn.en.txt": "The railway is on strike."])
        defer { try? FileManager.default.removeItem(at: root) }
        func document(_ paragraphs: [String]) -> Data {
            let body = paragraphs.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined()
            return Data(ZipFixture.archive([.init("word/document.xml", "<w:document xmlns:w=\"urn:w\"><w:body>\(body)</w:body></w:document>")]))
        }
        try document(["Strafzölle", "Die EU erhebt Zölle."]).write(to: root.appendingPathComponent("zoelle.de.docx"))
        try document(["Tariffs", "The EU imposes duties."]).write(to: root.appendingPathComponent("zoelle.en.docx"))
        try document(["Die Bahn streikt."]).write(to: root.appendingPathComponent("bahn.de.docx"))
        // Word's lock files beside documents it has open are no articles.
        try Data([0x06, 0x6D, 0x61, 0x79]).write(to: root.appendingPathComponent("~$ller.de.docx"))
        try Data([0x06, 0x6D, 0x61, 0x79]).write(to: root.appendingPathComponent("~$ller.en.docx"))
        let found = ArticleDiscovery.find(in: [root.path])
        #expect(found.pairs.map { URL(fileURLWithPath: $0.sourcePath).lastPathComponent } == ["bahn.de.txt", "zoelle.de.docx"], "\(found)")
        #expect(found.problems.map(\.message) == ["the same article as \(root.path)/bahn.de.txt in another format; skipped"])
        #expect(try CorpusBuild.readText(root.path + "/zoelle.de.docx") == "Strafzölle\n\nDie EU erhebt Zölle.\n")
    }

    /// Parallel documents as corpora ship them: language folders (de/, en-GB/) holding files of
    /// the same name, and NAME_de.txt beside NAME_en.txt.
    @Test func findsLanguageFoldersAndUnderscoredNames() throws {
        let root = try Self.folder([
            "de/streik.txt": "Die GDL streikt.", "en/streik.txt": "The GDL is on strike.",
            "de/inflation.txt": "Die Inflation sinkt.", "en/inflation.pdf": "Inflation falls.",
            "bund/de-DE/haushalt.txt": "Der Haushalt steht.", "bund/en-GB/haushalt.txt": "The budget is settled.",
            "rente_de.txt": "Die Rente steigt.", "rente_en.txt": "Pensions rise.",
            "deutsch/notiz.txt": "kein Artikel",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let found = ArticleDiscovery.find(in: [root.path])
        let names = found.pairs.map { String($0.name.dropFirst(root.path.count + 1)) }
        #expect(names.sorted() == ["bund/haushalt", "rente", "streik"])
        #expect(found.pairs.contains { $0.sourcePath.hasSuffix("bund/de-DE/haushalt.txt") && $0.targetPath.hasSuffix("bund/en-GB/haushalt.txt") })
        #expect(found.unpaired.map { String($0.dropFirst(root.path.count + 1)) } == ["de/inflation.txt"])
        #expect(found.problems.first?.message.contains("en/inflation.txt") == true)
    }

    @Test func readsMetaLinesWithOrWithoutColons() {
        let meta = ArticleMeta(text: "date 2022-01\nSource: dpa\n# comment\nlicence CC0")
        #expect(meta.date == "2022-01")
        #expect(meta.fields["source"] == "dpa" && meta.fields["licence"] == "CC0")
    }
}
