import GlossaCore
@testable import GlossaKit
import Testing

/// A bilingual table's rows: sentence pairs are translation units, terms glossary entries.
@Suite struct SentenceRowsTests {
    @Test(arguments: [
        ("Kritiker verweisen auf die hohen Kosten.", true), ("Critics point to the high costs.", true),
        ("„Wir schaffen das.“", true), ("Was nun?", false), ("Wie geht es weiter?", true),
        ("Klicken Sie auf Speichern, um die Änderungen zu übernehmen", true),
        ("Einflusssphäre", false), ("sphere of influence", false), ("z. B.", false), ("Art. 5 GG", false),
        ("Ministry of Foreign Affairs", false), ("Federal Office for the Protection of the Constitution", false),
    ])
    func aSentenceIsToldFromATerm(_ text: String, _ isSentence: Bool) {
        #expect(Glossa.isSentence(text) == isSentence)
    }

    @Test func sentencePairsBecomeUnitsAndTermsStay() {
        let entries = [
            GlossaryEntry(source: "Die Bundesregierung fördert das Projekt mit 120 Millionen Euro.",
                          target: "The federal government is funding the project with 120 million euros.", origin: "tm.csv", note: "client: BMWK"),
            GlossaryEntry(source: "Wasserstoff", target: "hydrogen", origin: "tm.csv"),
        ]
        let (units, terms) = Glossa.sentenceRows(entries)
        #expect(terms.map(\.source) == ["Wasserstoff"])
        #expect(units.count == 1 && units[0].variants.map(\.language) == [.german, .english])
        #expect(units[0].variants[1].text == "The federal government is funding the project with 120 million euros.")
        #expect(units[0].notes.map(\.text) == ["client: BMWK"] && units[0].sourceLanguage == "de")
    }
}
