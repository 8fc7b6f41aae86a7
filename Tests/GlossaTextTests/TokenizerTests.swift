import GlossaCore
import GlossaText
import Testing

@Suite struct TokenizerTests {
    @Test func hyphenatedCompoundsAreOneTokenWithParts() throws {
        let tokens = try Tokenizer(language: .german).tokens("Der NATO-Generalsekretär begrüßte sie Corona-konform im NATO-Russland-Rat.")
        let compounds = tokens.filter { !$0.parts.isEmpty }
        #expect(compounds.map(\.text) == ["NATO-Generalsekretär", "Corona-konform", "NATO-Russland-Rat"])
        #expect(compounds.last?.parts == ["NATO", "Russland", "Rat"])
        #expect(tokens.last?.kind == .punctuation)
    }

    @Test func numbersAreTypedAndReadByLocale() throws {
        let german = try Tokenizer(language: .german).tokens("Rund 100.000 Soldaten, also 3,5 Prozent.")
        #expect(german.filter { $0.kind == .number }.map(\.number) == [100_000, 3.5])
        let english = try Tokenizer(language: .english).tokens("Some 100,000 troops, or 3.5 percent.")
        #expect(english.filter { $0.kind == .number }.map(\.number) == [100_000, 3.5])
    }

    @Test func abbreviationsKeepTheirPeriod() throws {
        let german = try Tokenizer(language: .german).tokens("Das gilt z. B. für Dr. Müller.")
        #expect(german.filter { $0.kind == .abbreviation }.map(\.text) == ["z.", "B.", "Dr."])
        #expect(german.last?.text == ".")
        let english = try Tokenizer(language: .english).tokens("The U.S. envoy met Mr. Carpenter.")
        #expect(english.filter { $0.kind == .abbreviation }.map(\.text) == ["U.S.", "Mr."])
    }

    @Test func suspendedHyphenStaysWithItsWord() throws {
        let tokens = try Tokenizer(language: .german).tokens("Vize- und Außenminister")
        #expect(tokens.map(\.text) == ["Vize-", "und", "Außenminister"])
    }

    @Test func rangesPointIntoTheUTF8Text() throws {
        let text = "„Einflusssphären“ – 😀 Wien."
        let bytes = Array(text.utf8)
        for token in try Tokenizer(language: .german).tokens(text) {
            #expect(String(decoding: bytes[token.range.start..<token.range.end], as: UTF8.self) == token.text)
        }
    }
}
