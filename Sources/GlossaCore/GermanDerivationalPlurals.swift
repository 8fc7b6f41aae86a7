/// The plurals of German derivational suffixes, whose singular they give without fail
/// ("Lieferungen" → "Lieferung", "Möglichkeiten" → "Möglichkeit", "Ergebnisse" → "Ergebnis"):
/// one table for the lemmatizer and for the reader of a dictionary that lists such a plural
/// alone ("Grabungen {pl}").
public enum GermanDerivationalPlurals {
    /// (plural ending, singular ending, the singular's gender where the suffix decides it: -nis
    /// is "das Ergebnis" and "die Erlaubnis").
    static let endings: [(plural: String, singular: String, gender: GrammaticalGender?)] = [
        ("ungen", "ung", .feminine), ("heiten", "heit", .feminine), ("keiten", "keit", .feminine), ("schaften", "schaft", .feminine),
        ("nisse", "nis", nil), ("nissen", "nis", nil), ("ionen", "ion", .feminine), ("täten", "tät", .feminine),
    ]

    /// The singular of a capitalised noun ending in one of these plurals, with its gender where
    /// the suffix decides it; nil for any other word.
    /// - Complexity: O(1) for a word of bounded length: eight suffix tests.
    public static func singular(of word: String) -> (singular: String, gender: GrammaticalGender?)? {
        guard word.first?.isUppercase == true else { return nil }
        for ending in endings where word.hasSuffix(ending.plural) && word.count >= ending.plural.count + 3 {
            return (String(word.dropLast(ending.plural.count)) + ending.singular, ending.gender)
        }
        return nil
    }
}
