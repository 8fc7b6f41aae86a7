import Foundation
import GlossaCore
import GRDB

extension MemoryStore {
    /// Imports units in one transaction: `produce` hands each unit to the sink; if it throws (a
    /// malformed file half-way through), nothing of this import is kept.
    ///
    /// - Parameters:
    ///   - replacingOrigin: remove the origin's earlier units first (an article that changed).
    /// - Returns: what was added, merged and replaced.
    /// - Complexity: O(units) index lookups and inserts, then O(new variants) to index them.
    public func importUnits(origin: Origin, policy: DuplicatePolicy = .merge, replacingOrigin: Bool = false,
                            _ produce: (UnitSink) throws -> Void) throws -> ImportSummary {
        try writeBulk { db in try Self.importUnits(in: db, origin: origin, policy: policy, replacingOrigin: replacingOrigin, produce) }
    }

    static func importUnits(in db: Database, origin: Origin, policy: DuplicatePolicy, replacingOrigin: Bool,
                            refreshingFrequencies: Bool = true, _ produce: (UnitSink) throws -> Void) throws -> ImportSummary {
        let (summary, deletedTexts, indexedUpTo) = try importUnitsLeavingFrequencies(in: db, origin: origin, policy: policy,
                                                                                     replacingOrigin: replacingOrigin, produce)
        if refreshingFrequencies {
            try WordFrequencies.update(in: db, addedAfter: indexedUpTo, deletedTexts: deletedTexts)
        }
        return summary
    }

    /// The import without the word counts (for several imports in one transaction, counted
    /// once at the end): also returns the texts of the variants it deleted from the word index,
    /// and the highest variant id before it (the counts start above it).
    static func importUnitsLeavingFrequencies(in db: Database, origin: Origin, policy: DuplicatePolicy, replacingOrigin: Bool,
                                              _ produce: (UnitSink) throws -> Void) throws
        -> (ImportSummary, deletedTexts: [String], indexedUpTo: Int64) {
        let indexedUpTo = try Int64.fetchOne(db, sql: "SELECT max(id) FROM variant") ?? 0
        let originID = try Self.upsert(origin, in: db)
        var removed = 0
        var deletedTexts: [String] = []
        if replacingOrigin {
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM unit WHERE originId = ?", arguments: [originID])
            for id in ids { deletedTexts += try UnitDeletion.delete(unit: id, in: db, indexedUpTo: indexedUpTo) }
            removed = ids.count
        }
        let sink = try UnitSink(db: db, originID: originID, policy: policy,
                                headerSourceLanguage: origin.header?.sourceLanguage, indexedUpTo: indexedUpTo)
        try produce(sink)
        try sink.writePending()
        try db.execute(sql: "INSERT INTO variantWords(rowid, text) SELECT id, text FROM variant WHERE id > ?", arguments: [indexedUpTo])
        deletedTexts += sink.deletedIndexedTexts
        var summary = sink.summary
        summary.replaced += removed
        return (summary, deletedTexts, indexedUpTo)
    }

    /// The content hash an origin was last built from, if it is in the memory.
    public func contentHash(ofOrigin name: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT contentHash FROM origin WHERE name = ?", arguments: [name]) }
    }

    static func upsert(_ origin: Origin, in db: Database) throws -> Int64 {
        let header = try origin.header.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        let now = ISO8601DateFormatter().string(from: Date())
        try db.execute(sql: """
            INSERT INTO origin (name, kind, contentHash, header, date, updatedAt) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, contentHash = excluded.contentHash,
                header = coalesce(excluded.header, header), date = excluded.date, updatedAt = excluded.updatedAt
            """, arguments: [origin.name, origin.kind.rawValue, origin.contentHash, header, origin.date, now])
        return try Int64.fetchOne(db, sql: "SELECT id FROM origin WHERE name = ?", arguments: [origin.name])!
    }
}
