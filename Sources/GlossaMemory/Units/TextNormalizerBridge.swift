import GlossaText

/// The text layer's keys, in one place for the store: match keys for duplicates and fuzzy
/// matching, search keys (case and diacritics folded) for lookup.
enum TextNormalizerBridge {
    static func matchKey(_ text: String) -> String { TextNormalizer.matchKey(text) }
    static func matchKeyUnits(_ text: String) -> [UInt16] { TextNormalizer.matchKeyUnits(text) }
    static func searchKey(_ text: String) -> String { TextNormalizer.searchKey(text) }
    /// A word as SQLite's unicode61 tokenizer with `remove_diacritics 2` indexes it: lower case,
    /// no diacritics, ß kept.
    static func fullTextForm(_ word: String) -> String { TextNormalizer.removingDiacritics(word.lowercased()) }
}
