import GlossaCore
import GRDB

extension MemoryStore {
    /// The variant language tag the memory uses most among those `range` covers (`de` → `de-DE`
    /// if most German variants say so): what an export's header `srclang` must say.
    public func mostCommonLanguage(coveredBy range: LanguageTag) throws -> LanguageTag? {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT language, count(*) AS n FROM variant GROUP BY language ORDER BY n DESC")
                .compactMap { LanguageTag($0["language"] as String) }
                .first { range.covers($0) }
        }
    }
}
