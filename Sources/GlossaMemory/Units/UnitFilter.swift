import GlossaCore

/// Which units an export takes.
public struct UnitFilter: Hashable, Sendable {
    /// Languages to keep (ranges: `de` covers `de-DE`); a unit needs a variant in each. Empty: all.
    public var languages: [LanguageTag]
    /// Only units whose origin name starts with this (a file or an article folder).
    public var origin: String?
    /// Only units created or changed on or after this date (`2022`, `2022-01`, `2022-01-12`),
    /// by the unit's `changedate`, else `creationdate`, else its article's date.
    public var since: String?

    public init(languages: [LanguageTag] = [], origin: String? = nil, since: String? = nil) {
        self.languages = languages
        self.origin = origin
        self.since = since
    }

    /// The variants to keep, or nil if the unit is filtered out.
    func apply(to unit: TranslationUnit, articleDate: String?) -> TranslationUnit? {
        if let since {
            let date = unit.attributes[attribute: "changedate"] ?? unit.attributes[attribute: "creationdate"] ?? articleDate
            guard let date, Self.isOnOrAfter(date, since) else { return nil }
        }
        guard !languages.isEmpty else { return unit }
        var kept = unit
        kept.variants = unit.variants.filter { variant in languages.contains { $0.covers(variant.language) } }
        for language in languages where !kept.variants.contains(where: { language.covers($0.language) }) { return nil }
        // A source the export leaves out (the English of an EU unit exported German–French)
        // is no source of the unit written: TMX wants a unit's srclang among its variants.
        if let source = kept.attributes[attribute: "srclang"].flatMap(LanguageTag.init),
           !kept.variants.contains(where: { source.covers($0.language) }) {
            kept.attributes[attribute: "srclang"] = nil
        }
        return kept
    }

    /// Compares dates by their digits, as far as the shorter goes: "20220112T101500Z" is on or
    /// after "2022-01".
    static func isOnOrAfter(_ date: String, _ since: String) -> Bool {
        let digits = date.filter(\.isASCIIDigitCharacter)
        let bound = since.filter(\.isASCIIDigitCharacter)
        return digits.prefix(bound.count) >= bound[...]
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
