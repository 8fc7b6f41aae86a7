import Foundation
import GlossaCore
import GRDB

/// Receives the units of one import, inside the import's transaction. Handed to the producer
/// (a TMX reader, an aligner) by ``MemoryStore/importUnits(origin:policy:replacingOrigin:_:)``.
///
/// Cost per unit: one index lookup on the content hash, one on the source hash when the
/// policy needs it, one insert for the unit and one per variant.
public final class UnitSink {
    let db: Database
    let originID: Int64
    let policy: DuplicatePolicy
    let headerSourceLanguage: String?
    /// Variants with an id up to this are in the full-text indexes already.
    let indexedUpTo: Int64
    private let coding = UnitCoding()
    private var tags: [String: LanguageTag] = [:]
    public private(set) var summary = ImportSummary()

    init(db: Database, originID: Int64, policy: DuplicatePolicy, headerSourceLanguage: String?, indexedUpTo: Int64) {
        self.db = db
        self.originID = originID
        self.policy = policy
        self.headerSourceLanguage = headerSourceLanguage
        self.indexedUpTo = indexedUpTo
    }

    /// Stores one unit, merging or replacing duplicates as the policy says.
    public func add(_ unit: TranslationUnit) throws {
        let contentHash = UnitKeys.contentHash(unit)
        let sourceHash = UnitKeys.sourceHash(unit, headerSourceLanguage: headerSourceLanguage, tags: &tags)

        if policy == .merge, let id = try storedUnit(withContentHash: contentHash),
           let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, attributes FROM unit WHERE id = ?"), arguments: [id]) {
            var attributes = try FlatJSON.attributes(row["attributes"])
            let stored = attributes[attribute: "usagecount"].flatMap { Int($0) } ?? 0
            if unit.usageCount > 0 || stored > 0 {
                attributes[attribute: "usagecount"] = String(stored + unit.usageCount)
                try db.cachedStatement(sql: "UPDATE unit SET attributes = ? WHERE id = ?")
                    .execute(arguments: [FlatJSON.encode(attributes), row["id"] as Int64])
            }
            summary.merged += 1
            return
        }
        if policy == .overwrite {
            let sameSource = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM unit WHERE sourceHash = ?"), arguments: [sourceHash])
            if !sameSource.isEmpty {
                for id in sameSource { try UnitDeletion.delete(unit: id, in: db, indexedUpTo: indexedUpTo) }
                summary.replaced += sameSource.count
            }
        } else {
            let sameSource = RawStatement(try db.cachedStatement(sql: "SELECT 1 FROM unit WHERE sourceHash = ? LIMIT 1"))
            sameSource.bind(1, sourceHash)
            if try sameSource.firstInteger(db) != nil { summary.alternatives += 1 }
        }
        try insert(unit, contentHash: contentHash, sourceHash: sourceHash)
        summary.added += 1
    }

    private func storedUnit(withContentHash hash: Int64) throws -> Int64? {
        let identical = RawStatement(try db.cachedStatement(sql: "SELECT id FROM unit WHERE contentHash = ? LIMIT 1"))
        identical.bind(1, hash)
        return try identical.firstInteger(db)
    }

    private func insert(_ unit: TranslationUnit, contentHash: Int64, sourceHash: Int64) throws {
        let insertUnit = RawStatement(try db.cachedStatement(sql: """
            INSERT INTO unit (originId, tuid, attributes, props, notes, contentHash, sourceHash) VALUES (?, ?, ?, ?, ?, ?, ?)
            """))
        insertUnit.bind(1, originID)
        insertUnit.bind(2, unit.tuid)
        insertUnit.bind(3, FlatJSON.encode(unit.attributes))
        insertUnit.bind(4, FlatJSON.encode(unit.props))
        insertUnit.bind(5, FlatJSON.encode(unit.notes))
        insertUnit.bind(6, contentHash)
        insertUnit.bind(7, sourceHash)
        try insertUnit.run(db)
        let unitID = db.lastInsertedRowID
        let insertVariant = RawStatement(try db.cachedStatement(sql: """
            INSERT INTO variant (unitId, position, language, text, content, attributes, props, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """))
        for (position, variant) in unit.variants.enumerated() {
            insertVariant.bind(1, unitID)
            insertVariant.bind(2, Int64(position))
            insertVariant.bind(3, variant.language.identifier)
            insertVariant.bind(4, variant.text)
            insertVariant.bind(5, try coding.encodeContent(variant.segment))
            insertVariant.bind(6, FlatJSON.encode(variant.attributes))
            insertVariant.bind(7, FlatJSON.encode(variant.props))
            insertVariant.bind(8, FlatJSON.encode(variant.notes))
            try insertVariant.run(db)
        }
    }
}

/// Removing units, keeping the full-text indexes in step.
enum UnitDeletion {
    static func delete(unit id: Int64, in db: Database, indexedUpTo: Int64) throws {
        let variants = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, text FROM variant WHERE unitId = ?"), arguments: [id])
        for variant in variants where (variant["id"] as Int64) <= indexedUpTo {
            try db.cachedStatement(sql: "INSERT INTO variantWords(variantWords, rowid, text) VALUES('delete', ?, ?)")
                .execute(arguments: [variant["id"] as Int64, variant["text"] as String])
        }
        try db.cachedStatement(sql: "DELETE FROM variant WHERE unitId = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM unit WHERE id = ?").execute(arguments: [id])
    }
}
