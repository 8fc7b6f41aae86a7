import Foundation
import GlossaCore
@testable import GlossaExchange
import GlossaTestSupport
import Testing

@Suite struct TMXReaderTests {
    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/TMX/\(name)", withExtension: nil)!.path
    }

    static func read(_ text: String, file: String = "test.tmx") throws(TMXError) -> (TMXReader, [TranslationUnit]) {
        let reader = try TMXReader(bytes: Array(text.utf8), file: file)
        return (reader, try reader.readAll())
    }

    static func document(_ body: String, header: String = #"srclang="de""#, doctype: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        \(doctype)<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" \(header) datatype="plaintext"/>
        <body>\(body)</body></tmx>
        """
    }

    @Test func readsEveryElementAndAttributeOfTMX14b() throws {
        let reader = try TMXReader(path: Self.fixture("every-element.tmx"))
        let units = try reader.readAll()
        #expect(units.count == 3)
        #expect(reader.header.attributes[attribute: "creationtool"] == "HandMade")
        #expect(reader.header.attributes[attribute: "changeid"] == "reviewer")
        #expect(reader.header.props == [TMXProp(type: "x-project", value: "Nachrichten 2022", language: "de", encoding: "UTF-8")])
        #expect(reader.header.notes.first?.language == "en")

        let first = units[0]
        #expect(first.tuid == "nato-1")
        #expect(first.usageCount == 3)
        #expect(first.attributes.count == 13)
        #expect(first.notes == [TMXNote(text: "Quelle: Agenturmeldung")])
        #expect(first.props == [TMXProp(type: "x-domain", value: "Politik")])
        let german = try #require(first.variant(in: .german))
        #expect(german.language.identifier == "de-DE")
        #expect(german.attributes.count == 11)
        #expect(german.notes == [TMXNote(text: "Überschrift", language: "de")])
        #expect(german.text == "Die NATO lehnt Einflusssphären ab & ruft zur Deeskalation auf.")
        #expect(german.segment[1] == .element(InlineElement(.bpt, attributes: [TMXAttribute("i", "1"), TMXAttribute("x", "1"), TMXAttribute("type", "bold")],
                                                              content: [.text("<b>")])))
        guard case .element(let placeholder)? = german.segment.last else { Issue.record("no placeholder"); return }
        #expect(placeholder.kind == .ph)
        #expect(placeholder.content.contains(.element(InlineElement(.sub, attributes: [TMXAttribute("datatype", "html"), TMXAttribute("type", "alt")],
                                                                     content: [.text("Karte der Ukraine")]))))
        #expect(units[1].variants[0].text == "Der Satz endet hier. Ein Rest")
        #expect(units[2].variants.map(\.language.identifier) == ["de-DE", "en-US", "fr-FR"])
        #expect(units[2].variants[0].text == "  Leerzeichen   bleiben  erhalten. ")
        #expect(reader.diagnostics.isEmpty)
    }

    /// Inline elements where TMX 1.4b does not allow them (a `<sub>` in `<hi>` or in the
    /// segment, a code inside a code), as some tools write them, give their content to their
    /// parent with a diagnostic: glossa's export of them validates.
    @Test func misplacedInlineElementsAreUnwrappedAndReported() throws {
        let (reader, units) = try Self.read(Self.document("""
            <tu><tuv xml:lang="de"><seg>Siehe <hi type="italic">Kapitel <sub type="x-ref">Einleitung</sub></hi> und <sub>Anhang</sub>.</seg></tuv>
            <tuv xml:lang="en"><seg>See <ph x="1"><bpt i="1">&lt;b&gt;</bpt></ph>chapter<ph x="2">{<sub>Fußnote</sub>}</ph>.</seg></tuv></tu>
            """))
        #expect(units[0].variants[0].segment == [.text("Siehe "), .element(InlineElement(.hi, attributes: [TMXAttribute("type", "italic")], content: [.text("Kapitel Einleitung")])),
                                                 .text(" und Anhang.")])
        #expect(units[0].variants[1].segment == [.text("See "), .element(InlineElement(.ph, attributes: [TMXAttribute("x", "1")], content: [.text("<b>")])),
                                                 .text("chapter"),
                                                 .element(InlineElement(.ph, attributes: [TMXAttribute("x", "2")], content: [.text("{"), .element(InlineElement(.sub, content: [.text("Fußnote")])), .text("}")])),
                                                 .text(".")])
        let messages = reader.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("<sub> inside <hi> is not allowed by TMX 1.4b") }, "\(messages)")
        #expect(messages.contains { $0.contains("<bpt> inside <ph> is not allowed") }, "\(messages)")
        let written = TMXWriter(level: .markup).document(header: reader.header, units: units)
        #expect(SchemaValidation.violations(of: written, againstDTD: "tmx14.dtd") == [])
    }

    @Test func writtenUnitsReadBackIdenticalAndValidate() throws {
        let reader = try TMXReader(path: Self.fixture("every-element.tmx"))
        let units = try reader.readAll()
        let written = TMXWriter(level: .markup).document(header: reader.header, units: units)
        #expect(SchemaValidation.violations(of: written, against: "tmx14.xsd") == [])
        #expect(SchemaValidation.violations(of: written, againstDTD: "tmx14.dtd") == [])
        let (again, reread) = try Self.read(written)
        #expect(reread == units)
        #expect(again.header == reader.header)
    }

    @Test func levelOneExportKeepsTheSentenceAndDropsNativeCodes() throws {
        let units = try TMXReader(path: Self.fixture("every-element.tmx")).readAll()
        let written = TMXWriter(level: .plainText).document(header: TMXHeader(), units: units)
        #expect(written.contains("<seg>NATO rejects spheres of influence &amp; calls for de-escalation.</seg>"))
        #expect(SchemaValidation.violations(of: written, against: "tmx14.xsd") == [])
    }

    @Test func readsRealWorldQuirksAndReportsEachOnce() throws {
        let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TMX version="1.1"><HEADER creationtool="old" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" x-vendor="y"/>
        <BODY>
        <TU><TUV LANG="DE_de"><SEG>Erster Satz.</SEG></TUV><TUV LANG="en"><SEG>First sentence.</SEG></TUV></TU>
        <TU><TUV LANG="de"><SEG>Zweiter Satz.</SEG></TUV><TUV LANG="EN-gb"><SEG>Second sentence.</SEG></TUV></TU>
        </BODY></TMX>
        """
        let (reader, units) = try Self.read(text)
        #expect(units.count == 2)
        #expect(units[0].variants.map(\.language.identifier) == ["de-DE", "en"])
        #expect(units[1].variants[1].language.identifier == "en-GB")
        let messages = reader.diagnostics.map(\.message).joined(separator: "\n")
        #expect(messages.contains("TMX 1.1"))
        #expect(messages.contains("lower-case"))
        #expect(messages.contains("x-vendor"))
        #expect(messages.contains("no srclang"))
        #expect(messages.contains("TMX 1.1 lang attributes read as xml:lang (4 times; first here)"))
        #expect(reader.diagnostics.allSatisfy { $0.location?.line != nil })
    }

    @Test func srclangAllIsKeptAndNoted() throws {
        let (reader, units) = try Self.read(Self.document(#"<tu><tuv xml:lang="en"><seg>a</seg></tuv></tu>"#, header: #"srclang="*all*""#))
        #expect(reader.header.sourceLanguage == "*all*")
        #expect(units.count == 1)
        #expect(reader.diagnostics.contains { $0.message.contains("*all*") })
    }

    @Test func aVariantWithoutSegmentIsReadAsEmptyAndReported() throws {
        let (reader, units) = try Self.read(Self.document(#"<tu><tuv xml:lang="de"></tuv><tuv xml:lang="en"><seg>No German.</seg></tuv></tu>"#))
        #expect(units.first?.variants.first?.text == "")
        #expect(reader.diagnostics.contains { $0.message.contains("<tuv> without <seg>") && $0.location?.line != nil })
    }

    @Test func readsUTF16WithByteOrderMark() throws {
        let text = Self.document(#"<tu><tuv xml:lang="de"><seg>Einflusssphären</seg></tuv></tu>"#)
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let units = try TMXReader(bytes: bytes, file: "utf16.tmx").readAll()
        #expect(units.first?.variants.first?.text == "Einflusssphären")
    }

    /// Windows tools label their files ISO-8859-1 and write Windows-1252's dashes and quotes;
    /// read as declared, those would be invisible control characters. A real Latin-1 file reads
    /// the same either way, and the declaration of the nested document is not read twice.
    @Test(arguments: ["ISO-8859-1", "iso-8859-1", "latin1", "US-ASCII", "windows-1252"])
    func latin1DeclarationsAreReadAsWindows1252(_ label: String) throws {
        let text = Self.document(#"<tu><tuv xml:lang="de"><seg>Grüße aus Köln – „schön“ für 5 € © Straße</seg></tuv></tu>"#)
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"\(label)\"")
        let special: [Character: UInt8] = ["„": 0x84, "“": 0x93, "–": 0x96, "€": 0x80]
        let bytes = text.map { special[$0].map { [$0] } ?? [UInt8($0.unicodeScalars.first!.value)] }.flatMap { $0 }
        let units = try TMXReader(bytes: bytes, file: "latin1.tmx").readAll()
        #expect(units.first?.variants.first?.text == "Grüße aus Köln – „schön“ für 5 € © Straße")
        #expect(XMLStreamReader.declaresLatin1(Array(#"<?xml version='1.0' encoding='Latin-1'?>"#.utf8)))
        #expect(!XMLStreamReader.declaresLatin1(Array(#"<?xml version="1.0" encoding="UTF-8"?>"#.utf8)))
        #expect(!XMLStreamReader.declaresLatin1(Array(#"<tmx version="1.4">"#.utf8)))
    }

    @Test func keepsTheTextOfInternalEntities() throws {
        let doctype = #"<!DOCTYPE tmx [ <!ENTITY org "Organisation f&#252;r Sicherheit &amp; Zusammenarbeit"> <!ENTITY osze "&org; (OSZE)"> ]>"#
        let (_, units) = try Self.read(Self.document(#"<tu><tuv xml:lang="de"><seg>Die &osze; tagt.</seg></tuv></tu>"#, doctype: doctype))
        #expect(units.first?.variants.first?.segment == [.text("Die Organisation für Sicherheit & Zusammenarbeit (OSZE) tagt.")])
    }

    /// libxml2 hands an ampersand in an attribute over as "&#38;" when it does not substitute
    /// entities; the reader gives the value as the file meant it.
    @Test func attributeValuesKeepTheirAmpersands() throws {
        let (_, units) = try Self.read(Self.document(
            #"<tu tuid="R&amp;D-7" creationid="Meier &#38; S&#246;hne &lt;QA&gt;"><tuv xml:lang="de"><seg>F&amp;E</seg></tuv></tu>"#))
        #expect(units.first?.tuid == "R&D-7")
        #expect(units.first?.attributes[attribute: "creationid"] == "Meier & Söhne <QA>")
        #expect(units.first?.variants.first?.text == "F&E")
    }

    /// A declared entity in an attribute value is its text, as in a segment (libxml2 leaves it
    /// as written when it does not substitute); an escaped ampersand before a name stays text.
    @Test func attributeValuesExpandDeclaredEntities() throws {
        let doctype = #"<!DOCTYPE tmx [ <!ENTITY co "Bundesamt f&#252;r Statistik"> <!ENTITY id "unit-7"> ]>"#
        let (_, units) = try Self.read(Self.document(
            #"<tu tuid="&id;" creationid="&co; &amp; Partner" changeid="&amp;co;"><tuv xml:lang="de"><seg>Das &co; meldet.</seg></tuv></tu>"#,
            doctype: doctype))
        #expect(units.first?.tuid == "unit-7")
        #expect(units.first?.attributes[attribute: "creationid"] == "Bundesamt für Statistik & Partner")
        #expect(units.first?.attributes[attribute: "changeid"] == "&co;")
    }

    /// Tools that build TMX from web pages leave HTML's entities in it undeclared (`&nbsp;`,
    /// `&euro;`): read as their characters with one warning. Any other undeclared entity, and
    /// one in an attribute value, still stops the file; so does damage after them.
    @Test func readsHTMLEntitiesAsTheirCharactersWithAWarning() throws {
        let (reader, units) = try Self.read(Self.document("""
            <tu><tuv xml:lang="de"><seg>Preis:&nbsp;10&nbsp;&euro; &ndash; &bdquo;g&uuml;nstig&ldquo;</seg></tuv></tu>
            <tu><tuv xml:lang="de"><seg>Weiter&hellip;</seg></tuv></tu>
            """), file: "web.tmx")
        #expect(units.map(\.variants[0].text) == ["Preis:\u{A0}10\u{A0}€ – „günstig“", "Weiter…"])
        #expect(reader.diagnostics.map(\.description) == [
            "web.tmx:3:47: warning: HTML entities XML does not know were read as their characters: &bdquo; (1×), &euro; (1×), "
                + "&hellip; (1×), &ldquo; (1×), &nbsp; (2×), &ndash; (1×), &uuml; (1×); the tool that wrote the file should have written them as characters",
        ])
        for (body, expected) in [
            (#"<tu><tuv xml:lang="de"><seg>&glossa;</seg></tuv></tu>"#, "Entity 'glossa' not defined"),
            (#"<tu tuid="a&nbsp;b"><tuv xml:lang="de"><seg>x</seg></tuv></tu>"#, "Entity 'nbsp' not defined"),
            (#"<tu><tuv xml:lang="de"><seg>&nbsp;</seg><seg></tuv></tu>"#, "mismatch"),
        ] {
            #expect {
                _ = try Self.read(Self.document(body), file: "bad.tmx")
            } throws: { error in
                "\(error)".hasPrefix("bad.tmx:3:") && "\(error)".contains(expected)
            }
        }
    }

    /// Word's manual line break is a vertical tab, and TMX from Trados-era tools carries it and
    /// other control characters into segments, raw or as `&#x1F;`, where XML allows none (CAT
    /// tools refuse such a file whole). A vertical tab reads as a space, other controls are
    /// dropped, with one warning; in UTF-16 too. In an attribute value it still stops the file,
    /// and so does damage after it.
    @Test func passesOverControlCharactersInSegmentsWithAWarning() throws {
        let body = "<tu><tuv xml:lang=\"de\"><seg>Erste Zeile\u{0B}zweite Zeile.</seg></tuv></tu>\n"
            + "<tu><tuv xml:lang=\"de\"><seg>Der Vertrag&#x1F; gilt&#11;ab heute\u{01}.</seg></tuv></tu>"
        let (reader, units) = try Self.read(Self.document(body), file: "trados.tmx")
        #expect(units.map(\.variants[0].text) == ["Erste Zeile zweite Zeile.", "Der Vertrag gilt ab heute."])
        #expect(reader.diagnostics.map(\.description) == [
            "trados.tmx:3:46: warning: control characters XML does not allow were passed over: U+0001 (1×), U+000B vertical tab (2×), "
                + "U+001F (1×); a vertical tab or form feed (Word's manual line break) was read as a space, others dropped",
        ])
        let text = Self.document(body).replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let wide = try TMXReader(bytes: bytes, file: "utf16.tmx")
        #expect(try wide.readAll().map(\.variants[0].text) == ["Erste Zeile zweite Zeile.", "Der Vertrag gilt ab heute."])
        for (body, expected) in [
            ("<tu tuid=\"a\u{0B}b\"><tuv xml:lang=\"de\"><seg>x</seg></tuv></tu>", "invalid character in attribute value"),
            ("<tu><tuv xml:lang=\"de\"><seg>a\u{0B}b</seg><seg></tuv></tu>", "mismatch"),
        ] {
            #expect {
                _ = try Self.read(Self.document(body), file: "bad.tmx")
            } throws: { error in
                "\(error)".hasPrefix("bad.tmx:3:") && "\(error)".contains(expected)
            }
        }
    }

    /// .NET's XmlWriter over a string declares "utf-16" whatever the file is saved as: such a
    /// file in UTF-8 (with or without its byte order mark) reads as UTF-8, with a note; libxml2
    /// refused it. Real UTF-16 reads as before, and a byte that is no UTF-8 is still an error.
    @Test func aUTF16LabelOverUTF8BytesIsReadAsUTF8() throws {
        let text = Self.document(#"<tu><tuv xml:lang="de"><seg>Grüße aus Köln.</seg></tuv></tu>"#)
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"utf-16\"")
        for bytes in [Array(text.utf8), [0xEF, 0xBB, 0xBF] + Array(text.utf8)] {
            let reader = try TMXReader(bytes: bytes, file: "dotnet.tmx")
            #expect(try reader.readAll().map(\.variants[0].text) == ["Grüße aus Köln."])
            #expect(reader.diagnostics.map(\.description) == [
                "dotnet.tmx:1: warning: the XML declaration says UTF-16 but the file is not (.NET tools write such files); it was read as UTF-8",
            ])
        }
        var wide: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { wide += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let reader = try TMXReader(bytes: wide, file: "utf16.tmx")
        #expect(try reader.readAll().map(\.variants[0].text) == ["Grüße aus Köln."])
        #expect(reader.diagnostics.isEmpty)
        let latin1 = Array(text.utf8).flatMap { $0 == 0xC3 ? [] as [UInt8] : [$0] }
        #expect(throws: TMXError.self) { _ = try TMXReader(bytes: latin1, file: "broken.tmx").readAll() }
    }

    @Test func refusesExternalEntitiesWithoutReadingThem() {
        let doctype = #"<!DOCTYPE tmx [ <!ENTITY secret SYSTEM "file:///etc/hostname"> ]>"#
        let text = Self.document(#"<tu><tuv xml:lang="de"><seg>&secret;</seg></tuv></tu>"#, doctype: doctype)
        #expect {
            _ = try Self.read(text)
        } throws: { error in
            guard case TMXError.externalEntity(let location, "secret") = error else { return false }
            return location.line == 3 && "\(error)".contains("does not read files")
        }
    }

    @Test func stopsEntityExpansionBombs() {
        var declarations = #"<!ENTITY l0 "hahahahahahahahahahahahahahahahahahahaha">"#
        for level in 1...9 { declarations += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">" }
        let text = Self.document(#"<tu><tuv xml:lang="de"><seg>&l9;</seg></tuv></tu>"#, doctype: "<!DOCTYPE tmx [ \(declarations) ]>")
        // libxml2 itself refuses this one while parsing the declarations.
        #expect {
            _ = try Self.read(text)
        } throws: { error in
            "\(error)".lowercased().contains("entity")
        }
        // A smaller bomb gets past libxml2 and stops at glossa's own expansion budget.
        var smaller = "<!ENTITY l0 \"" + String(repeating: "ha", count: 25_000) + "\">"
        for level in 1...1 { smaller += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 30) + "\">" }
        let text2 = Self.document(#"<tu><tuv xml:lang="de"><seg>&l1;</seg></tuv></tu>"#, doctype: "<!DOCTYPE tmx [ \(smaller) ]>")
        #expect {
            _ = try Self.read(text2)
        } throws: { error in
            guard case TMXError.entity(_, _, let problem) = error else { return false }
            return problem.contains("more than 1024 KB")
        }
        // In an attribute value too, said once with its place.
        let big = "<!DOCTYPE tmx [ <!ENTITY big \"" + String(repeating: "x", count: 100_000) + "\"> ]>"
        let text3 = Self.document("<tu tuid=\"" + String(repeating: "&big;", count: 12) + "\"><tuv xml:lang=\"de\"><seg>x</seg></tuv></tu>", doctype: big)
        #expect {
            _ = try Self.read(text3, file: "bomb.tmx")
        } throws: { error in
            let message = "\(error)"
            return message.hasPrefix("bomb.tmx:") && message.contains("more than 1024 KB") && message.components(separatedBy: "bomb.tmx:").count == 2
        }
    }

    @Test func malformedFilesFailWithLineAndColumn() {
        let truncated = String(Self.document(#"<tu><tuv xml:lang="de"><seg>Abgeschnitten</seg></tuv></tu>"#).dropLast(20))
        #expect {
            _ = try Self.read(truncated, file: "truncated.tmx")
        } throws: { error in
            guard case TMXError.malformed(let xml) = error else { return false }
            return xml.file == "truncated.tmx" && xml.line != nil && "\(error)".hasPrefix("truncated.tmx:")
                && xml.message.contains("ends inside an open element")
        }
        var invalid = Array(Self.document(#"<tu><tuv xml:lang="de"><seg>Gr#ße</seg></tuv></tu>"#).utf8)
        invalid[invalid.firstIndex(of: UInt8(ascii: "#"))!] = 0xC3
        #expect {
            _ = try TMXReader(bytes: invalid, file: "latin.tmx").readAll()
        } throws: { error in
            guard case TMXError.malformed(let xml) = error else { return false }
            return xml.line == 3 && xml.message.contains("UTF-8")
        }
        // One text longer than libxml2 allows a text node: a limit, said as one.
        let endless = Self.document(#"<tu><tuv xml:lang="de"><seg>"# + String(repeating: "Wort ", count: 2_100_000) + "</seg></tuv></tu>")
        #expect {
            _ = try Self.read(endless, file: "endless.tmx")
        } throws: { error in
            guard case TMXError.malformed(let xml) = error else { return false }
            return xml.isLimit && "\(error)".contains("shorten or remove that text")
        }
        #expect {
            _ = try TMXReader(bytes: [], file: "empty.tmx").readAll()
        } throws: { error in
            guard case TMXError.malformed(let xml) = error else { return false }
            return xml.file == "empty.tmx" && xml.message == "the file is empty"
        }
        // Cut inside an attribute value: still the file's end (libxml2 says "AttValue: ' expected").
        let cutInAttribute = String(Self.document(#"<tu tuid="12345678"><tuv xml:lang="de"><seg>x</seg></tuv></tu>"#).prefix { $0 != "5" })
        #expect {
            _ = try Self.read(cutInAttribute, file: "cut.tmx")
        } throws: { error in
            guard case TMXError.malformed(let xml) = error else { return false }
            return xml.message.contains("ends inside an open element")
        }
    }

    /// A bare "&" or "<" in a small file is found when libxml2 is told the file ended; it is
    /// still said as what it is, with where it is, not as a cut-off file.
    @Test func aBareAmpersandOrLessThanIsNamed() {
        for (text, expected) in [("Preis & Leistung", "a bare ampersand"), ("a < b", "a bare less-than sign")] {
            #expect {
                _ = try Self.read(Self.document(#"<tu><tuv xml:lang="de"><seg>"# + text + "</seg></tuv></tu>"), file: "bare.tmx")
            } throws: { error in
                guard case TMXError.malformed(let xml) = error else { return false }
                return xml.message.contains(expected) && !xml.message.contains("cut off") && xml.line == 3
            }
        }
    }

    @Test func refusesLanguageCodesThatAreNotTags() {
        #expect(throws: TMXError.self) { _ = try Self.read(Self.document(#"<tu><tuv xml:lang="German!"><seg>x</seg></tuv></tu>"#)) }
        #expect {
            _ = try Self.read(Self.document(#"<tu><tuv><seg>x</seg></tuv></tu>"#))
        } throws: { error in
            "\(error)".contains("has no xml:lang")
        }
    }

    @Test func refusesADocumentThatIsNotTMX() {
        #expect {
            _ = try Self.read("<?xml version=\"1.0\"?><martif><text/></martif>")
        } throws: { error in
            guard case TMXError.notTMX(_, "martif") = error else { return false }
            return true
        }
    }
}

/// TMX files written by a real client: Debian's OmegaT 3.6, run headless on a project whose
/// tm/auto/ held glossa's export of the seed corpus (.ci/check-clients, KEEP=1).
@Suite struct OmegaTFileTests {
    @Test(arguments: ["omegat-3.6-tmx11.tmx", "omegat-3.6-level2.tmx"])
    func readsOmegaTsFilesAndWritesThemBackUnchanged(file: String) throws {
        let reader = try TMXReader(path: TMXReaderTests.fixture(file))
        let units = try reader.readAll()
        #expect(units.count == 42)
        #expect(units.allSatisfy { $0.variants.map(\.language.identifier) == ["de", "en"] })
        #expect(units.contains { $0.variants[0].text.contains("‚Einflusssphären‘") })
        #expect(reader.header.attributes[attribute: "creationtool"] == "OmegaT")
        if file.contains("tmx11") {
            #expect(reader.diagnostics.contains { $0.message.contains("TMX 1.1 lang attributes read as xml:lang (84 times") })
        }
        let written = TMXWriter(level: .markup).document(header: reader.header, units: units)
        #expect(SchemaValidation.violations(of: written, against: "tmx14.xsd") == [])
        #expect(SchemaValidation.violations(of: written, againstDTD: "tmx14.dtd") == [])
        #expect(try TMXReader(bytes: Array(written.utf8), file: "again.tmx").readAll() == units)
    }
}

/// Damaged files, as a disk or a careless editor makes them: every mutation of a real TMX
/// either reads or fails with a TMXError that names the file; none crashes or hangs.
@Suite struct DamagedTMXTests {
    @Test func everyMutationReadsOrFailsWithALocatedError() throws {
        let original = Array(try Data(contentsOf: URL(fileURLWithPath: TMXReaderTests.fixture("every-element.tmx"))))
        var generator = SplitMix64(state: 2026)
        var failures = 0
        for round in 0..<300 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: bytes[position] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.remove(at: position)
                case 2: bytes.insert(contentsOf: Array("<tu>&amp;<".utf8), at: position)
                default: bytes = Array(bytes[..<position])
                }
                if bytes.isEmpty { bytes = [0x3C] }
            }
            do {
                let reader = try TMXReader(bytes: bytes, file: "damaged-\(round).tmx")
                _ = try reader.readAll()
            } catch {
                failures += 1
                #expect("\(error)".hasPrefix("damaged-\(round).tmx"), "round \(round): \(error)")
            }
        }
        #expect(failures > 100) // the check can fail: most damage must be noticed
    }
}
