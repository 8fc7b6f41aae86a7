import GlossaCore

/// Reads numbers as a language writes them: "100.000" and "3,5" in German, "100,000" and
/// "3.5" in English, so the aligner and the fuzzy matcher can see that they are the same
/// number. Strict: "3.5" is not a German number (a grouping separator in the wrong place).
/// Not thread-safe (ICU's parser keeps state): one per task.
public final class NumberReader {
    public let language: LanguageTag
    private let parser: ICUNumberParser

    public init(language: LanguageTag) throws(SegmentationError) {
        self.language = language
        do {
            parser = try ICUNumberParser(locale: language.identifier.replacingHyphens())
        } catch {
            throw .icu(error.description)
        }
    }

    /// The value of `text` if it is one number written this language's way.
    public func value(of text: String) -> Double? {
        guard let first = text.unicodeScalars.first, first.properties.numericType != nil || first == "-" || first == "+" || first == "\u{2212}" else {
            return nil
        }
        if let swiss = Self.apostropheGroupedValue(text) { return swiss }
        return parser.parse(text)
    }

    /// Swiss and Liechtenstein grouping, whatever the language: "2'000", "1’250.50" ("'" or
    /// U+2019 between groups of three, then "." or "," before decimals). ICU's German does not
    /// read it, and the same article's English writes "2,000".
    /// - Complexity: O(n) in the text's length, no ICU call.
    static func apostropheGroupedValue(_ text: String) -> Double? {
        guard text.contains("'") || text.contains("\u{2019}") else { return nil }
        var digits = ""
        var groupLength = 0, groups = 0
        var scalars = Substring(text).unicodeScalars[...]
        if let sign = scalars.first, sign == "-" || sign == "+" || sign == "\u{2212}" {
            if sign != "+" { digits.append("-") }
            scalars = scalars.dropFirst()
        }
        var decimals: Substring.UnicodeScalarView.SubSequence?
        for (offset, scalar) in zip(scalars.indices, scalars) {
            switch scalar {
            case "0"..."9":
                digits.unicodeScalars.append(scalar)
                groupLength += 1
            case "'", "\u{2019}":
                // The first group has one to three digits, every later one three.
                guard groups == 0 ? (1...3).contains(groupLength) : groupLength == 3 else { return nil }
                groups += 1
                groupLength = 0
            case ".", ",":
                decimals = scalars[scalars.index(after: offset)...]
            default:
                return nil
            }
            if decimals != nil { break }
        }
        guard groups > 0, groupLength == 3 else { return nil }
        if let decimals {
            guard !decimals.isEmpty, decimals.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
            digits += "." + String(decimals)
        }
        return Double(digits)
    }
}
