/// Where a sentence's clauses open, in either language: its first word, a word after a colon
/// ("Vogler: Wages have risen …", "Frage: Kann die Anwerbung …", "Wien: Nationalrat
/// beschließt …") and the word after a dateline's dash ("Hamburg – Wer die Ausstellung
/// betritt …", "Pasadena (dpa) - Der Rover …"). A capital there is the clause's, as at a
/// sentence's start: it tells nothing about a noun or a name.
///
/// Words are runs of letters and hyphens, as the term linker counts them.
/// - Complexity: O(length of the sentence).
enum ClauseOpenings {
    /// The words of `sentence` and whether each opens a clause.
    static func words(in sentence: String) -> [(word: Substring, opens: Bool)] {
        let split = sentence.split(whereSeparator: { !$0.isLetter && $0 != "-" })
        // No colon and no dash (most sentences): only the first word opens a clause.
        guard mayOpenClauses(sentence) else { return split.enumerated().map { ($0.element, $0.offset == 0) } }
        var result: [(word: Substring, opens: Bool)] = []
        var separatorStart = sentence.startIndex
        /// Parentheses open before the current word ("(dpa)" of a dateline).
        var depth = 0
        /// Whether every word so far outside parentheses is capitalised, as a dateline's
        /// places are ("Berlin/Hamburg", "Pasadena (dpa)"), and how many there were.
        var datelineSoFar = true, datelineWords = 0
        var dashSeen = false
        for word in split {
            let separator = sentence[separatorStart..<word.startIndex]
            separatorStart = word.endIndex
            for character in separator {
                if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
            }
            if separator.contains(where: { $0 == "–" || $0 == "—" }) { dashSeen = true }
            // A hyphen standing alone is a dash ("Pasadena (dpa) - Der …"): a word to the split.
            if word.allSatisfy({ $0 == "-" }) {
                if separator.last?.isWhitespace == true { dashSeen = true }
                result.append((word, false))
                continue
            }
            let opens = result.isEmpty || Self.endsInColon(separator)
                || (dashSeen && datelineSoFar && datelineWords > 0 && datelineWords <= 3 && depth == 0)
            result.append((word, opens))
            if depth == 0 {
                if word.first?.isUppercase == true { datelineWords += 1 } else { datelineSoFar = false }
            }
            if dashSeen { datelineSoFar = false }
        }
        return result
    }

    /// The UTF-8 offsets of the words that open a clause (the first word's among them).
    /// - Complexity: a byte scan; the words are split only in a sentence with a colon or a
    ///   dash (most have neither).
    static func offsets(in sentence: String) -> Set<Int> {
        guard mayOpenClauses(sentence) else {
            guard let first = sentence.firstIndex(where: { $0.isLetter || $0 == "-" }) else { return [] }
            return [sentence.utf8.distance(from: sentence.startIndex, to: first)]
        }
        return Set(words(in: sentence).lazy.filter(\.opens).map { sentence.utf8.distance(from: sentence.startIndex, to: $0.word.startIndex) })
    }

    /// Whether the sentence has a colon, a hyphen or the first byte of "–" and "—" (of other
    /// marks too: a superset): else only its first word opens a clause.
    private static func mayOpenClauses(_ sentence: String) -> Bool {
        sentence.utf8.contains { $0 == 0x3A || $0 == 0x2D || $0 == 0xE2 }
    }

    /// A colon, then space or an opening quote: "Vogler: Wages", „Er sagte: „Wir …"; not the
    /// colon of a score, a time or an address ("3:1", "https://").
    private static func endsInColon(_ separator: Substring) -> Bool {
        guard let colon = separator.lastIndex(of: ":") else { return false }
        let after = separator[separator.index(after: colon)...]
        return !after.isEmpty && after.allSatisfy { $0.isWhitespace || "\"„“”»«‚‘'".contains($0) }
    }
}
