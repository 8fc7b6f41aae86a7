/// What an `afterbreak` pattern needs at its start, read natively before ICU is asked: white
/// space (`\s`, `\s+`, `\s*` or none) and then a digit, a lower-case or an upper-case letter.
/// A rule such as "a word, a full stop, then a number and a lower-case word" (`\s+\d…`) is
/// otherwise an ICU call at every full stop of the text; with this, only at those followed by a
/// number.
///
/// Conservative: it says no only when the pattern certainly cannot match (a non-ASCII character
/// is left to ICU), and a pattern it does not understand gets no signature at all.
/// - Complexity: O(white space after the position).
struct HeadSignature {
    enum Space { case none, one, oneOrMore, any }
    enum First { case digit, lowercase, uppercase }

    let space: Space
    let first: First

    /// nil if the pattern does not start with one of the shapes above.
    init?(afterBreak pattern: String) {
        var rest = Substring(pattern)
        if rest.hasPrefix("\\s+") {
            space = .oneOrMore
            rest = rest.dropFirst(3)
        } else if rest.hasPrefix("\\s*") {
            space = .any
            rest = rest.dropFirst(3)
        } else if rest.hasPrefix("\\s") {
            space = .one
            rest = rest.dropFirst(2)
        } else {
            space = .none
        }
        // The class must not be optional or repeated zero times ("\d?", "\d*").
        let classes: [(String, First)] = [("\\d", .digit), ("[0-9]", .digit), ("\\p{Ll}", .lowercase), ("\\p{Lu}", .uppercase)]
        guard let (token, first) = classes.first(where: { rest.hasPrefix($0.0) }) else { return nil }
        let after = rest.dropFirst(token.count).first
        guard after != "?" && after != "*" && after != "{" else { return nil }
        self.first = first
    }

    /// False if no text starting at `position` can match the pattern.
    @inline(__always)
    func admits(_ text: UnsafeBufferPointer<UInt16>, at position: Int) -> Bool {
        var index = position
        switch space {
        case .none:
            break
        case .one:
            guard index < text.count, AfterBreak.isRegexSpace(text[index]) else { return false }
            index += 1
        case .oneOrMore, .any:
            if space == .oneOrMore { guard index < text.count, AfterBreak.isRegexSpace(text[index]) else { return false } }
            while index < text.count, AfterBreak.isRegexSpace(text[index]) { index += 1 }
        }
        guard index < text.count else { return false }
        let unit = text[index]
        // Beyond ASCII (Arabic-Indic digits, "É", a surrogate) ICU decides.
        guard unit < 0x80 else { return true }
        switch first {
        case .digit: return unit >= 0x30 && unit <= 0x39
        case .lowercase: return unit >= 0x61 && unit <= 0x7A
        case .uppercase: return unit >= 0x41 && unit <= 0x5A
        }
    }
}
