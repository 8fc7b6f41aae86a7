import GlossaAlign
import GlossaCore

extension Glossa {
    /// The sentences of a query pasted into `match` (a paragraph to pre-translate), segmented
    /// by the query's language, or by German or English as its words suggest (German when they
    /// do not tell). One sentence comes back as itself.
    /// - Complexity: O(n) in the query's length, plus building a segmenter (a few milliseconds).
    public static func querySentences(_ query: String, language: LanguageTag?) throws(SegmentationError) -> [String] {
        let tag = language ?? LanguageGuess.germanOrEnglish(query) ?? .german
        guard ["de", "en"].contains(tag.language) else { return [query] }
        let segmenter = try segmenter(language: tag, options: .init(detectsMetadata: false))
        let sentences = segmenter.segment(query).segments.map(\.text).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
        return sentences.count > 1 ? sentences : [query]
    }
}

extension Glossa {
    /// The sentences of a document to analyse against the memory (UTF-8 text, one paragraph
    /// per line or hard-wrapped), segmented in `language`, or in German or English as its words
    /// suggest (German when they do not tell); a metadata header is left out, and so are
    /// sentences without a letter or digit.
    /// - Complexity: O(n) in the text's length.
    public static func documentSentences(utf8 bytes: [UInt8], language: LanguageTag?) throws(SegmentationError)
        -> (language: LanguageTag, sentences: [String]) {
        let tag = language ?? LanguageGuess.germanOrEnglish(String(decoding: bytes.prefix(20_000), as: UTF8.self)) ?? .german
        let segmenter = try segmenter(language: tag, options: .init())
        let segments = bytes.withUnsafeBufferPointer { segmenter.segment(utf8: $0) }.segments
        let sentences = segments.map { $0.text.split(whereSeparator: \.isNewline).joined(separator: " ") }
            .filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
        return (tag, sentences)
    }
}
