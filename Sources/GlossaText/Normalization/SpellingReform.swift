/// Folds German spelling from before the 1996 reform onto today's, for matching only.
///
/// Applied to a match key (already case-folded, so `ß` is `ss`): "daß" and "dass", "Einflußsphäre"
/// and "Einflusssphäre" already agree there. What remains: three equal consonants in a compound,
/// which the old spelling wrote as two before a vowel ("Schiffahrt", "Kontrollampe") — both
/// spellings fold to two — and a short list of stems the reform respelled. The list is
/// deliberately conservative: only stems with no other reading.
/// - Complexity: O(n · s) for s stems (a few dozen).
public enum SpellingReform {
    static let stems: [(old: String, new: String)] = [
        ("numerier", "nummerier"), ("plazier", "platzier"), ("stengel", "stängel"), ("gemse", "gämse"),
        ("greuel", "gräuel"), ("greulich", "gräulich"), ("behende", "behände"), ("schneuz", "schnäuz"),
        ("überschwengl", "überschwängl"), ("quentchen", "quäntchen"), ("tolpatsch", "tollpatsch"),
        ("zierat", "zierrat"), ("känguruh", "känguru"),
        ("potentiell", "potenziell"), ("essentiell", "essenziell"), ("substantiell", "substanziell"),
        ("differentiell", "differenziell"), ("existentiell", "existenziell"), ("justitiar", "justiziar"),
    ]

    public static func fold(_ key: String) -> String {
        var text = key
        for (old, new) in stems where text.contains(old) {
            text = text.replacingAll(old, with: new)
        }
        return collapseTripleConsonants(text)
    }

    /// "schifffahrt" → "schiffahrt": a run of three or more equal consonants keeps two.
    static func collapseTripleConsonants(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var previous: Character?
        var run = 0
        for character in text {
            if character == previous {
                run += 1
            } else {
                run = 1
                previous = character
            }
            if run >= 3, character.isLetter, !"aeiouäöüy".contains(character) { continue }
            output.append(character)
        }
        return output
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return components(separatedByLiteral: target).joined(separator: replacement)
    }

    private func components(separatedByLiteral separator: String) -> [Substring] {
        var parts: [Substring] = []
        var rest = self[...]
        while let range = rest.firstRange(of: separator) {
            parts.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        parts.append(rest)
        return parts
    }
}
