import GRDB

/// What a memory holds, for `glossa stats`.
public struct MemoryStatistics: Hashable, Sendable, Codable {
    public var path: String
    public var units: Int
    /// Variants per language tag, most first.
    public var variantsByLanguage: [LanguageCount]
    public var origins: Int
    public var articles: Int
    /// Glossary entries per status.
    public var glossary: [String: Int]

    public struct LanguageCount: Hashable, Sendable, Codable {
        public var language: String
        public var count: Int
    }
}

extension MemoryStore {
    public func statistics() throws -> MemoryStatistics {
        try read { db in
            let units = try Int.fetchOne(db, sql: "SELECT count(*) FROM unit") ?? 0
            let languages = try Row.fetchAll(db, sql: "SELECT language, count(*) AS n FROM variant GROUP BY language ORDER BY n DESC, language")
                .map { MemoryStatistics.LanguageCount(language: $0["language"], count: $0["n"]) }
            let origins = try Int.fetchOne(db, sql: "SELECT count(*) FROM origin") ?? 0
            let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM origin WHERE kind = 'article'") ?? 0
            var glossary: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, count(*) AS n FROM glossaryEntry GROUP BY status") {
                glossary[row["status"]] = row["n"]
            }
            return MemoryStatistics(path: path, units: units, variantsByLanguage: languages, origins: origins,
                                    articles: articles, glossary: glossary)
        }
    }
}
