/// Why the memory could not be opened or written. Each message names the file and what to do.
public enum MemoryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be opened or created as a SQLite database.
    case cannotOpen(path: String, reason: String)
    /// The file is a SQLite database, but not a glossa memory, or one from a newer glossa.
    case notAMemory(path: String, reason: String)
    /// SQLite refused an operation (disk full, file locked for too long, …). Nothing was written.
    case database(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "\(path): cannot open the memory (\(reason)); check the path and its permissions, or choose another with --memory"
        case .notAMemory(let path, let reason):
            "\(path): not a glossa memory (\(reason)); choose another file with --memory"
        case .database(let path, let reason):
            "\(path): \(reason); the memory is unchanged"
        }
    }
}
