import GlossaCore

/// A word, number, abbreviation or punctuation mark of a sentence.
public struct Token: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Letters, including hyphenated compounds ("NATO-Generalsekretär") and
        /// apostrophes inside words ("don't").
        case word
        /// Digits, read by locale into ``Token/number``.
        case number
        /// A known abbreviation or an initial, with its period ("z.", "Dr.", "U.S.").
        case abbreviation
        case punctuation
        case symbol
    }

    public var text: String
    public var kind: Kind
    /// UTF-8 byte range in the tokenized text.
    public var range: TextRange
    /// For hyphenated compounds, the parts between hyphens ("NATO", "Generalsekretär");
    /// otherwise empty.
    public var parts: [String]
    /// For numbers, the value read the language's way (100.000 in German is 100000).
    public var number: Double?

    public init(text: String, kind: Kind, range: TextRange, parts: [String] = [], number: Double? = nil) {
        self.text = text
        self.kind = kind
        self.range = range
        self.parts = parts
        self.number = number
    }
}
