import Foundation
import GRDB

/// The translation memory and glossary in one SQLite file. This type owns the connection and
/// the migrations; everything else borrows its database.
///
/// A file-backed store uses WAL and a pool of connections, so readers (`lookup`, `match`) are
/// never blocked by a writer (`import`, `build`), and every import is one transaction: it
/// lands whole or not at all.
public final class MemoryStore: Sendable {
    let writer: any DatabaseWriter
    /// The file, or ":memory:".
    public let path: String

    /// Opens the memory at `path`, creating it (and its folder) on first use.
    public init(path: String) throws(MemoryError) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotOpen(path: path, reason: "cannot create the folder \(folder)")
            }
        }
        do {
            writer = try DatabasePool(path: path, configuration: Self.configuration)
        } catch let error as DatabaseError {
            throw error.resultCode == .SQLITE_NOTADB
                ? .notAMemory(path: path, reason: "it is not a SQLite database")
                : .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
        try migrate()
    }

    /// A memory that lives in RAM only, for tests and one-off runs.
    public init() throws(MemoryError) {
        path = ":memory:"
        do {
            writer = try DatabaseQueue(configuration: Self.configuration)
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
        try migrate()
    }

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // Bigger page cache for bulk imports (bounded: 48 MB), and no fsync per page in WAL.
            // The duplicate index takes a random insert per unit: past the cache each reads a
            // page back from the WAL. With the two indexes before v6, a 1 GB TMX (3.5 million
            // units) imported in 100 s with 32 MB, in 73 s with 48 MB (peak 115 MB, 129 MB); a
            // million units in 14.5 s, 12.6 s.
            try db.execute(sql: "PRAGMA cache_size = -48000; PRAGMA synchronous = NORMAL")
        }
        return configuration
    }

    private func migrate() throws(MemoryError) {
        do {
            let migrator = Schema.migrator
            let known = Set(migrator.migrations)
            let applied = try writer.read { db in try migrator.appliedIdentifiers(db) }
            if let unknown = applied.first(where: { !known.contains($0) }) {
                throw MemoryError.notAMemory(path: path, reason: "it was written by a newer glossa (migration \(unknown))")
            }
            try migrator.migrate(writer)
        } catch let error as MemoryError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notAMemory(path: path, reason: "it is not a SQLite database")
        } catch let error as DatabaseError {
            throw .notAMemory(path: path, reason: error.message ?? "\(error.resultCode)")
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// Runs `body` in one write transaction; a thrown error rolls everything back. SQLite errors
    /// become ``MemoryError/database(path:reason:)``; other errors pass through unchanged.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch let error as DatabaseError {
            throw MemoryError.database(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Like ``write(_:)``, with SQLite's foreign-key checks off for the transaction, for bulk
    /// inserts whose references glossa makes itself (a unit's origin, a variant's unit): with
    /// the checks on, SQLite looks the parent row up for every row and keeps a statement
    /// journal for every multi-row insert (it copies each index page the insert touches).
    /// The pragma cannot change inside a transaction, so it is set around it.
    func writeBulk<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                var result: T?
                try db.inTransaction {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            throw MemoryError.database(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Runs `body` on a read-only snapshot; never waits for a writer.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch let error as DatabaseError {
            throw MemoryError.database(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }
}
