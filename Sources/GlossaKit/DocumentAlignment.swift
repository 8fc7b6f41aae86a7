import Foundation
import GlossaAlign
import GlossaCore
import GlossaText

/// A text and its translation, segmented and aligned.
public struct DocumentAlignment: Sendable {
    public var source: [SentenceAligner.Sentence]
    public var target: [SentenceAligner.Sentence]
    public var sourceLanguage: LanguageTag
    public var targetLanguage: LanguageTag
    public var links: [AlignmentLink]
    /// Metadata headers of the two files (`date 2022-01`), if any.
    public var sourceMetadata: ArticleMetadata?
    public var targetMetadata: ArticleMetadata?
    /// How much the linked sentences' words confirm each other (nil: not measured).
    public var lexicalSupport: SentenceAligner.LexicalSupport?

    public init(source: [SentenceAligner.Sentence], target: [SentenceAligner.Sentence], sourceLanguage: LanguageTag,
                targetLanguage: LanguageTag, links: [AlignmentLink], sourceMetadata: ArticleMetadata? = nil,
                targetMetadata: ArticleMetadata? = nil) {
        self.source = source
        self.target = target
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.links = links
        self.sourceMetadata = sourceMetadata
        self.targetMetadata = targetMetadata
    }

    /// The linked sentence pairs with text on both sides (1-0 and 0-1 links left out).
    public var pairs: [AlignedPair] {
        links.filter { !$0.source.isEmpty && !$0.target.isEmpty }.map { link in
            AlignedPair(source: link.source.map { source[$0].text }.joined(separator: " "),
                        target: link.target.map { target[$0].text }.joined(separator: " "),
                        link: link)
        }
    }
}

extension Glossa {
    /// Segments both texts and aligns their sentences.
    public static func align(sourceText: String, targetText: String, sourceLanguage: LanguageTag = .german,
                             targetLanguage: LanguageTag = .english, dictionary: BilingualDictionary = .init(),
                             options: SentenceSegmenter.Options = .init()) throws(SegmentationError) -> DocumentAlignment {
        let sourceSegments = try segmenter(language: sourceLanguage, options: options).segment(sourceText)
        let targetSegments = try segmenter(language: targetLanguage, options: options).segment(targetText)
        let source = articleSentences(sourceSegments.segments), target = articleSentences(targetSegments.segments)
        var result = try align(sentences: source, target, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, dictionary: dictionary)
        result.sourceMetadata = sourceSegments.metadata
        result.targetMetadata = targetSegments.metadata
        return result
    }

    /// The sentences of an article: a news agency's dateline and credit lines and a page's time
    /// stamp are none (each version has its own), so they stay out of the alignment and the
    /// memory, and a list item's bullet is layout. (Text already one sentence per line is
    /// aligned as given: its line numbers are the caller's.)
    static func articleSentences(_ segments: [Segment]) -> [SentenceAligner.Sentence] {
        var kept: [SentenceAligner.Sentence] = []
        for (index, segment) in segments.enumerated() {
            var text = ListMarker.removed(from: segment.text)
            if NewsBoilerplate.isWireCredit(text) || NewsBoilerplate.isTimestamp(text) { continue }
            if index == 0 || segments[index - 1].paragraph != segment.paragraph { text = NewsBoilerplate.withoutDateline(text) }
            kept.append(SentenceAligner.Sentence(text: text, paragraph: segment.paragraph))
        }
        return kept
    }

    /// Aligns texts that are already one sentence per line ("<p>" or a blank line marks a
    /// paragraph), as hunalign takes them.
    public static func alignSegmented(sourceText: String, targetText: String, sourceLanguage: LanguageTag = .german,
                                      targetLanguage: LanguageTag = .english,
                                      dictionary: BilingualDictionary = .init()) throws(SegmentationError) -> DocumentAlignment {
        try align(sentences: sentencesPerLine(sourceText), sentencesPerLine(targetText), sourceLanguage: sourceLanguage,
                  targetLanguage: targetLanguage, dictionary: dictionary)
    }

    static func align(sentences source: [SentenceAligner.Sentence], _ target: [SentenceAligner.Sentence], sourceLanguage: LanguageTag,
                      targetLanguage: LanguageTag, dictionary: BilingualDictionary) throws(SegmentationError) -> DocumentAlignment {
        // Soft hyphens and zero-width characters split words for the aligner and the term
        // linker, and would keep a stored sentence from matching the same sentence typed.
        func visible(_ sentences: [SentenceAligner.Sentence]) -> [SentenceAligner.Sentence] {
            sentences.map { SentenceAligner.Sentence(text: InvisibleCharacters.removed(from: $0.text), paragraph: $0.paragraph) }
        }
        let source = visible(source), target = visible(target)
        let aligner = try SentenceAligner(source: sourceLanguage, target: targetLanguage, dictionary: dictionary)
        let links = aligner.align(source, target)
        var result = DocumentAlignment(source: source, target: target, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                                       links: links, sourceMetadata: nil, targetMetadata: nil)
        result.lexicalSupport = aligner.lexicalSupport
        return result
    }

    static func sentencesPerLine(_ text: String) -> [SentenceAligner.Sentence] {
        var sentences: [SentenceAligner.Sentence] = []
        var paragraph = 0
        var pendingBreak = false
        for line in text.lines() {
            // Trimmed by Character: Foundation's trimmingCharacters goes through NSString and
            // took 5% of a 2,000-sentence alignment.
            var start = line.startIndex, end = line.endIndex
            while start < end, line[start].isWhitespace { start = line.index(after: start) }
            while end > start, line[line.index(before: end)].isWhitespace { end = line.index(before: end) }
            let trimmed = String(line[start..<end])
            if trimmed.isEmpty || trimmed == "<p>" {
                pendingBreak = !sentences.isEmpty
                continue
            }
            if pendingBreak {
                paragraph += 1
                pendingBreak = false
            }
            sentences.append(.init(text: trimmed, paragraph: paragraph))
        }
        return sentences
    }
}
