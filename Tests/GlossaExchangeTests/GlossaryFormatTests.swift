import Foundation
import GlossaCore
@testable import GlossaExchange
import Testing

@Suite struct GlossaryFormatTests {
    static let entries = [
        GlossaryEntry(source: "Einflusssphäre", target: "sphere of influence", sourceVariants: ["Einflusssphären"],
                      targetVariants: ["spheres of influence"], confidence: 0.9, frequency: 2, origin: "Corpora/nato-russia-2022-01",
                      status: .approved, note: "Politik, \"Kalter Krieg\"", partOfSpeech: "noun",
                      example: TermPair.Example(source: "Russland fordert Einflusssphären.", target: "Russia demands spheres of influence."),
                      sourceDeprecated: ["Einflußsphäre"], targetDeprecated: ["zone of influence"]),
        GlossaryEntry(source: "Deeskalation", target: "de-escalation", confidence: 0.75, frequency: 1, origin: "Corpora/nato-russia-2022-01"),
        GlossaryEntry(source: "Truppenaufmarsch", target: "troop build-up", confidence: 0.6, frequency: 1, origin: "Corpora/x", status: .rejected),
    ]

    @Test func tbx2ValidatesAndReadsBack() throws {
        let tbx = TBXWriter.write(Self.entries, version: .v2, toolVersion: "0.1.0")
        #expect(SchemaValidation.violations(of: tbx, against: "tbx.xsd") == [])
        let (entries, diagnostics) = try TBXReader.read(bytes: Array(tbx.utf8), file: "g.tbx")
        #expect(diagnostics.isEmpty)
        #expect(entries == Self.entries)
        // The check can fail: a term group without its term is refused.
        let broken = tbx.replacingOccurrences(of: "<term>Deeskalation</term>", with: "")
        #expect(!SchemaValidation.violations(of: broken, against: "tbx.xsd").isEmpty)
    }

    /// A name's acronym is its TBX "acronym" form (CAT tools show it as the entry's short form),
    /// valid in both versions and read back as one of its forms.
    @Test func anAcronymFormIsWrittenAsAnAcronym() throws {
        let entries = [GlossaryEntry(source: "Technisches Hilfswerk", target: "Federal Agency for Technical Relief",
                                     sourceVariants: ["Technische Hilfswerk", "THW"], targetVariants: ["THW"], confidence: 0.92, frequency: 1, origin: "Artikel/erdbeben")]
        for version in [TBXWriter.Version.v2, .v3] {
            let tbx = TBXWriter.write(entries, version: version, toolVersion: "0.1.0")
            #expect(tbx.components(separatedBy: "<termNote type=\"termType\">acronym</termNote>").count == 3)
            #expect(tbx.components(separatedBy: "<termNote type=\"termType\">variant</termNote>").count == 2)
            #expect(version == .v2 ? SchemaValidation.violations(of: tbx, against: "tbx.xsd") == []
                                   : SchemaValidation.violations(of: tbx, againstRelaxNG: "tbx-basic-v3.rng") == [])
            let (back, _) = try TBXReader.read(bytes: Array(tbx.utf8), file: "g.tbx")
            #expect(back.first?.sourceVariants == ["Technische Hilfswerk", "THW"] && back.first?.targetVariants == ["THW"])
        }
    }

    @Test func tbx3BasicValidatesAndReadsBack() throws {
        let tbx = TBXWriter.write(Self.entries, version: .v3, toolVersion: "0.1.0")
        #expect(SchemaValidation.violations(of: tbx, againstRelaxNG: "tbx-basic-v3.rng") == [])
        let (entries, _) = try TBXReader.read(bytes: Array(tbx.utf8), file: "g.tbx")
        #expect(entries.map(\.source) == Self.entries.map(\.source))
        #expect(entries[0].sourceVariants == ["Einflusssphären"] && entries[0].status == .approved)
        #expect(entries[0].example == Self.entries[0].example)
        #expect(entries[0].sourceDeprecated == ["Einflußsphäre"] && entries[0].targetDeprecated == ["zone of influence"])
        #expect(entries[2].status == .rejected)
        let broken = tbx.replacingOccurrences(of: "<langSec xml:lang=\"de\">", with: "<langSec>")
        #expect(!SchemaValidation.violations(of: broken, againstRelaxNG: "tbx-basic-v3.rng").isEmpty)
    }

    @Test func omegaTGlossaryHasItsHeaderAndReadsBack() throws {
        let text = TabularGlossary.writeOmegaT(Self.entries)
        #expect(text.hasPrefix("# Glossary in tab-separated format -*- coding: utf-8 -*-\n"))
        #expect(text.contains("Einflusssphäre\tsphere of influence\tPolitik, \"Kalter Krieg\" Do not use: Einflußsphäre, zone of influence\n"))
        let entries = try TabularGlossary.readOmegaT(bytes: Array(text.utf8), file: "g.txt")
        #expect(entries.map(\.target) == Self.entries.map(\.target))
        #expect(entries[0].note == "Politik, \"Kalter Krieg\" Do not use: Einflußsphäre, zone of influence")
        #expect(entries[1].note == nil) // no note and no variants: an empty comment
    }

    /// A tab-separated glossary saved from a spreadsheet starts with its column names, in
    /// either order: no entry, and "English<TAB>German" turns the columns round.
    @Test func tabSeparatedGlossaryWithAHeaderRowSkipsItAndReadsItsOrder() throws {
        let german = try TabularGlossary.readOmegaT(bytes: Array("de\ten\tnote\nStreik\tstrike\tArbeitskampf\n".utf8), file: "g.tsv")
        #expect(german.map { "\($0.source)|\($0.target)|\($0.note ?? "")" } == ["Streik|strike|Arbeitskampf"])
        let english = try TabularGlossary.readOmegaT(bytes: Array("English\tGerman\nstrike\tStreik\nSource\tQuelle\n".utf8), file: "g.tsv")
        #expect(english.map { "\($0.source)|\($0.target)" } == ["Streik|strike", "Quelle|Source"])
    }

    /// OmegaT glossaries saved on Windows end their lines with CR LF.
    @Test func omegaTGlossaryWithWindowsLineEndsReadsEveryLine() throws {
        let text = "# Glossary in tab-separated format -*- coding: utf-8 -*-\r\nDeeskalation\tde-escalation\r\nRüstungskontrolle\tarms control\t\r\n"
        let entries = try TabularGlossary.readOmegaT(bytes: Array(text.utf8), file: "g.txt")
        #expect(entries.map(\.source) == ["Deeskalation", "Rüstungskontrolle"])
        #expect(entries.map(\.target) == ["de-escalation", "arms control"])
    }

    @Test func csvKeepsEveryFieldThroughQuotesAndLineBreaks() throws {
        var entries = Self.entries
        entries[1].note = "zwei\nZeilen, mit Komma"
        let text = TabularGlossary.writeCSV(entries)
        let back = try TabularGlossary.readCSV(bytes: Array(text.utf8), file: "g.csv")
        #expect(back.map(\.note) == entries.map(\.note))
        #expect(back[0].sourceVariants == ["Einflusssphären"] && back[0].status == .approved && back[0].confidence == 0.9)
        #expect(back[0].example == entries[0].example)
        #expect(back[0].sourceDeprecated == ["Einflußsphäre"] && back[0].targetDeprecated == ["zone of influence"])
        let byLanguage = try TabularGlossary.readCSV(bytes: Array("de,en\nAufrüstung,arms build-up\n".utf8), file: "l.csv")
        #expect(byLanguage.map(\.target) == ["arms build-up"])
    }

    /// Excel in German saves "CSV (Trennzeichen-getrennt)" with semicolons, a byte order mark,
    /// CRLF and the columns named as the user typed them.
    @Test func csvFromExcelWithSemicolonsAndLanguageNamesIsRead() throws {
        let excel = Array("\u{FEFF}Deutsch;Englisch;Anmerkung\r\nEinflusssphäre;sphere of influence;pol.\r\n\"Truppen; Aufmarsch\";troop build-up;\r\n".utf8)
        let entries = try TabularGlossary.readCSV(bytes: excel, file: "excel.csv")
        #expect(entries.map(\.source) == ["Einflusssphäre", "Truppen; Aufmarsch"])
        #expect(entries.map(\.target) == ["sphere of influence", "troop build-up"])
        #expect(entries.map(\.note) == ["pol.", nil])
        let english = try TabularGlossary.readCSV(bytes: Array("German,English\nDeeskalation,de-escalation\n".utf8), file: "g.csv")
        #expect(english.map(\.target) == ["de-escalation"])
        let tabs = try TabularGlossary.readCSV(bytes: Array("de-DE\ten-GB\tcomment\nRat\tCouncil\tNATO\n".utf8), file: "t.csv")
        #expect(tabs.map(\.target) == ["Council"] && tabs.map(\.note) == ["NATO"])
    }

    /// German Excel saves "CSV (Trennzeichen-getrennt)" with semicolons, in Windows-1252.
    @Test func csvFromGermanExcelInWindows1252IsRead() throws {
        let excel: [UInt8] = Array("Deutsch;Englisch\r\nEinflusssph".utf8) + [0xE4] + Array("re;sphere of influence\r\nTruppenaufmarsch;troop build-up\r\n".utf8)
        let entries = try TabularGlossary.readCSV(bytes: excel, file: "excel.csv")
        #expect(entries.map(\.source) == ["Einflusssphäre", "Truppenaufmarsch"])
        #expect(entries.map(\.target) == ["sphere of influence", "troop build-up"])
    }

    @Test func badGlossaryFilesNameTheLineAndWhatToDo() {
        var damaged: [UInt8] = Array("Deeskalation\tde-escalation\nEinflusssph".utf8) + [0xE4] + Array("re\tsphäre of influence\n".utf8)
        #expect {
            _ = try TabularGlossary.readOmegaT(bytes: damaged, file: "g.txt")
        } throws: { error in
            "\(error)".hasPrefix("g.txt:2:12: invalid UTF-8") && "\(error)".contains("save the file as UTF-8")
        }
        damaged = Array("Deeskalation de-escalation\n".utf8)
        #expect {
            _ = try TabularGlossary.readOmegaT(bytes: damaged, file: "g.txt")
        } throws: { error in
            "\(error)".hasPrefix("g.txt:1: expected source<TAB>target")
        }
        #expect(throws: GlossaryFormatError.unterminatedQuote(file: "g.csv", line: 2)) {
            _ = try TabularGlossary.readCSV(bytes: Array("source,target\n\"Deeskalation,de-escalation\n".utf8), file: "g.csv")
        }
        #expect {
            _ = try TabularGlossary.readCSV(bytes: Array("Wort,Bedeutung\nA,B\n".utf8), file: "g.csv")
        } throws: { error in
            "\(error)".hasPrefix("g.csv:1: expected a header row with columns source and target") && "\(error)".contains("Wort | Bedeutung")
        }
        #expect(throws: GlossaryFormatError.notTBX(file: "x.tbx", root: "tmx")) {
            _ = try TBXReader.read(bytes: Array("<tmx version=\"1.4\"/>".utf8), file: "x.tbx")
        }
    }
}

/// A TBX-Basic file glossa did not write: the TBX v3 dialect's own example (English, Spanish,
/// Zulu), read for the English–Spanish pair.
@Suite struct ForeignTBXTests {
    /// A termbase exported from a web tool with HTML's entities left in: read as characters.
    @Test func tbxWithHTMLEntitiesIsReadWithAWarning() throws {
        let tbx = """
            <?xml version="1.0"?>
            <martif type="TBX"><text><body><termEntry><langSet xml:lang="de"><tig><term>Stra&szlig;enbau</term></tig></langSet>
            <langSet xml:lang="en"><tig><term>road&nbsp;construction</term></tig></langSet></termEntry></body></text></martif>
            """
        let (entries, diagnostics) = try TBXReader.read(bytes: Array(tbx.utf8), file: "web.tbx")
        #expect(entries.map(\.source) == ["Straßenbau"] && entries.map(\.target) == ["road\u{A0}construction"])
        #expect(diagnostics.count == 1 && diagnostics[0].description.hasPrefix("web.tbx:2:") && diagnostics[0].message.contains("&szlig; (1×)"))
    }

    @Test func readsTheTBXBasicExampleForOneLanguagePair() throws {
        let url = Bundle.module.url(forResource: "Fixtures/tbx-basic-example-en-es", withExtension: "tbx")!
        let (entries, diagnostics) = try TBXReader.read(bytes: Array(try Data(contentsOf: url)), file: "example.tbx",
                                                        sourceLanguage: .english, targetLanguage: LanguageTag("es")!)
        #expect(entries.count == 39)
        #expect(diagnostics.count == 6 && diagnostics.allSatisfy { $0.message.contains("without terms in both en and es") })
        let cluster = try #require(entries.first { $0.source == "open cluster" })
        #expect(cluster.partOfSpeech == "noun")
        #expect(cluster.status == .approved)
        #expect(entries.allSatisfy { !$0.target.isEmpty && $0.targetLanguage.identifier == "es" })
        #expect(entries.compactMap(\.note).allSatisfy { !$0.contains("  ") && !$0.contains("\n") })
    }

    /// A term base export as IATE writes it (`ntig`/`termGrp`, a status per term): a
    /// deprecated synonym neither rejects the entry nor becomes a variant; it is kept as a term
    /// not to use.
    @Test func aDeprecatedSynonymIsKeptAsATermNotToUseAndTheEntryStays() throws {
        let tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><text><body>
            <termEntry id="IATE-1234">
              <langSet xml:lang="de">
                <ntig><termGrp><term>Streik</term><termNote type="termType">fullForm</termNote></termGrp></ntig>
                <ntig><termGrp><term>Arbeitsniederlegung</term></termGrp></ntig>
              </langSet>
              <langSet xml:lang="en">
                <ntig><termGrp><term>walk-out</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig>
                <ntig><termGrp><term>strike</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig>
              </langSet>
            </termEntry>
            <termEntry id="IATE-99">
              <langSet xml:lang="de"><tig><term>Aussperrung</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
              <langSet xml:lang="en"><tig><term>lockout</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
            </termEntry>
            </body></text></martif>
            """
        let (entries, _) = try TBXReader.read(bytes: Array(tbx.utf8), file: "iate.tbx")
        let strike = try #require(entries.first)
        #expect(strike.source == "Streik" && strike.target == "strike" && strike.status == .approved)
        #expect(strike.sourceVariants == ["Arbeitsniederlegung"] && strike.targetVariants.isEmpty)
        #expect(strike.targetDeprecated == ["walk-out"] && strike.sourceDeprecated.isEmpty && strike.note == nil)
        // Every term deprecated: the entry is rejected, as glossa's own export writes one.
        #expect(entries.last?.status == .rejected && entries.last?.note == nil)
    }

    /// A termbase as Trados' MultiTerm exports it (MultiTerm XML, UTF-16): its concept's
    /// subject and definition in the note, part of speech and contexts, a synonym as a
    /// variant, a term whose usage says "do not use" kept as a term not to use; an entry
    /// without English skipped with a warning.
    @Test func readsAMultiTermExport() throws {
        let url = Bundle.module.url(forResource: "Fixtures/multiterm", withExtension: "xml")!
        let (entries, diagnostics) = try TBXReader.read(bytes: Array(try Data(contentsOf: url)), file: "termbase.xml")
        #expect(entries.count == 1)
        let strike = try #require(entries.first)
        #expect(strike.source == "Streik" && strike.target == "strike" && strike.targetLanguage.identifier == "en-GB")
        #expect(strike.sourceVariants == ["Ausstand"] && strike.targetDeprecated == ["walk-out"])
        #expect(strike.partOfSpeech == "noun")
        #expect(strike.example == TermPair.Example(source: "Die GDL hat zum Streik aufgerufen.", target: "The GDL has called a strike."))
        #expect(strike.note == "Subject field: Arbeitsrecht. Definition: Gemeinsame Arbeitsniederlegung zur Durchsetzung von Forderungen.")
        #expect(diagnostics.count == 1 && diagnostics[0].message.contains("without terms in both de and en"))
    }
}
