/// A glossary entry: a German term and its English translation, in base form, with what glossa
/// knows about them and what the translator decided.
public struct GlossaryEntry: Hashable, Sendable, Codable {
    /// What the translator decided. Candidates are glossa's proposals; approved and rejected
    /// entries keep their status when glossa rebuilds the glossary.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case candidate, approved, rejected
    }

    public var sourceLanguage: LanguageTag
    public var targetLanguage: LanguageTag
    /// Base forms: "Einflusssphäre", "sphere of influence".
    public var source: String
    public var target: String
    /// Forms seen in text or given by an imported glossary: "Einflusssphären".
    public var sourceVariants: [String]
    public var targetVariants: [String]
    /// From 0 to 1; 1 for entries a person wrote (imported glossaries).
    public var confidence: Double
    /// How many aligned sentence pairs showed the pair.
    public var frequency: Int
    /// Where it came from: an article folder or an imported file.
    public var origin: String
    public var status: Status
    public var note: String?
    /// Part of speech when known ("noun"), as TBX's `termNote type="partOfSpeech"`.
    public var partOfSpeech: String?
    public var example: TermPair.Example?
    /// Terms of the same concept not to use ("walk-out" beside "strike"), as term bases such as
    /// IATE mark them: a lookup of one finds the entry and says so; TBX writes them back as
    /// deprecated terms.
    public var sourceDeprecated: [String]
    public var targetDeprecated: [String]

    public init(sourceLanguage: LanguageTag = .german, targetLanguage: LanguageTag = .english, source: String, target: String,
                sourceVariants: [String] = [], targetVariants: [String] = [], confidence: Double = 1, frequency: Int = 0,
                origin: String, status: Status = .candidate, note: String? = nil, partOfSpeech: String? = nil,
                example: TermPair.Example? = nil, sourceDeprecated: [String] = [], targetDeprecated: [String] = []) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.source = source
        self.target = target
        self.sourceVariants = sourceVariants
        self.targetVariants = targetVariants
        self.confidence = confidence
        self.frequency = frequency
        self.origin = origin
        self.status = status
        self.note = note
        self.partOfSpeech = partOfSpeech
        self.example = example
        self.sourceDeprecated = sourceDeprecated
        self.targetDeprecated = targetDeprecated
    }
}
