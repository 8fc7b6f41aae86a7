import Foundation
import GlossaCore
import GRDB

/// A sentence from the memory that resembles the query, with its translation.
public struct FuzzyMatch: Hashable, Sendable {
    public var score: MatchScore
    public var source: String
    public var sourceLanguage: LanguageTag
    public var target: String?
    public var targetLanguage: LanguageTag?
    public var tuid: String?
    public var origin: String
    /// Where the tokens that differ from the query are in `source`.
    public var differingRanges: [Range<String.Index>]
}

extension MemoryStore {
    /// Fuzzy matches for `sentence` in language `from`, best first.
    ///
    /// Candidates come from the word index: the query's rarest words (by document frequency)
    /// are looked up and each stored sentence gains their rarity for every one it holds, so a
    /// common word never makes a query scan the memory; the top ``candidateLimit`` are then
    /// scored exactly (``MatchScore``). A sentence that shares none of the rare words with the
    /// query is not considered: such a sentence differs in its most telling words.
    ///
    /// - Complexity: a few index lookups plus O(candidates · tokens²) for scoring.
    public func match(_ sentence: String, from: LanguageTag, to: LanguageTag? = nil, threshold: Int = 70,
                      limit: Int = 5) throws -> [FuzzyMatch] {
        let query = MatchTokens(sentence)
        guard !query.tokens.isEmpty else { return [] }
        let queryText = Self.comparable(sentence)
        return try read { db in
            let ids = try candidateIDs(for: query, db: db)
            var scored: [(score: MatchScore, unitID: Int64, text: String, language: LanguageTag, tokens: MatchTokens)] = []
            let statement = try db.cachedStatement(sql: "SELECT unitId, language, text FROM variant WHERE id = ?")
            for id in ids {
                guard let row = try Row.fetchOne(statement, arguments: [id]),
                      let language = LanguageTag(row["language"] as String), from.covers(language) || language.covers(from)
                else { continue }
                let text: String = row["text"]
                let tokens = MatchTokens(text)
                guard MatchScore.ceiling(query.tokens.count, tokens.tokens.count) >= threshold else { continue }
                let score = MatchScore(query: query, candidate: tokens, sameText: Self.comparable(text) == queryText)
                guard score.percent >= threshold else { continue }
                scored.append((score, row["unitId"], text, language, tokens))
            }
            scored.sort { lhs, rhs in
                lhs.score.percent != rhs.score.percent ? lhs.score.percent > rhs.score.percent
                    : abs(lhs.tokens.tokens.count - query.tokens.count) < abs(rhs.tokens.tokens.count - query.tokens.count)
            }
            var matches: [FuzzyMatch] = []
            var seenSources = Set<String>()
            for candidate in scored where matches.count < limit {
                let unit = try Row.fetchOne(db, sql: """
                    SELECT u.tuid, o.name FROM unit u JOIN origin o ON o.id = u.originId WHERE u.id = ?
                    """, arguments: [candidate.unitID])
                let variants = try Row.fetchAll(db, sql: "SELECT language, text FROM variant WHERE unitId = ? ORDER BY position",
                                                arguments: [candidate.unitID])
                let translation = variants.first { row in
                    guard let language = LanguageTag(row["language"] as String) else { return false }
                    if let to { return to.covers(language) || language.covers(to) }
                    return !language.sameLanguage(as: candidate.language)
                }
                guard let translation else { continue }
                let target: String = translation["text"]
                guard seenSources.insert(candidate.text + "\u{1}" + target).inserted else { continue }
                matches.append(FuzzyMatch(
                    score: candidate.score, source: candidate.text, sourceLanguage: candidate.language, target: target,
                    targetLanguage: LanguageTag(translation["language"] as String), tuid: unit?["tuid"], origin: unit?["name"] ?? "",
                    differingRanges: candidate.score.differingTokens.map { candidate.tokens.tokens[$0].range }))
            }
            return matches
        }
    }

    /// The text as a 100% match must equal it: white space collapsed, case and punctuation kept.
    static func comparable(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// How many candidates are scored exactly per query.
    public static let candidateLimit = 100
    /// The rarest query words are used until their postings together pass this; common words
    /// ("der", "the") would cost time and tell candidates apart poorly.
    static let postingBudget = 30_000

    /// Candidate variants: the postings of the query's rarest words, each variant scored by the
    /// summed rarity (inverse document frequency) of the query words it holds, best first.
    /// - Complexity: O(postings read), at most ``postingBudget`` plus one word's list.
    private func candidateIDs(for query: MatchTokens, db: Database) throws -> [Int64] {
        let frequency = try db.cachedStatement(sql: "SELECT documents FROM wordFrequency WHERE term = ?")
        var words: [(form: String, documents: Int)] = []
        for form in Set(query.tokens.map { TextNormalizerBridge.fullTextForm($0.key) }) {
            let documents = try Int.fetchOne(frequency, arguments: [form]) ?? 0
            if documents > 0 { words.append((form, documents)) }
        }
        guard !words.isEmpty else { return [] }
        words.sort { $0.documents != $1.documents ? $0.documents < $1.documents : $0.form < $1.form }
        let total = Double(max(1, try Int.fetchOne(db, sql: "SELECT max(id) FROM variant") ?? 1))
        var scores: [Int64: Double] = [:]
        scores.reserveCapacity(min(Self.postingBudget, words[0].documents) * 2)
        var postings = 0
        let statement = try db.cachedStatement(sql: "SELECT rowid FROM variantWords WHERE variantWords MATCH ?")
        for (form, documents) in words {
            if postings > 0 && postings + documents > Self.postingBudget { break }
            postings += documents
            let weight = log(total / Double(documents)) + 1
            let ids = try Int64.fetchCursor(statement, arguments: ["\"" + form.replacingOccurrences(of: "\"", with: "\"\"") + "\""])
            while let id = try ids.next() { scores[id, default: 0] += weight }
        }
        return scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(Self.candidateLimit).map(\.key)
    }
}
