import Foundation
import GlossaCore
import GRDB

/// Receives the units of one import, inside the import's transaction. Handed to the producer
/// (a TMX reader, an aligner) by ``MemoryStore/importUnits(origin:policy:replacingOrigin:_:)``.
///
/// Cost per unit: one insert for the unit and one per variant; the duplicate checks ask the
/// indexes for a small import and memory for a large one (``KnownKeys``).
public final class UnitSink {
    let db: Database
    let originID: Int64
    let policy: DuplicatePolicy
    /// Variants with an id up to this are in the full-text indexes already.
    let indexedUpTo: Int64
    /// The id the next variant gets: new variants are numbered from above `indexedUpTo`, even
    /// when the units with the highest ids were deleted in this import (SQLite would hand
    /// their ids out again, and the word index would miss the new rows).
    private var nextVariantID: Int64
    private let preparer: UnitPreparer
    private let knownContent: KnownKeys
    private let knownSources: KnownKeys
    /// The stored texts of the variants this import deleted that the word index held.
    private(set) var deletedIndexedTexts: [String] = []
    public private(set) var summary = ImportSummary()

    init(db: Database, originID: Int64, policy: DuplicatePolicy, headerSourceLanguage: String?, indexedUpTo: Int64) {
        self.db = db
        self.originID = originID
        self.policy = policy
        self.indexedUpTo = indexedUpTo
        nextVariantID = indexedUpTo + 1
        preparer = UnitPreparer(headerSourceLanguage: headerSourceLanguage)
        // Variant ids run about twice as fast as unit ids; a guess is all the filters need.
        knownContent = KnownKeys(column: "contentHash", storedUnits: Int(indexedUpTo / 2))
        knownSources = KnownKeys(column: "sourceHash", storedUnits: Int(indexedUpTo / 2))
    }

    /// Stores one unit, merging or replacing duplicates as the policy says.
    public func add(_ unit: TranslationUnit) throws {
        try add(preparer.prepare(unit))
    }

    /// Stores a unit prepared ahead (on another thread, with a ``UnitPreparer`` given the same
    /// header source language).
    public func add(_ unit: PreparedUnit) throws {
        // The merge's own lookup settles a "maybe" (one index probe, not two).
        if policy == .merge, try knownContent.mayContain(unit.contentHash, in: db), try merge(unit) {
            summary.merged += 1
            return
        }
        if policy == .overwrite {
            let sameSource = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM unit WHERE sourceHash = ?"), arguments: [unit.sourceHash])
            if !sameSource.isEmpty {
                for id in sameSource {
                    deletedIndexedTexts += try UnitDeletion.delete(unit: id, in: db, indexedUpTo: indexedUpTo)
                }
                summary.replaced += sameSource.count
            }
        } else if try knownSources.contains(unit.sourceHash, in: db) {
            summary.alternatives += 1
        }
        try insert(unit)
        knownContent.insert(unit.contentHash)
        knownSources.insert(unit.sourceHash)
        summary.added += 1
    }

    /// Adds the unit's usage count to the stored identical unit; false if there is none (the
    /// content hash met another unit's by chance, or a unit since deleted).
    private func merge(_ unit: PreparedUnit) throws -> Bool {
        let identical = RawStatement(try db.cachedStatement(sql: "SELECT id FROM unit WHERE contentHash = ? LIMIT 1"))
        identical.bind(1, unit.contentHash)
        guard let id = try identical.firstInteger(db),
              let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT attributes FROM unit WHERE id = ?"), arguments: [id]) else {
            return false
        }
        var attributes = try FlatJSON.attributes(row["attributes"])
        let stored = attributes[attribute: "usagecount"].flatMap { Int($0) } ?? 0
        if unit.usageCount > 0 || stored > 0 {
            attributes[attribute: "usagecount"] = String(stored + unit.usageCount)
            try db.cachedStatement(sql: "UPDATE unit SET attributes = ? WHERE id = ?").execute(arguments: [FlatJSON.encode(attributes), id])
        }
        return true
    }

    private func insert(_ unit: PreparedUnit) throws {
        let insertUnit = RawStatement(try db.cachedStatement(sql: """
            INSERT INTO unit (originId, tuid, attributes, props, notes, contentHash, sourceHash) VALUES (?, ?, ?, ?, ?, ?, ?)
            """))
        insertUnit.bind(1, originID)
        insertUnit.bind(2, unit.tuid)
        insertUnit.bind(3, unit.attributes)
        insertUnit.bind(4, unit.props)
        insertUnit.bind(5, unit.notes)
        insertUnit.bind(6, unit.contentHash)
        insertUnit.bind(7, unit.sourceHash)
        try insertUnit.run(db)
        let unitID = db.lastInsertedRowID
        let insertVariant = RawStatement(try db.cachedStatement(sql: """
            INSERT INTO variant (id, unitId, position, language, text, content, attributes, props, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """))
        for (position, variant) in unit.variants.enumerated() {
            insertVariant.bind(1, nextVariantID)
            insertVariant.bind(2, unitID)
            insertVariant.bind(3, Int64(position))
            insertVariant.bind(4, variant.language)
            insertVariant.bind(5, variant.text)
            insertVariant.bind(6, variant.content)
            insertVariant.bind(7, variant.attributes)
            insertVariant.bind(8, variant.props)
            insertVariant.bind(9, variant.notes)
            try insertVariant.run(db)
            nextVariantID += 1
        }
    }
}

/// Removing units, keeping the full-text indexes in step.
enum UnitDeletion {
    /// - Returns: the texts of the unit's variants that were in the word index.
    static func delete(unit id: Int64, in db: Database, indexedUpTo: Int64) throws -> [String] {
        let variants = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, text FROM variant WHERE unitId = ?"), arguments: [id])
        var indexedTexts: [String] = []
        for variant in variants where (variant["id"] as Int64) <= indexedUpTo {
            try db.cachedStatement(sql: "INSERT INTO variantWords(variantWords, rowid, text) VALUES('delete', ?, ?)")
                .execute(arguments: [variant["id"] as Int64, variant["text"] as String])
            indexedTexts.append(variant["text"])
        }
        try db.cachedStatement(sql: "DELETE FROM variant WHERE unitId = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM unit WHERE id = ?").execute(arguments: [id])
        return indexedTexts
    }
}
