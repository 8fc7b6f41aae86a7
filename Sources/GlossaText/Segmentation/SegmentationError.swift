import GlossaCore

/// Why a segmenter could not be made or a text not segmented.
public enum SegmentationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A rule's pattern that ICU refuses.
    case invalidRule(SourceLocation?, pattern: String, reason: String)
    /// No rules and no ICU data for the language.
    case unsupportedLanguage(String)
    /// ICU failed to open its break iterator.
    case icu(String)

    public var description: String {
        switch self {
        case let .invalidRule(location, pattern, reason):
            let place = location.map { "\($0): " } ?? ""
            return "\(place)segmentation rule pattern \(pattern) is not a valid ICU regular expression (\(reason)); fix or remove the rule"
        case let .unsupportedLanguage(code):
            return "no sentence rules for language '\(code)'; use a BCP 47 tag such as de or en"
        case let .icu(message):
            return message
        }
    }
}
