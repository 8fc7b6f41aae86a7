@testable import GlossaAlign
import Testing

@Suite struct QuotedSpansTests {
    func quoted(_ sentence: String, german: Bool) -> [String]? {
        let bytes = Array(sentence.utf8)
        return QuotedSpans.ranges(in: sentence, german: german)?.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func germanAndEnglishQuotesAreFound() {
        #expect(quoted("Das Drama „Die Stimme des Windes“ gewann, sagte sie: „Verdient.“", german: true)
                == ["Die Stimme des Windes", "Verdient."])
        #expect(quoted("Die Zeitung »Die Zeit« und \"Der Spiegel\" berichteten.", german: true) == ["Die Zeit", "Der Spiegel"])
        #expect(quoted("The drama \u{201C}The Voice of the Wind\u{201D} won, she said: \"Deserved.\"", german: false)
                == ["The Voice of the Wind", "Deserved."])
        #expect(quoted("Es gibt keine Zitate.", german: true) == [])
        // „ closed by the straight mark a keyboard types (it was no quotation at all).
        #expect(quoted("Die Fachzeitschrift „Nature Astronomy\" und der „Haushalt der Tricks\".", german: true)
                == ["Nature Astronomy", "Haushalt der Tricks"])
    }

    /// A quotation opened in the sentence before, or going on into the next, gives no spans:
    /// the marks do not pair up, so nothing is known.
    @Test func marksThatDoNotPairUpGiveNothing() {
        #expect(quoted("Das ist das Ende“, sagte er.", german: true) == nil)
        #expect(quoted("„Das ist der Anfang.", german: true) == nil)
        #expect(quoted("The end,\u{201D} he said.", german: false) == nil)
        #expect(quoted("\"The beginning.", german: false) == nil)
    }

    @Test func aTextIsInsideOutsideOrBoth() {
        let sentence = "Das Drama „Die Stimme des Windes“ und die Stimme der Jury"
        let spans = QuotedSpans.ranges(in: sentence, german: true)!
        #expect(QuotedSpans.isQuoted("Stimme des Windes", in: sentence, spans: spans) == true)
        #expect(QuotedSpans.isQuoted("Jury", in: sentence, spans: spans) == false)
        #expect(QuotedSpans.isQuoted("Stimme", in: sentence, spans: spans) == nil)
        #expect(QuotedSpans.isQuoted("Oper", in: sentence, spans: spans) == nil)
    }
}
