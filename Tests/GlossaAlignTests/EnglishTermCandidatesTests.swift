@testable import GlossaAlign
import Testing

/// English term candidates of a sentence (EnglishTermCandidates.swift).
@Suite struct EnglishTermCandidatesTests {
    static func texts(_ sentence: String) throws -> Set<String> {
        Set(try EnglishTermCandidates().candidates(in: sentence).map(\.text))
    }

    /// "X of Y" cut after an adjective paired "Hersteller von Generika" with "manufacturer of
    /// generic"; the phrase with its noun stays, and a noun after "of" still makes one alone.
    @Test func anOfPhraseIsNotCutBetweenAnAdjectiveAndItsNoun() throws {
        let found = try Self.texts("Manufacturers of generic drugs also complain that prices are too low.")
        #expect(found.contains("Manufacturers of generic drugs"))
        #expect(!found.contains("Manufacturers of generic"))
        let spheres = try Self.texts("Russia wants to restore its spheres of influence in Europe.")
        #expect(spheres.contains("spheres of influence"))
        let loss = try Self.texts("The loss of purchasing power worries households.")
        #expect(loss.contains("loss of purchasing power") && loss.contains("loss of purchasing"))
    }

    /// "Bilanz des Konzerns" was paired with "group's balance", cut from "the group's balance
    /// sheets"; a name after the phrase does not make it go on.
    @Test func aPossessivesPhraseEndsOnItsHead() throws {
        let found = try Self.texts("The managers inflated the group's balance sheets with sham transactions.")
        #expect(found.contains("group's balance sheets") && found.contains("balance sheets"))
        #expect(!found.contains("group's balance"))
        let named = try Self.texts("\"Many families pay more,\" said the association's president Carlo Sommaruga.")
        #expect(named.contains("association's president"))
    }

    /// "Studienleiterin" was paired with "study cited", cut from "The head of the study cited
    /// the school closures": a word in -ed before "the" is the sentence's verb. An adjective in
    /// -ed before its noun stays ("the armed forces").
    @Test func aPastTenseBeforeADeterminerEndsTheNounPhrase() throws {
        let found = try Self.texts("The head of the study cited the school closures as one reason for the slump.")
        #expect(!found.contains { $0.contains("cited") })
        #expect(found.contains("school closures"), "\(found)")
        let managers = try Self.texts("The managers inflated their figures.")
        #expect(!managers.contains("managers inflated") && managers.contains("managers"))
        let armed = try Self.texts("The armed forces withdrew.")
        #expect(armed.contains("armed forces"))
    }

    /// "Schließung von Werken" was paired with "closing plants", cut from "is considering
    /// closing plants": a word in -ing after a verb that takes a gerund is that verb's object,
    /// no modifier. A gerund elsewhere still opens a term ("the housing shortage").
    @Test func aGerundAfterItsVerbIsNoModifier() throws {
        let found = try Self.texts("The Volkswagen Group is considering closing plants in Germany.")
        #expect(!found.contains { $0.contains("closing") } && found.contains("plants"), "\(found)")
        let housing = try Self.texts("The housing shortage is growing.")
        #expect(housing.contains("housing shortage"), "\(housing)")
    }
}
