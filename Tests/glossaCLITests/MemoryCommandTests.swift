import CZlib
import Foundation
import GlossaExchange
import GlossaTestSupport
import Testing

/// import, export, match, concordance and stats through the built binary.
@Suite struct MemoryCommandTests {
    static let tmx = """
    <?xml version="1.0" encoding="UTF-8"?>
    <tmx version="1.4"><header creationtool="OmegaT" creationtoolversion="6.0.0" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="de" datatype="plaintext"/>
    <body>
    <tu><tuv xml:lang="de"><seg>Es sei wichtig, im Dialog zu bleiben, meinte Stoltenberg.</seg></tuv><tuv xml:lang="en"><seg>It was important to stay in dialogue, Stoltenberg said.</seg></tuv></tu>
    <tu tuid="7"><tuv xml:lang="de"><seg>Die Vertreter der 30 NATO-Staaten trafen sich am 12. Januar in Brüssel.</seg></tuv><tuv xml:lang="en"><seg>The representatives of the 30 NATO states met in Brussels on 12 January.</seg></tuv></tu>
    </body></tmx>
    """

    static func memory() throws -> (URL, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-memory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder, folder.appendingPathComponent("memory.sqlite").path)
    }

    /// A mistyped --memory path is reported, not answered from an empty memory created there.
    @Test func readingAMemoryThatDoesNotExistIsAnErrorAndCreatesNothing() throws {
        let (folder, _) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("typo/memory.sqlite").path
        for command in [["match", "Es sei wichtig."], ["lookup", "Dialog"], ["concordance", "Dialog"], ["stats"], ["export", "--format", "tmx"]] {
            let result = try CLIRunner.run(command + ["--memory", missing])
            #expect(result.status == 66, "\(command)")
            #expect(result.stderr.contains("there is no memory at \(missing) yet"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("typo").path))
    }

    @Test func importMatchConcordanceAndExportRoundTrip() throws {
        let (folder, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("omegat.tmx")
        try Self.tmx.write(to: file, atomically: false, encoding: .utf8)
        let imported = try CLIRunner.run(["import", file.path, "--memory", memory])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("2 units added"))

        let match = try CLIRunner.run(["match", "Die Vertreter der 29 NATO-Staaten trafen sich am 14. Januar in Brüssel.", "--memory", memory, "--json"])
        // Only the numbers differ: the translation takes the query's, two points off instead of OmegaT's 84.
        #expect(match.stdout.hasPrefix(#"{"matches":[{"adaptedTarget":"The representatives of the 29 NATO states met in Brussels on 14 January.","numbersOnly":true,"origin":""#))
        #expect(match.stdout.contains(#""score":98"#) && match.stdout.contains(#""tuid":"7""#))
        #expect(match.stdout.contains(#""target":"The representatives of the 30 NATO states met in Brussels on 12 January.""#))

        // A pasted paragraph: matched whole (nothing) and sentence by sentence.
        let paragraph = try CLIRunner.run(["match", "Es sei wichtig, im Dialog zu bleiben, meinte Stoltenberg. Die Vertreter der 30 NATO-Staaten trafen sich am 12. Januar in Brüssel.",
                                           "--memory", memory, "--json"])
        #expect(paragraph.stdout.hasPrefix(#"{"matches":[],"query":"Es sei wichtig"#), "\(paragraph.stdout)")
        #expect(paragraph.stdout.contains(#""sentences":[{"matches":[{"numbersOnly":false,"origin":""#), "\(paragraph.stdout)")
        // The interface's keys are there for a unit without a tuid too, as null.
        #expect(paragraph.stdout.contains(#""score":100,"source":"Es sei wichtig, im Dialog zu bleiben, meinte Stoltenberg.","target":"It was important to stay in dialogue, Stoltenberg said.","tuid":null}"#),
                "\(paragraph.stdout)")
        #expect(paragraph.stdout.contains(#""query":"Die Vertreter der 30 NATO-Staaten trafen sich am 12. Januar in Brüssel."}"#))
        let onTerminal = try CLIRunner.run(["match", "Es sei wichtig, im Dialog zu bleiben, meinte Stoltenberg. Ganz neu ist dieser Satz.", "--memory", memory])
        #expect(onTerminal.stdout.contains("Sentence 1 of 2: Es sei wichtig") && onTerminal.stdout.contains("Sentence 2 of 2: Ganz neu ist dieser Satz."))
        #expect(onTerminal.stdout.contains("no match at or above 70%"))

        let concordance = try CLIRunner.run(["concordance", "dialog", "--memory", memory])
        #expect(concordance.stdout.contains("2 sentences contain \"dialog\""))
        // A word copied with its quotes and comma is looked for without them.
        let copied = try CLIRunner.run(["concordance", "„Dialog“,", "--memory", memory])
        #expect(copied.stdout.contains("2 sentences contain \"Dialog\""), "\(copied.stdout)")

        let exported = folder.appendingPathComponent("out.tmx")
        let export = try CLIRunner.run(["export", "--format", "tmx", "-o", exported.path, "--memory", memory])
        #expect(export.status == 0)
        let again = try Self.memory()
        defer { try? FileManager.default.removeItem(at: again.0) }
        _ = try CLIRunner.run(["import", exported.path, "--memory", again.1])
        let first = try CLIRunner.run(["export", "--format", "tmx", "--memory", memory]).stdout
        let second = try CLIRunner.run(["export", "--format", "tmx", "--memory", again.1]).stdout
        #expect(first == second)
        #expect(first.contains("srclang=\"de\""))
    }

    /// A folder (an OmegaT project's tm/) is imported with its subfolders in one go; one that
    /// fails changes nothing and says so.
    @Test func aFolderIsImportedWhole() throws {
        let (folder, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("project/tm/auto")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        try Self.tmx.write(to: project.appendingPathComponent("omegat.tmx"), atomically: false, encoding: .utf8)
        let result = try CLIRunner.run(["import", folder.appendingPathComponent("project").path, "--memory", memory])
        #expect(result.status == 0 && result.stdout.contains("2 units added"), "\(result.stdout) \(result.stderr)")
        #expect(!result.stderr.contains("read as"), "\(result.stderr)")
        try "<tmx version=\"1.4\"><body>".write(to: project.appendingPathComponent("zz.tmx"), atomically: false, encoding: .utf8)
        let refused = try CLIRunner.run(["import", folder.appendingPathComponent("project").path, "--memory", memory])
        #expect(refused.status == 65 && refused.stderr.contains("zz.tmx") && refused.stderr.contains("nothing was imported from this folder"),
                "\(refused.stderr)")
    }

    /// A document analysed against the memory: each sentence in the band of its best match
    /// (the same sentence 100%, the other with other numbers 98%: numbers carried over), a
    /// sentence met before a repetition, a new one no match; words counted per band.
    @Test func aDocumentIsAnalysedByMatchBand() throws {
        let (folder, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("omegat.tmx")
        try Self.tmx.write(to: file, atomically: false, encoding: .utf8)
        _ = try CLIRunner.run(["import", file.path, "--memory", memory])
        let document = folder.appendingPathComponent("neu.de.txt")
        try """
        Es sei wichtig, im Dialog zu bleiben, meinte Stoltenberg. Die Vertreter der 29 NATO-Staaten trafen sich am 14. Januar in Brüssel.

        Niemand rechnet mit einer schnellen Einigung. Es sei wichtig, im Dialog zu bleiben, meinte Stoltenberg.
        """.write(to: document, atomically: false, encoding: .utf8)
        let json = try CLIRunner.run(["analyze", document.path, "--memory", memory, "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains(#""language":"de""#) && json.stdout.contains(#""sentences":4,"words":36}"#), "\(json.stdout)")
        #expect(json.stdout.contains(#"{"band":"repetition","sentences":1,"words":9}"#), "\(json.stdout)")
        #expect(json.stdout.contains(#"{"band":"100","sentences":1,"words":9}"#), "\(json.stdout)")
        #expect(json.stdout.contains(#"{"band":"95-99","sentences":1,"words":12}"#), "\(json.stdout)")
        #expect(json.stdout.contains(#"{"band":"no match","sentences":1,"words":6}"#), "\(json.stdout)")
        #expect(json.stdout.contains(#""target":"The representatives of the 29 NATO states met in Brussels on 14 January.""#), "\(json.stdout)")
        let table = try CLIRunner.run(["analyze", document.path, "--memory", memory])
        #expect(table.stdout.contains("4 sentences, 36 words"), "\(table.stdout)")
        #expect(table.stdout.contains("Repetitions") && table.stdout.contains("No match"), "\(table.stdout)")
        let missing = try CLIRunner.run(["analyze", folder.appendingPathComponent("nichts.txt").path, "--memory", memory])
        #expect(missing.status == 66 && missing.stderr.contains("nichts.txt"), "\(missing.stderr)")
        let blank = folder.appendingPathComponent("leer.txt")
        try "\n\n".write(to: blank, atomically: false, encoding: .utf8)
        let empty = try CLIRunner.run(["analyze", blank.path, "--memory", memory])
        #expect(empty.status == 65 && empty.stderr.contains("leer.txt") && empty.stderr.contains("no sentences"), "\(empty.stderr)")
    }

    /// `-o` naming a folder is refused and the folder kept (the old file used to be deleted
    /// before the new one moved in: a folder went whole); a second export over the first
    /// replaces it, and no `….partial` file is left either way.
    @Test func anExportReplacesAFileButNeverAFolder() throws {
        let (folder, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("omegat.tmx")
        try Self.tmx.write(to: file, atomically: false, encoding: .utf8)
        _ = try CLIRunner.run(["import", file.path, "--memory", memory])
        let target = folder.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try "keep me".write(to: target.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
        let refused = try CLIRunner.run(["export", "--format", "tmx", "-o", target.path, "--memory", memory])
        #expect(refused.status != 0 && refused.stderr.contains("is a folder"), "\(refused.stderr)")
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("notes.txt").path))
        let exported = folder.appendingPathComponent("out.tmx")
        try "old".write(to: exported, atomically: false, encoding: .utf8)
        #expect(try CLIRunner.run(["export", "--format", "tmx", "-o", exported.path, "--memory", memory]).status == 0)
        #expect(try String(contentsOf: exported, encoding: .utf8).contains("<tmx version=\"1.4\">"))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!left.contains { $0.hasSuffix(".partial") }, "\(left)")
    }

    /// Tools save TMX as .xml too (and people rename files): the root element decides, also
    /// behind a comment, a DOCTYPE with an internal subset, or in UTF-16.
    @Test func aTMXSavedAsXMLIsImportedAsTMX() throws {
        let (folder, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xml = folder.appendingPathComponent("export.xml")
        let text = Self.tmx.replacingOccurrences(of: "<tmx ", with: "<!-- saved by a CAT tool -->\n<!DOCTYPE tmx [ <!ENTITY x \"y\"> ]>\n<tmx ")
        try text.write(to: xml, atomically: false, encoding: .utf8)
        let result = try CLIRunner.run(["import", xml.path, "--memory", memory])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("units added") && result.stderr.contains("read as TMX"), "\(result.stdout)")
        let utf16 = folder.appendingPathComponent("export16.tbx")
        try Self.tmx.replacingOccurrences(of: "Stoltenberg", with: "Scholz").write(to: utf16, atomically: false, encoding: .utf16)
        let second = try CLIRunner.run(["import", utf16.path, "--memory", memory])
        #expect(second.status == 0 && second.stdout.contains("added") && !second.stdout.contains("0 units added"), "\(second.stdout) \(second.stderr)")
    }

    /// `bytes` compressed with gzip, as OPUS ships its TMX files.
    static func gzip(_ bytes: [UInt8], to url: URL) {
        let file = gzopen(url.path, "wb")
        _ = bytes.withUnsafeBytes { gzwrite(file, $0.baseAddress, UInt32($0.count)) }
        gzclose(file)
    }

    /// A TMX compressed with gzip (`.tmx.gz`) is imported as it is read, and a glossary too;
    /// one cut off in transit is refused and leaves the memory as it was.
    @Test func compressedFilesAreImportedAndDamagedOnesRefused() throws {
        let (folder, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let compressed = folder.appendingPathComponent("de-en.tmx.gz")
        Self.gzip(Array(Self.tmx.utf8), to: compressed)
        let result = try CLIRunner.run(["import", compressed.path, "--memory", memory])
        #expect(result.status == 0 && result.stdout.contains("2 units added"), "\(result.stdout) \(result.stderr)")
        let glossary = folder.appendingPathComponent("glossar.tsv.gz")
        Self.gzip(Array("Deeskalation\tde-escalation\n".utf8), to: glossary)
        let terms = try CLIRunner.run(["import", glossary.path, "--memory", memory])
        #expect(terms.status == 0, "\(terms.stderr)")
        #expect(try CLIRunner.run(["lookup", "Deeskalation", "--memory", memory]).stdout.contains("de-escalation"))
        let before = try CLIRunner.run(["export", "--format", "tmx", "--memory", memory]).stdout

        let whole = try Data(contentsOf: compressed)
        let cut = folder.appendingPathComponent("cut.tmx.gz")
        let other = folder.appendingPathComponent("other.tmx.gz")
        Self.gzip(Array(Self.tmx.replacingOccurrences(of: "Stoltenberg", with: "Scholz").utf8), to: other)
        try Data(contentsOf: other).prefix(whole.count - 12).write(to: cut)
        let refused = try CLIRunner.run(["import", cut.path, "--memory", memory])
        #expect(refused.status == 65 && refused.stderr.contains("cut.tmx.gz: the gzip data is damaged"), "\(refused.stderr)")
        #expect(refused.stderr.contains("nothing was imported"))
        #expect(try CLIRunner.run(["export", "--format", "tmx", "--memory", memory]).stdout == before)

        // Exported to a name in .gz, the memory is compressed, and reads back the same.
        let exported = folder.appendingPathComponent("export.tmx.gz")
        #expect(try CLIRunner.run(["export", "--format", "tmx", "-o", exported.path, "--memory", memory]).status == 0)
        #expect(try Data(contentsOf: exported).prefix(2) == Data([0x1F, 0x8B]))
        let (secondFolder, second) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: secondFolder) }
        #expect(try CLIRunner.run(["import", exported.path, "--memory", second]).stdout.contains("2 units added"))
        #expect(try CLIRunner.run(["export", "--format", "tmx", "--memory", second]).stdout.contains("Es sei wichtig, im Dialog zu bleiben"))
    }

    /// A ZIP archive (DGT-TM's volumes) and an Excel glossary are imported as they are; an
    /// archive with a damaged member is refused by the member's name and changes nothing.
    @Test func archivesAndWorkbooksAreImportedAndDamagedArchivesRefused() throws {
        let (folder, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("Vol_2022_1.zip")
        FileManager.default.createFile(atPath: archive.path, contents: Data(ZipFixture.archive([
            .init("Vol_2022_1/de-en.tmx", Self.tmx), .init("Vol_2022_1/glossar.tsv", "Deeskalation\tde-escalation\n"),
        ])))
        let result = try CLIRunner.run(["import", archive.path, "--memory", memory])
        #expect(result.status == 0 && result.stdout.contains("2 units added") && result.stdout.contains("1 glossary entry added"),
                "\(result.stdout) \(result.stderr)")
        #expect(try CLIRunner.run(["lookup", "Deeskalation", "--memory", memory]).stdout.contains("de-escalation"))
        let before = try CLIRunner.run(["export", "--format", "tmx", "--memory", memory]).stdout

        var damaged = ZipFixture.archive([
            .init("Vol_2022_2/a.tmx", Self.tmx.replacingOccurrences(of: "Stoltenberg", with: "Scholz"), deflated: false),
            .init("Vol_2022_2/b.tmx", Self.tmx, deflated: false),
        ])
        let last = damaged.count - 600
        damaged[last] = damaged[last] == 0x41 ? 0x42 : 0x41
        let refusedArchive = folder.appendingPathComponent("Vol_2022_2.zip")
        FileManager.default.createFile(atPath: refusedArchive.path, contents: Data(damaged))
        let refused = try CLIRunner.run(["import", refusedArchive.path, "--memory", memory])
        #expect(refused.status == 65 && refused.stderr.contains("Vol_2022_2.zip/Vol_2022_2/b.tmx"), "\(refused.stderr)")
        #expect(refused.stderr.contains("nothing was imported from this archive"))
        #expect(try CLIRunner.run(["export", "--format", "tmx", "--memory", memory]).stdout == before)

        let workbook = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("GlossaExchangeTests/Fixtures/XLSX/glossar-openpyxl.xlsx").path
        let terms = try CLIRunner.run(["import", workbook, "--memory", memory])
        #expect(terms.status == 0 && terms.stdout.contains("3 glossary entries added, 1 updated"), "\(terms.stdout) \(terms.stderr)")
        #expect(terms.stderr.contains("1 row(s) without a source or a target term skipped (rows 4)"))
        #expect(try CLIRunner.run(["lookup", "Einflusssphären", "--memory", memory]).stdout.contains("sphere of influence"))
    }

    /// A phrase asked for in another case or number finds its entry: "künstlichen Intelligenz",
    /// "Europäischen Zentralbank", "bewaffneten Konflikten" (these had only a "did you mean").
    @Test func aPhraseInAnotherCaseFindsItsEntry() throws {
        let (folder, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let glossary = folder.appendingPathComponent("glossar.tsv")
        try "künstliche Intelligenz\tartificial intelligence\nEuropäische Zentralbank\tEuropean Central Bank\nbewaffneter Konflikt\tarmed conflict\n"
            .write(to: glossary, atomically: false, encoding: .utf8)
        _ = try CLIRunner.run(["import", glossary.path, "--memory", memory])
        for (query, target) in [("künstlichen Intelligenz", "artificial intelligence"), ("Europäischen Zentralbank", "European Central Bank"),
                                ("bewaffneten Konflikten", "armed conflict")] {
            let result = try CLIRunner.run(["lookup", query, "--memory", memory])
            #expect(result.stdout.contains("→ \(target)") && !result.stdout.contains("Did you mean"), "\(query): \(result.stdout)")
        }
    }

    /// A glossary goes out to Excel and comes back with the statuses a reviewer set there
    /// (here: the workbook written again with one status changed).
    @Test func theGlossaryGoesToExcelAndBack() throws {
        let (folder, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let glossary = folder.appendingPathComponent("glossar.tsv")
        try "Deeskalation\tde-escalation\nTruppenaufmarsch\ttroop build-up\n".write(to: glossary, atomically: false, encoding: .utf8)
        _ = try CLIRunner.run(["import", glossary.path, "--memory", memory])
        let workbook = folder.appendingPathComponent("review.xlsx")
        #expect(try CLIRunner.run(["export", "--format", "xlsx", "--memory", memory]).status == 64)
        let exported = try CLIRunner.run(["export", "--format", "xlsx", "-o", workbook.path, "--memory", memory])
        #expect(exported.status == 0 && exported.stderr.contains("2 glossary entries written"), "\(exported.stderr)")
        #expect(try Data(contentsOf: workbook).prefix(2) == Data("PK".utf8))
        // The reviewer approves one entry in Excel.
        let archive = try ZipArchive(path: workbook.path)
        var parts: [ZipFixture.Member] = []
        for member in archive.members {
            var text = String(decoding: try InputFile(member: member, of: archive).remainingContents(), as: UTF8.self)
            if member.name.hasSuffix("sheet1.xml") {
                text = text.replacingOccurrences(of: "candidate</t></is></c><c r=\"F2\">", with: "approved</t></is></c><c r=\"F2\">")
            }
            parts.append(.init(member.name, text))
        }
        FileManager.default.createFile(atPath: workbook.path, contents: Data(ZipFixture.archive(parts)))
        let back = try CLIRunner.run(["import", workbook.path, "--memory", memory])
        #expect(back.status == 0 && back.stdout.contains("0 glossary entries added, 1 updated"), "\(back.stdout) \(back.stderr)")
        #expect(try CLIRunner.run(["lookup", "Deeskalation", "--memory", memory]).stdout.contains("approved"))
    }

    /// The translated segments of a Trados file are imported as units and matched; imported
    /// again they merge; the locked and untranslated ones are said on standard error.
    @Test func xliffFromACATToolIsImportedSegmentBySegment() throws {
        let (folder, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("GlossaExchangeTests/Fixtures/XLIFF/nato.sdlxliff").path
        let first = try CLIRunner.run(["import", file, "--memory", memory])
        #expect(first.status == 0 && first.stdout.contains("2 units added"), "\(first.stdout) \(first.stderr)")
        #expect(first.stderr.contains("units marked translate=\"no\" skipped"))
        let match = try CLIRunner.run(["match", "Russland fordert neue Garantien.", "--json", "--memory", memory])
        #expect(match.stdout.contains("\"target\":\"Russia demands guarantees.\"") || match.stdout.contains("\"target\" : \"Russia demands guarantees.\""),
                "\(match.stdout)")
        let again = try CLIRunner.run(["import", file, "--memory", memory])
        #expect(again.stdout.contains("0 units added, 2 merged"), "\(again.stdout)")
        // Analysed, the file is its segments to translate, translated or not (not the locked
        // one): the two confirmed ones are in the memory now, the draft and the empty one not.
        let analysis = try CLIRunner.run(["analyze", file, "--memory", memory])
        #expect(analysis.stdout.contains("(de): 4 sentences, 14 words") && analysis.stdout.contains("100%                 2        8"),
                "\(analysis.stdout) \(analysis.stderr)")
    }

    /// A software catalog's translated messages are imported as units (English source, German
    /// translation) and matched from German; a catalog broken half-way changes nothing.
    @Test func aGettextCatalogIsImportedMessageByMessage() throws {
        let (folder, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("GlossaExchangeTests/Fixtures/PO/de.po").path
        let first = try CLIRunner.run(["import", file, "--memory", memory])
        #expect(first.status == 0 && first.stdout.contains("6 units added"), "\(first.stdout) \(first.stderr)")
        #expect(first.stderr.contains("fuzzy translations"), "\(first.stderr)")
        let match = try CLIRunner.run(["match", "Die Datei speichern", "--threshold", "50", "--memory", memory])
        #expect(match.stdout.contains("Save the file"), "\(match.stdout)")
        // Analysed, a catalog is its messages (not its header and comments), in English: the six
        // translated ones are in the memory now, the fuzzy and the untranslated one are not.
        let analysis = try CLIRunner.run(["analyze", file, "--memory", memory])
        #expect(analysis.stdout.contains("(en): 8 sentences, 30 words"), "\(analysis.stdout) \(analysis.stderr)")
        #expect(analysis.stdout.contains("100%                 6       26"), "\(analysis.stdout)")
        let before = try CLIRunner.run(["export", "--format", "tmx", "--memory", memory]).stdout
        let broken = folder.appendingPathComponent("de.po")
        try "msgid \"\"\nmsgstr \"Language: de\\n\"\n\nmsgid \"Print\"\nmsgstr \"Drucken\"\n\nmsgid \"Quit\nmsgstr \"Beenden\"\n"
            .write(to: broken, atomically: false, encoding: .utf8)
        let refused = try CLIRunner.run(["import", broken.path, "--memory", memory])
        #expect(refused.status == 65 && refused.stderr.contains("de.po:7:7: the string's closing quote is missing"), "\(refused.stderr)")
        #expect(try CLIRunner.run(["export", "--format", "tmx", "--memory", memory]).stdout == before)
    }

    /// A client's bilingual table of a finished job is a translation memory: its sentence rows
    /// are units that match finds, its term rows glossary entries.
    @Test func aTableOfSentencePairsIsImportedAsUnits() throws {
        let (folder, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = folder.appendingPathComponent("job.csv")
        try """
            Deutsch;Englisch
            Die Bundesregierung fördert das Projekt mit 120 Millionen Euro.;The federal government is funding the project with 120 million euros.
            Kritiker verweisen auf die hohen Kosten.;Critics point to the high costs.
            Wasserstoff;hydrogen

            """.write(to: table, atomically: false, encoding: .utf8)
        let imported = try CLIRunner.run(["import", table.path, "--memory", memory])
        #expect(imported.status == 0 && imported.stdout.contains("2 units added") && imported.stdout.contains("1 glossary entry added"),
                "\(imported.stdout) \(imported.stderr)")
        let match = try CLIRunner.run(["match", "Die Bundesregierung fördert das Projekt mit 150 Millionen Euro.", "--memory", memory])
        #expect(match.stdout.contains("The federal government is funding the project with 150 million euros."), "\(match.stdout)")
        #expect(try CLIRunner.run(["lookup", "Wasserstoff", "--memory", memory]).stdout.hasPrefix("Wasserstoff → hydrogen"))
        // So is a Word document's two-column table; a Word document without one is refused, and
        // a folder's Word documents (its source texts) are passed over.
        let cells = [["Deutsch", "Englisch"], ["Der Strom stammt aus Windparks in der Nordsee.", "The electricity comes from wind farms in the North Sea."]]
        let xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl>"
            + cells.map { "<w:tr>" + $0.map { "<w:tc><w:p><w:r><w:t>\($0)</w:t></w:r></w:p></w:tc>" }.joined() + "</w:tr>" }.joined()
            + "</w:tbl></w:body></w:document>"
        let word = folder.appendingPathComponent("review.docx")
        FileManager.default.createFile(atPath: word.path, contents: Data(ZipFixture.archive([ZipFixture.Member("word/document.xml", xml)])))
        let fromWord = try CLIRunner.run(["import", word.path, "--memory", memory])
        #expect(fromWord.status == 0 && fromWord.stdout.contains("1 unit added"), "\(fromWord.stdout) \(fromWord.stderr)")
        let plain = folder.appendingPathComponent("source.docx")
        FileManager.default.createFile(atPath: plain.path, contents: Data(ZipFixture.archive([ZipFixture.Member("word/document.xml",
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Nur Text.</w:t></w:r></w:p></w:body></w:document>")])))
        let refused = try CLIRunner.run(["import", plain.path, "--memory", memory])
        #expect(refused.status == 65 && refused.stderr.contains("no table with a German and an English column"), "\(refused.stderr)")
        let delivery = folder.appendingPathComponent("delivery")
        try FileManager.default.createDirectory(at: delivery, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: plain, to: delivery.appendingPathComponent("source.docx"))
        try FileManager.default.copyItem(at: table, to: delivery.appendingPathComponent("job.csv"))
        let whole = try CLIRunner.run(["import", delivery.path, "--memory", memory])
        #expect(whole.status == 0 && whole.stderr.contains("source.docx"), "\(whole.stdout) \(whole.stderr)")
        // (The whole memory to standard output with "-o -".)
        let exported = try CLIRunner.run(["export", "--format", "tmx", "-o", "-", "--memory", memory])
        #expect(exported.stdout.contains("The electricity comes from wind farms in the North Sea."), "\(exported.stderr)")
    }

    @Test func aMalformedFileIsRefusedWithItsLineAndTheMemoryStaysAsItWas() throws {
        let (folder, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.tmx")
        try Self.tmx.write(to: good, atomically: false, encoding: .utf8)
        _ = try CLIRunner.run(["import", good.path, "--memory", memory])
        let before = try CLIRunner.run(["export", "--format", "tmx", "--memory", memory]).stdout

        let truncated = folder.appendingPathComponent("truncated.tmx")
        let text = Self.tmx.replacingOccurrences(of: "Stoltenberg", with: "Scholz")
        try String(text.dropLast(40)).write(to: truncated, atomically: false, encoding: .utf8)
        let result = try CLIRunner.run(["import", truncated.path, "--memory", memory])
        #expect(result.status == 65)
        #expect(result.stderr.contains("truncated.tmx:"))
        #expect(result.stderr.contains("nothing was imported"))
        #expect(try CLIRunner.run(["export", "--format", "tmx", "--memory", memory]).stdout == before)

        let unknown = try CLIRunner.run(["import", folder.appendingPathComponent("notes.pdf").path, "--memory", memory])
        #expect(unknown.status == 64)

        // Into a memory that does not exist yet, a refused file leaves no memory behind.
        let fresh = folder.appendingPathComponent("fresh.sqlite").path
        #expect(try CLIRunner.run(["import", truncated.path, "--memory", fresh]).status == 65)
        #expect(!FileManager.default.fileExists(atPath: fresh) && !FileManager.default.fileExists(atPath: fresh + "-wal"))
    }

    @Test func glossaryExportsAndImportsKeepTheEntries() throws {
        let (folder, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tsv = folder.appendingPathComponent("glossary.tsv")
        try "# Glossary in tab-separated format -*- coding: utf-8 -*-\nRüstungskontrolle\tarms control\tBegriff aus dem Kalten Krieg\nTruppenaufmarsch\ttroop build-up\t\n"
            .write(to: tsv, atomically: false, encoding: .utf8)
        let imported = try CLIRunner.run(["import", tsv.path, "--memory", memory])
        #expect(imported.stdout.contains("2 glossary entries added"))
        let lookup = try CLIRunner.run(["lookup", "Truppenaufmärsche", "--memory", memory])
        #expect(lookup.stdout.hasPrefix("Truppenaufmarsch → troop build-up"))
        for format in ["tbx", "tbx2", "csv", "tsv"] {
            let out = try CLIRunner.run(["export", "--format", format, "--memory", memory])
            #expect(out.status == 0 && out.stdout.contains("Rüstungskontrolle"), "\(format)")
        }
        // The stems lookup finds entries by are no forms seen in text: not shown, not exported.
        let exported = try CLIRunner.run(["export", "--format", "csv", "--memory", memory]).stdout
        #expect(exported.contains("Rüstungskontrolle,arms control,,,"), "\(exported)")
        let control = try CLIRunner.run(["lookup", "Rüstungskontrollen", "--memory", memory])
        #expect(control.stdout.hasPrefix("Rüstungskontrolle → arms control") && !control.stdout.contains("seen as"), "\(control.stdout)")
        #expect(control.stdout.contains("    note: Begriff aus dem Kalten Krieg\n"), "\(control.stdout)")
    }

    /// A word copied out of a sentence comes with its punctuation and quotes; a capitalised
    /// English term asked for in the plural is found by its singular; an abbreviation keeps its dot.
    @Test func lookupTakesWordsAsTheyAreCopiedOutOfText() throws {
        let (folder, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tsv = folder.appendingPathComponent("glossary.tsv")
        try "Sicherheitsgarantie\tsecurity guarantee\t\nVerteidigungsminister\tDefence Minister\t\nUSA\tU.S.\t\nC++\tC++\t\nLehrer\tteacher\t\nArzt\tdoctor\t\n"
            .write(to: tsv, atomically: false, encoding: .utf8)
        #expect(try CLIRunner.run(["import", tsv.path, "--memory", memory]).status == 0)
        for (query, expected) in [("Sicherheitsgarantien,", "Sicherheitsgarantie → security guarantee"),
                                  // gender-inclusive and feminine forms find their noun
                                  ("Lehrer*innen", "Lehrer → teacher"), ("LehrerInnen", "Lehrer → teacher"),
                                  ("Lehrerinnen", "Lehrer → teacher"), ("Ärzt:innen", "Arzt → doctor"),
                                  ("„Sicherheitsgarantien“", "Sicherheitsgarantie → security guarantee"),
                                  ("Defence Ministers", "Defence Minister → Verteidigungsminister"), ("U.S.", "U.S. → USA"),
                                  ("(C++)", "C++ → C++")] {
            let lookup = try CLIRunner.run(["lookup", query, "--memory", memory])
            #expect(lookup.stdout.hasPrefix(expected), "\(query): \(lookup.stdout)")
        }
        #expect(try CLIRunner.run(["lookup", "…", "--memory", memory]).status == 64)
    }

    /// A term base as MultiTerm exports it: the other English term, the subject field and the
    /// definition are what a translator looks the term up for; lookup shows them.
    @Test func lookupShowsAlternativesAndTheNoteOfATermBaseEntry() throws {
        let (folder, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tbx = folder.appendingPathComponent("energy.tbx")
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><text><body><termEntry id="c1">
              <descrip type="subjectField">Energy</descrip>
              <langSet xml:lang="DE"><ntig><termGrp><term>Gaspreisbremse</term></termGrp>
                <descrip type="context">Die Gaspreisbremse deckelt den Preis.</descrip></ntig></langSet>
              <langSet xml:lang="EN-GB">
                <ntig><termGrp><term>gas price brake</term></termGrp><descrip type="definition">A cap on the price of gas for households.</descrip></ntig>
                <ntig><termGrp><term>gas price cap</term></termGrp></ntig>
              </langSet>
            </termEntry></body></text></martif>
            """.write(to: tbx, atomically: false, encoding: .utf8)
        #expect(try CLIRunner.run(["import", tbx.path, "--memory", memory]).status == 0)
        let lookup = try CLIRunner.run(["lookup", "Gaspreisbremsen", "--memory", memory])
        #expect(lookup.stdout == """
            Gaspreisbremse → gas price brake  [candidate, 1.00]
                also: gas price cap
                note: Subject field: Energy. Definition: A cap on the price of gas for households.

            """, "\(lookup.stdout)")
        let json = try CLIRunner.run(["lookup", "Gaspreisbremse", "--memory", memory, "--json"]).stdout
        #expect(json.contains(#""alternatives":["gas price cap"]"#) && json.contains(#""note":"Subject field: Energy."#), "\(json)")
        // An imported term has no example sentence pair: the key is there, null.
        #expect(json.contains(#""example":null"#), "\(json)")
    }

    /// IATE marks terms not to use; a translator who looks one up is sent to the term to use,
    /// and the German entry warns against it.
    @Test func lookingUpADeprecatedTermNamesTheOneToUse() throws {
        let (folder, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tbx = folder.appendingPathComponent("iate.tbx")
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><text><body><termEntry id="IATE-1234">
              <langSet xml:lang="de"><ntig><termGrp><term>Streik</term></termGrp></ntig></langSet>
              <langSet xml:lang="en">
                <ntig><termGrp><term>walk-out</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig>
                <ntig><termGrp><term>strike</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig>
              </langSet>
            </termEntry></body></text></martif>
            """.write(to: tbx, atomically: false, encoding: .utf8)
        #expect(try CLIRunner.run(["import", tbx.path, "--memory", memory]).status == 0)
        let deprecated = try CLIRunner.run(["lookup", "walk-out", "--from", "en", "--memory", memory]).stdout
        #expect(deprecated.hasPrefix("strike → Streik  [approved, 1.00]\n    \"walk-out\" is deprecated: use \"strike\"\n"), "\(deprecated)")
        let german = try CLIRunner.run(["lookup", "Streik", "--memory", memory]).stdout
        #expect(german.contains("    do not use: walk-out\n"), "\(german)")
        let tbx2 = try CLIRunner.run(["export", "--format", "tbx2", "--memory", memory]).stdout
        #expect(tbx2.contains("<term>walk-out</term>\n            <termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"))
    }
}
