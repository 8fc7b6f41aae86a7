/// A German term and its English translation, as glossa found them in aligned text.
public struct TermPair: Hashable, Sendable, Codable {
    /// Base forms: "Einflusssphäre", "sphere of influence".
    public var source: String
    public var target: String
    /// The forms seen in the text: "Einflusssphären", "spheres of influence".
    public var sourceVariants: [String]
    public var targetVariants: [String]
    /// In how many aligned sentence pairs the two occur together.
    public var frequency: Int
    /// How sure glossa is, from 0 to 1.
    public var confidence: Double
    /// The evidence that linked them: "identical", "identical name", "exonym", "cognate",
    /// "dictionary", "dictionary, without its adjective", "compositional", "compositional, one
    /// part by position", "co-occurrence", "quoted title".
    public var evidence: String
    public var example: Example

    public struct Example: Hashable, Sendable, Codable {
        public var source: String
        public var target: String
        public init(source: String, target: String) {
            self.source = source
            self.target = target
        }
    }

    public init(source: String, target: String, sourceVariants: [String], targetVariants: [String], frequency: Int,
                confidence: Double, evidence: String, example: Example) {
        self.source = source
        self.target = target
        self.sourceVariants = sourceVariants
        self.targetVariants = targetVariants
        self.frequency = frequency
        self.confidence = confidence
        self.evidence = evidence
        self.example = example
    }
}
