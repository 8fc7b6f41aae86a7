import GlossaCore
import GlossaText

/// Carries the query's numbers (and months' names, ``MonthNames``) into a stored translation,
/// for a match that differs from the query only in numbers: "am 14. Januar … 30 NATO-Staaten"
/// stored with "on 14 January … 30 NATO states", asked for "am 12. Januar", gives "on 12
/// January … 30 NATO states". CAT tools treat numbers this way (placeables); OmegaT's score
/// alone would rank such a match low.
///
/// Numbers are compared by value as each language writes them (German "30.000" is English
/// "30,000"), and written back the way the translation wrote the number it replaces (grouped or
/// not, its separators). A stored number that the translation holds other than exactly once
/// (spelled out, repeated, converted) stops the adaptation: a guess would be worse than none.
/// - Complexity: O(tokens) plus an ICU number parse per number; only asked for number-only matches.
enum NumberAdaptation {
    /// - Parameters:
    ///   - substitutions: (query token, stored source token) index pairs that differ.
    /// - Returns: the translation with the numbers replaced, or nil if one cannot be placed.
    static func adapt(query: MatchTokens, source: MatchTokens, substitutions: [MatchScore.Substitution], target: String,
                      sourceLanguage: LanguageTag, targetLanguage: LanguageTag) -> String? {
        guard !substitutions.isEmpty,
              let sourceReader = try? NumberReader(language: sourceLanguage),
              let targetReader = try? NumberReader(language: targetLanguage) else { return nil }
        let targetTokens = MatchTokens(target)
        let targetValues = targetTokens.tokens.map { $0.isNumber ? targetReader.value(of: String(target[$0.range])) : nil }
        var replacements: [(range: Range<String.Index>, text: String)] = []
        var used = Set<Int>()
        for substitution in substitutions {
            // A month's name: the translation's name of the stored month, once, takes the asked one.
            if let storedMonth = MonthNames.month(of: source.tokens[substitution.candidate], in: source.text),
               let askedMonth = MonthNames.month(of: query.tokens[substitution.query], in: query.text) {
                let places = targetTokens.tokens.indices.filter { MonthNames.month(of: targetTokens.tokens[$0], in: target) == storedMonth }
                guard places.count == 1, let place = places.first, used.insert(place).inserted,
                      let name = MonthNames.name(askedMonth, in: targetLanguage, like: target[targetTokens.tokens[place].range]) else { return nil }
                replacements.append((targetTokens.tokens[place].range, name))
                continue
            }
            let stored = String(source.text[source.tokens[substitution.candidate].range])
            let asked = String(query.text[query.tokens[substitution.query].range])
            guard let storedValue = sourceReader.value(of: stored), let askedValue = sourceReader.value(of: asked) else { return nil }
            let places = targetValues.indices.filter { targetValues[$0] == storedValue }
            guard places.count == 1, let place = places.first, used.insert(place).inserted else { return nil }
            let written = String(target[targetTokens.tokens[place].range])
            guard let text = format(askedValue, asWritten: asked, like: written, value: storedValue, in: targetLanguage) else { return nil }
            replacements.append((targetTokens.tokens[place].range, text))
        }
        var adapted = target
        for replacement in replacements.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            adapted.replaceSubrange(replacement.range, with: replacement.text)
        }
        return adapted
    }

    /// `value` written as the translation wrote `like` (whose value is `old`): with its grouping
    /// separator if it grouped, its decimal separator (or the language's) and as many decimals as
    /// the query gave (`asWritten`).
    static func format(_ value: Double, asWritten: String, like written: String, value old: Double, in language: LanguageTag) -> String? {
        guard value.isFinite, abs(value) < 1e15 else { return nil }
        let separators = written.filter { !$0.isNumber }
        // In the stored translation's number: the last separator is a decimal one if the number
        // has a fraction; the others group.
        let decimalInWritten: Character? = old.rounded() != old ? separators.last : nil
        let grouping: Character? = separators.first { $0 != decimalInWritten }
        let decimals = value.rounded() == value ? 0 : asWritten.reversed().prefix { $0.isNumber }.count
        let decimal: Character = decimalInWritten ?? Self.decimalSeparator(language)
        let scaled = (abs(value) * pow10(decimals)).rounded()
        let digits = String(format: "%.0f", scaled)
        var integer = String(digits.dropLast(decimals))
        if integer.isEmpty { integer = "0" }
        let fraction = String(String(repeating: "0", count: max(0, decimals - digits.count)) + digits.suffix(decimals))
        if let grouping, integer.count > 3 {
            var grouped = ""
            for (index, digit) in integer.enumerated() {
                if index > 0 && (integer.count - index) % 3 == 0 { grouped.append(grouping) }
                grouped.append(digit)
            }
            integer = grouped
        }
        return (value < 0 ? "-" : "") + integer + (decimals > 0 ? String(decimal) + fraction : "")
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { product, _ in product * 10 }
    }

    /// The decimal separator of the languages that write a point; the rest of Europe writes a comma.
    static func decimalSeparator(_ language: LanguageTag) -> Character {
        ["en", "ja", "zh", "ko", "he", "th", "hi"].contains(language.language) ? "." : ","
    }
}
