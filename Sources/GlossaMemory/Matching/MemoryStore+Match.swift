import Foundation
import GlossaCore
import GRDB
import GRDBSQLite

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
    /// `target` with the query's numbers in place of the stored ones, when the sentences differ
    /// only in numbers and each could be placed (``NumberAdaptation``).
    public var adaptedTarget: String?
    /// `source` and `target` with their native codes in place (a TMX segment's `bpt`, `ept`,
    /// `ph`, …: "Click <b>Save</b> and close {0}."), when the segment has any; nil otherwise.
    public var sourceWithCodes: String?
    public var targetWithCodes: String?
}

extension MemoryStore {
    /// Fuzzy matches for `sentence` in language `from` (nil: stored sentences in any language,
    /// so an English query finds English sources without being told), best first. A unit whose
    /// translation is empty (a TMX `<seg/>`) offers nothing to reuse and is left out; a unit with
    /// two translations in the wanted language gives two matches. A match that
    /// differs only in numbers gets its translation with the query's numbers (`adaptedTarget`)
    /// and one point off per number instead of OmegaT's score, when every number could be placed.
    ///
    /// Candidates come from the word index: the query's rarest words (by document frequency)
    /// are looked up and each stored sentence gains their rarity for every one it holds, so a
    /// common word never makes a query scan the memory; the top ``candidateLimit`` are then
    /// scored exactly (``MatchScore``). When nothing scores 85 or more, a second pass reads four
    /// times as many postings. A sentence that shares none of the words read with the query is
    /// not considered: such a sentence differs in its most telling words. Measured at 1M units:
    /// median 7.7–9.3 ms, the top match equal to a brute-force scan's on 198 of 200 queries.
    ///
    /// - Complexity: a few index lookups plus O(candidates · tokens²) for scoring.
    public func match(_ sentence: String, from: LanguageTag?, to: LanguageTag? = nil, threshold: Int = 70,
                      limit: Int = 5) throws -> [FuzzyMatch] {
        let query = MatchTokens(sentence)
        guard !query.tokens.isEmpty else { return [] }
        let queryText = Self.comparable(sentence)
        return try read { db in
            var scored: [(score: MatchScore, unitID: Int64, content: String?, text: String, language: LanguageTag, tokens: MatchTokens)] = []
            let statement = try db.cachedStatement(sql: "SELECT unitId, language, text, content FROM variant WHERE id = ?")
            // A first pass over the rarest words; when it finds nothing close, a second one reads
            // more words' postings (and skips what the first scored).
            var ids = try candidateIDs(for: query, budget: Self.postingBudget, db: db)
            var scoredIDs = Set(ids)
            var secondPass = false
            while true {
                for id in ids {
                    guard let row = try Row.fetchOne(statement, arguments: [id]),
                          let language = LanguageTag(row["language"] as String), from.map({ $0.covers(language) || language.covers($0) }) ?? true
                    else { continue }
                    // A segment with placeholders is compared with them in place ("um {0} zu").
                    let content: String? = row["content"]
                    let segment = try content.map { try UnitCoding().decodeContent($0, text: "") }
                    // Tags a tool left in a plain segment as text are formatting too.
                    let text = Self.displayed(segment?.textWithPlaceholders ?? MarkupInText.removed(from: row["text"]))
                    let tokens = MatchTokens(text)
                    // A query typed without the segment's placeholders (a TMX `<ph>`, or a software
                    // string's "{0}", "%s" written as text) costs a point per placeholder, as CAT
                    // tools charge a missing tag or placeable, not a word each ("Klicken Sie auf
                    // {1}Speichern{2}, …" asked for without them: 98, not 81).
                    var plain: (text: String, tokens: MatchTokens, placeholders: Int)?
                    if let segment {
                        if segment.hasPlaceholders {
                            let words = Self.displayed(segment.plainText)
                            let wordTokens = MatchTokens(words)
                            plain = (words, wordTokens, tokens.tokens.count - wordTokens.tokens.count)
                        }
                    } else {
                        let removed = PlaceholdersInText.removed(from: text)
                        if removed.count > 0 { plain = (removed.text, MatchTokens(removed.text), removed.count) }
                    }
                    if let found = plain, found.placeholders <= 0 { plain = nil }
                    // The length filter, with or without the placeholders ("5 %" is none: filtered
                    // as any sentence).
                    guard MatchScore.ceiling(query.tokens.count, tokens.tokens.count) >= threshold
                        || plain.map({ MatchScore.ceiling(query.tokens.count, $0.tokens.tokens.count) - $0.placeholders >= threshold }) ?? false
                    else { continue }
                    var score = MatchScore(query: query, candidate: tokens, sameText: Self.comparable(text) == queryText)
                    if let plain {
                        let withoutThem = MatchScore(query: query, candidate: plain.tokens, sameText: Self.comparable(plain.text) == queryText)
                        score.percent = max(score.percent, min(99, withoutThem.percent - plain.placeholders))
                    }
                    // A number-only difference may score higher once its translation takes the numbers.
                    guard score.percent >= threshold || score.differsOnlyInNumbers else { continue }
                    scored.append((score, row["unitId"], content, text, language, tokens))
                }
                let best = scored.map(\.score.percent).max() ?? 0
                guard !secondPass, best < Self.secondPassBelow else { break }
                secondPass = true
                ids = try candidateIDs(for: query, budget: Self.postingBudget * 4, db: db).filter { scoredIDs.insert($0).inserted }
            }
            // Every translation a unit holds in the wanted language is a match of its own (a TMX
            // unit may carry two English versions); numbers are carried into the translations of
            // number-only matches, each scored by whether its numbers could be placed.
            var entries: [(score: MatchScore, candidate: Int, translation: Translation, adapted: String?)] = []
            for (index, candidate) in scored.enumerated() {
                for translation in try Self.translations(ofUnit: candidate.unitID, besides: candidate.language, to: to, db: db) {
                    var score = candidate.score
                    var adapted: String?
                    if score.differsOnlyInNumbers,
                       let text = NumberAdaptation.adapt(query: query, source: candidate.tokens, substitutions: score.substitutions,
                                                         target: translation.text, sourceLanguage: candidate.language,
                                                         targetLanguage: translation.language) {
                        adapted = text
                        score = score.adaptingNumbers(wordsKept: candidate.tokens.tokens.contains { !$0.isNumber })
                    }
                    guard score.percent >= threshold else { continue }
                    entries.append((score, index, translation, adapted))
                }
            }
            entries.sort { lhs, rhs in
                let left = scored[lhs.candidate].tokens.tokens.count, right = scored[rhs.candidate].tokens.tokens.count
                return lhs.score.percent != rhs.score.percent ? lhs.score.percent > rhs.score.percent
                    : abs(left - query.tokens.count) < abs(right - query.tokens.count)
            }
            var matches: [FuzzyMatch] = []
            var seenSources = Set<String>()
            for entry in entries where matches.count < limit {
                let candidate = scored[entry.candidate]
                guard seenSources.insert(candidate.text + "\u{1}" + entry.translation.text).inserted else { continue }
                let unit = try Row.fetchOne(db, sql: """
                    SELECT u.tuid, o.name FROM unit u JOIN origin o ON o.id = u.originId WHERE u.id = ?
                    """, arguments: [candidate.unitID])
                matches.append(FuzzyMatch(
                    score: entry.score, source: candidate.text, sourceLanguage: candidate.language, target: entry.translation.text,
                    targetLanguage: entry.translation.language, tuid: unit?["tuid"], origin: unit?["name"] ?? "",
                    differingRanges: entry.score.differingTokens.map { candidate.tokens.tokens[$0].range },
                    adaptedTarget: entry.adapted, sourceWithCodes: try Self.withCodes(candidate.content),
                    targetWithCodes: entry.translation.withCodes))
            }
            return matches
        }
    }

    /// A unit's translations of its sentence in `language`: its variants in `to` (or, without
    /// it, in the first other language the unit has: a German–English–French unit answers a
    /// German query in English) whose text is not empty, in the unit's order.
    static func translations(ofUnit unitID: Int64, besides language: LanguageTag, to: LanguageTag?,
                             db: Database) throws -> [Translation] {
        let variants = try Row.fetchAll(db.cachedStatement(sql: "SELECT language, text, content FROM variant WHERE unitId = ? ORDER BY position"),
                                        arguments: [unitID])
        var result: [Translation] = []
        var chosen = to
        for row in variants {
            guard let tag = LanguageTag(row["language"] as String) else { continue }
            let text = Self.displayed(row["text"] as String)
            guard !text.isEmpty else { continue }
            if let wanted = chosen {
                if wanted.covers(tag) || tag.covers(wanted) || (to == nil && tag.sameLanguage(as: wanted)) {
                    result.append(Translation(text: text, language: tag, withCodes: try withCodes(row["content"])))
                }
            } else if !tag.sameLanguage(as: language) {
                chosen = tag
                result.append(Translation(text: text, language: tag, withCodes: try withCodes(row["content"])))
            }
        }
        return result
    }

    /// One translation a unit offers: its text as matches show it, and with its codes if it has any.
    struct Translation {
        var text: String
        var language: LanguageTag
        var withCodes: String?
    }

    /// A segment's text with its native codes, from the stored content (nil: plain text).
    static func withCodes(_ content: String?) throws -> String? {
        guard let content else { return nil }
        return displayed(try UnitCoding().decodeContent(content, text: "").textWithCodes)
    }

    /// The text as a 100% match must equal it: white space collapsed, soft hyphens and zero-width
    /// characters dropped, case and punctuation kept.
    public static func comparable(_ text: String) -> String {
        InvisibleCharacters.removed(from: text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A stored sentence as matches and concordance lines show it: a segment a tool wrote over
    /// several indented lines (`<seg>\n    Text …\n  </seg>`) as one line, trimmed. The memory
    /// keeps the text as it came, for export.
    /// - Complexity: O(n); the common case (single spaces, no line breaks) returns the text as it is.
    static func displayed(_ text: String) -> String {
        var previousIsSpace = true
        for scalar in text.unicodeScalars {
            let isSpace = scalar == " "
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || (isSpace && previousIsSpace) { return comparable(text) }
            previousIsSpace = isSpace
        }
        return previousIsSpace && !text.isEmpty ? comparable(text) : text
    }

    /// How many candidates are scored exactly per query.
    public static let candidateLimit = 100
    /// The rarest query words are used until their postings together pass this; common words
    /// ("der", "the") would cost time and tell candidates apart poorly.
    static let postingBudget = 20_000
    /// A best match below this score sends the query to a second, wider pass.
    static let secondPassBelow = 85

    /// Candidate variants: the postings of the query's rarest words, each variant scored by the
    /// summed rarity (inverse document frequency) of the query words it holds, best first.
    /// - Complexity: O(postings read), at most `budget` plus one word's list.
    /// The word index keeps "ß" as written, a match key has it as "ss": "strasse" is looked up
    /// as "straße" too ("dass" as "daß", "massnahme" as "maßnahme"), every "ss" either way, up to
    /// two of them (four forms).
    static func sharpSSpellings(of form: String) -> [String] {
        var forms = [""]
        var rest = Substring(form)
        var replaced = 0
        while let range = rest.range(of: "ss"), replaced < 2 {
            let before = rest[..<range.lowerBound]
            forms = forms.flatMap { [$0 + before + "ss", $0 + before + "ß"] }
            rest = rest[range.upperBound...]
            replaced += 1
        }
        return forms.map { $0 + rest }
    }

    private func candidateIDs(for query: MatchTokens, budget: Int, db: Database) throws -> [Int64] {
        let frequency = try db.cachedStatement(sql: "SELECT documents FROM wordFrequency WHERE term = ?")
        var words: [(form: String, documents: Int)] = []
        for form in Set(query.tokens.flatMap { Self.sharpSSpellings(of: TextNormalizerBridge.fullTextForm($0.key)) }) {
            let documents = try Int.fetchOne(frequency, arguments: [form]) ?? 0
            if documents > 0 { words.append((form, documents)) }
        }
        guard !words.isEmpty else { return [] }
        words.sort { $0.documents != $1.documents ? $0.documents < $1.documents : $0.form < $1.form }
        let total = Double(max(1, try Int.fetchOne(db, sql: "SELECT max(id) FROM variant") ?? 1))
        var chosen: [(form: String, documents: Int)] = []
        var postings = 0
        for word in words {
            if postings > 0 && postings + word.documents > budget { break }
            postings += word.documents
            chosen.append(word)
        }
        var scores = ScoreTable(capacity: postings)
        let statement = try db.cachedStatement(sql: "SELECT rowid FROM variantWords WHERE variantWords MATCH ?")
        for (form, documents) in chosen {
            let weight = log(total / Double(documents)) + 1
            // Postings are read with SQLite's own stepping: GRDB's row cursor costs several times
            // more per row, and a query reads up to tens of thousands of rows.
            try statement.setArguments(["\"" + form.replacingOccurrences(of: "\"", with: "\"\"") + "\""])
            let raw = statement.sqliteStatement
            defer { sqlite3_reset(raw) }
            while true {
                let code = sqlite3_step(raw)
                guard code == SQLITE_ROW else {
                    if code != SQLITE_DONE { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
                    break
                }
                scores.add(weight, to: sqlite3_column_int64(raw, 0))
            }
        }
        return scores.best(Self.candidateLimit)
    }
}

/// Scores per variant id, accumulated over the postings of the query's words: an
/// open-addressing table with a multiplicative hash (Swift's Dictionary hashes with SipHash and
/// took a fifth of a query's time).
struct ScoreTable {
    private var keys: [Int64]
    private var values: [Double]
    private let mask: Int

    /// - Parameter capacity: how many ids will be added at most.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [Int64](repeating: 0, count: size)
        values = [Double](repeating: 0, count: size)
        mask = size - 1
    }

    /// Adds `weight` to the score of `id` (ids are SQLite rowids, never 0).
    @inline(__always)
    mutating func add(_ weight: Double, to id: Int64) {
        var slot = Int(truncatingIfNeeded: UInt64(bitPattern: id) &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
        while true {
            let key = keys[slot]
            if key == id {
                values[slot] += weight
                return
            }
            if key == 0 {
                keys[slot] = id
                values[slot] = weight
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// The `count` ids with the highest scores, best first (ties: lower id first).
    /// - Complexity: O(table size + k log k): scores are sums of a few word weights, so a
    ///   histogram of distinct scores finds the k-th best without sorting everything.
    func best(_ count: Int) -> [Int64] {
        var histogram: [Double: Int] = [:]
        for (index, key) in keys.enumerated() where key != 0 { histogram[values[index], default: 0] += 1 }
        var cutoff = -Double.infinity
        var taken = 0
        for (score, number) in histogram.sorted(by: { $0.key > $1.key }) {
            cutoff = score
            taken += number
            if taken >= count { break }
        }
        var kept: [(id: Int64, score: Double)] = []
        for (index, key) in keys.enumerated() where key != 0 && values[index] >= cutoff { kept.append((key, values[index])) }
        kept.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        return kept.prefix(count).map(\.id)
    }
}
