import GlossaCore

/// A quick check that a text is in the language it is said to be in, from how many of its
/// words are German or English function words. Enough to catch swapped or wrong files; not a
/// general language identifier.
public enum LanguageGuess {
    /// The more likely of German and English, or nil if the text gives too little evidence
    /// (fewer than 5 function words) or is neither clearly.
    /// - Complexity: O(n).
    public static func germanOrEnglish(_ text: String) -> LanguageTag? {
        var german = 0, english = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            let token = String(word)
            if StopWords.german.contains(token) { german += 1 }
            if StopWords.english.contains(token) { english += 1 }
        }
        guard german + english >= 5 else { return nil }
        if german >= 2 * english { return .german }
        if english >= 2 * german { return .english }
        return nil
    }
}
