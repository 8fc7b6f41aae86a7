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
        return parser.parse(text)
    }
}
