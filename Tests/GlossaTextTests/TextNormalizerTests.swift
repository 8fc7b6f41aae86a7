import GlossaCore
import GlossaTestSupport
@testable import GlossaText
import Testing

@Suite struct TextNormalizerTests {
    @Test func nfcComposesDecomposedUmlauts() {
        #expect(TextNormalizer.nfc("Ru\u{0308}stungskontrolle") == "Rüstungskontrolle")
        #expect(TextNormalizer.nfc("Rüstungskontrolle").unicodeScalars.count == 17)
    }

    @Test(arguments: [
        ("„Das Treffen war sehr nützlich“", "\"das treffen war sehr nützlich\""),
        ("»Ja« – sagte er", "\"ja\" - sagte er"),
        ("Russia’s  troops\u{00A0}—\u{2009}100", "russia's troops - 100"),
        ("Ein\u{00AD}fluss\u{200B}sphäre", "einflusssphäre"),
        ("  NATO-Generalsekretär\n\tJens ", "nato-generalsekretär jens"),
        ("ﬁnanziell", "finanziell"),
        ("Ru\u{0308}stung", "rüstung"),
        ("\u{FEFF}Text", "text"),
    ])
    func matchKeyUnifiesWhatATranslatorCallsTheSame(_ input: String, _ expected: String) {
        #expect(TextNormalizer.matchKey(input) == expected)
    }

    @Test func matchKeyIsIdempotent() {
        var generator = SplitMix64(state: 7)
        let pieces = ["„", "“", "ß", "ẞ", "Ä", "a\u{0308}", "\u{00AD}", " ", "\u{00A0}", "—", "ﬁ", "İ", "Σ", "ς", "x", "\n", "1", "’"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...20, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let key = TextNormalizer.matchKey(text, options: .germanSpellingReform)
            #expect(TextNormalizer.matchKey(key, options: .germanSpellingReform) == key, "not idempotent for \(text.debugDescription)")
            #expect(TextNormalizer.nfc(TextNormalizer.nfc(text)) == TextNormalizer.nfc(text))
        }
    }

    /// Keys are stored (a unit's source hash), so the ICU-free path for Latin-1 must give what ICU
    /// gives, character for character.
    @Test func latin1TextGetsTheSameKeyWithoutICU() {
        var cases = (0..<256).map { String(UnicodeScalar(UInt8($0))) }
        var generator = SplitMix64(state: 11)
        let common = Array("aeinrstAEINRST  .,-'`\"äöüÄÖÜßéèàçñÆæØøÞ")
        for _ in 0..<1000 {
            cases.append(String((0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Bool.random(using: &generator) ? common.randomElement(using: &generator)!
                    : Character(UnicodeScalar(UInt8.random(in: 0...255, using: &generator)))
            }))
        }
        cases += ["  Die NATO `lehnt` ab.\t\r\n", "A\u{0B}B\u{0C}C\u{1F}D\u{7F}", "Einflußsphären\u{A0}\u{85} µ ª ¹ ¼ ÿ ¨a"]
        for text in cases {
            var copy = text
            let fast = copy.withUTF8(TextNormalizer.latin1MatchKeyUnits)
            #expect(fast == TextNormalizer.foldedMatchKeyUnits(text), "differs for \(text.debugDescription)")
        }
        var beyond = "Straße „Zitat“ – İstanbul"
        #expect(beyond.withUTF8(TextNormalizer.latin1MatchKeyUnits) == nil)
    }

    @Test func oldAndNewGermanSpellingShareAKey() {
        let reform = TextNormalizer.MatchKeyOptions.germanSpellingReform
        #expect(TextNormalizer.matchKey("daß") == TextNormalizer.matchKey("dass"))
        #expect(TextNormalizer.matchKey("Einflußsphäre", options: reform) == TextNormalizer.matchKey("Einflusssphäre", options: reform))
        #expect(TextNormalizer.matchKey("Schiffahrt", options: reform) == TextNormalizer.matchKey("Schifffahrt", options: reform))
        #expect(TextNormalizer.matchKey("numerieren", options: reform) == TextNormalizer.matchKey("nummerieren", options: reform))
        #expect(TextNormalizer.matchKey("Schiffahrt") != TextNormalizer.matchKey("Schifffahrt"))
        // Ordinary words are left alone.
        #expect(TextNormalizer.matchKey("das Asyl", options: reform) == "das asyl")
    }
}

@Suite struct NumberReaderTests {
    @Test func germanAndEnglishNotationsGiveTheSameNumber() throws {
        let german = try NumberReader(language: .german)
        let english = try NumberReader(language: .english)
        #expect(german.value(of: "100.000") == 100_000)
        #expect(english.value(of: "100,000") == 100_000)
        #expect(german.value(of: "3,5") == 3.5)
        #expect(english.value(of: "3.5") == 3.5)
        #expect(german.value(of: "2019") == 2019)
        #expect(german.value(of: "NATO") == nil)
        #expect(german.value(of: "12a") == nil)
    }

    /// Swiss German groups with an apostrophe ("über 2'000 Franken", "CHF 1’250.50"), where the
    /// English of the same text writes "2,000".
    @Test func swissGroupingIsReadInEitherLanguage() throws {
        let german = try NumberReader(language: .german)
        #expect(german.value(of: "2'000") == 2_000)
        #expect(german.value(of: "1’250.50") == 1_250.5)
        #expect(german.value(of: "12'345'678") == 12_345_678)
        #expect(try NumberReader(language: .english).value(of: "2'000") == 2_000)
        #expect(german.value(of: "2'00") == nil)
        #expect(german.value(of: "2000'") == nil)
    }
}
