import GlossaCore
import GlossaTestSupport
import GlossaText
import Testing

@Suite struct SegmentationPropertyTests {
    static let pieces = [
        "Die", "NATO", "z. B.", "Dr.", "am 12.", "Januar", "Einflusssphären", "„", "“", "‚", "‘", "»", "«", "\"", "'",
        ".", "...", "…", "?", "!", ":", ";", ",", "(", ")", "[", "]", " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t",
        "\u{00A0}", "\u{2028}", "100.000", "3,5", "U.S.", "e.g.", "etc.", "usw.", "https://example.com/?q=1", "a@b.de",
        "J.", "R.", "😀", "𝔘", "e\u{0301}", "ß", "date 2022-01", "\u{FEFF}", "Mr.", "Er", "sagte", "x",
    ]

    @Test(arguments: ["de", "en"])
    func rangesTileTheInputAndTextIsTrimmed(_ code: String) throws {
        let segmenter = try SentenceSegmenter(language: LanguageTag(code)!)
        var generator = SplitMix64(state: 42)
        for round in 0..<400 {
            let count = Int.random(in: 0...40, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined(separator: Bool.random(using: &generator) ? " " : "")
            let result = segmenter.segment(text)
            let bytes = Array(text.utf8)
            var position = result.metadata?.range.end ?? 0
            #expect(result.metadata?.range.start ?? 0 == 0)
            for segment in result.segments {
                #expect(segment.range.start == position, "round \(round): gap or overlap before \(segment.range) in \(text.debugDescription)")
                position = segment.range.end
                let slice = String(decoding: bytes[segment.range.start..<segment.range.end], as: UTF8.self)
                #expect(slice.contains(segment.text), "round \(round): text not inside its range")
                #expect(!segment.text.isEmpty)
                #expect(segment.text.first.map { !$0.isWhitespace && $0 != "\u{FEFF}" } ?? false, "round \(round): untrimmed \(segment.text.debugDescription)")
                #expect(segment.text.last.map { !$0.isWhitespace } ?? false, "round \(round): untrimmed \(segment.text.debugDescription)")
            }
            if !result.segments.isEmpty {
                #expect(position == bytes.count, "round \(round): the last range does not reach the end of \(text.debugDescription)")
            }
            let nonSpace = text.unicodeScalars.contains { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }
            if nonSpace && result.metadata == nil {
                #expect(!result.segments.isEmpty, "round \(round): text lost in \(text.debugDescription)")
            }
        }
    }

    @Test func segmentingIsDeterministicAndReusable() throws {
        let segmenter = try SentenceSegmenter(language: .german)
        let text = "Er kam. Sie ging. Dr. Müller blieb am 3. Oktober."
        let first = segmenter.segment(text)
        _ = segmenter.segment("Etwas ganz anderes. Noch ein Satz.")
        #expect(segmenter.segment(text) == first)
    }
}
