import Foundation
import GlossaCore
import GlossaExchange
import Testing

/// Gettext catalogs read into translation units. The fixture `de.po` is hand-made as Poedit
/// writes a German catalog: a header, references and extracted comments, a C format string, a
/// plural, a context, a fuzzy, an untranslated and an obsolete message, a string over two lines.
@Suite struct POReaderTests {
    static let fixture = Bundle.module.url(forResource: "Fixtures/PO/de.po", withExtension: nil)!.path

    static func texts(_ units: [TranslationUnit]) -> [String] {
        units.map { "\($0.variants[0].language): \($0.variants[0].text) → \($0.variants[1].language): \($0.variants[1].text)" }
    }

    @Test func readsTranslatedMessagesAsUnits() throws {
        let reader = try POReader(path: Self.fixture)
        let units = reader.readAll()
        #expect(Self.texts(units) == [
            "en: Save the file → de: Datei speichern",
            "en: Could not open file \"%s\": %s\n → de: Datei „%s“ konnte nicht geöffnet werden: %s\n",
            "en: %d file was deleted. → de: %d Datei wurde gelöscht.",
            "en: %d files were deleted. → de: %d Dateien wurden gelöscht.",
            "en: Open → de: Öffnen",
            "en: A long message that goes over two lines. → de: Eine lange Meldung, die über zwei Zeilen geht.",
        ])
        #expect(units[0].notes.map(\.text) == ["Shown on the toolbar"])
        #expect(units[1].prop("x-reference") == "src/main.c:57 src/dialog.c:12")
        #expect(units[1].prop("x-flags") == "c-format")
        #expect(units[4].prop("x-context") == "menu")
        #expect(units.allSatisfy { $0.sourceLanguage == "en" })
        #expect(reader.header.sourceLanguage == "en")
        #expect(reader.header.attributes[attribute: "creationtool"] == "Poedit 3.4")
        #expect(reader.header.props.first { $0.type == "x-project" }?.value == "example-app 2.3")
        // What is left out is said once each, with the line of the first.
        #expect(reader.diagnostics.map(\.description) == [
            "\(Self.fixture):43: note: fuzzy translations (no translator confirmed them; gettext leaves them out too) left out",
            "\(Self.fixture):46: note: untranslated messages left out",
            "\(Self.fixture):56: note: obsolete messages (#~) left out",
        ])
    }

    /// gettext leaves msgid's language unsaid: English by convention, German where the
    /// translation is English, Poedit's X-Source-Language where it says so; without a Language
    /// header the file's name tells the translation's.
    @Test(arguments: [
        ("de.po", "Language: de\\n", "en", "de"),
        ("en.po", "Language: en_GB\\n", "de", "en-GB"),
        ("app.po", "Language: en\\nX-Source-Language: fr\\n", "fr", "en"),
        ("de_AT.po", "", "en", "de-AT"),
        ("messages-de.po", "Project-Id-Version: x\\n", "en", "de"),
    ])
    func languagesComeFromTheHeaderOrTheName(_ name: String, _ fields: String, _ source: String, _ target: String) throws {
        let text = "msgid \"\"\nmsgstr \"\(fields)\"\n\nmsgid \"a\"\nmsgstr \"b\"\n"
        let units = try POReader(bytes: Array(text.utf8), file: name).readAll()
        #expect(units.map { $0.variants.map(\.language.identifier) } == [[source, target]])
    }

    /// For an analysis, a catalog's or template's messages to translate, translated or not, in
    /// the language of its msgids; the header and obsolete messages are none.
    @Test func theMessagesToTranslateForAnAnalysis() throws {
        let catalog = try POReader.sourceMessages(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixture))), file: "de.po")
        #expect(catalog.language == .english && catalog.messages.count == 8)
        #expect(catalog.messages.contains("Print preview") && catalog.messages.contains("Untranslated message"))
        #expect(!catalog.messages.contains("Old message") && !catalog.messages.contains(""))
        let template = "msgid \"\"\nmsgstr \"Language: en\\n\"\n\nmsgid \"Speichern\"\nmsgstr \"\"\n"
        let english = try POReader.sourceMessages(bytes: Array(template.utf8), file: "messages.pot")
        #expect(english.language == .german && english.messages == ["Speichern"])
    }

    /// C escapes, a msgid after a msgstr without a blank line, Windows line ends; a message of
    /// white space alone is none.
    @Test func escapesAndEntriesWithoutBlankLines() throws {
        let text = "msgid \"\"\r\nmsgstr \"Language: de\\n\"\r\nmsgid \"Tab\\there \\\"quoted\\\" \\\\ back\"\r\nmsgstr \"Tab\\thier \\\"zitiert\\\"\"\r\n"
            + "msgid \"Caf\\303\\251\"\nmsgstr \"Café\"\n" + "msgid \"\\n\"\nmsgstr \"\\n\"\n"
        let units = try POReader(bytes: Array(text.utf8), file: "x.po").readAll()
        #expect(Self.texts(units) == ["en: Tab\there \"quoted\" \\ back → de: Tab\thier \"zitiert\"", "en: Café → de: Café"])
    }

    /// What is no gettext catalog stops the file with its line and column and what to do.
    @Test(arguments: [
        ("de.po", "msgid \"x\"\nmsgstr \"y\n", "de.po:2:8: the string's closing quote is missing"),
        ("de.po", "msgid \"x\"\nmsgstr \"y\"\nfoo bar\n", "de.po:3:1: \"foo bar\" is no line of a PO file"),
        ("de.po", "msgid \"x\" extra\nmsgstr \"y\"\n", "de.po:1:11: text after the closing quote"),
        ("de.po", "\"orphan\"\n", "de.po:1:1: a quoted string with no keyword before it"),
        ("messages.po", "msgid \"x\"\nmsgstr \"y\"\n", "messages.po:1: the catalog does not say its language"),
        ("de.po", "msgid \"\"\nmsgstr \"Language: Deutsch!\\n\"\n", "de.po:1: \"Deutsch!\" is not a BCP 47 language tag"),
    ])
    func malformedCatalogsAreRefusedWithTheirPosition(_ name: String, _ text: String, _ message: String) {
        #expect {
            _ = try POReader(bytes: Array(text.utf8), file: name)
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }
}
