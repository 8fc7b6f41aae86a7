import GlossaCore
import GRDB

/// Several files imported in one transaction (the members of a ZIP archive): each file's units
/// under its own origin, glossary entries as they come. If any file fails, none of them is kept,
/// as for a single file. Only lives inside ``MemoryStore/importBatch(_:)``.
public final class ImportBatch {
    private let db: Database
    /// Variants above this id were added by the batch (the word counts start there).
    let indexedUpTo: Int64
    private(set) var deletedTexts: [String] = []

    init(db: Database) throws {
        self.db = db
        indexedUpTo = try Int64.fetchOne(db, sql: "SELECT max(id) FROM variant") ?? 0
    }

    /// One file's units; see ``MemoryStore/importUnits(origin:policy:replacingOrigin:_:)``.
    public func importUnits(origin: Origin, policy: DuplicatePolicy = .merge,
                            _ produce: (UnitSink) throws -> Void) throws -> ImportSummary {
        let (summary, deleted, _) = try MemoryStore.importUnitsLeavingFrequencies(in: db, origin: origin, policy: policy,
                                                                               replacingOrigin: false, produce)
        deletedTexts += deleted
        return summary
    }

    /// One file's glossary entries; see ``MemoryStore/saveGlossary(_:withdrawingCandidatesOf:searchForms:)``.
    public func saveGlossary(_ entries: [GlossaryEntry], searchForms: (GlossaryEntry) -> [String] = { _ in [] }) throws -> GlossarySummary {
        try MemoryStore.saveGlossary(entries, withdrawingCandidatesOf: [], searchForms: searchForms, in: db)
    }
}

extension MemoryStore {
    /// Runs `body`'s imports in one transaction, then counts the words they added once.
    /// - Complexity: that of the imports, and one word count over what they changed.
    public func importBatch<T>(_ body: (ImportBatch) throws -> T) throws -> T {
        try writeBulk { db in
            let batch = try ImportBatch(db: db)
            let result = try body(batch)
            try WordFrequencies.update(in: db, addedAfter: batch.indexedUpTo, deletedTexts: batch.deletedTexts)
            return result
        }
    }
}
