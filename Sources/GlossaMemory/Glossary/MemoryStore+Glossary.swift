import Foundation
import GlossaCore
import GRDB

/// What saving glossary entries did.
public struct GlossarySummary: Hashable, Sendable, Codable {
    public var added = 0
    public var updated = 0
    /// Candidates from an earlier build of the same origin that this build no longer proposes.
    public var withdrawn = 0
    /// Entries saved again exactly as they were.
    public var unchanged = 0
    public init() {}

    /// Adds another save's counts (several glossaries in one transaction).
    public static func += (total: inout GlossarySummary, other: GlossarySummary) {
        total.added += other.added
        total.updated += other.updated
        total.withdrawn += other.withdrawn
        total.unchanged += other.unchanged
    }
}

extension MemoryStore {
    /// Saves entries, matched on their languages and base forms (case and diacritics folded).
    ///
    /// A new entry is stored as given. An existing one takes the new confidence, frequency,
    /// example and origin and gains the new variants, but keeps the translator's decision: an
    /// approved or rejected status and a note are never overwritten by a candidate.
    ///
    /// - Parameters:
    ///   - withdrawingCandidatesOf: an origin (such as a build of a corpus) whose earlier
    ///     candidates that are not among `entries` are removed; approved and rejected entries stay.
    ///   - searchForms: more forms to find an entry by (a lemmatizer's stems of an imported
    ///     term), kept as lookup keys only: they are no forms seen in text, so the entry's
    ///     variants, and every export, leave them out.
    /// - Complexity: O(entries · forms) index operations, one transaction.
    @discardableResult
    public func saveGlossary(_ entries: [GlossaryEntry], withdrawingCandidatesOf origins: Set<String> = [],
                             searchForms: (GlossaryEntry) -> [String] = { _ in [] }) throws -> GlossarySummary {
        try write { db in try Self.saveGlossary(entries, withdrawingCandidatesOf: origins, searchForms: searchForms, in: db) }
    }

    static func saveGlossary(_ entries: [GlossaryEntry], withdrawingCandidatesOf origins: Set<String>,
                             searchForms: (GlossaryEntry) -> [String] = { _ in [] }, in db: Database) throws -> GlossarySummary {
        do {
            var summary = GlossarySummary()
            var kept = Set<Int64>()
            let encoder = JSONEncoder()
            for entry in entries {
                let sourceKey = TextNormalizerBridge.searchKey(entry.source)
                let targetKey = TextNormalizerBridge.searchKey(entry.target)
                let existing = try Row.fetchOne(db.cachedStatement(sql: """
                    SELECT id, sourceVariants, targetVariants, sourceDeprecated, targetDeprecated, status, note FROM glossaryEntry
                    WHERE sourceLanguage = ? AND targetLanguage = ? AND sourceKey = ? AND targetKey = ?
                    """), arguments: [entry.sourceLanguage.identifier, entry.targetLanguage.identifier, sourceKey, targetKey])
                var merged = entry
                let id: Int64
                if let existing {
                    id = existing["id"]
                    merged.sourceVariants = Self.union(Self.forms(existing["sourceVariants"]), entry.sourceVariants)
                    merged.targetVariants = Self.union(Self.forms(existing["targetVariants"]), entry.targetVariants)
                    merged.sourceDeprecated = Self.union(Self.forms(existing["sourceDeprecated"]), entry.sourceDeprecated)
                    merged.targetDeprecated = Self.union(Self.forms(existing["targetDeprecated"]), entry.targetDeprecated)
                    let oldStatus = GlossaryEntry.Status(rawValue: existing["status"]) ?? .candidate
                    if oldStatus != .candidate && entry.status == .candidate { merged.status = oldStatus }
                    merged.note = (existing["note"] as String?) ?? entry.note
                    if let full = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM glossaryEntry WHERE id = ?"), arguments: [id]).flatMap(Self.entry),
                       full == merged.filled(from: full) {
                        kept.insert(id)
                        summary.unchanged += 1
                        continue
                    }
                    try db.cachedStatement(sql: """
                        UPDATE glossaryEntry SET source = ?, target = ?, sourceVariants = ?, targetVariants = ?, confidence = ?,
                            frequency = ?, origin = ?, status = ?, note = ?, partOfSpeech = coalesce(?, partOfSpeech),
                            exampleSource = coalesce(?, exampleSource), exampleTarget = coalesce(?, exampleTarget),
                            sourceDeprecated = ?, targetDeprecated = ?
                        WHERE id = ?
                        """).execute(arguments: [merged.source, merged.target, Self.json(merged.sourceVariants, encoder),
                                         Self.json(merged.targetVariants, encoder), merged.confidence, merged.frequency,
                                         merged.origin, merged.status.rawValue, merged.note, merged.partOfSpeech,
                                         merged.example?.source, merged.example?.target, Self.json(merged.sourceDeprecated, encoder),
                                         Self.json(merged.targetDeprecated, encoder), id])
                    // The entry's keys stay: variants only grow, and a base form's key is the entry's own.
                    summary.updated += 1
                } else {
                    try db.cachedStatement(sql: """
                        INSERT INTO glossaryEntry (sourceLanguage, targetLanguage, source, target, sourceKey, targetKey,
                            sourceVariants, targetVariants, confidence, frequency, origin, status, note, partOfSpeech,
                            exampleSource, exampleTarget, sourceDeprecated, targetDeprecated)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """).execute(arguments: [entry.sourceLanguage.identifier, entry.targetLanguage.identifier, entry.source,
                                         entry.target, sourceKey, targetKey, Self.json(entry.sourceVariants, encoder),
                                         Self.json(entry.targetVariants, encoder), entry.confidence, entry.frequency,
                                         entry.origin, entry.status.rawValue, entry.note, entry.partOfSpeech,
                                         entry.example?.source, entry.example?.target, Self.json(entry.sourceDeprecated, encoder),
                                         Self.json(entry.targetDeprecated, encoder)])
                    id = db.lastInsertedRowID
                    summary.added += 1
                }
                kept.insert(id)
                // Deprecated terms are keys too: a lookup of one finds the entry that replaces it.
                for (side, forms) in [("source", [merged.source] + merged.sourceVariants + merged.sourceDeprecated + searchForms(entry)),
                                      ("target", [merged.target] + merged.targetVariants + merged.targetDeprecated)] {
                    for key in Set(forms.map(TextNormalizerBridge.searchKey)) where !key.isEmpty {
                        try db.cachedStatement(sql: "INSERT OR IGNORE INTO glossaryForm (entryId, side, key, reversedKey) VALUES (?, ?, ?, ?)")
                            .execute(arguments: [id, side, key, String(key.reversed())])
                    }
                }
            }
            if !origins.isEmpty {
                let stale = try Row.fetchAll(db, sql: "SELECT id, origin FROM glossaryEntry WHERE status = 'candidate'")
                    .filter { origins.contains($0["origin"] as String) && !kept.contains($0["id"] as Int64) }.map { $0["id"] as Int64 }
                for id in stale { try db.cachedStatement(sql: "DELETE FROM glossaryEntry WHERE id = ?").execute(arguments: [id]) }
                summary.withdrawn = stale.count
            }
            return summary
        }
    }

    /// Glossary entries, best first (approved, then by confidence and frequency).
    public func glossaryEntries(statuses: Set<GlossaryEntry.Status> = Set(GlossaryEntry.Status.allCases),
                                origin: String? = nil) throws -> [GlossaryEntry] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM glossaryEntry
                ORDER BY status = 'approved' DESC, confidence DESC, frequency DESC, source
                """).compactMap(Self.entry).filter { statuses.contains($0.status) && (origin == nil || $0.origin.hasPrefix(origin!)) }
        }
    }

    /// Sets the translator's decision on the entries with this base form.
    /// - Returns: how many entries changed.
    @discardableResult
    public func setStatus(_ status: GlossaryEntry.Status, source: String, target: String? = nil) throws -> Int {
        try write { db in
            var sql = "UPDATE glossaryEntry SET status = ? WHERE sourceKey = ?"
            var arguments: StatementArguments = [status.rawValue, TextNormalizerBridge.searchKey(source)]
            if let target {
                sql += " AND targetKey = ?"
                arguments += [TextNormalizerBridge.searchKey(target)]
            }
            try db.execute(sql: sql, arguments: arguments)
            return db.changesCount
        }
    }

    static func entry(_ row: Row) -> GlossaryEntry? {
        guard let sourceLanguage = LanguageTag(row["sourceLanguage"] as String),
              let targetLanguage = LanguageTag(row["targetLanguage"] as String) else { return nil }
        let sourceVariants = forms(row["sourceVariants"]), targetVariants = forms(row["targetVariants"])
        var example: TermPair.Example?
        if let source = row["exampleSource"] as String?, let target = row["exampleTarget"] as String? {
            example = TermPair.Example(source: source, target: target)
        }
        return GlossaryEntry(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, source: row["source"], target: row["target"],
                             sourceVariants: sourceVariants, targetVariants: targetVariants, confidence: row["confidence"],
                             frequency: row["frequency"], origin: row["origin"],
                             status: GlossaryEntry.Status(rawValue: row["status"]) ?? .candidate, note: row["note"],
                             partOfSpeech: row["partOfSpeech"], example: example,
                             sourceDeprecated: forms(row["sourceDeprecated"]), targetDeprecated: forms(row["targetDeprecated"]))
    }

    /// A JSON list of terms as stored (variants, deprecated terms); empty for NULL or anything
    /// unreadable.
    static func forms(_ json: String?) -> [String] {
        guard let json else { return [] }
        return (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }

    static func union(_ old: [String], _ new: [String]) -> [String] {
        var result = old
        for form in new where !result.contains(form) { result.append(form) }
        return result
    }

    private static func json(_ forms: [String], _ encoder: JSONEncoder) -> String {
        (try? String(decoding: encoder.encode(forms), as: UTF8.self)) ?? "[]"
    }
}

extension GlossaryEntry {
    /// The entry with the fields an update keeps when the new value is missing (part of speech,
    /// example) taken from `stored`: what the stored row will hold after the update.
    func filled(from stored: GlossaryEntry) -> GlossaryEntry {
        var entry = self
        entry.partOfSpeech = partOfSpeech ?? stored.partOfSpeech
        entry.example = example ?? stored.example
        return entry
    }
}
