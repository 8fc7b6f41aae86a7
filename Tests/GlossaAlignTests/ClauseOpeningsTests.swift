@testable import GlossaAlign
import Testing

@Suite struct ClauseOpeningsTests {
    func openers(_ sentence: String) -> [String] {
        ClauseOpenings.words(in: sentence).filter(\.opens).map { String($0.word) }
    }

    @Test func aSpeakersLabelAndAHeadlinesColonOpenAClause() {
        #expect(openers("Vogler: Wages have risen significantly in recent years.") == ["Vogler", "Wages"])
        #expect(openers("Frage: Kann die Anwerbung aus dem Ausland diese Lücke schließen?") == ["Frage", "Kann"])
        #expect(openers("Er sagte: „Wir müssen die Staatsfinanzen in Ordnung bringen.“") == ["Er", "Wir"])
    }

    @Test func aDatelinesDashOpensAClauseAndADashInsideASentenceDoesNot() {
        #expect(openers("Hamburg – Wer die Ausstellung betritt, steht zuerst vor dem Bild.") == ["Hamburg", "Wer"])
        #expect(openers("Pasadena (dpa) - Der Rover hat Strukturen entdeckt.") == ["Pasadena", "Der"])
        #expect(openers("Die sogenannten Leopardenflecken – helle Flecken – könnten auch anders entstanden sein.") == ["Die"])
        #expect(openers("Eine Reform bräuchte eine Zweidrittelmehrheit – und damit die Union.") == ["Eine"])
    }

    @Test func gendersScoresAndAddressesAreNoColonsThatOpenAClause() {
        #expect(openers("Die Lehrer:innen streiken, Bayern siegte 3:1 gegen Dortmund.") == ["Die"])
        #expect(openers("Details unter https://example.org/Bericht.") == ["Details"])
    }
}
