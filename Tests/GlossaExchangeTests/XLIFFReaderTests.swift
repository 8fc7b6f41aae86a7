import Foundation
import GlossaCore
import GlossaExchange
import Testing

/// XLIFF as CAT tools write it, read into translation units. The fixtures are hand-made in the
/// shape each tool writes: `nato.sdlxliff` as Trados Studio (segments as `<mrk mtype="seg">`,
/// tag definitions in the header, `sdl:seg-defs` with a draft), `okapi.xlf` as Okapi Rainbow (XLIFF 1.2 with
/// native codes, `<alt-trans>`, a state), `osze.xlf` as XLIFF 2.0 (segments, `<pc>`, `<ph/>`,
/// `<sc/>`/`<ec/>`, `<cp/>`, a unit left in state initial), `bahn.mqxliff` as memoQ (`mq:status`,
/// `{}` for the formatting it keeps).
@Suite struct XLIFFReaderTests {
    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/XLIFF/\(name)", withExtension: nil)!.path
    }

    static func texts(_ units: [TranslationUnit]) -> [String] {
        units.map { "\($0.tuid ?? "-"): \($0.variants[0].text) → \($0.variants[1].text)" }
    }

    /// Trados: one unit per marker pair, the `<g>` around a word a `bpt`/`ept` pair on both
    /// sides; the draft (machine translation not confirmed), the locked unit and the empty
    /// target left out, each said once.
    /// For an analysis, every segment's source, translated or not; a locked unit none.
    @Test func readsEverySegmentsSourceForAnAnalysis() throws {
        let reader = try XLIFFReader(path: Self.fixture("osze.xlf"))
        reader.sourcesOnly = true
        let units = try reader.readAll()
        #expect(units.allSatisfy { $0.variants.count == 1 && $0.variants[0].language.identifier == "de" })
        let translated = try XLIFFReader(path: Self.fixture("osze.xlf")).readAll()
        #expect(units.count > translated.count, "\(units.map(\.variants[0].text))")
        #expect(Set(translated.map(\.variants[0].text)).isSubset(of: Set(units.map(\.variants[0].text))))
    }

    @Test func readsTradosSegmentsAsUnits() throws {
        let reader = try XLIFFReader(path: Self.fixture("nato.sdlxliff"))
        let units = try reader.readAll()
        #expect(Self.texts(units) == [
            "a1b2/1: Die NATO lehnt Einflusssphären ab. → NATO rejects spheres of influence.",
            "a1b2/2: Russland fordert Garantien. → Russia demands guarantees.",
        ])
        #expect(units[0].variants.map(\.language.identifier) == ["de-DE", "en-GB"])
        #expect(units[0].variants[1].segment == [
            .text("NATO rejects "), .element(InlineElement(.bpt, attributes: [TMXAttribute("i", "1"), TMXAttribute("x", "1")])),
            .text("spheres of influence"), .element(InlineElement(.ept, attributes: [TMXAttribute("i", "1")])), .text("."),
        ])
        #expect(units[0].prop("x-xliff-original") == #"C:\Projekte\nato.docx"#)
        #expect(reader.header.sourceLanguage == "de-DE")
        #expect(reader.diagnostics.map(\.message) == [
            "segments Trados does not count as translated (Draft, rejected, not translated) skipped",
            "units marked translate=\"no\" skipped",
            "segments without a translation (none, empty, or marked new, needs-translation or initial) skipped",
        ])
    }

    /// Okapi: native codes kept as the code's text, `<x/>` a placeholder, `<bx/>`/`<ex/>` a pair;
    /// a target still marked needs-translation and the alternative translation are not units.
    @Test func readsNativeCodesAndSkipsWhatIsNoTranslation() throws {
        let reader = try XLIFFReader(path: Self.fixture("okapi.xlf"))
        let units = try reader.readAll()
        #expect(Self.texts(units) == ["1: Streik bei der Bahn → Rail strike", "3: Die GDL streikt ab Mittwoch. → The GDL is on strike from Wednesday."])
        #expect(units[0].notes == [TMXNote(text: "Überschrift")])
        let target = units[1].variants[1].segment
        #expect(target[1] == .element(InlineElement(.bpt, attributes: [TMXAttribute("i", "1"), TMXAttribute("x", "1")], content: [.text(#"<a href="x">"#)])))
        #expect(target.compactMap { if case .element(let code) = $0 { code.kind.rawValue } else { nil } } == ["bpt", "ept", "ph", "bpt", "ept"])
        #expect(reader.diagnostics.count == 2)
    }

    /// memoQ: only confirmed segments are translations (as memoQ writes only those to its
    /// memory); a pre-translated or half-edited one is not, said once. Its `{}` stand-ins for
    /// formatting show as numbered codes, not as braces.
    @Test func readsConfirmedMemoQSegmentsOnly() throws {
        let reader = try XLIFFReader(path: Self.fixture("bahn.mqxliff"))
        let units = try reader.readAll()
        #expect(Self.texts(units) == [
            "1: Die GDL streikt ab Mittwoch. → The GDL is on strike from Wednesday.",
            "3: Ein Notfahrplan gilt bis Freitag. → An emergency timetable applies until Friday.",
        ])
        #expect(units[0].variants[1].segment.textWithCodes == "The GDL is on strike from <1>Wednesday</1>.")
        #expect(reader.diagnostics.map(\.message)
            == ["segments memoQ does not count as confirmed (not started, pre-translated, edited, rejected) skipped (3 times; first here)"])
    }

    /// XLIFF 2: one unit per segment, numbered codes alike on both sides, a code point as its
    /// character, the unit's notes on each of its segments.
    @Test func readsXLIFF2Segments() throws {
        let units = try XLIFFReader(path: Self.fixture("osze.xlf")).readAll()
        #expect(Self.texts(units) == ["u1/s1: Die OSZE tagt. → The OSCE meets.", "u1/s2: Morgen mehr. → More tomorrow.", "u3: Preis: 10 € → Price: 10 €"])
        #expect(units[0].notes == [TMXNote(text: "Titel")] && units[1].notes == [TMXNote(text: "Titel")])
        #expect(units[2].variants[0].segment.count == units[2].variants[1].segment.count)
        #expect(units[2].variants[0].segment == units[2].variants[1].segment.map { item in
            if case .text(let text) = item { return .text(text.replacingOccurrences(of: "Price", with: "Preis")) }
            return item
        })
    }

    /// XLIFF 2's `<originalData>`: the native code a `dataRef` names becomes the TMX code's
    /// text, so a CAT tool can put the tag back.
    @Test func theNativeCodeOfXLIFF2BecomesTheCodesText() throws {
        let units = try XLIFFReader(bytes: Array("""
            <xliff version="2.0" srcLang="de" trgLang="en"><file id="f"><unit id="1">\
            <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data><data id="d3">&lt;br/&gt;</data></originalData>\
            <segment><source><pc id="1" dataRefStart="d1" dataRefEnd="d2">Achtung</pc>:<ph id="2" dataRef="d3"/>Glätte</source>\
            <target><pc id="1" dataRefStart="d1" dataRefEnd="d2">Caution</pc>:<ph id="2" dataRef="d3"/>ice</target></segment>\
            </unit></file></xliff>
            """.utf8), file: "t.xlf").readAll()
        #expect(units.first?.variants[1].segment == [
            .element(InlineElement(.bpt, attributes: [TMXAttribute("i", "1"), TMXAttribute("x", "1")], content: [.text("<b>")])),
            .text("Caution"), .element(InlineElement(.ept, attributes: [TMXAttribute("i", "1")], content: [.text("</b>")])), .text(":"),
            .element(InlineElement(.ph, attributes: [TMXAttribute("x", "2")], content: [.text("<br/>")])), .text("ice"),
        ])
    }

    /// XLIFF 2 writes a character XML does not allow as `<cp hex="…"/>`: Word's vertical tab
    /// reads as a space (it glued "Zeilezweite" and was stored as U+000B), any other control is
    /// dropped with a warning, any other character is itself (the fixture's "€").
    @Test func aCodePointStandInReadsAsTheTMXReaderReadsControls() throws {
        let reader = try XLIFFReader(bytes: Array("""
            <xliff version="2.0" srcLang="de" trgLang="en"><file id="f"><unit id="1"><segment>            <source>Erste Zeile<cp hex="000B"/>zweite Zeile<cp hex="001F"/>.</source>            <target>First line<cp hex="000b"/>second line.</target></segment></unit></file></xliff>
            """.utf8), file: "t.xlf")
        let units = try reader.readAll()
        #expect(units.first?.variants.map(\.text) == ["Erste Zeile zweite Zeile.", "First line second line."])
        #expect(reader.diagnostics.map(\.message) == ["a character XML does not allow (U+001F) was dropped"])
    }

    /// A segment marker in a <source> (some tools write one there too) marks no text.
    @Test func aSegmentMarkerInTheSourceIsNoHighlight() throws {
        let units = try XLIFFReader(bytes: Array("""
            <xliff version="1.2"><file source-language="de" target-language="en"><body><trans-unit id="7">\
            <source><mrk mtype="seg" mid="1">Die Bahn streikt.</mrk></source><target>The railway is on strike.</target>\
            </trans-unit></body></file></xliff>
            """.utf8), file: "t.xlf").readAll()
        #expect(units.first?.variants[0].segment == [.text("Die Bahn streikt.")])
    }

    /// Units read from XLIFF export as TMX 1.4b that validates.
    @Test func unitsExportAsValidTMX() throws {
        var units: [TranslationUnit] = []
        for name in ["nato.sdlxliff", "okapi.xlf", "osze.xlf"] { units += try XLIFFReader(path: Self.fixture(name)).readAll() }
        let writer = TMXWriter(level: .markup)
        let tmx = writer.prolog(header: TMXWriter.glossaHeader(sourceLanguage: .german, toolVersion: "test")) + units.map(writer.unit).joined() + TMXWriter.epilog
        #expect(SchemaValidation.violations(of: tmx, against: "tmx14.xsd") == [])
        #expect(SchemaValidation.violations(of: tmx, againstDTD: "tmx14.dtd") == [])
    }

    @Test func refusesWhatItCannotReadWithItsPlace() {
        let cases: [(String, String)] = [
            (#"<tmx version="1.4"/>"#, "not an XLIFF file"),
            (#"<xliff version="1.2"><file original="a"><body/></file></xliff>"#, "no source-language"),
            (#"<xliff version="1.2"><file source-language="de"><body><trans-unit id="1"><source>Ja</source><target>Yes</target></trans-unit></body></file></xliff>"#,
             "no target-language"),
            (#"<xliff version="2.0" srcLang="Deutsch!" trgLang="en"/>"#, "not a BCP 47 language tag"),
            (#"<xliff version="1.2"><file source-language="de" target-language="en"><body><trans-unit id="1"><source>Abgeschnitten"#, "ends inside an open element"),
        ]
        for (text, expected) in cases {
            #expect {
                _ = try XLIFFReader(bytes: Array(text.utf8), file: "bad.xlf").readAll()
            } throws: { error in
                "\(error)".hasPrefix("bad.xlf:1:") && "\(error)".contains(expected)
            }
        }
    }
}
