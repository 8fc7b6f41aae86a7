import GlossaAlign
import GlossaCore

/// Catches a file in the wrong language (swapped arguments, the same file twice) before
/// glossa aligns nonsense.
public enum LanguageCheck {
    public static func mismatch(_ result: DocumentAlignment, sourceName: String, targetName: String) -> String? {
        for (sentences, expected, name) in [(result.source, result.sourceLanguage, sourceName), (result.target, result.targetLanguage, targetName)] {
            let text = sentences.prefix(200).map(\.text).joined(separator: " ")
            if let guess = LanguageGuess.germanOrEnglish(text), ["de", "en"].contains(expected.language), guess.language != expected.language {
                return "\(name) looks like \(guess == .german ? "German" : "English") text, but it was given as the \(expected.language == "de" ? "German" : "English") side; check the order of the files (source first) or --source-lang / --target-lang"
            }
        }
        return nil
    }
}
