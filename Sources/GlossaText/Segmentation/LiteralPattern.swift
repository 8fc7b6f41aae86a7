/// Recognises `beforebreak` patterns that are only a list of literal words, such as
/// `\b(?:Dr|Prof|Nr)\.` or OmegaT's one-rule-per-abbreviation `\bDr\.`, so that the segmenter
/// can test them with a hash lookup instead of a regular expression.
///
/// The accepted shape is: optional `(?i)`, optional `\b`, then either a literal, or a group
/// `(…)`/`(?:…)` of `|`-separated literals followed by an optional literal suffix. A literal is
/// letters, digits and escaped punctuation (`\.`, `\-`, `\'`), plus small character classes of
/// single letters such as `[Aa]` (expanded, at most 256 strings in all). Anything else is left to
/// ICU. Semantics are unchanged: the words are exactly the strings the regex would match.
struct LiteralPattern: Equatable {
    /// Every string the pattern matches.
    var words: Set<String>
    var caseInsensitive: Bool
    /// The pattern began with `\b`.
    var wordBoundary: Bool

    static let maximumExpansion = 256

    init?(_ pattern: String) {
        var rest = Substring(pattern)
        caseInsensitive = false
        if rest.hasPrefix("(?i)") {
            caseInsensitive = true
            rest = rest.dropFirst(4)
        }
        wordBoundary = false
        if rest.hasPrefix("\\b") {
            wordBoundary = true
            rest = rest.dropFirst(2)
        }
        var alternatives: [String]
        if rest.hasPrefix("(") {
            var body = rest.dropFirst()
            if body.hasPrefix("?:") { body = body.dropFirst(2) }
            guard let close = LiteralPattern.closingParenthesis(in: body) else { return nil }
            var expanded: [String] = []
            for part in LiteralPattern.split(body[..<close]) {
                guard let strings = LiteralPattern.expand(part), !strings.isEmpty else { return nil }
                expanded += strings
            }
            alternatives = expanded
            rest = body[body.index(after: close)...]
        } else {
            alternatives = [""]
        }
        guard let suffixes = LiteralPattern.expand(rest) else { return nil }
        var words = Set<String>()
        for alternative in alternatives {
            for suffix in suffixes {
                let word = alternative + suffix
                if word.isEmpty { return nil }
                words.insert(caseInsensitive ? word.lowercased() : word)
            }
        }
        guard words.count <= LiteralPattern.maximumExpansion * 8 else { return nil }
        if caseInsensitive && words.contains(where: { !$0.allSatisfy(\.isASCII) }) { return nil }
        self.words = words
    }

    /// The index of the `)` that closes the group, if nothing inside nests.
    private static func closingParenthesis(in text: Substring) -> Substring.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\\" {
                index = text.index(after: index)
                if index < text.endIndex { index = text.index(after: index) }
                continue
            }
            if character == "(" { return nil }
            if character == ")" { return index }
            index = text.index(after: index)
        }
        return nil
    }

    /// Splits at top-level `|` (escapes respected).
    private static func split(_ text: Substring) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        var inClass = false
        while index < text.endIndex {
            let character = text[index]
            if character == "\\" {
                index = text.index(after: index)
                if index < text.endIndex { index = text.index(after: index) }
                continue
            }
            if character == "[" { inClass = true }
            if character == "]" { inClass = false }
            if character == "|" && !inClass {
                parts.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        parts.append(text[start..<text.endIndex])
        return parts
    }

    /// All strings a literal (with small letter classes) matches, or nil if it is not one.
    private static func expand(_ text: Substring) -> [String]? {
        var results = [""]
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            var options: [Character]
            if character == "\\" {
                let next = text.index(after: index)
                guard next < text.endIndex else { return nil }
                let escaped = text[next]
                guard escaped.isPunctuation || escaped.isSymbol || escaped == " " else { return nil }
                options = [escaped]
                index = text.index(after: next)
            } else if character == "[" {
                guard let close = text[index...].firstIndex(of: "]") else { return nil }
                let members = text[text.index(after: index)..<close]
                guard !members.isEmpty, members.count <= 4, members.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
                options = Array(members)
                index = text.index(after: close)
            } else if character.isLetter || character.isNumber || character == "'" || character == "’" || character == "-" || character == " " {
                options = [character]
                index = text.index(after: index)
            } else {
                return nil
            }
            // A quantifier after the atom makes it more than a literal.
            if index < text.endIndex, "*+?{".contains(text[index]) { return nil }
            results = results.flatMap { prefix in options.map { prefix + String($0) } }
            if results.count > maximumExpansion { return nil }
        }
        return results
    }
}
