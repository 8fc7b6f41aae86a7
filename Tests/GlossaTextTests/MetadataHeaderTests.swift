import GlossaCore
import GlossaText
import Testing

@Suite struct MetadataHeaderTests {
    func parse(_ text: String) -> (ArticleMetadata?, Int) {
        var text = text
        return text.withUTF8 { MetadataHeader.parse($0) }
    }

    @Test func dateOnTheSameLineAsTheText() {
        let (metadata, start) = parse(" date 2022-01 Die Differenzen sind groß.")
        #expect(metadata?.date == "2022-01")
        #expect(start == 14)
    }

    @Test func headerLines() {
        let (metadata, start) = parse("date: 2022-01-12\nsource Deutsche Welle\nlicense CC BY 4.0\n\nDer Text.")
        #expect(metadata?.fields.map(\.key) == ["date", "source", "licence"])
        #expect(metadata?["source"] == "Deutsche Welle")
        #expect(start == "date: 2022-01-12\nsource Deutsche Welle\nlicense CC BY 4.0\n\n".utf8.count)
    }

    @Test(arguments: ["Date 2022-01 ist kein Kopf.", "date 2022-13 Text", "date gestern war schön", "Die NATO tagt.", "source\nText"])
    func notAHeader(_ text: String) {
        let (metadata, start) = parse(text)
        #expect(metadata == nil)
        #expect(start == 0)
    }

    @Test func segmenterReportsTheHeaderNotAsASentence() throws {
        let result = try SentenceSegmenter(language: .german).segment("date 2022-01\nDie NATO tagt. Russland auch.")
        #expect(result.metadata?.date == "2022-01")
        #expect(result.segments.map(\.text) == ["Die NATO tagt.", "Russland auch."])
        #expect(result.segments.first?.range.start == result.metadata?.range.end)
        let plain = try SentenceSegmenter(language: .german, options: .init(detectsMetadata: false)).segment("date 2022-01 Die NATO tagt.")
        #expect(plain.metadata == nil)
        #expect(plain.segments.map(\.text) == ["date 2022-01 Die NATO tagt."])
    }
}
