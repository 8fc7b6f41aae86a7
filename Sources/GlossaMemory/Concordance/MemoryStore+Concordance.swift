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
    /// compounds ("Aufmarsch" finds "Truppenaufmarsch"), case-insensitive.
    ///
    /// Uses the trigram index for words of three or more characters; shorter ones scan.
    /// - Returns: up to `limit` lines and how many sentences contain the word in all.
    public func concordance(_ word: String, language: LanguageTag? = nil, limit: Int = 20) throws -> (lines: [ConcordanceLine], total: Int) {
        let needle = word.trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else { return ([], 0) }
        return try read { db in
            let rows: [Row]
            let total: Int
            if needle.count >= 3 {
                let expression = "\"" + needle.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                total = try Int.fetchOne(db, sql: "SELECT count(*) FROM variantTrigrams WHERE variantTrigrams MATCH ?", arguments: [expression]) ?? 0
                rows = try Row.fetchAll(db, sql: """
                    SELECT v.id, v.unitId, v.language, v.text FROM variantTrigrams t JOIN variant v ON v.id = t.rowid
                    WHERE variantTrigrams MATCH ? ORDER BY v.id LIMIT ?
                    """, arguments: [expression, limit * 4])
            } else {
                let pattern = "%" + needle + "%"
                total = try Int.fetchOne(db, sql: "SELECT count(*) FROM variant WHERE text LIKE ?", arguments: [pattern]) ?? 0
                rows = try Row.fetchAll(db, sql: "SELECT id, unitId, language, text FROM variant WHERE text LIKE ? ORDER BY id LIMIT ?",
                                        arguments: [pattern, limit * 4])
            }
            var lines: [ConcordanceLine] = []
            for row in rows where lines.count < limit {
                guard let tag = LanguageTag(row["language"] as String) else { continue }
                if let language, !(language.covers(tag) || tag.covers(language)) { continue }
                let text: String = row["text"]
                guard let range = text.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) else { continue }
                let other = try Row.fetchOne(db, sql: """
                    SELECT v.language, v.text, o.name FROM unit u JOIN origin o ON o.id = u.originId
                    LEFT JOIN variant v ON v.unitId = u.id AND v.id != ? WHERE u.id = ? ORDER BY v.position LIMIT 1
                    """, arguments: [row["id"] as Int64, row["unitId"] as Int64])
                lines.append(ConcordanceLine(
                    language: tag, left: String(text[..<range.lowerBound]), keyword: String(text[range]),
                    right: String(text[range.upperBound...]), translation: other?["text"],
                    translationLanguage: (other?["language"] as String?).flatMap(LanguageTag.init), origin: other?["name"] ?? ""))
            }
            return (lines, total)
        }
    }
}
