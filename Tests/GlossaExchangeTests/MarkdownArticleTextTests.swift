import GlossaExchange
import Testing

/// Articles written in Markdown: the text of each block, without the markup, the code and the
/// front matter around it.
@Suite struct MarkdownArticleTextTests {
    static let post = """
        ---
        title: "Version 3.2 veröffentlicht"
        date: 2025-03-14
        tags: [release, desktop]
        ---

        # Version 3.2 veröffentlicht #

        Wir freuen uns, **Version 3.2** unseres Editors
        anzukündigen. Die Suche findet jetzt auch Wörter in *komprimierten* Dateien.

        ## Neue Funktionen

        - Tastenkürzel lassen sich unter **Einstellungen > Tastatur** frei belegen.
        * [x] Umlaute in Dateinamen werden unter Windows korrekt angezeigt.
        2. Die Lehrer*innen nutzen die Funktion `snake_case` im ~~alten~~ neuen Modus.

        ```sh
        apt upgrade editor
        ```

            let indented = "Code"

        Die Liste finden Sie im [Änderungsprotokoll](https://example.org/changelog) und auf [unserer Website][web].
        ![Bildschirmfoto](shot.png) Laden Sie es von <https://example.org> herunter.<br>

        > Hinweis: Die Unterstützung für Windows 7 endet mit dieser Version.

        | Version | Datum |
        |---------|------:|
        | Stabil  | März  |

        <!-- intern:
        nicht übersetzen -->
        Ende\\*

        [web]: https://example.org
        """

    @Test func readsTheBlocksWithoutTheirMarkup() {
        // The front matter's title, which the first heading repeats, is read once.
        #expect(MarkdownArticleText.paragraphs(of: Self.post) == [
            "Version 3.2 veröffentlicht",
            "Wir freuen uns, Version 3.2 unseres Editors anzukündigen. Die Suche findet jetzt auch Wörter in komprimierten Dateien.",
            "Neue Funktionen",
            "Tastenkürzel lassen sich unter Einstellungen > Tastatur frei belegen.",
            "Umlaute in Dateinamen werden unter Windows korrekt angezeigt.",
            "Die Lehrer*innen nutzen die Funktion snake_case im alten neuen Modus.",
            "Die Liste finden Sie im Änderungsprotokoll und auf unserer Website. Laden Sie es von https://example.org herunter.",
            "Hinweis: Die Unterstützung für Windows 7 endet mit dieser Version.",
            "Version", "Datum", "Stabil", "März",
            "Ende*",
        ])
    }

    /// Setext headings, TOML front matter, a thematic break, a word joined by an underscore.
    @Test func setextHeadingsAndTOMLFrontMatter() {
        let text = """
            +++
            title = 'Hitzewelle in Europa'
            draft = true
            +++
            Hitze im Süden
            ==============

            Die Temperaturen steigen auf über 40 Grad.

            ***

            Die Datei heißt mein_bericht_2024.txt, der Wert ist 2 * 3.
            """
        #expect(MarkdownArticleText.paragraphs(of: text) == [
            "Hitzewelle in Europa", "Hitze im Süden", "Die Temperaturen steigen auf über 40 Grad.",
            "Die Datei heißt mein_bericht_2024.txt, der Wert ist 2 * 3.",
        ])
        // Saved by a Windows editor: a byte order mark and CRLF line ends.
        #expect(MarkdownArticleText.paragraphs(of: "\u{FEFF}---\r\ntitle: Hitze\r\n---\r\n# Hitze im Süden\r\n\r\nEs ist heiß.\r\n")
                == ["Hitze", "Hitze im Süden", "Es ist heiß."])
        // A title the first heading repeats is read once ("Neue Regeln für E-Scooter" was two
        // sentence pairs); one that differs stays, as above.
        #expect(MarkdownArticleText.paragraphs(of: "---\ntitle: \"Neue Regeln für E-Scooter\"\ndescription: Köln greift durch.\n---\n\n# Neue Regeln für E-Scooter\n\nDie Stadt verschärft die Regeln.\n")
                == ["Köln greift durch.", "Neue Regeln für E-Scooter", "Die Stadt verschärft die Regeln."])
        #expect(MarkdownArticleText.hasMarkdownExtension("news/artikel.de.md") && MarkdownArticleText.hasMarkdownExtension("README.markdown"))
        #expect(!MarkdownArticleText.hasMarkdownExtension("notes.txt"))
    }
}
