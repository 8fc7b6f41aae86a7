import Foundation

/// Gale–Church length evidence plus lexical evidence, as log-likelihoods.
///
/// Lexical evidence treats every content token of a link as a trial, weighted by its rarity in
/// the text (a word in every sentence proves nothing about any pair): in a true translation a
/// token finds a partner on the other side (same name or acronym, same number read by locale,
/// a cognate, an exonym, a dictionary translation) with probability `pTrue`; in two unrelated
/// sentences with `pRandom`, measured on the two texts themselves. A matched token adds
/// log(pTrue / pRandom), an unmatched one log((1 − pTrue) / (1 − pRandom)). That is what makes a
/// dropped sentence come out as 1-0 rather than merged into its neighbour: merging it brings in
/// tokens that find no partner. In a 2-2 link every token is weighed against two sentences, where
/// it finds a partner by chance 1 − (1 − pRandom)² of the time, and its match counts for that
/// much less: else two correct 1-1 links whose words also meet across them (a name or number
/// in both, a term repeated in the next sentence) came out as one 2-2 link. (Doing the same for
/// the single side of 2-1 and 1-2 links was measured too: it found fewer merged sentences;
/// strict F1 on the benchmark's 2000-sentence documents 0.980, against 0.984 for 2-2 alone
/// and 0.982 before.)
/// Paragraph boundaries that do not line up cost `paragraphPenalty`.
struct LengthLexicalScorer: AlignmentScorer {
    let source: [SentenceProfile]
    let target: [SentenceProfile]
    let length: LengthModel
    let matches: MatchTable
    let matchedWeight: Double
    let unmatchedWeight: Double
    /// The same for a token weighed against two sentences of the other side.
    let matchedWeightTwo: Double
    let unmatchedWeightTwo: Double

    /// Weight of the lexical log-likelihood against the length model's (tokens are not
    /// independent trials, so their evidence is damped).
    static let lexicalWeight = 0.6
    static let paragraphPenalty = 3.0
    /// −log of how often each bead occurs: news translations drop or add a sentence more
    /// often than they merge two (5–10% of sentences), and 2-2 is rare.
    static func prior(_ bead: BeadType) -> Double {
        switch (bead.source, bead.target) {
        case (1, 1): return 0.1165 // −log 0.89
        case (1, 0), (0, 1): return 3.2189 // −log 0.04
        case (2, 1), (1, 2): return 3.6889 // −log 0.025
        case (2, 2), (3, 1), (1, 3): return 5.2983 // −log 0.005
        default: return 10
        }
    }

    var sourceCount: Int { source.count }
    var targetCount: Int { target.count }

    init(source: [SentenceProfile], target: [SentenceProfile], band: Band, pTrue: Double, pRandom: Double) {
        self.source = source
        self.target = target
        let sourceCharacters = source.reduce(0) { $0 + $1.length }
        let targetCharacters = target.reduce(0) { $0 + $1.length }
        length = LengthModel(ratio: sourceCharacters > 0 && targetCharacters > 0 ? Double(targetCharacters) / Double(sourceCharacters) : 1)
        matches = MatchTable(source: source, target: target, band: band)
        let pTrue = min(max(pTrue, 0.05), 0.95)
        let pRandom = min(max(pRandom, 0.005), pTrue / 2)
        matchedWeight = log(pTrue / pRandom) * Self.lexicalWeight
        unmatchedWeight = log((1 - pTrue) / (1 - pRandom)) * Self.lexicalWeight
        let pRandomTwo = min(1 - (1 - pRandom) * (1 - pRandom), pTrue)
        matchedWeightTwo = log(pTrue / pRandomTwo) * Self.lexicalWeight
        unmatchedWeightTwo = log((1 - pTrue) / (1 - pRandomTwo)) * Self.lexicalWeight
    }

    /// The lexical log-likelihood ratio of a link (positive: evidence for it).
    func lexicalScore(sources: Range<Int>, targets: Range<Int>) -> Double {
        var score = 0.0
        // One sentence on the other side: the precomputed table. Two or three: each token once
        // against all of them.
        for row in sources {
            let against = targets.count == 1 ? matches.matches(row, targets.lowerBound)
                : targets.count == 2 ? matches.matchesTwo(row, targets.lowerBound) : matches.matchesThree(row, targets.lowerBound)
            score += weigh(matched: against.0, of: source[row].totalWeight, againstTwo: targets.count == 2 && sources.count == 2)
        }
        for column in targets {
            let against = sources.count == 1 ? matches.matches(sources.lowerBound, column)
                : sources.count == 2 ? matches.matchesTwo(sources.lowerBound, column) : matches.matchesThree(sources.lowerBound, column)
            score += weigh(matched: against.1, of: target[column].totalWeight, againstTwo: sources.count == 2 && targets.count == 2)
        }
        return score
    }

    @inline(__always)
    private func weigh(matched: Float, of total: Float, againstTwo: Bool) -> Double {
        againstTwo
            ? Double(matched) * matchedWeightTwo + Double(total - matched) * unmatchedWeightTwo
            : Double(matched) * matchedWeight + Double(total - matched) * unmatchedWeight
    }

    func cost(_ bead: BeadType, sourceStart: Int, targetStart: Int) -> Double {
        var cost = Self.prior(bead)
        let sources = sourceStart..<(sourceStart + bead.source)
        let targets = targetStart..<(targetStart + bead.target)
        // Joining sentences across a paragraph boundary, on either side.
        if bead.source >= 2, source[sourceStart].paragraph != source[sourceStart + bead.source - 1].paragraph { cost += Self.paragraphPenalty }
        if bead.target >= 2, target[targetStart].paragraph != target[targetStart + bead.target - 1].paragraph { cost += Self.paragraphPenalty }
        guard bead.source > 0, bead.target > 0 else { return cost }
        // A link out of phase with the paragraphs: it opens a paragraph on one side only and
        // closes one on one side only. (Either alone happens next to a dropped sentence.)
        let opensSource = sourceStart == 0 || source[sourceStart - 1].paragraph != source[sourceStart].paragraph
        let opensTarget = targetStart == 0 || target[targetStart - 1].paragraph != target[targetStart].paragraph
        let sourceEnd = sources.upperBound, targetEnd = targets.upperBound
        let closesSource = sourceEnd == source.count || source[sourceEnd].paragraph != source[sourceEnd - 1].paragraph
        let closesTarget = targetEnd == target.count || target[targetEnd].paragraph != target[targetEnd - 1].paragraph
        if opensSource != opensTarget && closesSource != closesTarget { cost += Self.paragraphPenalty }
        let sourceLength = sources.reduce(0) { $0 + source[$1].length }
        let targetLength = targets.reduce(0) { $0 + target[$1].length }
        cost += length.cost(sourceLength: sourceLength, targetLength: targetLength)
        cost -= lexicalScore(sources: sources, targets: targets)
        return cost
    }
}
