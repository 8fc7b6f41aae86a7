import GlossaAlign
import GlossaCore

/// Catches a file in the wrong language (swapped arguments, the same file twice, a French
/// version given as the English one) before glossa aligns nonsense.
public enum LanguageCheck {
    /// Below this share of German (English) function words, with enough words to tell, a text
    /// is no German (English): prose and software messages run at 0.28–0.5, French at 0.03.
    static let minimumCommonWordShare = 0.1
    static let wordsToTell = 40

    public static func mismatch(_ result: DocumentAlignment, sourceName: String, targetName: String) -> AlignmentProblem? {
        for (sentences, expected, name) in [(result.source, result.sourceLanguage, sourceName), (result.target, result.targetLanguage, targetName)] {
            let text = sentences.prefix(200).map(\.text).joined(separator: " ")
            guard ["de", "en"].contains(expected.language) else { continue }
            let languageName = expected.language == "de" ? "German" : "English"
            if let guess = LanguageGuess.germanOrEnglish(text), guess.language != expected.language,
               // French "des", "die" in Italian: the other language must itself read as prose.
               (LanguageGuess.commonWordShare(text, language: guess)?.share ?? 0) >= minimumCommonWordShare {
                return .swappedLanguage(file: name, looksLike: guess == .german ? "German" : "English", givenAs: languageName)
            }
            if let (share, words) = LanguageGuess.commonWordShare(text, language: expected), words >= wordsToTell, share < minimumCommonWordShare {
                return .notInLanguage(file: name, language: languageName, commonWordPercent: Int((share * 100).rounded()))
            }
        }
        return nil
    }
}
