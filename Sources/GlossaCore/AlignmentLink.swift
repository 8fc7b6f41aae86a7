/// One link of a sentence alignment: which source sentences go with which target sentences.
///
/// Indices point into the two sentence lists. A 1-0 link (`target` empty) is a source sentence
/// the translation does not have; 0-1 the reverse. Every sentence is in exactly one link and
/// links come in document order.
public struct AlignmentLink: Hashable, Sendable, Codable {
    public var source: [Int]
    public var target: [Int]
    /// How sure the aligner is, from 0 to 1.
    public var confidence: Double

    public init(source: [Int], target: [Int], confidence: Double) {
        self.source = source
        self.target = target
        self.confidence = confidence
    }

    /// The bead type as people write it: "1-1", "2-1", "1-0", …
    public var beadType: String { "\(source.count)-\(target.count)" }
}

/// A sentence pair of the alignment, with its texts (the input of translation memory and term
/// extraction).
public struct AlignedPair: Hashable, Sendable, Codable {
    public var source: String
    public var target: String
    public var link: AlignmentLink

    public init(source: String, target: String, link: AlignmentLink) {
        self.source = source
        self.target = target
        self.link = link
    }
}
