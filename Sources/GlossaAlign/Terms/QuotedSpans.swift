/// The quoted stretches of a sentence: a title („Die Stimme des Windes“ / "The Voice of the
/// Wind"), a quoted phrase or a statement. What is quoted in one version is quoted in the other,
/// so the term linker pairs a word inside quotes only with one inside quotes (when both
/// sentences quote), and leaves out a quotation both versions write alike (an English journal's
/// title in a German text, "Nature Climate Change", is no glossary pair of "Change").
///
/// German quotes open with „ (closing “ or ”, or " as a keyboard types it), » or « (closing the
/// other) or ", English ones
/// with “ (closing ”) or ". Single quotes are left alone (an English apostrophe looks the same).
/// - Complexity: O(n) in the sentence's UTF-8 length.
enum QuotedSpans {
    /// The byte ranges inside matching quotation marks (the marks themselves left out), in
    /// order; nil when the marks do not pair up: a closing mark first (a quotation opened in
    /// the sentence before) or one left open (it goes on in the next).
    static func ranges(in sentence: String, german: Bool) -> [Range<Int>]? {
        // No '"' and no byte that opens „ “ ” » «: no quotes (most sentences), at once.
        guard sentence.utf8.contains(where: { $0 == 0x22 || $0 == 0xE2 || $0 == 0xC2 }) else { return [] }
        var spans: [Range<Int>] = []
        var open: (closers: [Unicode.Scalar], start: Int)?
        var offset = 0
        for scalar in sentence.unicodeScalars {
            let width = UTF8.width(scalar)
            defer { offset += width }
            if let current = open {
                if current.closers.contains(scalar) {
                    spans.append(current.start..<offset)
                    open = nil
                }
                continue
            }
            if let closers = (german ? germanPairs : englishPairs)[scalar] {
                open = (closers, offset + width)
            } else if (german ? germanClosersOnly : englishClosersOnly).contains(scalar) {
                return nil
            }
        }
        return open == nil ? spans : nil
    }

    /// Opening marks and the marks that close them.
    private static let germanPairs: [Unicode.Scalar: [Unicode.Scalar]] = [
        "\u{201E}": ["\u{201C}", "\u{201D}", "\""], "\u{BB}": ["\u{AB}"], "\u{AB}": ["\u{BB}"], "\"": ["\""],
    ]
    private static let englishPairs: [Unicode.Scalar: [Unicode.Scalar]] = ["\u{201C}": ["\u{201D}"], "\"": ["\""]]
    private static let germanClosersOnly: Set<Unicode.Scalar> = ["\u{201C}", "\u{201D}"]
    private static let englishClosersOnly: Set<Unicode.Scalar> = ["\u{201D}"]

    /// Whether `text` stands inside the spans wherever it occurs in `sentence` (true), outside
    /// them wherever it occurs (false), or both or nowhere as written (nil: no constraint).
    /// - Complexity: O(n · m) for a sentence of n bytes and a text of m.
    static func isQuoted(_ text: String, in sentence: String, spans: [Range<Int>]) -> Bool? {
        let haystack = Array(sentence.utf8), needle = Array(text.utf8)
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var inside = false, outside = false
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            guard haystack[start..<(start + needle.count)].elementsEqual(needle) else { continue }
            let end = start + needle.count
            if spans.contains(where: { $0.lowerBound <= start && end <= $0.upperBound }) { inside = true } else { outside = true }
        }
        return inside == outside ? nil : inside
    }

    /// The spans' texts, folded (case and diacritics), to find a quotation both versions write alike.
    static func texts(of spans: [Range<Int>], in sentence: String) -> [String] {
        let bytes = Array(sentence.utf8)
        return spans.map { WordForms.folded(String(decoding: bytes[$0], as: UTF8.self)) }
    }
}
