import GlossaCore
import GlossaKit
import Testing

@Suite struct DocumentAlignmentTests {
    /// Text copied from a web page: soft hyphens and zero-width spaces inside words are dropped
    /// before aligning, so the memory stores (and matches) the words as they read.
    @Test func softHyphensAndZeroWidthSpacesAreGoneFromTheSentencePairs() throws {
        let german = "Die NATO verlangt ein Ende des Truppen\u{AD}aufmarsches. Moskau lehnt Einfluss\u{200B}sphären ab."
        let english = "NATO demands an end to the troop build-up. Moscow rejects spheres of influence."
        let pairs = try Glossa.align(sourceText: german, targetText: english).pairs
        #expect(pairs.map(\.source) == ["Die NATO verlangt ein Ende des Truppenaufmarsches.", "Moskau lehnt Einflusssphären ab."])
    }

    @Test func textWithoutInvisibleCharactersIsLeftAsItIs() {
        let text = "Zugleich bekräftigte er aber, die NATO werde nicht zulassen …"
        #expect(InvisibleCharacters.removed(from: text) == text)
        #expect(InvisibleCharacters.removed(from: "a\u{AD}b\u{2060}c\u{FEFF}") == "abc")
    }
}
