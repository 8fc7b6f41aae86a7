/// One sentence (or headline, list item) of a text, as the segmenter found it.
public struct Segment: Hashable, Sendable, Codable {
    /// The sentence, trimmed of surrounding white space; inner text exactly as in the input.
    public var text: String
    /// Where the segment lies in the input, untrimmed: consecutive segments' ranges tile the
    /// input (after any metadata header) with nothing left over.
    public var range: TextRange
    /// Index of the paragraph the segment belongs to (0-based); paragraph boundaries always break.
    public var paragraph: Int

    public init(text: String, range: TextRange, paragraph: Int) {
        self.text = text
        self.range = range
        self.paragraph = paragraph
    }
}

/// A segmented text: its sentences and any metadata header found before them.
public struct SegmentedText: Hashable, Sendable {
    public var language: LanguageTag
    public var metadata: ArticleMetadata?
    public var segments: [Segment]

    public init(language: LanguageTag, metadata: ArticleMetadata?, segments: [Segment]) {
        self.language = language
        self.metadata = metadata
        self.segments = segments
    }
}
