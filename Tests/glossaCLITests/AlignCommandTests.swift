import Foundation
import GlossaTestSupport
import Testing

@Suite struct AlignCommandTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Corpora/nato-russia-2022-01").standardized

    @Test func jsonLinksEverySentenceOnceInOrder() throws {
        let result = try CLIRunner.run(["align", Self.corpus.appendingPathComponent("de.txt").path,
                                        Self.corpus.appendingPathComponent("en.txt").path, "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let source = (json?["source"] as? [String: Any])?["sentences"] as? [String] ?? []
        let target = (json?["target"] as? [String: Any])?["sentences"] as? [String] ?? []
        let links = json?["links"] as? [[String: Any]] ?? []
        #expect(source.count == 42 && target.count == 42)
        #expect(links.flatMap { $0["source"] as? [Int] ?? [] } == Array(0..<42))
        #expect(links.flatMap { $0["target"] as? [Int] ?? [] } == Array(0..<42))
        #expect(links.allSatisfy { ($0["confidence"] as? Double ?? -1) > 0.5 })
        #expect(source.first?.hasPrefix("Die Differenzen") == true)
    }

    /// The English splits one German sentence in two, merges two and leaves out a paragraph.
    /// Without a dictionary the first half of the split has no word to tell it by and is left
    /// alone (0-1); two dictionary lines (Durchschnitt / average, Vorjahr / previous year) are
    /// enough to find the 1-2 link.
    @Test func aDictionaryFindsASentenceTheTranslatorSplit() throws {
        let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../GlossaAlignTests/Articles").standardized
        let german = articles.appendingPathComponent("gas-supply.de.txt").path, english = articles.appendingPathComponent("gas-supply.en.txt").path
        let dictionary = try CLIRunner.temporaryFile(Array("Durchschnitt\taverage\nVorjahr\tprevious year\n".utf8), suffix: ".tsv")
        defer { try? FileManager.default.removeItem(at: dictionary) }
        func beads(_ extra: [String]) throws -> [String] {
            let result = try CLIRunner.run(["align", german, english] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "\t" }) }
        }
        let without = try beads([]), with = try beads(["--dictionary", dictionary.path])
        #expect(without.prefix(4) == ["1-1", "1-1", "0-1", "1-1"], "\(without)")
        #expect(with == ["1-1", "1-1", "1-2", "1-1", "1-1", "2-1", "1-0", "1-0", "1-0", "1-1", "1-1", "1-1", "1-1", "1-1"], "\(with)")
    }

    /// Pages saved from the web are aligned on the text of their article, with a note; a page
    /// saved as .txt is known by its doctype.
    @Test func pagesSavedFromTheWebAlignOnTheirText() throws {
        let german = try CLIRunner.temporaryFile(Array("""
            <!DOCTYPE html><html><head><title>Streik</title><script>var a = "<p>x</p>";</script></head><body>
            <nav><a href="/">Startseite</a></nav><article><h1>Bahnstreik legt Verkehr lahm</h1>
            <p>Die GDL streikt ab Mittwoch. Pendler m&uuml;ssen mit Ausf&auml;llen rechnen.</p></article><footer>&copy; dpa</footer></body></html>
            """.utf8), suffix: ".html")
        let english = try CLIRunner.temporaryFile(Array("""
            <!DOCTYPE html><html><body><article><h1>Rail strike paralyses traffic</h1>
            <p>The GDL is on strike from Wednesday. Commuters must expect cancellations.</p></article></body></html>
            """.utf8), suffix: ".txt")
        defer { [german, english].forEach { try? FileManager.default.removeItem(at: $0) } }
        let result = try CLIRunner.run(["align", german.path, english.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.strikeRows(result.stdout) == Self.strikeArticle, "\(result.stdout)")
        #expect(result.stderr.contains("is HTML; read the text of its article (2 paragraphs)"))
    }

    /// Markdown aligns on the text of its blocks, without markup or front matter, with a note.
    @Test func markdownAlignsOnItsText() throws {
        let german = try CLIRunner.temporaryFile(Array("""
            ---
            date: 2024-03-06
            ---
            # Bahnstreik legt Verkehr lahm

            Die **GDL** streikt ab Mittwoch. Pendler müssen mit [Ausfällen](https://bahn.de/info) rechnen.
            """.utf8), suffix: ".md")
        let english = try CLIRunner.temporaryFile(Array("""
            Rail strike paralyses traffic
            =============================

            The *GDL* is on strike from Wednesday. Commuters must expect cancellations.
            """.utf8), suffix: ".markdown")
        defer { [german, english].forEach { try? FileManager.default.removeItem(at: $0) } }
        let result = try CLIRunner.run(["align", german.path, english.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.strikeRows(result.stdout) == Self.strikeArticle, "\(result.stdout)")
        #expect(result.stderr.contains("is Markdown; read the text of its 2 paragraphs"))
    }

    /// The pairs of the strike article the two tests above and below align, as "source | target".
    static let strikeArticle = [
        "Bahnstreik legt Verkehr lahm | Rail strike paralyses traffic",
        "Die GDL streikt ab Mittwoch. | The GDL is on strike from Wednesday.",
        "Pendler müssen mit Ausfällen rechnen. | Commuters must expect cancellations.",
    ]

    /// `align`'s table without its header and its bead and confidence columns.
    static func strikeRows(_ output: String) -> [String] {
        output.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").dropFirst(2).joined(separator: " | ") }
    }

    /// Word and OpenDocument files align on the text of their paragraphs, with a note; an old
    /// binary .doc renamed .docx is refused by name.
    @Test func wordProcessorDocumentsAlignOnTheirText() throws {
        let german = try CLIRunner.temporaryFile(ZipFixture.archive([.init("word/document.xml", """
            <w:document xmlns:w="urn:w"><w:body><w:p><w:r><w:t>Bahnstreik legt Verkehr lahm</w:t></w:r></w:p>            <w:p><w:r><w:t xml:space="preserve">Die GDL streikt ab Mittwoch. </w:t></w:r><w:r><w:t>Pendler müssen mit Ausfällen rechnen.</w:t></w:r></w:p>            </w:body></w:document>
            """)]), suffix: ".docx")
        let english = try CLIRunner.temporaryFile(ZipFixture.archive([.init("content.xml", """
            <office:document-content xmlns:office="urn:o" xmlns:text="urn:t"><office:body><office:text>            <text:h>Rail strike paralyses traffic</text:h><text:p>The GDL is on strike from Wednesday. Commuters must expect cancellations.</text:p>            </office:text></office:body></office:document-content>
            """)]), suffix: ".odt")
        let binary = try CLIRunner.temporaryFile([0xD0, 0xCF, 0x11, 0xE0] + Array(repeating: 0, count: 100), suffix: ".docx")
        defer { [german, english, binary].forEach { try? FileManager.default.removeItem(at: $0) } }
        let result = try CLIRunner.run(["align", german.path, english.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.strikeRows(result.stdout) == Self.strikeArticle, "\(result.stdout)")
        #expect(result.stderr.contains("is a word-processor document; read the text of its 2 paragraphs"))
        let refused = try CLIRunner.run(["align", binary.path, english.path])
        #expect(refused.status == 65 && refused.stderr.contains("\(binary.path): this is not a Word document (.docx)"), "\(refused.stderr)")
    }

    @Test func segmentedInputAndTSV() throws {
        let german = try CLIRunner.temporaryFile(Array("Sherman rief Moskau zur Deeskalation auf.\nRussland müsse sich entscheiden.\n".utf8))
        let english = try CLIRunner.temporaryFile(Array("Sherman called on Moscow to de-escalate.\nRussia had to choose.\n".utf8))
        defer { [german, english].forEach { try? FileManager.default.removeItem(at: $0) } }
        let result = try CLIRunner.run(["align", german.path, english.path, "--segmented"])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n")
        #expect(rows.first == "bead\tconfidence\tsource\ttarget")
        #expect(rows.count == 3)
        #expect(rows[1].hasPrefix("1-1\t") && rows[1].hasSuffix("\tSherman rief Moskau zur Deeskalation auf.\tSherman called on Moscow to de-escalate."))
    }

    /// One sentence per line, the lines ended the Windows way.
    @Test func segmentedInputWithWindowsLineEnds() throws {
        let german = try CLIRunner.temporaryFile(Array("Sherman rief Moskau zur Deeskalation auf.\r\nRussland müsse sich entscheiden.\r\n".utf8))
        let english = try CLIRunner.temporaryFile(Array("Sherman called on Moscow to de-escalate.\r\nRussia had to choose.\r\n".utf8))
        defer { [german, english].forEach { try? FileManager.default.removeItem(at: $0) } }
        let result = try CLIRunner.run(["align", german.path, english.path, "--segmented", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""sentences":["Sherman rief Moskau zur Deeskalation auf.","Russland müsse sich entscheiden."]"#))
    }

    @Test func swappedOrEmptyFilesAreRefused() throws {
        let german = Self.corpus.appendingPathComponent("de.txt").path, english = Self.corpus.appendingPathComponent("en.txt").path
        let swapped = try CLIRunner.run(["align", english, german])
        #expect(swapped.status == 65)
        #expect(swapped.stderr.contains("looks like English") && swapped.stderr.contains("--source-lang"))
        let empty = try CLIRunner.temporaryFile(Array("  \n".utf8))
        defer { try? FileManager.default.removeItem(at: empty) }
        let withEmpty = try CLIRunner.run(["align", german, empty.path])
        #expect(withEmpty.status == 65)
        #expect(withEmpty.stderr.contains("is empty"))
    }

    /// A French version given as the English one is refused; named as French, it is aligned.
    @Test func aVersionInAnotherLanguageIsNotTakenForEnglish() throws {
        let french = try CLIRunner.temporaryFile(Array("""
            Les différences entre la Russie et l'Occident sont difficiles à surmonter, selon le secrétaire général de l'OTAN, Jens Stoltenberg.             L'OTAN est prête à parler avec la Russie du contrôle des armements et du déploiement de missiles, a déclaré Stoltenberg mercredi             à Bruxelles après une réunion du Conseil OTAN-Russie. Dans le même temps, il a mis en garde contre le danger réel d'une nouvelle guerre en Europe.
            """.utf8))
        defer { try? FileManager.default.removeItem(at: french) }
        let german = Self.corpus.appendingPathComponent("de.txt").path
        let asEnglish = try CLIRunner.run(["align", german, french.path])
        #expect(asEnglish.status == 65)
        #expect(asEnglish.stderr.contains("does not look like English text"), "\(asEnglish.stderr)")
        let asFrench = try CLIRunner.run(["align", german, french.path, "--target-lang", "fr"])
        #expect(asFrench.status == 0, "\(asFrench.stderr)")
    }

    @Test func tmxOutputCarriesThePairs() throws {
        let result = try CLIRunner.run(["align", Self.corpus.appendingPathComponent("de.txt").path,
                                        Self.corpus.appendingPathComponent("en.txt").path, "--format", "tmx"])
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: "<tu ").count - 1 == 42)
        #expect(result.stdout.contains("<seg>Sherman rief Moskau zur Deeskalation auf.</seg>"))
        #expect(result.stdout.contains("<prop type=\"x-glossa-date\">2022-01</prop>"))
    }
}
