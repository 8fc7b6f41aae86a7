import GlossaText

/// A word or phrase of one sentence that could be a glossary term, with its base form.
public struct TermCandidate: Hashable, Sendable {
    /// As it stands in the sentence: "Einflusssphären", "spheres of influence".
    public var text: String
    /// The base form: "Einflusssphäre", "sphere of influence".
    public var base: String
    /// Words of the candidate (for phrases), as in the text.
    public var words: [String]

    public init(text: String, base: String, words: [String]) {
        self.text = text
        self.base = base
        self.words = words
    }
}

extension TermCandidate {
    /// Whether the word at `index` is written as an abbreviation before a number: a period right
    /// after it, then a number ("Art. 20a GG", "Abs. 3", "Kap. 4", "Sec. 5"). Such a word is a
    /// reference, no term, whatever else it spells ("Art" is also a noun).
    /// - Complexity: O(1).
    static func isAbbreviationBeforeNumber(at index: Int, in tokens: [Token]) -> Bool {
        guard index + 2 < tokens.count, tokens[index].kind == .word, tokens[index + 1].text == ".",
              tokens[index + 1].range.start == tokens[index].range.end else { return false }
        return tokens[index + 2].kind == .number || tokens[index + 2].text.first?.isNumber == true
    }
}
