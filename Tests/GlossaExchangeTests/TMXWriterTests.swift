import Foundation
import GlossaCore
import GlossaExchange
import Testing

@Suite struct TMXWriterTests {
    static let pairs = [
        AlignedPair(source: "Sherman rief Moskau zur Deeskalation auf.", target: "Sherman called on Moscow to de-escalate.",
                    link: AlignmentLink(source: [0], target: [0], confidence: 0.99)),
        AlignedPair(source: "„Russland ist der Aggressor.“ <b> & Co.", target: "\"Russia is the aggressor.\" <b> & Co.",
                    link: AlignmentLink(source: [1, 2], target: [1], confidence: 0.8)),
    ]

    @Test func writesTMX14bThatValidatesAgainstTheXSDAndTheDTD() {
        let tmx = TMXWriter.write(pairs: Self.pairs, sourceLanguage: LanguageTag("de-DE")!, targetLanguage: .english,
                                  creationToolVersion: "0.1.0", date: "2022-01")
        #expect(SchemaValidation.violations(of: tmx, against: "tmx14.xsd") == [])
        #expect(SchemaValidation.violations(of: tmx, againstDTD: "tmx14.dtd") == [])
        #expect(tmx.contains("srclang=\"de-DE\""))
        #expect(tmx.contains("<tuv xml:lang=\"de-DE\"><seg>„Russland ist der Aggressor.“ &lt;b&gt; &amp; Co.</seg></tuv>"))
        #expect(tmx.contains("<prop type=\"x-glossa-bead\">2-1</prop>"))
        // The check can fail: a unit without its <seg> is refused.
        let broken = tmx.replacingOccurrences(of: "<seg>Sherman called on Moscow to de-escalate.</seg>", with: "")
        #expect(!SchemaValidation.violations(of: broken, against: "tmx14.xsd").isEmpty)
    }

    @Test func dropsCharactersXMLCannotHold() {
        let pair = AlignedPair(source: "A\u{0001}B", target: "C\u{FFFE}D", link: AlignmentLink(source: [0], target: [0], confidence: 1))
        let tmx = TMXWriter.write(pairs: [pair], sourceLanguage: .german, targetLanguage: .english, creationToolVersion: "0")
        #expect(tmx.contains("<seg>AB</seg>") && tmx.contains("<seg>CD</seg>"))
        #expect(SchemaValidation.violations(of: tmx, against: "tmx14.xsd") == [])
    }
}
