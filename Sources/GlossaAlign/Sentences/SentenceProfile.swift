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

/// Interns key strings to integers, shared by both sides of one alignment.
final class KeyTable {
    private var ids: [String: Int32] = [:]

    func id(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        return id
    }

    func existingID(_ key: String) -> Int32? { ids[key] }
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

    func profile(words: [(folded: String, number: Double?)], length: Int, paragraph: Int, side: Side,
                 dictionary: BilingualDictionary) -> SentenceProfile {
        var tokens: [[Int32]] = []
        var primaryKeys: [Int32] = []
        for (folded, number) in words {
            var tokenKeys: [Int32] = []
            if let number {
                tokenKeys.append(keys.id("n:\(number)"))
            } else {
                tokenKeys.append(keys.id("w:" + folded))
                if let skeleton = WordForms.skeleton(folded) { tokenKeys.append(keys.id("s:" + skeleton)) }
                if side == .source {
                    for target in Exonyms.germanToEnglish[folded] ?? [] { tokenKeys.append(keys.id("w:" + target)) }
                    for target in dictionary.targets(of: folded) { tokenKeys.append(keys.id("w:" + target)) }
                }
            }
            primaryKeys.append(tokenKeys[0])
            tokens.append(Array(Set(tokenKeys)).sorted())
        }
        let all = Array(Set(tokens.joined())).sorted()
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
