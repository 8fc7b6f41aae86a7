import GlossaCore
@testable import GlossaMemory
import GlossaTestSupport
import Testing

@Suite struct MatchTests {
    /// Scores as OmegaT computes them: 100 · (max(len) − token distance) / max(len), rounded down.
    @Test(arguments: [
        ("Es sei wichtig, im Dialog zu bleiben, meinte Stoltenberg.", "Es sei wichtig, im Dialog zu bleiben, meinte Stoltenberg.", 100),
        ("Es sei wichtig im Dialog zu bleiben meinte Stoltenberg", "Es sei wichtig, im Dialog zu bleiben, meinte Stoltenberg.", 99),
        ("es sei wichtig, im dialog zu bleiben, meinte stoltenberg.", "Es sei wichtig, im Dialog zu bleiben, meinte Stoltenberg.", 99),
        ("Es sei sehr wichtig, im Dialog zu bleiben, meinte Stoltenberg.", "Es sei wichtig, im Dialog zu bleiben, meinte Stoltenberg.", 90),
        ("Es sei wichtig, im Gespräch zu bleiben, sagte Stoltenberg.", "Es sei wichtig, im Dialog zu bleiben, meinte Stoltenberg.", 77),
        ("Russland und die NATO", "Es sei wichtig, im Dialog zu bleiben, meinte Stoltenberg.", 0),
        // A soft hyphen or zero-width space copied from a web page is not there.
        ("Ein Ende des Truppen\u{AD}aufmarsches.", "Ein Ende des Truppenaufmarsches.", 100),
        ("Ein Ende des Truppenaufmarsches.\u{200B}", "Ein Ende des Truppenaufmarsches.", 100),
    ])
    func scoresLikeOmegaT(query: String, stored: String, expected: Int) {
        let score = MatchScore(query: MatchTokens(query), candidate: MatchTokens(stored),
                               sameText: MemoryStore.comparable(query) == MemoryStore.comparable(stored))
        #expect(score.percent == expected)
    }

    @Test func aDifferenceOnlyInNumbersIsRecognised() {
        let score = MatchScore(query: MatchTokens("Die Vertreter der 30 NATO-Staaten trafen sich am 12. Januar."),
                               candidate: MatchTokens("Die Vertreter der 29 NATO-Staaten trafen sich am 14. Januar."), sameText: false)
        #expect(score.differsOnlyInNumbers)
        #expect(score.percent == 81) // 11 tokens, 2 substitutions
        let words = MatchScore(query: MatchTokens("Die Vertreter der 30 NATO-Staaten trafen sich."),
                               candidate: MatchTokens("Die Minister der 30 NATO-Staaten trafen sich."), sameText: false)
        #expect(!words.differsOnlyInNumbers)
    }

    @Test func numbersKeepTheirSeparators() {
        #expect(MatchTokens("100.000 Soldaten, 3,5 Prozent, um 12:30 Uhr").keys == ["100.000", "soldaten", "3,5", "prozent", "um", "12:30", "uhr"])
    }

    /// German before the 1996 reform and Swiss German write "ß" as today's "ss" or "ss" for
    /// "ß" ("daß", "Strasse"): the same words to a match, 99% and not 71%, found in either
    /// spelling, and the stored sentence's own text is what the match shows.
    @Test func theSharpSAndItsSwissSpellingAreOneWord() throws {
        #expect(MatchTokens("Er sagte, daß die Straße gesperrt sei.").keys == ["er", "sagte", "dass", "die", "strasse", "gesperrt", "sei"])
        #expect(MemoryStore.sharpSSpellings(of: "strasse") == ["strasse", "straße"])
        #expect(MemoryStore.sharpSSpellings(of: "massnahme").count == 2 && MemoryStore.sharpSSpellings(of: "sei") == ["sei"])
        let store = try MemoryStore()
        try store.importUnits(origin: Origin(name: "alt.tmx", kind: .file)) { sink in
            try sink.add(MemoryFixtures.unit("Er sagte, daß die Straße gesperrt sei.", "He said that the road was closed."))
            try sink.add(MemoryFixtures.unit("Die Massnahmen gelten ab Montag.", "The measures apply from Monday."))
        }
        let swiss = try #require(try store.match("Er sagte, dass die Strasse gesperrt sei.", from: .german).first)
        #expect(swiss.score.percent == 99 && swiss.source == "Er sagte, daß die Straße gesperrt sei.")
        let german = try #require(try store.match("Die Maßnahmen gelten ab Montag.", from: .german).first)
        #expect(german.score.percent == 99 && german.target == "The measures apply from Monday.")
    }

    @Test func findsTheStoredSentenceClosestToTheQueryWithItsTranslation() throws {
        let store = try MemoryFixtures.memory()
        let matches = try store.match("Russland habe der NATO Schritte zur Deeskalation angeboten, aber die Allianz habe das ignoriert.",
                                      from: .german, threshold: 70)
        let best = try #require(matches.first)
        #expect(best.score.percent == 92)
        #expect(best.target == "Russia had proposed steps towards de-escalation to NATO, but the alliance had ignored them.")
        #expect(best.origin == "seed.tmx")
        #expect(best.differingRanges.map { String(best.source[$0]) } == ["vorgeschlagen"])
        #expect(matches.allSatisfy { $0.score.percent >= 70 })
    }

    @Test func matchesFromEnglishToGermanToo() throws {
        let store = try MemoryFixtures.memory()
        let best = try #require(try store.match("It was important to stay in dialogue, Stoltenberg said.", from: .english).first)
        #expect(best.score.percent == 100)
        #expect(best.target == "Es sei wichtig, im Dialog zu bleiben, meinte Stoltenberg.")
    }

    @Test func withoutASourceLanguageASentenceMatchesInWhicheverLanguageItIsStored() throws {
        let store = try MemoryFixtures.memory()
        let english = try #require(try store.match("It was important to stay in dialogue, Stoltenberg said.", from: nil).first)
        #expect(english.score.percent == 100)
        #expect(english.sourceLanguage == .english)
        #expect(english.target == "Es sei wichtig, im Dialog zu bleiben, meinte Stoltenberg.")
        let german = try #require(try store.match("Es sei wichtig, im Dialog zu bleiben, meinte Stoltenberg.", from: nil).first)
        #expect(german.target == "It was important to stay in dialogue, Stoltenberg said.")
    }

    /// memoQ and Trados write units whose translation is an empty `<seg/>`: nothing to reuse.
    @Test func aUnitWithAnEmptyTranslationIsNoMatch() throws {
        let store = try MemoryStore()
        try store.importUnits(origin: Origin(name: "memoq.tmx", kind: .file)) { sink in
            try sink.add(MemoryFixtures.unit("Die Differenzen sind nur schwer zu überbrücken.", ""))
            try sink.add(MemoryFixtures.unit("Die Differenzen sind schwer zu überbrücken.", "The differences are difficult to bridge."))
        }
        let matches = try store.match("Die Differenzen sind nur schwer zu überbrücken.", from: .german)
        #expect(matches.map(\.target) == ["The differences are difficult to bridge."])
    }

    /// Software strings carry codes: a match shows the segments with their codes in place, so
    /// the translation can be pasted with its placeholder; plain segments have none to show.
    @Test func aMatchShowsTheSegmentsWithTheirCodes() throws {
        let store = try MemoryStore()
        func ph(_ code: String) -> InlineContent { .element(InlineElement(.ph, attributes: [TMXAttribute("x", "1")], content: [.text(code)])) }
        try store.importUnits(origin: Origin(name: "ui.tmx", kind: .file)) { sink in
            try sink.add(TranslationUnit(variants: [
                TranslationVariant(language: .german, segment: [.text("Die Datei "), ph("{0}"), .text(" wurde gespeichert.")]),
                TranslationVariant(language: .english, segment: [.text("The file "), ph("{0}"), .text(" was saved.")]),
            ]))
            try sink.add(MemoryFixtures.unit("Die Datei wurde gelöscht.", "The file was deleted."))
        }
        let matches = try store.match("Die Datei wurde gespeichert.", from: .german, threshold: 50)
        let coded = try #require(matches.first { $0.target == "The file was saved." })
        #expect(coded.targetWithCodes == "The file {0} was saved.")
        #expect(coded.sourceWithCodes == "Die Datei {0} wurde gespeichert.")
        let plain = try #require(matches.first { $0.target == "The file was deleted." })
        #expect(plain.targetWithCodes == nil && plain.sourceWithCodes == nil)
    }

    /// A placeholder counts in the match: a query without it is no 100% match (the translation
    /// would bring a placeholder the text does not have) but loses a point per placeholder, as
    /// CAT tools charge a missing tag or placeable (it scored 87 as a word of its own); a query
    /// with it typed in is 100; formatting codes cost nothing ("Speichern" and "<b>Speichern</b>").
    @Test func placeholdersCountAndFormattingDoesNot() throws {
        let store = try MemoryStore()
        let bold = [TMXAttribute("i", "1")]
        try store.importUnits(origin: Origin(name: "ui.tmx", kind: .file)) { sink in
            try sink.add(TranslationUnit(variants: [
                TranslationVariant(language: .german, segment: [
                    .text("Klicken Sie auf "), .element(InlineElement(.bpt, attributes: bold, content: [.text("<b>")])), .text("Speichern"),
                    .element(InlineElement(.ept, attributes: bold, content: [.text("</b>")])), .text(", um "),
                    .element(InlineElement(.ph, attributes: [TMXAttribute("x", "2")], content: [.text("{0}")])), .text(" zu sichern."),
                ]),
                TranslationVariant(language: .english, segment: [.text("Click Save to save {0}.")]),
            ]))
        }
        let without = try #require(try store.match("Klicken Sie auf Speichern, um zu sichern.", from: .german).first)
        #expect(without.score.percent == 99 && without.source == "Klicken Sie auf Speichern, um {0} zu sichern.")
        // A word missing besides is charged as OmegaT charges it, and the placeholder's point on top.
        let shorter = try #require(try store.match("Klicken Sie auf Speichern, um zu speichern.", from: .german).first)
        #expect(shorter.score.percent == 84) // 7 words, 1 substituted: 85, less the placeholder's point (75 with it as a word)
        let with = try #require(try store.match("Klicken Sie auf Speichern, um {0} zu sichern.", from: .german).first)
        #expect(with.score.percent == 100)
        // So do a software string's placeholders written as text (XLIFF, PO, plain TMX).
        try store.importUnits(origin: Origin(name: "app.xlf", kind: .file)) { sink in
            try sink.add(MemoryFixtures.unit("%1$s Dateien wurden nach {folder} verschoben.", "%1$s files were moved to {folder}."))
        }
        let moved = try #require(try store.match("Dateien wurden nach verschoben.", from: .german).first)
        #expect(moved.score.percent == 98 && moved.target == "%1$s files were moved to {folder}.", "\(moved)")
        #expect(try store.match("%1$s Dateien wurden nach {folder} verschoben.", from: .german).first?.score.percent == 100)
    }

    /// A unit with two English versions offers both; a German–English–French unit answers in
    /// English unless `to` asks for French.
    @Test func everyTranslationOfAUnitInTheWantedLanguageIsOffered() throws {
        let store = try MemoryStore()
        let german = "Der Streik dauert an."
        try store.importUnits(origin: Origin(name: "multi.tmx", kind: .file)) { sink in
            try sink.add(TranslationUnit(variants: [
                TranslationVariant(language: .german, text: german), TranslationVariant(language: LanguageTag("en-US")!, text: "The strike continues."),
                TranslationVariant(language: LanguageTag("en-GB")!, text: "The strike is ongoing."),
                TranslationVariant(language: LanguageTag("fr")!, text: "La grève continue."),
            ]))
        }
        #expect(try store.match(german, from: .german).map(\.target) == ["The strike continues.", "The strike is ongoing."])
        #expect(try store.match(german, from: .german, to: LanguageTag("fr")!).map(\.target) == ["La grève continue."])
        #expect(try store.match(german, from: .german, limit: 1).count == 1)
    }

    /// Numbers are placeables: the translation takes the query's numbers, written the way the
    /// translation writes numbers (German 30.000 is English 30,000), and the match scores one
    /// point off per number instead of OmegaT's score.
    @Test func aMatchDifferingOnlyInNumbersCarriesTheNumbersIntoTheTranslation() throws {
        let store = try MemoryStore()
        try store.importUnits(origin: Origin(name: "seed.tmx", kind: .file)) { sink in
            try sink.add(MemoryFixtures.unit("Siehe Abbildung 3.", "See figure 3."))
            try sink.add(MemoryFixtures.unit("Russland hat rund 100.000 Soldaten an der Grenze zusammengezogen, 3,5 Prozent mehr.",
                                             "Russia has massed some 100,000 troops on the border, 3.5 percent more."))
            try sink.add(MemoryFixtures.unit("Die 30 NATO-Staaten trafen sich am 12. Januar.", "The thirty NATO states met on 12 January."))
        }
        let figure = try #require(try store.match("Siehe Abbildung 4.", from: .german).first)
        #expect(figure.score.percent == 99)
        #expect(figure.adaptedTarget == "See figure 4.")
        #expect(figure.target == "See figure 3.")
        let troops = try #require(try store.match("Russland hat rund 120.000 Soldaten an der Grenze zusammengezogen, 4,25 Prozent mehr.", from: .german).first)
        #expect(troops.adaptedTarget == "Russia has massed some 120,000 troops on the border, 4.25 percent more.")
        #expect(troops.score.percent == 98)
        // "30" is spelled out in the translation: no guess, and OmegaT's score.
        let states = try #require(try store.match("Die 29 NATO-Staaten trafen sich am 14. Januar.", from: .german, threshold: 50).first)
        #expect(states.adaptedTarget == nil)
        #expect(states.score.percent == 77) // 9 tokens, 2 substitutions
        #expect(states.score.differsOnlyInNumbers)
    }

    /// Swiss German groups thousands with an apostrophe; its English writes a comma. The
    /// number is one token and one value, so it is carried over like any other.
    @Test func aSwissNumberIsCarriedIntoTheTranslation() throws {
        let store = try MemoryStore()
        try store.importUnits(origin: Origin(name: "ch.tmx", kind: .file)) { sink in
            try sink.add(MemoryFixtures.unit("Viele Familien zahlen über 2'000 Franken im Monat.", "Many families pay more than 2,000 francs a month."))
        }
        let match = try #require(try store.match("Viele Familien zahlen über 2'500 Franken im Monat.", from: .german).first)
        #expect(match.adaptedTarget == "Many families pay more than 2,500 francs a month.")
        #expect(match.score.percent == 99)
    }

    /// A date is a placeable too: the month's name goes into the translation in its language
    /// and the way the translation writes it (full or short); English "may" in lower case is a
    /// verb, no month.
    @Test func aDateDifferingOnlyInItsMonthIsCarriedIntoTheTranslation() throws {
        let store = try MemoryStore()
        try store.importUnits(origin: Origin(name: "eu.tmx", kind: .file)) { sink in
            try sink.add(MemoryFixtures.unit("Geschehen zu Brüssel am 12. März 2024.", "Done at Brussels, 12 March 2024."))
            try sink.add(MemoryFixtures.unit("Die Frist endet am 1. Okt. 2023.", "The deadline ends on 1 Oct 2023."))
        }
        let done = try #require(try store.match("Geschehen zu Brüssel am 3. April 2025.", from: .german).first)
        #expect(done.adaptedTarget == "Done at Brussels, 3 April 2025.")
        #expect(done.score.percent == 97 && done.score.differsOnlyInNumbers)
        let deadline = try #require(try store.match("Die Frist endet am 1. Dezember 2023.", from: .german).first)
        #expect(deadline.adaptedTarget == "The deadline ends on 1 Dec 2023.")
        // English as the source: "may" is no month, so no placeable.
        try store.importUnits(origin: Origin(name: "en.tmx", kind: .file)) { sink in
            try sink.add(TranslationUnit(variants: [TranslationVariant(language: .english, text: "Aid may be granted in 2024."),
                                                    TranslationVariant(language: .german, text: "Beihilfen können 2024 gewährt werden.")]))
        }
        let aid = try store.match("Aid june be granted in 2024.", from: .english, threshold: 50).first
        #expect(aid?.score.differsOnlyInNumbers == false)
    }

    /// HTML a tool left in a plain segment as text (CDATA, escaped) is formatting, as codes are:
    /// the same words without the tags are the same sentence; the translation keeps its tags.
    @Test func tagsLeftInTheTextAreFormatting() throws {
        let store = try MemoryStore()
        try store.importUnits(origin: Origin(name: "cms.tmx", kind: .file)) { sink in
            try sink.add(MemoryFixtures.unit("Der <b>Streik</b> dauert an.<br/>Die Bahn fährt nicht.", "The <b>strike</b> continues.<br/>Trains are not running."))
        }
        let match = try #require(try store.match("Der Streik dauert an. Die Bahn fährt nicht.", from: .german).first)
        #expect(match.score.percent == 100)
        #expect(match.source == "Der Streik dauert an. Die Bahn fährt nicht.")
        #expect(match.target == "The <b>strike</b> continues.<br/>Trains are not running.")
        #expect(MarkupInText.removed(from: "Wenn x < 5 und y > 3 ist, gilt a <= b.") == "Wenn x < 5 und y > 3 ist, gilt a <= b.")
        #expect(MarkupInText.removed(from: "Klicken Sie <a href=\"https://example.org\">hier</a>.") == "Klicken Sie hier.")
    }

    @Test func nothingBelowTheThreshold() throws {
        let store = try MemoryFixtures.memory()
        #expect(try store.match("Die Allianz tagt morgen in Brüssel.", from: .german, threshold: 70).isEmpty)
        #expect(try store.match("", from: .german).isEmpty)
    }
}

@Suite struct ScoreTableTests {
    @Test func keepsTheBestScoresLikeASortedDictionaryWould() {
        var generator = SplitMix64(state: 42)
        var table = ScoreTable(capacity: 5000)
        var reference: [Int64: Double] = [:]
        for _ in 0..<5000 {
            let id = Int64.random(in: 1...3000, using: &generator)
            let weight = Double(Int.random(in: 1...4, using: &generator))
            table.add(weight, to: id)
            reference[id, default: 0] += weight
        }
        let expected = reference.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(100).map(\.key)
        #expect(table.best(100) == Array(expected))
        #expect(ScoreTable(capacity: 0).best(10).isEmpty)
    }
}
