import GlossaCore
import GlossaExchange
import GlossaText

/// Which sentence rules to use: glossa's own, a user's SRX file instead, or a user's file
/// first and glossa's after it.
public enum RuleChoice: Sendable {
    case defaults
    case replace(SegmentationRules)
    case extend(SegmentationRules)

    var ruleSets: [SegmentationRules] {
        switch self {
        case .defaults: return [DefaultSegmentationRules.rules]
        case .replace(let rules): return [rules]
        case .extend(let rules): return [rules, DefaultSegmentationRules.rules]
        }
    }
}

extension Glossa {
    /// A sentence segmenter for `language`.
    public static func segmenter(language: LanguageTag, rules: RuleChoice = .defaults,
                                 options: SentenceSegmenter.Options = .init()) throws(SegmentationError) -> SentenceSegmenter {
        try SentenceSegmenter(language: language, ruleSets: rules.ruleSets, options: options)
    }

    /// Reads an SRX rules file (bytes already loaded; `file` names it in messages).
    public static func readRules(bytes: [UInt8], file: String) throws(SRXError) -> SRXReader.Result {
        try SRXReader.read(bytes: bytes, file: file)
    }

    /// glossa's default rules as an SRX 2.0 document.
    public static func defaultRulesSRX() -> String {
        SRXWriter.write(DefaultSegmentationRules.rules,
                        comment: "glossa \(version) sentence rules for German and English, applied on top of ICU's sentence break iterator (ICU decides where no rule matches).")
    }
}
