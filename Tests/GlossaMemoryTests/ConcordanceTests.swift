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

    /// "ss" and "ß" are one spelling: "Strasse" finds "Straße", "dass" finds "daß", and the count
    /// `lookup` shows from the word index finds them too.
    @Test func theSharpSAndItsSwissSpellingFindEachOther() throws {
        let store = try MemoryStore()
        try store.importUnits(origin: Origin(name: "alt.tmx", kind: .file)) { sink in
            try sink.add(MemoryFixtures.unit("Er sagte, daß die Straße gesperrt sei.", "He said that the road was closed."))
            try sink.add(MemoryFixtures.unit("Die Strasse ist wieder frei.", "The road is open again."))
        }
        #expect(try store.concordance("Strasse").total == 2)
        #expect(try store.concordance("Straße").total == 2)
        let line = try #require(try store.concordance("dass").lines.first)
        #expect(line.keyword == "daß" && line.right.hasPrefix(" die Straße"))
        #expect(try store.sentenceCount(containing: "Straße") == 2)
        #expect(try store.sentenceCount(containing: "Strasse gesperrt") == 1)
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

extension ConcordanceTests {
    /// Some tools write a segment over indented lines; matches and concordance lines show it as
    /// one line, and the memory keeps it as it came.
    @Test func aSegmentWrittenOverSeveralLinesIsShownOnOne() throws {
        let store = try MemoryStore()
        let stored = "\n    Russland habe der NATO Schritte\n    zur Deeskalation vorgeschlagen.\n  "
        try store.importUnits(origin: Origin(name: "pretty.tmx", kind: .file)) { sink in
            try sink.add(MemoryFixtures.unit(stored, "Russia had proposed steps\n towards de-escalation to NATO."))
        }
        let line = try #require(try store.concordance("Deeskalation").lines.first)
        #expect(line.left == "Russland habe der NATO Schritte zur " && line.right == " vorgeschlagen.")
        #expect(line.translation == "Russia had proposed steps towards de-escalation to NATO.")
        let match = try #require(try store.match("Russland habe der NATO Schritte zur Deeskalation vorgeschlagen.", from: .german).first)
        #expect(match.score.percent == 100)
        #expect(match.source == "Russland habe der NATO Schritte zur Deeskalation vorgeschlagen.")
        #expect(match.target == "Russia had proposed steps towards de-escalation to NATO.")
        #expect(try MemoryFixtures.allUnits(store).first?.variants.first?.text == stored)
    }

    /// The line's translation is the unit's sentence in another language that is not empty: not
    /// memoQ's empty <seg/>, nor a second German variant listed before the English one.
    @Test func theTranslationShownIsANonEmptyOneInAnotherLanguage() throws {
        let store = try MemoryStore()
        try store.importUnits(origin: Origin(name: "odd.tmx", kind: .file)) { sink in
            try sink.add(TranslationUnit(variants: [
                TranslationVariant(language: .german, text: "Der Streik dauert an."), TranslationVariant(language: .english, text: ""),
                TranslationVariant(language: LanguageTag("de-AT")!, text: "Der Streik hält an."),
                TranslationVariant(language: .english, text: "The strike continues."),
            ]))
        }
        #expect(try store.concordance("Streik dauert").lines.first?.translation == "The strike continues.")
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
