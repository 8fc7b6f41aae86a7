/// The shape of a link: how many source and target sentences it joins.
public struct BeadType: Hashable, Sendable, CustomStringConvertible {
    public let source: Int
    public let target: Int

    public static let oneToOne = BeadType(source: 1, target: 1)
    public static let deletion = BeadType(source: 1, target: 0)
    public static let insertion = BeadType(source: 0, target: 1)
    public static let twoToOne = BeadType(source: 2, target: 1)
    public static let oneToTwo = BeadType(source: 1, target: 2)
    public static let twoToTwo = BeadType(source: 2, target: 2)
    public static let threeToOne = BeadType(source: 3, target: 1)
    public static let oneToThree = BeadType(source: 1, target: 3)

    /// The beads the search tries: those of the literature (Gale & Church 1993), and three
    /// sentences made one, as an English translation does with a German report's short
    /// sentences ("… gebilligt. Er sieht … vor. Die Neuverschuldung …" in one sentence).
    public static let all: [BeadType] = [.oneToOne, .deletion, .insertion, .twoToOne, .oneToTwo, .twoToTwo, .threeToOne, .oneToThree]

    public var description: String { "\(source)-\(target)" }
}

/// Scores a candidate link; the search (``BandedAligner``) only asks, so scorers can be swapped
/// or tested alone, as Okapi keeps its Gale–Church scorer apart from its matrix search.
public protocol AlignmentScorer {
    var sourceCount: Int { get }
    var targetCount: Int { get }
    /// The cost (a negative log-likelihood: lower is better) of joining source sentences
    /// `sourceStart..<sourceStart + bead.source` with target sentences `targetStart..<…`.
    func cost(_ bead: BeadType, sourceStart: Int, targetStart: Int) -> Double
}
