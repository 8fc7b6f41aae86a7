import Foundation
import GlossaCore
import GlossaText

/// What the aligner knows about one sentence: its length and, for each content word or number,
/// the keys under which it can meet a word of the other language.
///
/// Keys are interned integers: a word's folded form, its cognate skeleton, a number's value,
/// and (source side only) the folded forms of its dictionary translations. Two tokens match
/// when they share a key.
public struct SentenceProfile: Sendable {
    /// Length in Unicode scalars (the unit of the Gale–Church length model).
    public var length: Int
    /// Per content token, its sorted keys.
    var tokens: [[Int32]]
    /// Per content token, the key that names the word itself (its folded form or number).
    var primaryKeys: [Int32]
    /// Per content token, how much evidence it carries: rare words much, words found in many
    /// sentences of the text (NATO, Russland in a NATO article) little. Set by
    /// ``SentenceProfile/weighByRarity(_:)``; 1 until then.
    var weights: [Float]
    /// The sum of `weights`.
    var totalWeight: Float
    /// Every key of the sentence, sorted and unique (for quick intersection).
    var keys: [Int32]
    /// Index of the paragraph the sentence belongs to.
    public var paragraph: Int
}

/// Interns keys to integers, shared by both sides of one alignment: folded words, cognate
/// skeletons and numbers each in a table of their own (no prefixed key strings to build), one
/// numbering across the three.
final class KeyTable {
    private var words: [String: Int32] = [:]
    private var skeletons: [String: Int32] = [:]
    private var numbers: [Double: Int32] = [:]
    private var count: Int32 = 0

    func word(_ folded: String) -> Int32 { Self.intern(folded, in: &words, count: &count) }
    func skeleton(_ skeleton: String) -> Int32 { Self.intern(skeleton, in: &skeletons, count: &count) }
    func number(_ value: Double) -> Int32 { Self.intern(value, in: &numbers, count: &count) }

    private static func intern<Key: Hashable>(_ key: Key, in table: inout [Key: Int32], count: inout Int32) -> Int32 {
        if let id = table[key] { return id }
        table[key] = count
        count += 1
        return count - 1
    }
}

/// Builds sentence profiles for one language pair. Not thread-safe (it tokenizes with ICU).
final class SentenceProfiler {
    private let sourceTokenizer: Tokenizer
    private let targetTokenizer: Tokenizer
    private let sourceStopWords: Set<String>
    private let targetStopWords: Set<String>
    let keys = KeyTable()

    init(source: LanguageTag, target: LanguageTag) throws(SegmentationError) {
        sourceTokenizer = try Tokenizer(language: source)
        targetTokenizer = try Tokenizer(language: target)
        sourceStopWords = StopWords.set(for: source.language)
        targetStopWords = StopWords.set(for: target.language)
    }

    /// The content words of a sentence, folded, with their numbers' values.
    func contentWords(_ text: String, side: Side) -> [(folded: String, number: Double?)] {
        let tokenizer = side == .source ? sourceTokenizer : targetTokenizer
        let stopWords = side == .source ? sourceStopWords : targetStopWords
        var words: [(String, Double?)] = []
        for token in tokenizer.tokens(text) {
            switch token.kind {
            case .number:
                words.append((token.text, token.number))
            case .word:
                let pieces = token.parts.isEmpty ? [token.text] : token.parts
                for piece in pieces {
                    let folded = WordForms.folded(piece)
                    if folded.count >= 2, !stopWords.contains(folded) { words.append((folded, nil)) }
                }
            case .abbreviation, .punctuation, .symbol:
                continue
            }
        }
        return words
    }

    enum Side { case source, target }

    /// Per side, a word's keys that do not depend on the dictionary, worked out once per
    /// distinct word (a text repeats its words; the skeleton walks the word's scalars).
    private var sourceBaseKeys: [String: [Int32]] = [:]
    private var targetBaseKeys: [String: [Int32]] = [:]

    /// The word itself first, then its skeleton and (source side) its exonyms.
    private func baseKeys(_ folded: String, side: Side) -> [Int32] {
        if let known = side == .source ? sourceBaseKeys[folded] : targetBaseKeys[folded] { return known }
        var result = [keys.word(folded)]
        if let skeleton = WordForms.skeleton(folded) { result.append(keys.skeleton(skeleton)) }
        if side == .source {
            for target in Exonyms.germanToEnglish[folded] ?? [] { result.append(keys.word(target)) }
            sourceBaseKeys[folded] = result
        } else {
            targetBaseKeys[folded] = result
        }
        return result
    }

    func profile(words: [(folded: String, number: Double?)], length: Int, paragraph: Int, side: Side,
                 dictionary: BilingualDictionary) -> SentenceProfile {
        var tokens: [[Int32]] = []
        var primaryKeys: [Int32] = []
        tokens.reserveCapacity(words.count)
        primaryKeys.reserveCapacity(words.count)
        var all: [Int32] = []
        for (folded, number) in words {
            var tokenKeys: [Int32] = []
            if let number {
                tokenKeys.append(keys.number(number))
            } else {
                tokenKeys = baseKeys(folded, side: side)
                if side == .source {
                    for target in dictionary.targets(of: folded) { tokenKeys.append(keys.word(target)) }
                }
            }
            primaryKeys.append(tokenKeys[0])
            tokens.append(tokenKeys.sortedUnique())
            all += tokenKeys
        }
        all = all.sortedUnique()
        return SentenceProfile(length: length, tokens: tokens, primaryKeys: primaryKeys,
                               weights: [Float](repeating: 1, count: tokens.count), totalWeight: Float(tokens.count),
                               keys: all, paragraph: paragraph)
    }
}

extension SentenceProfile {
    /// The weight of this sentence's tokens that have a key among `other`'s keys.
    /// - Complexity: O(t · log k) for t tokens and k keys of the other sentence.
    func matchedWeight(against other: SentenceProfile) -> Float {
        var matched: Float = 0
        for (index, token) in tokens.enumerated() where token.contains(where: { other.keys.containsSorted($0) }) {
            matched += weights[index]
        }
        return matched
    }

    /// The weight of this sentence's tokens that have a key in `first` or in `second` (each
    /// token counted once, whichever it matches).
    func matchedWeight(against first: SentenceProfile, or second: SentenceProfile) -> Float {
        var matched: Float = 0
        for (index, token) in tokens.enumerated()
        where token.contains(where: { first.keys.containsSorted($0) || second.keys.containsSorted($0) }) {
            matched += weights[index]
        }
        return matched
    }

    /// Weighs every token by its rarity among `profiles` (the sentences of its side):
    /// log(1 + N / df) / log(1 + N), 1 for a word in one sentence, less the more sentences
    /// have it.
    static func weighByRarity(_ profiles: inout [SentenceProfile]) {
        var documentFrequency: [Int32: Int] = [:]
        for profile in profiles {
            for key in Set(profile.primaryKeys) { documentFrequency[key, default: 0] += 1 }
        }
        let count = Float(max(profiles.count, 2))
        let scale = log(1 + count)
        for index in profiles.indices {
            let weights = profiles[index].primaryKeys.map { key in
                log(1 + count / Float(documentFrequency[key] ?? 1)) / scale
            }
            profiles[index].weights = weights
            profiles[index].totalWeight = weights.reduce(0, +)
        }
    }
}

extension Array where Element == Int32 {
    /// Sorted, each value once (a sentence's few keys: cheaper than going through a Set).
    func sortedUnique() -> [Int32] {
        var sorted = self.sorted()
        var kept = 0
        for index in sorted.indices where index == 0 || sorted[index] != sorted[kept - 1] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// Binary search in a sorted array.
    func containsSorted(_ value: Int32) -> Bool {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == value
    }
}
