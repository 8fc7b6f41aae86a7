/// Word translations from one language into another, keyed by a folded form (lower case,
/// diacritics folded): what the aligner and the term linker may use as evidence. Built from a
/// dictionary file, a glossary, or learned from a first alignment pass.
public struct BilingualDictionary: Hashable, Sendable {
    /// Folded source word → folded target words.
    public private(set) var translations: [String: Set<String>]
    /// Inflected source forms → base forms, as written ("Geheimdienste" → "Geheimdienst"), where
    /// the dictionary gives them (Ding lists plurals beside their singulars).
    public private(set) var baseForms: [String: String] = [:]
    /// The grammatical gender of source nouns, keyed like `translations`, where the dictionary
    /// gives exactly one (Ding's "Bahn {f}"): what declines an adjective before them.
    public private(set) var genders: [String: GrammaticalGender] = [:]
    /// Source nouns as the dictionary writes them, keyed by their lower case (umlauts kept):
    /// what tells "Vertrag" from "Verträg" when undoing an umlaut plural.
    public private(set) var nouns: [String: String] = [:]
    /// Source nouns the dictionary lists only in the plural ("Streitkräfte {pl}", "Kosten
    /// {pl}"), as written: their plural is their base form, and their English stays plural.
    public private(set) var pluralNouns: Set<String> = []
    /// Multi-word source entries the dictionary gives only as examples of a word's use, keyed
    /// like `translations`: Ding lists "konkrete Ergebnisse" under the adjective "konkret" (a
    /// free combination), "künstliche Intelligenz" under the noun "Intelligenz" (a term).
    public private(set) var collocations: Set<String> = []
    /// Multi-word entries seen as terms, so a later example of use does not undo that.
    private var terms: Set<String> = []
    /// Target terms the dictionary writes with capitals, by their lower case ("middle east" →
    /// "Middle East"), and the words and terms it writes in lower case somewhere ("union" of
    /// "trade union"): a word or term written both ways is a common noun.
    private var capitalisedTargets: [String: String] = [:]
    private var lowercaseTargetWords: Set<String> = []
    private var lowercaseTargets: Set<String> = []

    public init(_ translations: [String: Set<String>] = [:]) {
        self.translations = translations
    }

    public mutating func addBaseForm(_ inflected: String, _ base: String) {
        if inflected != base, baseForms[inflected] == nil { baseForms[inflected] = base }
    }

    /// Keeps the first gender given for a word (a dictionary lists a word's main sense first).
    public mutating func addGender(_ word: String, _ gender: GrammaticalGender) {
        if genders[word] == nil { genders[word] = gender }
    }

    public mutating func addNoun(_ noun: String) {
        let key = noun.lowercased()
        if nouns[key] == nil { nouns[key] = noun }
    }

    /// A noun used only in the plural (also one of ``nouns``).
    public mutating func addPluralNoun(_ noun: String) {
        addNoun(noun)
        pluralNouns.insert(noun)
    }

    /// Marks a multi-word entry as an example of use, or (`false`) as a term, which it then
    /// stays wherever else it is listed.
    public mutating func markCollocation(_ phrase: String, _ isCollocation: Bool) {
        if isCollocation {
            if !terms.contains(phrase) { collocations.insert(phrase) }
        } else {
            terms.insert(phrase)
            collocations.remove(phrase)
        }
    }
    /// Records how the dictionary writes a target term. Terms of more than five words and
    /// sentences (an example's "Are you taking any medicine?") say nothing about names.
    public mutating func addTargetSpelling(_ term: String) {
        let words = term.split(separator: " ")
        guard !words.isEmpty, words.count <= 5, let last = term.last, !".?!".contains(last) else { return }
        let lower = term.lowercased()
        if term.contains(where: \.isUppercase) {
            if capitalisedTargets[lower] == nil { capitalisedTargets[lower] = term }
        } else {
            lowercaseTargets.insert(lower)
            lowercaseTargetWords.formUnion(words.map(String.init))
        }
    }

    /// The capitals the dictionary gives a target term or word (lower case in): "Middle East",
    /// "Cairo"; nil for a term it also writes in lower case ("union": "Union", "trade union").
    public func targetSpelling(_ lowercase: String) -> String? {
        guard let written = capitalisedTargets[lowercase], !lowercaseTargets.contains(lowercase) else { return nil }
        if !lowercase.contains(" "), lowercaseTargetWords.contains(lowercase) { return nil }
        return written
    }

    /// Whether the dictionary gives this English term (lower case) as a translation, in any
    /// spelling. Only terms of up to five words are recorded.
    public func listsTarget(_ lowercase: String) -> Bool {
        lowercaseTargets.contains(lowercase) || capitalisedTargets[lowercase] != nil
    }

    public var isEmpty: Bool { translations.isEmpty }
    public var count: Int { translations.values.reduce(0) { $0 + $1.count } }

    public mutating func add(_ source: String, _ target: String) {
        translations[source, default: []].insert(target)
    }

    public func targets(of source: String) -> Set<String> {
        translations[source] ?? []
    }

    /// Both dictionaries' pairs.
    public func merging(_ other: BilingualDictionary) -> BilingualDictionary {
        var merged = self
        for (source, targets) in other.translations { merged.translations[source, default: []].formUnion(targets) }
        for (inflected, base) in other.baseForms { merged.addBaseForm(inflected, base) }
        for (word, gender) in other.genders { merged.addGender(word, gender) }
        for noun in other.nouns.values { merged.addNoun(noun) }
        for noun in other.pluralNouns { merged.addPluralNoun(noun) }
        for phrase in other.terms { merged.markCollocation(phrase, false) }
        for phrase in other.collocations { merged.markCollocation(phrase, true) }
        merged.capitalisedTargets.merge(other.capitalisedTargets) { mine, _ in mine }
        merged.lowercaseTargets.formUnion(other.lowercaseTargets)
        merged.lowercaseTargetWords.formUnion(other.lowercaseTargetWords)
        return merged
    }
}

/// A German noun's gender, as dictionaries mark it ({m}, {f}, {n}).
public enum GrammaticalGender: String, Hashable, Sendable {
    case masculine = "m", feminine = "f", neuter = "n"
}
