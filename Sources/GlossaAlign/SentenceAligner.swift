import Foundation
import GlossaCore
import GlossaText

/// Aligns the sentences of a text with those of its translation.
///
/// Two passes, as hunalign's "realign": the first uses length, numbers, names, cognates, exonyms
/// and any dictionary given; from its confident 1-1 links a dictionary of word pairs is learned
/// (Dice coefficient over co-occurrences), and the second pass uses that too. The band around
/// the diagonal keeps long documents fast; paragraph boundaries weigh in without being absolute.
///
/// Not thread-safe (it tokenizes with ICU); one per task.
/// - Complexity: O(n · w) for n sentences and band width w (a few dozen), twice.
public final class SentenceAligner {
    public struct Sentence: Sendable, Hashable {
        public var text: String
        public var paragraph: Int
        public init(text: String, paragraph: Int = 0) {
            self.text = text
            self.paragraph = paragraph
        }
    }

    public let sourceLanguage: LanguageTag
    public let targetLanguage: LanguageTag
    public let dictionary: BilingualDictionary
    private let profiler: SentenceProfiler

    public init(source: LanguageTag, target: LanguageTag, dictionary: BilingualDictionary = .init()) throws(SegmentationError) {
        sourceLanguage = source
        targetLanguage = target
        self.dictionary = dictionary
        profiler = try SentenceProfiler(source: source, target: target)
    }

    /// The learned dictionary of the last alignment (for inspection and for term extraction).
    public private(set) var learnedDictionary = BilingualDictionary()

    /// How much the words of the last alignment's sentence pairs confirm each other.
    public struct LexicalSupport: Sendable, Hashable {
        /// The share of the (rarity-weighted) words of the first pass's 1-1 links that find a
        /// partner on the other side by the text alone: a name, a number, a cognate, an exonym.
        /// A dictionary's translations are left out (Ding doubles the rate for translations and
        /// unrelated texts alike), and so are the word pairs learned from the links themselves.
        /// Translations run at 0.18–0.45 (news, a climate report, a match report, a loosely
        /// translated article, the benchmark's documents), unrelated articles at 0–0.045 (two of
        /// them on the same economic news).
        public var matchRate: Double
        public var oneToOneLinks: Int

        public init(matchRate: Double, oneToOneLinks: Int) {
            self.matchRate = matchRate
            self.oneToOneLinks = oneToOneLinks
        }
    }

    /// The lexical support of the last alignment.
    public private(set) var lexicalSupport = LexicalSupport(matchRate: 0, oneToOneLinks: 0)

    public func align(_ source: [Sentence], _ target: [Sentence]) -> [AlignmentLink] {
        guard !source.isEmpty || !target.isEmpty else { return [] }
        var band = Band(sourceCount: source.count, targetCount: target.count)
        // Content words once per sentence: both passes and the learned dictionary use them.
        let sourceWords = source.map { profiler.contentWords($0.text, side: .source) }
        let targetWords = target.map { profiler.contentWords($0.text, side: .target) }
        var targetProfiles = target.indices.map { profiler.profile(words: targetWords[$0], length: target[$0].text.unicodeScalars.count,
                                                                   paragraph: target[$0].paragraph, side: .target, dictionary: .init()) }
        var sourceProfiles = source.indices.map { profiler.profile(words: sourceWords[$0], length: source[$0].text.unicodeScalars.count,
                                                                   paragraph: source[$0].paragraph, side: .source, dictionary: dictionary) }
        SentenceProfile.weighByRarity(&targetProfiles)
        SentenceProfile.weighByRarity(&sourceProfiles)

        // Pass 1.
        let pRandom = Self.randomMatchRate(sourceProfiles, targetProfiles, band: band)
        var scorer = LengthLexicalScorer(source: sourceProfiles, target: targetProfiles, band: band, pTrue: 0.3, pRandom: pRandom)
        var steps = BandedAligner(band: band).align(scorer)
        // A path along the band's edge may have wanted to go further: widen and search again.
        while steps.contains(where: { band.nearEdge($0.sourceStart, $0.targetStart) }) {
            band = Band(sourceCount: source.count, targetCount: target.count, halfWidth: band.halfWidth * 2)
            scorer = LengthLexicalScorer(source: sourceProfiles, target: targetProfiles, band: band, pTrue: 0.3, pRandom: pRandom)
            steps = BandedAligner(band: band).align(scorer)
        }

        // The text's own evidence, without the dictionary's translations (see LexicalSupport).
        var plainSource = sourceProfiles
        if !dictionary.isEmpty {
            plainSource = source.indices.map { profiler.profile(words: sourceWords[$0], length: source[$0].text.unicodeScalars.count,
                                                                paragraph: source[$0].paragraph, side: .source, dictionary: .init()) }
            SentenceProfile.weighByRarity(&plainSource)
        }
        lexicalSupport = LexicalSupport(matchRate: Self.linkedMatchRate(steps, plainSource, targetProfiles),
                                        oneToOneLinks: steps.filter { $0.bead == .oneToOne }.count)
        // Learn word pairs from the confident 1-1 links, then pass 2.
        learnedDictionary = learnDictionary(steps, sourceWords, targetWords)
        if !learnedDictionary.isEmpty {
            let merged = dictionary.merging(learnedDictionary)
            sourceProfiles = source.indices.map { profiler.profile(words: sourceWords[$0], length: source[$0].text.unicodeScalars.count,
                                                                   paragraph: source[$0].paragraph, side: .source, dictionary: merged) }
            SentenceProfile.weighByRarity(&sourceProfiles)
        }
        let pTrue = Self.linkedMatchRate(steps, sourceProfiles, targetProfiles)
        let pRandomAgain = Self.randomMatchRate(sourceProfiles, targetProfiles, band: band)
        // Pass 2 searches near pass 1's path only, widening when its path reaches the edge.
        band = Band(sourceCount: source.count, targetCount: target.count, around: Self.path(of: steps, rows: source.count),
                    halfWidth: Self.secondPassHalfWidth)
        scorer = LengthLexicalScorer(source: sourceProfiles, target: targetProfiles, band: band, pTrue: max(pTrue, 0.15), pRandom: pRandomAgain)
        let firstSteps = steps
        steps = BandedAligner(band: band).align(scorer)
        while steps.contains(where: { band.nearEdge($0.sourceStart, $0.targetStart) }) {
            band = Band(sourceCount: source.count, targetCount: target.count, around: Self.path(of: firstSteps, rows: source.count),
                        halfWidth: band.halfWidth * 2)
            scorer = LengthLexicalScorer(source: sourceProfiles, target: targetProfiles, band: band, pTrue: max(pTrue, 0.15), pRandom: pRandomAgain)
            steps = BandedAligner(band: band).align(scorer)
        }
        return steps.map { link(for: $0, scorer: scorer) }
    }

    static let secondPassHalfWidth = 12

    /// For every row 0...rows, the column where the path enters it.
    static func path(of steps: [BandedAligner.Step], rows: Int) -> [Int] {
        var columns = [Int](repeating: 0, count: rows + 1)
        var last = 0
        for step in steps {
            for row in step.sourceStart...(step.sourceStart + step.bead.source) where row <= rows {
                columns[row] = max(columns[row], row == step.sourceStart ? step.targetStart : step.targetStart + step.bead.target)
            }
            last = step.targetStart + step.bead.target
        }
        columns[rows] = max(columns[rows], last)
        for row in columns.indices.dropFirst() where columns[row] < columns[row - 1] { columns[row] = columns[row - 1] }
        return columns
    }

    /// How often a token finds a partner in an unrelated sentence: pairs a few sentences off
    /// the diagonal, which are almost never translations of each other.
    static func randomMatchRate(_ source: [SentenceProfile], _ target: [SentenceProfile], band: Band) -> Double {
        guard !source.isEmpty, !target.isEmpty else { return 0.02 }
        var matched: Float = 0, total: Float = 0
        let shift = max(3, min(source.count, target.count) / 3)
        for row in stride(from: 0, to: source.count, by: max(1, source.count / 200)) {
            let column = (band.center(row) + shift) % target.count
            matched += source[row].matchedWeight(against: target[column]) + target[column].matchedWeight(against: source[row])
            total += source[row].totalWeight + target[column].totalWeight
        }
        return total == 0 ? 0.02 : max(Double(matched / total), 0.005)
    }

    /// How often a token finds a partner within the 1-1 links of an alignment.
    static func linkedMatchRate(_ steps: [BandedAligner.Step], _ source: [SentenceProfile], _ target: [SentenceProfile]) -> Double {
        var matched: Float = 0, total: Float = 0
        for step in steps where step.bead == .oneToOne {
            let s = source[step.sourceStart], t = target[step.targetStart]
            matched += s.matchedWeight(against: t) + t.matchedWeight(against: s)
            total += s.totalWeight + t.totalWeight
        }
        return total == 0 ? 0.3 : Double(matched / total)
    }

    /// Word pairs that keep turning up together in confident 1-1 links (Dice ≥ 0.5, seen at
    /// least twice, and no partner seen more often): hunalign's dictionary-from-a-first-pass idea.
    /// Words are numbered first, so the pair counts hash integers, not strings.
    /// - Complexity: O(Σ s·t) over the confident links' s source and t target words.
    private func learnDictionary(_ steps: [BandedAligner.Step], _ sourceWords: [[(folded: String, number: Double?)]],
                                 _ targetWords: [[(folded: String, number: Double?)]]) -> BilingualDictionary {
        var sourceIDs: [String: Int32] = [:], targetIDs: [String: Int32] = [:]
        var sourceNames: [String] = [], targetNames: [String] = []
        func uniqueIDs(_ words: [(folded: String, number: Double?)], _ ids: inout [String: Int32], _ names: inout [String]) -> [Int32] {
            var result: [Int32] = []
            for word in words where word.number == nil {
                let id: Int32
                if let known = ids[word.folded] {
                    id = known
                } else {
                    id = Int32(names.count)
                    ids[word.folded] = id
                    names.append(word.folded)
                }
                result.append(id)
            }
            return result.sortedUnique()
        }
        var sourceCounts: [Int32] = [], targetCounts: [Int32] = []
        var pairCounts: [Int64: Int32] = [:]
        for step in steps where step.bead == .oneToOne && step.cost < 2.0 {
            let sourceSet = uniqueIDs(sourceWords[step.sourceStart], &sourceIDs, &sourceNames)
            let targetSet = uniqueIDs(targetWords[step.targetStart], &targetIDs, &targetNames)
            if sourceCounts.count < sourceNames.count { sourceCounts += [Int32](repeating: 0, count: sourceNames.count - sourceCounts.count) }
            if targetCounts.count < targetNames.count { targetCounts += [Int32](repeating: 0, count: targetNames.count - targetCounts.count) }
            for word in sourceSet { sourceCounts[Int(word)] += 1 }
            for word in targetSet { targetCounts[Int(word)] += 1 }
            for word in sourceSet {
                for other in targetSet { pairCounts[Int64(word) << 32 | Int64(other), default: 0] += 1 }
            }
        }
        var best = [Int32](repeating: 0, count: sourceNames.count)
        for (pair, count) in pairCounts {
            let word = Int(pair >> 32)
            best[word] = max(best[word], count)
        }
        var learned: [(source: String, target: String)] = []
        for (pair, count) in pairCounts where count >= 2 {
            let word = Int(pair >> 32), other = Int(pair & 0xFFFF_FFFF)
            guard count == best[word] else { continue }
            let dice = 2.0 * Double(count) / Double(sourceCounts[word] + targetCounts[other])
            if dice >= 0.5 { learned.append((sourceNames[word], targetNames[other])) }
        }
        // A fixed order, so that the dictionary (and anything that lists it) does not depend
        // on hashing.
        learned.sort { ($0.source, $0.target) < ($1.source, $1.target) }
        var dictionary = BilingualDictionary()
        for pair in learned { dictionary.add(pair.source, pair.target) }
        return dictionary
    }

    /// A step as a link with a confidence: how much better the link is than leaving its
    /// sentences unpaired (for a 1-0 / 0-1 link, how little its sentence matches its neighbours).
    private func link(for step: BandedAligner.Step, scorer: LengthLexicalScorer) -> AlignmentLink {
        let sources = Array(step.sourceStart..<(step.sourceStart + step.bead.source))
        let targets = Array(step.targetStart..<(step.targetStart + step.bead.target))
        let confidence: Double
        if sources.isEmpty || targets.isEmpty {
            var best = -Double.infinity
            for row in sources {
                for column in max(0, step.targetStart - 2)..<min(scorer.targetCount, step.targetStart + 2) {
                    best = max(best, scorer.lexicalScore(sources: row..<(row + 1), targets: column..<(column + 1)))
                }
            }
            for column in targets {
                for row in max(0, step.sourceStart - 2)..<min(scorer.sourceCount, step.sourceStart + 2) {
                    best = max(best, scorer.lexicalScore(sources: row..<(row + 1), targets: column..<(column + 1)))
                }
            }
            confidence = best == -.infinity ? 0.5 : 1 / (1 + exp(best / 2))
        } else {
            let unpaired = Double(sources.count + targets.count) * LengthLexicalScorer.prior(.deletion)
            let margin = unpaired - step.cost
            confidence = 1 / (1 + exp(-margin / 2))
        }
        return AlignmentLink(source: sources, target: targets, confidence: (confidence * 1000).rounded() / 1000)
    }
}
