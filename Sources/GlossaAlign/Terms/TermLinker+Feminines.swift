import GlossaCore

/// German feminine nouns for people and their English partners: the candidates put a feminine
/// under its masculine where the text has both ("Mieterin" beside "Mieter"); an English noun
/// that names a woman as such keeps the feminine ("Schauspielerin" / "actress").
extension TermLinker {
    /// The singular of a German feminine noun for people ("Schauspielerinnen" →
    /// "Schauspielerin"), nil for any other word.
    static func feminineLemma(_ word: String) -> String? {
        guard Lemmatizer.masculineOfFeminine(word) != nil else { return nil }
        return word.hasSuffix("innen") ? String(word.dropLast(3)) : word
    }

    /// Whether an English sentence has a noun that names a woman as such ("actress",
    /// "chairwoman", "spokeswomen"), whose German is the feminine.
    static func namesAWoman(_ sentence: String) -> Bool {
        sentence.split(whereSeparator: { !$0.isLetter }).contains { word in
            let lower = word.lowercased()
            return feminineEnglishNouns.contains(lower) || lower.hasSuffix("woman") || lower.hasSuffix("women")
                || lower.hasSuffix("esses") && feminineEnglishNouns.contains(String(lower.dropLast(2)))
        }
    }

    /// English nouns for women, besides those in -woman: a German feminine is their partner.
    static let feminineEnglishNouns: Set<String> = [
        "actress", "waitress", "hostess", "stewardess", "princess", "duchess", "empress", "countess", "baroness", "goddess",
        "heiress", "priestess", "headmistress", "mistress", "heroine", "governess",
    ]
}
