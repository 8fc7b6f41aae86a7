import Foundation
import GlossaCore
import GRDB

/// Receives the units of one import, inside the import's transaction. Handed to the producer
/// (a TMX reader, an aligner) by ``MemoryStore/importUnits(origin:policy:replacingOrigin:_:)``.
///
/// Cost per unit: its rows, written 64 units at a time with one statement per table (a statement
/// run per row opened a cursor on the table and on each of its indexes every time: 2.3 s of
/// a 100,000-unit import went to 300,000 such runs); the duplicate checks ask the indexes for a
/// small import and memory for a large one (``KnownKeys``), and every read of the memory first
/// writes the units held back, so a check always sees every unit before it.
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
    /// The id the next unit gets (above every stored unit's), so a held-back unit's variants
    /// can name it before it is written.
    private var nextUnitID: Int64
    /// Units held back to be written together, with their ids.
    private var pending: [(id: Int64, firstVariant: Int64, unit: PreparedUnit)] = []
    private var pendingVariants = 0
    static let batchUnits = 64
    static let batchVariants = 256
    private let preparer: UnitPreparer
    private let knownContent: KnownKeys
    private let knownSources: KnownKeys
    /// The stored texts of the variants this import deleted that the word index held.
    private(set) var deletedIndexedTexts: [String] = []
    public private(set) var summary = ImportSummary()

    init(db: Database, originID: Int64, policy: DuplicatePolicy, headerSourceLanguage: String?, indexedUpTo: Int64) throws {
        self.db = db
        nextUnitID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM unit") ?? 0) + 1
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
        if policy == .merge, try knownContent.mayContain(unit.contentHash, in: db, beforeReading: writePending) {
            try writePending()
            if try merge(unit) {
                summary.merged += 1
                return
            }
        }
        if policy == .overwrite {
            try writePending()
            let sameSource = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM unit WHERE sourceHash = ?"), arguments: [unit.sourceHash])
            if !sameSource.isEmpty {
                for id in sameSource {
                    deletedIndexedTexts += try UnitDeletion.delete(unit: id, in: db, indexedUpTo: indexedUpTo)
                }
                summary.replaced += sameSource.count
            }
        } else if try knownSources.contains(unit.sourceHash, in: db, beforeReading: writePending) {
            summary.alternatives += 1
        }
        try hold(unit)
        knownContent.insert(unit.contentHash)
        knownSources.insert(unit.sourceHash)
        summary.added += 1
    }

    /// Adds the unit's usage count to the stored identical unit; false if there is none (the
    /// content hash met another unit's by chance, or a unit since deleted).
    private func merge(_ unit: PreparedUnit) throws -> Bool {
        guard let id = try identical(to: unit),
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

    /// The stored unit identical to `unit`, by the one duplicate index (`sourceHash`,
    /// `contentHash`). Identical units have the same variants, so the stored one's source is one
    /// of them: its source hash first, then (rarely: a unit stored with another `srclang`, the
    /// same memory read in the other direction) each other variant's.
    private func identical(to unit: PreparedUnit) throws -> Int64? {
        let probe = RawStatement(try db.cachedStatement(sql: "SELECT id FROM unit WHERE sourceHash = ? AND contentHash = ? LIMIT 1"))
        probe.bind(1, unit.sourceHash)
        probe.bind(2, unit.contentHash)
        if let id = try probe.firstInteger(db) { return id }
        for variant in unit.variants {
            let language = LanguageTag(variant.language)?.language ?? variant.language
            let other = UnitKeys.sourceHash(language: language, text: variant.text)
            guard other != unit.sourceHash else { continue }
            probe.bind(1, other)
            probe.bind(2, unit.contentHash)
            if let id = try probe.firstInteger(db) { return id }
        }
        return nil
    }

    /// Gives the unit and its variants their ids and holds it back; a full batch is written.
    private func hold(_ unit: PreparedUnit) throws {
        pending.append((nextUnitID, nextVariantID, unit))
        nextUnitID += 1
        nextVariantID += Int64(unit.variants.count)
        pendingVariants += unit.variants.count
        if pending.count >= Self.batchUnits || pendingVariants >= Self.batchVariants { try writePending() }
    }

    /// Writes the held-back units: one multi-row insert for the units, and one for their
    /// variants per ``batchVariants`` (a unit with thousands of variants stays under SQLite's
    /// limit on bound values).
    func writePending() throws {
        guard !pending.isEmpty else { return }
        let units = RawStatement(try insertStatement(Self.unitColumns, columns: 8, rows: pending.count))
        var index: Int32 = 1
        for (id, _, unit) in pending {
            units.bind(index, id)
            units.bind(index + 1, originID)
            units.bind(index + 2, unit.tuid)
            units.bind(index + 3, unit.attributes)
            units.bind(index + 4, unit.props)
            units.bind(index + 5, unit.notes)
            units.bind(index + 6, unit.contentHash)
            units.bind(index + 7, unit.sourceHash)
            index += 8
        }
        try units.run(db)
        var rows: [(id: Int64, unit: Int64, position: Int, variant: PreparedUnit.Variant)] = []
        rows.reserveCapacity(min(pendingVariants, Self.batchVariants))
        for (id, firstVariant, unit) in pending {
            for (position, variant) in unit.variants.enumerated() {
                rows.append((firstVariant + Int64(position), id, position, variant))
                if rows.count == Self.batchVariants {
                    try writeVariants(rows)
                    rows.removeAll(keepingCapacity: true)
                }
            }
        }
        if !rows.isEmpty { try writeVariants(rows) }
        pending.removeAll(keepingCapacity: true)
        pendingVariants = 0
    }

    private func writeVariants(_ rows: [(id: Int64, unit: Int64, position: Int, variant: PreparedUnit.Variant)]) throws {
        let statement = RawStatement(try insertStatement(Self.variantColumns, columns: 9, rows: rows.count))
        var index: Int32 = 1
        for (id, unit, position, variant) in rows {
            statement.bind(index, id)
            statement.bind(index + 1, unit)
            statement.bind(index + 2, Int64(position))
            statement.bind(index + 3, variant.language)
            statement.bind(index + 4, variant.text)
            statement.bind(index + 5, variant.content)
            statement.bind(index + 6, variant.attributes)
            statement.bind(index + 7, variant.props)
            statement.bind(index + 8, variant.notes)
            index += 9
        }
        try statement.run(db)
    }

    private static let unitColumns = "unit (id, originId, tuid, attributes, props, notes, contentHash, sourceHash)"
    private static let variantColumns = "variant (id, unitId, position, language, text, content, attributes, props, notes)"

    /// `INSERT OR ROLLBACK INTO target VALUES (?, …), …` for `rows` rows. The sizes that recur
    /// (a few rows, full batches of 64 units with their 128 or 192 variants) are kept prepared;
    /// other sizes (a batch cut short by a duplicate check) are prepared for the one use, so the
    /// cache does not fill with large statements.
    private func insertStatement(_ target: String, columns: Int, rows: Int) throws -> Statement {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
        let sql = "INSERT OR ROLLBACK INTO " + target + " VALUES " + Array(repeating: row, count: rows).joined(separator: ",")
        return rows <= 4 || rows % 32 == 0 ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
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
