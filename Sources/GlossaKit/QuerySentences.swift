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
