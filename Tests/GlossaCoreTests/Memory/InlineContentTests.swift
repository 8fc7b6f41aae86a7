import GlossaCore
import Testing

/// The plain text of segments with inline codes, as Trados, memoQ and Okapi write them: what
/// matching, the word index and level-1 export see.
@Suite struct InlineContentTests {
    private func ph(_ code: String) -> InlineContent {
        .element(InlineElement(.ph, attributes: [TMXAttribute("x", "1")], content: [.text(code)]))
    }

    @Test func aPlaceholderBetweenWordsSeparatesThem() {
        let figure: [InlineContent] = [.text("Siehe Abbildung"), ph("<tab/>"), .text("3.")]
        #expect(figure.plainText == "Siehe Abbildung 3.")
        let lineBreak: [InlineContent] = [.text("Moskau fordert"), ph("<br/>"), .text("Sicherheitsgarantien")]
        #expect(lineBreak.plainText == "Moskau fordert Sicherheitsgarantien")
    }

    @Test func aPlaceholderNextToSpaceOrPunctuationAddsNothing() {
        let spaced: [InlineContent] = [.text("Die NATO "), ph("{1}"), .text(" lehnt ab.")]
        #expect(spaced.plainText == "Die NATO  lehnt ab.")
        let footnote: [InlineContent] = [.text("Einflusssphären"), ph("<fn/>"), .text(".")]
        #expect(footnote.plainText == "Einflusssphären.")
        let leading: [InlineContent] = [ph("<img/>"), .text("Deeskalation")]
        #expect(leading.plainText == "Deeskalation")
    }

    @Test func formattingCodesInsideAWordKeepItWhole() {
        let bold: [InlineContent] = [
            .text("Truppen"),
            .element(InlineElement(.bpt, attributes: [TMXAttribute("i", "1")], content: [.text("<b>")])),
            .text("aufmarsch"),
            .element(InlineElement(.ept, attributes: [TMXAttribute("i", "1")], content: [.text("</b>")])),
        ]
        #expect(bold.plainText == "Truppenaufmarsch")
        let highlighted: [InlineContent] = [.text("troop "), .element(InlineElement(.hi, content: [.text("build-up")]))]
        #expect(highlighted.plainText == "troop build-up")
    }

    /// What a translator pastes: the native codes back in place, a sub's text inside its code.
    @Test func theTextWithCodesPutsEveryCodeBackInPlace() {
        let content: [InlineContent] = [
            .text("Click "),
            .element(InlineElement(.bpt, attributes: [TMXAttribute("i", "1")], content: [.text("<b>")])),
            .text("Save"),
            .element(InlineElement(.ept, attributes: [TMXAttribute("i", "1")], content: [.text("</b>")])),
            .text(" and close "), ph("{0}"), .text("."),
        ]
        #expect(content.textWithCodes == "Click <b>Save</b> and close {0}.")
        #expect(content.plainText == "Click Save and close .")
        let image: [InlineContent] = [
            .element(InlineElement(.ph, content: [.text("<img alt=\""), .element(InlineElement(.sub, content: [.text("Karte")])), .text("\">")])),
            .text(" Europa"),
        ]
        #expect(image.textWithCodes == "<img alt=\"Karte\"> Europa")
    }

    /// Codes a tool left empty (Trados keeps the native code in its own store) still show
    /// where they stand: numbered as Okapi and XLIFF number them.
    @Test func emptyCodesShowAsNumberedMarkers() {
        let content: [InlineContent] = [
            .text("Klicken Sie auf "),
            .element(InlineElement(.bpt, attributes: [TMXAttribute("i", "1"), TMXAttribute("type", "1"), TMXAttribute("x", "1")])),
            .text("Speichern"),
            .element(InlineElement(.ept, attributes: [TMXAttribute("i", "1")])),
            .text(" für die Datei "),
            .element(InlineElement(.ph, attributes: [TMXAttribute("x", "2"), TMXAttribute("type", "0")])),
            .text("."),
        ]
        #expect(content.textWithCodes == "Klicken Sie auf <1>Speichern</1> für die Datei <x2/>.")
        #expect(content.plainText == "Klicken Sie auf Speichern für die Datei .")
        // For matching, placeholders stay and formatting goes.
        #expect(content.textWithPlaceholders == "Klicken Sie auf Speichern für die Datei <x2/>.")
    }

    /// memoQ writes `{}` where it keeps the native code itself: numbered markers, like empty
    /// codes, not braces in the translation a match shows.
    @Test func memoQsBracesAreNoNativeCode() {
        let content: [InlineContent] = [
            .text("Die Bundesregierung hat "), .element(InlineElement(.bpt, attributes: [TMXAttribute("i", "1"), TMXAttribute("type", "bold")], content: [.text("{}")])),
            .text("heute"), .element(InlineElement(.ept, attributes: [TMXAttribute("i", "1")], content: [.text("{}")])),
            .text(" beschlossen"), .element(InlineElement(.ph, attributes: [TMXAttribute("x", "2")], content: [.text("{}")])), .text("."),
        ]
        #expect(content.textWithCodes == "Die Bundesregierung hat <1>heute</1> beschlossen<x2/>.")
        #expect(content.textWithPlaceholders == "Die Bundesregierung hat heute beschlossen<x2/>.")
        // A real placeholder "{0}" is a native code and stays.
        let placeholder: [InlineContent] = [.text("Datei "), .element(InlineElement(.ph, attributes: [TMXAttribute("x", "1")], content: [.text("{0}")]))]
        #expect(placeholder.textWithCodes == "Datei {0}")
    }

    /// What fuzzy matching compares: a placeholder's native code in place, formatting left out.
    @Test func theTextWithPlaceholdersKeepsPlaceholdersOnly() {
        let content: [InlineContent] = [
            .text("Click "), .element(InlineElement(.bpt, attributes: [TMXAttribute("i", "1")], content: [.text("<b>")])),
            .text("Save"), .element(InlineElement(.ept, attributes: [TMXAttribute("i", "1")], content: [.text("</b>")])),
            .text(" and close "), .element(InlineElement(.ph, attributes: [TMXAttribute("x", "2")], content: [.text("{0}")])), .text("."),
        ]
        #expect(content.textWithPlaceholders == "Click Save and close {0}.")
    }
}
