import Foundation
import GlossaCore
import GRDB

/// A keyword-in-context line: the sentence around one occurrence of the word, and the
/// sentence's translation.
public struct ConcordanceLine: Hashable, Sendable, Codable {
    public var language: LanguageTag
    public var left: String
    public var keyword: String
    public var right: String
    public var translation: String?
    public var translationLanguage: LanguageTag?
    public var origin: String
}

extension MemoryStore {
    /// Lines where `word` occurs, in any language of the memory (or only `language`), also inside
    /// compounds ("Aufmarsch" finds "Truppenaufmarsch"); one line per unit, from the first of
    /// its sentences that holds the word. `total` counts sentences.
    ///
    /// Case-insensitive for the spellings a word takes (lower case, capitalised, upper case;
    /// SQLite's LIKE folds ASCII only), diacritics must match; "ss" and "ß" are one.
    /// - Returns: up to `limit` lines and how many sentences contain the word in all.
    /// - Complexity: a scan of the memory's text (0.08 s per 100,000 units measured), stopping
    ///   early for the lines; the total needs the whole scan.
    public func concordance(_ word: String, language: LanguageTag? = nil, limit: Int = 20) throws -> (lines: [ConcordanceLine], total: Int) {
        let needle = word.trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else { return ([], 0) }
        // "dass" finds "daß", "Strasse" finds "Straße" and back (spellings before 1996, Swiss German).
        let forms = MemoryStore.sharpSSpellings(of: needle.replacingOccurrences(of: "ß", with: "ss"))
        let spellings = Array(Set(forms.flatMap { [$0, $0.lowercased(), $0.uppercased(), $0.prefix(1).uppercased() + $0.dropFirst()] }))
            .map { "%" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%" }
        let condition = spellings.map { _ in "text LIKE ? ESCAPE '\\'" }.joined(separator: " OR ")
        var languageCondition = ""
        var arguments = StatementArguments(spellings)
        if let language {
            languageCondition = " AND (language = ? OR language LIKE ?)"
            arguments += [language.identifier, language.identifier + "-%"]
        }
        return try read { db in
            // Two queries, on purpose: the lines stop at their limit, and one query with
            // count(*) OVER () was slower (143 vs 126 ms at 100k units), as it keeps every hit.
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM variant WHERE (\(condition))\(languageCondition)", arguments: arguments) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, unitId, language, text FROM variant WHERE (\(condition))\(languageCondition) ORDER BY id LIMIT ?
                """, arguments: arguments + [limit * 4])
            var lines: [ConcordanceLine] = []
            // A unit once: a word both languages write alike ("Gas" / "gas", a name) would
            // show each pair twice, once from each side.
            var shownUnits = Set<Int64>()
            for row in rows where lines.count < limit {
                guard let tag = LanguageTag(row["language"] as String), shownUnits.insert(row["unitId"] as Int64).inserted else { continue }
                let text = Self.displayed(row["text"] as String)
                guard let range = forms.lazy.compactMap({ text.range(of: $0, options: [.caseInsensitive]) }).min(by: { $0.lowerBound < $1.lowerBound })
                else { continue }
                // The translation: the unit's first variant in another language that is not
                // empty (an empty <seg/> is no translation), else any other non-empty one.
                let other = try Row.fetchOne(db, sql: """
                    SELECT v.language, v.text, o.name FROM unit u JOIN origin o ON o.id = u.originId
                    LEFT JOIN variant v ON v.unitId = u.id AND v.id != ? AND trim(v.text) != ''
                    WHERE u.id = ? ORDER BY (lower(v.language) = ? OR lower(v.language) LIKE ? || '-%'), v.position LIMIT 1
                    """, arguments: [row["id"] as Int64, row["unitId"] as Int64, tag.language, tag.language])
                lines.append(ConcordanceLine(
                    language: tag, left: String(text[..<range.lowerBound]), keyword: String(text[range]),
                    right: String(text[range.upperBound...]), translation: (other?["text"] as String?).map(Self.displayed),
                    translationLanguage: (other?["language"] as String?).flatMap(LanguageTag.init), origin: other?["name"] ?? ""))
            }
            return (lines, total)
        }
    }
}

extension MemoryStore {
    /// How many stored sentences hold every word of `term` (case and diacritics aside), from the
    /// word index: a few index lookups, where ``concordance(_:language:limit:)`` scans the text.
    /// Words inside compounds are not counted (the concordance finds those).
    public func sentenceCount(containing term: String) throws -> Int {
        try sentenceCount(containingAnyOf: [term])
    }

    /// How many stored sentences hold every word of at least one of `terms` (a term and the
    /// forms it was seen in: "Sicherheitsgarantie", "Sicherheitsgarantien").
    public func sentenceCount(containingAnyOf terms: [String]) throws -> Int {
        var alternatives: [String] = []
        for term in terms {
            // Each word in each spelling of its "ss" (the keys write "ß" so, the index as written).
            let words = MatchTokens(term).tokens.map { token in
                "(" + MemoryStore.sharpSSpellings(of: TextNormalizerBridge.fullTextForm(token.key))
                    .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " OR ") + ")"
            }
            guard !words.isEmpty else { continue }
            let all = "(" + words.joined(separator: " AND ") + ")"
            if !alternatives.contains(all) { alternatives.append(all) }
        }
        guard !alternatives.isEmpty else { return 0 }
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM variantWords WHERE variantWords MATCH ?",
                             arguments: [alternatives.joined(separator: " OR ")]) ?? 0
        }
    }
}
