import GlossaAlign
import GlossaCore

/// Catches a file in the wrong language (swapped arguments, the same file twice, a French
/// version given as the English one) before glossa aligns nonsense.
public enum LanguageCheck {
    /// Below this share of German (English) function words, with enough words to tell, a text
    /// is no German (English): prose and software messages run at 0.28–0.5, French at 0.03.
    static let minimumCommonWordShare = 0.1
    static let wordsToTell = 40

    public static func mismatch(_ result: DocumentAlignment, sourceName: String, targetName: String) -> String? {
        for (sentences, expected, name) in [(result.source, result.sourceLanguage, sourceName), (result.target, result.targetLanguage, targetName)] {
            let text = sentences.prefix(200).map(\.text).joined(separator: " ")
            guard ["de", "en"].contains(expected.language) else { continue }
            let languageName = expected.language == "de" ? "German" : "English"
            if let guess = LanguageGuess.germanOrEnglish(text), guess.language != expected.language,
               // French "des", "die" in Italian: the other language must itself read as prose.
               (LanguageGuess.commonWordShare(text, language: guess)?.share ?? 0) >= minimumCommonWordShare {
                return "\(name) looks like \(guess == .german ? "German" : "English") text, but it was given as the \(languageName) side; check the order of the files (source first)"
            }
            if let (share, words) = LanguageGuess.commonWordShare(text, language: expected), words >= wordsToTell, share < minimumCommonWordShare {
                return "\(name) does not look like \(languageName) text (\(Int((share * 100).rounded()))% of its words are common \(languageName) words, against 30–50% in \(languageName) prose); give the \(languageName) version (glossa align takes other languages with --source-lang / --target-lang)"
            }
        }
        return nil
    }
}
