/// Splits German compounds into known words, with the linking elements German puts between
/// them (-s-, -es-, -n-, -en-, -er-, -e-): "Sicherheitsgarantien" → Sicherheit + Garantien,
/// "Einflusssphären" → Einfluss + Sphären; "Deeskalation" stays whole, because "Dee" is no word.
///
/// Parts must be words of the lexicon (the corpus's own words, a dictionary's), at least four
/// letters long; among several splits the one with the fewest parts wins, and among those the
/// one whose parts are most frequent (Koehn & Knight's geometric mean); a word is split only if
/// that beats the word's own frequency.
/// - Complexity: O(length² · linking elements) lookups per word, recursion on the last part.
public struct CompoundSplitter: Sendable {
    /// Lower-cased words and how often each was seen.
    public var lexicon: [String: Int]
    /// Nouns of two or three letters (folded: "bau", "gas", "amt", "ol"), which open a compound
    /// when a known word is split for its parts' sake: Bau|industrie / construction industry,
    /// Amts|zeit / term of office. Not in a first split: most three-letter words a dictionary
    /// has are no nouns ("vor", "aus"), and a short noun cut from a word is a guess.
    public var shortModifiers: Set<String>
    public static let linkingElements = ["", "s", "es", "n", "en", "er", "e"]
    public static let minimumPartLength = 4

    public init(lexicon: [String: Int], shortModifiers: Set<String> = []) {
        self.lexicon = lexicon
        self.shortModifiers = shortModifiers
    }

    /// The parts, with their original capitalisation of the head; `[word]` if it does not split.
    /// - Parameter evenIfKnown: split a word the lexicon knows whole too, if its parts are
    ///   words ("Inflationsausgleich" → Inflation + Ausgleich): for matching a compound part by
    ///   part where the whole has no translation of its own in the text.
    public func split(_ word: String, evenIfKnown: Bool = false) -> [String] {
        guard let parts = bestSplit(word.lowercased(), depth: 0, evenIfKnown: evenIfKnown) else { return [word] }
        // Give the parts German noun capitalisation.
        return parts.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    }

    private func frequency(_ word: String) -> Double { Double(lexicon[word] ?? 0) }

    private func bestSplit(_ word: String, depth: Int, evenIfKnown: Bool = false) -> [String]? {
        let characters = Array(word)
        // Splitting a known word for its parts' sake, a head of three letters the lexicon
        // knows counts too ("Bundes|amt", "Stadt|rat"); a first split keeps to four.
        let minimumHead = evenIfKnown ? 3 : Self.minimumPartLength
        let shortModifiers = evenIfKnown && depth == 0 ? self.shortModifiers : []
        let minimumModifier = shortModifiers.isEmpty ? Self.minimumPartLength : 2
        guard characters.count >= minimumModifier + minimumHead, depth < 4 else { return nil }
        var best: (parts: [String], score: Double)?
        for cut in minimumModifier...(characters.count - minimumHead) {
            let left = String(characters[..<cut]), right = String(characters[cut...])
            // A left part that is a word itself keeps its ending: "Lehrer|verband", not
            // "Lehr-er-verband" (Ding's modifier "Lehr…" would outweigh the noun).
            let leftIsWord = frequency(left) > 0
            for link in Self.linkingElements where left.hasSuffix(link) && (link.isEmpty || !leftIsWord) {
                let stem = String(left.dropLast(link.count))
                guard stem.count >= Self.minimumPartLength && frequency(stem) > 0 || shortModifiers.contains(stem) else { continue }
                // The right part: a known word (or its lemma), or itself a compound.
                var rightParts: [String]?
                if frequency(right) > 0 || frequency(Lemmatizer.germanNoun(right)) > 0 {
                    rightParts = [right]
                } else if let deeper = bestSplit(right, depth: depth + 1) {
                    rightParts = deeper
                }
                guard let rightParts else { continue }
                let parts = [stem] + rightParts
                let product = parts.reduce(1.0) { $0 * max(frequency($1), frequency(Lemmatizer.germanNoun($1)), shortModifiers.contains($1) ? 1 : 0) }
                let score = pow(product, 1.0 / Double(parts.count))
                if Self.isBetter(parts, score, than: best) { best = (parts, score) }
            }
            // "Einflusssphären": three equal consonants, one of them shared by both parts.
            if cut >= 2, characters[cut - 1] == characters[cut], cut >= 2, characters[cut - 2] == characters[cut] {
                let stem = String(characters[..<cut]), rest = String(characters[cut...])
                if frequency(stem) > 0, frequency(rest) > 0 || frequency(Lemmatizer.germanNoun(rest)) > 0 {
                    let score = (frequency(stem) * max(frequency(rest), frequency(Lemmatizer.germanNoun(rest)))).squareRoot()
                    if Self.isBetter([stem, rest], score, than: best) { best = ([stem, rest], score) }
                }
            }
        }
        guard let best, evenIfKnown || best.score >= frequency(word) else { return nil }
        return best.parts
    }

    /// Fewer parts first, then the more frequent: a split into known words is the finer one's
    /// better whatever their frequencies ("Wirtschafts|minister", not "Wirt|schafts|minister"
    /// because a dictionary lists "Wirt" and "Schaft" often).
    private static func isBetter(_ parts: [String], _ score: Double, than best: (parts: [String], score: Double)?) -> Bool {
        guard let best else { return score > 0 }
        if parts.count != best.parts.count { return parts.count < best.parts.count }
        return score > best.score
    }
}

import Foundation
