import Foundation

/// A word or phrase as a translator copies it out of a sentence: with the sentence's
/// punctuation, quotes and brackets around it ("Sicherheitsgarantien,", „Einflusssphären“).
enum CopiedWord {
    /// Sentence punctuation, quotes and brackets: what a copied word brings along. (Not "+" or
    /// "#": "C++" and "C#" keep their signs; not "-" or "*": "Lehrer*innen", "Öl-".)
    static let edges = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ",.;:!?…\"'„“”‚‘’«»‹›()[]{}"))

    /// The word without what it brought along; an abbreviation keeps its last dot ("U.S.",
    /// "z.B."). Empty if nothing else is left.
    static func trimmed(_ text: String) -> String {
        var trimmed = text.trimmingCharacters(in: edges)
        if trimmed.contains("."), text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(".") { trimmed += "." }
        return trimmed
    }
}
