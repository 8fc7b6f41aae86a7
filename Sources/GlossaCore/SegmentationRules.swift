/// Sentence segmentation rules in the model of SRX 2.0: named sets of ordered break / no-break
/// rules, and a map from language patterns to those sets.
///
/// A rule says: at a position where `beforeBreak` matches the text ending there and
/// `afterBreak` matches the text starting there, break (or do not). The first rule that matches
/// a position decides. Patterns are ICU regular expressions, as SRX 2.0 prescribes.
public struct SegmentationRules: Hashable, Sendable {
    public var languageRules: [LanguageRule]
    public var languageMaps: [LanguageMap]
    /// SRX `cascade`: when true, every language map whose pattern matches contributes its rules
    /// in map order; when false, only the first matching map counts.
    public var cascade: Bool

    public init(languageRules: [LanguageRule], languageMaps: [LanguageMap], cascade: Bool) {
        self.languageRules = languageRules
        self.languageMaps = languageMaps
        self.cascade = cascade
    }

    public struct Rule: Hashable, Sendable {
        public var isBreak: Bool
        public var beforeBreak: String
        public var afterBreak: String
        /// Where the rule was written (for error messages), if it came from a file.
        public var location: SourceLocation?

        public init(isBreak: Bool, beforeBreak: String, afterBreak: String, location: SourceLocation? = nil) {
            self.isBreak = isBreak
            self.beforeBreak = beforeBreak
            self.afterBreak = afterBreak
            self.location = location
        }
    }

    public struct LanguageRule: Hashable, Sendable {
        public var name: String
        public var rules: [Rule]
        public init(name: String, rules: [Rule]) {
            self.name = name
            self.rules = rules
        }
    }

    public struct LanguageMap: Hashable, Sendable {
        /// An ICU regular expression matched against the whole language code (e.g. `(?i)de.*`).
        public var languagePattern: String
        public var languageRuleName: String
        public init(languagePattern: String, languageRuleName: String) {
            self.languagePattern = languagePattern
            self.languageRuleName = languageRuleName
        }
    }

    /// The rule set with this name.
    public func languageRule(named name: String) -> LanguageRule? {
        languageRules.first { $0.name == name }
    }

    /// The rules that apply to a language, in order: the rule sets of every matching map
    /// (only the first one unless `cascade`). `matches` decides whether a map's pattern
    /// matches the language code; it is passed in because patterns are ICU regular expressions
    /// and this module has no regex engine.
    public func rules(for language: LanguageTag, matches: (String, String) throws -> Bool) rethrows -> [Rule] {
        var result: [Rule] = []
        for map in languageMaps where try matches(map.languagePattern, language.identifier) {
            if let set = languageRule(named: map.languageRuleName) {
                result += set.rules
            }
            if !cascade { break }
        }
        return result
    }
}
