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
