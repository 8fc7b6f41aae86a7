import GlossaCore

/// A quick check that a text is in the language it is said to be in, from how many of its
/// words are German or English function words. Enough to catch swapped or wrong files; not a
/// general language identifier.
public enum LanguageGuess {
    /// The more likely of German and English, or nil if the text gives too little evidence
    /// (fewer than `minimumEvidence` function words: 5 for a document, 2 for a short column of
    /// a table) or is neither clearly.
    /// - Complexity: O(n).
    public static func germanOrEnglish(_ text: String, minimumEvidence: Int = 5) -> LanguageTag? {
        var german = 0, english = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            let token = String(word)
            if StopWords.german.contains(token) { german += 1 }
            if StopWords.english.contains(token) { english += 1 }
        }
        guard german + english >= minimumEvidence else { return nil }
        if german >= 2 * english { return .german }
        if english >= 2 * german { return .english }
        return nil
    }

    /// The share of the text's words that are `language`'s function words, and how many words
    /// it has; nil for a language glossa has no list for. German and English prose run at
    /// 0.3–0.5 (software messages 0.28–0.42, measured on the benchmark's catalogs), French
    /// given as English at 0.03.
    /// - Complexity: O(n).
    public static func commonWordShare(_ text: String, language: LanguageTag) -> (share: Double, words: Int)? {
        let list = StopWords.set(for: language.language)
        guard !list.isEmpty else { return nil }
        var words = 0, common = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            words += 1
            if list.contains(String(word)) { common += 1 }
        }
        return (words == 0 ? 0 : Double(common) / Double(words), words)
    }
}
