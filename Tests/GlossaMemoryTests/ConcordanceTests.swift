import GlossaCore
@testable import GlossaMemory
import Testing

@Suite struct ConcordanceTests {
    @Test func findsTheWordInsideCompoundsWithTheTranslation() throws {
        let store = try MemoryFixtures.memory()
        let (lines, total) = try store.concordance("aufmarsch")
        #expect(total == 1)
        let line = try #require(lines.first)
        #expect(line.keyword == "aufmarsch")
        #expect(line.left.hasSuffix("Ende des russischen Truppen"))
        #expect(line.right.hasPrefix("es in der Nähe"))
        #expect(line.translation == MemoryFixtures.pairs[0].1)
    }

    @Test func searchesBothLanguagesOrOne() throws {
        let store = try MemoryFixtures.memory()
        #expect(try store.concordance("NATO").total == 6)
        let english = try store.concordance("NATO", language: .english).lines
        #expect(english.count == 3 && english.allSatisfy { $0.language == .english })
        // A scan finds the word inside longer words too ("zur").
        #expect(try store.concordance("zu", language: .german).lines.count == 4)
        #expect(try store.concordance("BRÜSSEL").total == 1)
    }
}

@Suite struct SentenceCountTests {
    @Test func countsSentencesHoldingEveryWordOfTheTerm() throws {
        let store = try MemoryFixtures.memory()
        #expect(try store.sentenceCount(containing: "Stoltenberg") == 2)
        #expect(try store.sentenceCount(containing: "stay in dialogue") == 1)
        #expect(try store.sentenceCount(containing: "Brussel") == 1) // diacritics aside
        #expect(try store.sentenceCount(containing: "Wetterbericht") == 0)
    }
}
