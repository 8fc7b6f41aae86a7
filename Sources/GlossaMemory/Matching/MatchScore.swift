/// The match percentage between a query and a stored sentence, computed as OmegaT does:
/// Levenshtein distance over word tokens, `100 · (max(len) − distance) / max(len)`, rounded
/// down.
///
/// One penalty, documented: when the tokens are identical but the texts differ in punctuation,
/// case or spacing, the score is 99, so 100 always means the very same sentence (what OmegaT
/// inserts automatically). A difference only in numbers ("am 12. Januar" / "am 14. Januar") is
/// recognised; when the translation's numbers can be changed to the query's, the memory does
/// so and raises the score (``MemoryStore/match(_:from:to:threshold:limit:)``).
public struct MatchScore: Hashable, Sendable {
    public var percent: Int
    /// True when every differing token is a number on both sides, or a month's name (a date's
    /// parts: "12. März" / "3. April"), no words added or removed.
    public var differsOnlyInNumbers: Bool
    /// Indices of the stored sentence's tokens that differ from the query (for highlighting).
    public var differingTokens: [Int]
    /// A query token and the stored token in its place, when they differ.
    public struct Substitution: Hashable, Sendable {
        public var query: Int
        public var candidate: Int
    }
    /// The differing tokens that were swapped one for one (numbers, when ``differsOnlyInNumbers``).
    public var substitutions: [Substitution] = []

    /// - Parameters:
    ///   - sameText: whether the two texts are the very same (asked only when the tokens are).
    /// - Complexity: O(n·m) in the token counts.
    public init(query: MatchTokens, candidate: MatchTokens, sameText: @autoclosure () -> Bool) {
        let a = query.keys, b = candidate.keys
        let longest = max(a.count, b.count)
        guard longest > 0 else {
            self.init(percent: sameText() ? 100 : 0, differsOnlyInNumbers: false, differingTokens: [])
            return
        }
        let (distance, steps) = EditDistance.script(a, b)
        var percent = 100 * (longest - distance) / longest
        if distance == 0 && !sameText() { percent = 99 }
        var onlyNumbers = distance > 0
        var differing: [Int] = []
        var substitutions: [Substitution] = []
        for step in steps {
            switch step {
            case .keep: continue
            case .substitute(let i, let j):
                differing.append(j)
                substitutions.append(Substitution(query: i, candidate: j))
                if !(query.tokens[i].isNumber && candidate.tokens[j].isNumber)
                    && (MonthNames.month(of: query.tokens[i], in: query.text) == nil || MonthNames.month(of: candidate.tokens[j], in: candidate.text) == nil) {
                    onlyNumbers = false
                }
            case .insert(let j):
                differing.append(j)
                onlyNumbers = false
            case .delete:
                onlyNumbers = false
            }
        }
        self.init(percent: percent, differsOnlyInNumbers: onlyNumbers, differingTokens: differing)
        self.substitutions = substitutions
    }

    init(percent: Int, differsOnlyInNumbers: Bool, differingTokens: [Int]) {
        self.percent = percent
        self.differsOnlyInNumbers = differsOnlyInNumbers
        self.differingTokens = differingTokens
    }

    /// The score of a number-only match whose translation took the query's numbers: one point
    /// off per number changed, at most 99 (100 stays the very same sentence), never below the
    /// plain score. A sentence of numbers alone keeps its plain score.
    func adaptingNumbers(wordsKept: Bool) -> MatchScore {
        guard differsOnlyInNumbers, wordsKept else { return self }
        var score = self
        score.percent = max(percent, min(99, 100 - substitutions.count))
        return score
    }

    /// The best score two sentences of these token counts can reach: the length filter that
    /// drops candidates without scoring them.
    public static func ceiling(_ queryCount: Int, _ candidateCount: Int) -> Int {
        let longest = max(queryCount, candidateCount)
        return longest == 0 ? 100 : 100 * min(queryCount, candidateCount) / longest
    }
}
