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
}
