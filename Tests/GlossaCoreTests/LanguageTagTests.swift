import GlossaCore
import Testing

@Suite struct LanguageTagTests {
    @Test func canonicalCase() {
        #expect(LanguageTag("DE-de")?.identifier == "de-DE")
        #expect(LanguageTag("en_gb")?.identifier == "en-GB")
        #expect(LanguageTag("sr-latn-rs")?.identifier == "sr-Latn-RS")
        #expect(LanguageTag("de") == LanguageTag("DE"))
    }

    @Test func rejectsWhatIsNotATag() {
        #expect(LanguageTag("") == nil)
        #expect(LanguageTag("deutsch-land-xyz123456") == nil)
        #expect(LanguageTag("d") == nil)
        #expect(LanguageTag("de DE") == nil)
        #expect(LanguageTag("*all*") == nil)
    }

    @Test func deCoversDeDEButNotTheReverse() {
        let de = LanguageTag("de")!, deDE = LanguageTag("de-DE")!, deAT = LanguageTag("de-AT")!
        #expect(de.covers(deDE))
        #expect(de.covers(de))
        #expect(!deDE.covers(de))
        #expect(!deDE.covers(deAT))
        #expect(deDE.sameLanguage(as: deAT))
        #expect(deAT.primary == de)
        #expect(!LanguageTag("den")!.primary.covers(de))
    }
}
