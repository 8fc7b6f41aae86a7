import GlossaCore
import GRDB

/// One article's units for ``MemoryStore/applyBuild(articles:glossary:withdrawingCandidatesOf:)``.
public struct ArticleUnits: Sendable {
    public var origin: Origin
    public var units: [TranslationUnit]

    public init(origin: Origin, units: [TranslationUnit]) {
        self.origin = origin
        self.units = units
    }
}

extension MemoryStore {
    /// Writes a build in one transaction: each changed article's units replace its earlier ones,
    /// then the glossary is saved. If anything fails, the memory stays as it was.
    public func applyBuild(articles: [ArticleUnits], glossary: [GlossaryEntry],
                           withdrawingCandidatesOf origins: Set<String>) throws -> (units: ImportSummary, glossary: GlossarySummary) {
        try write { db in
            var total = ImportSummary()
            for article in articles {
                let summary = try Self.importUnits(in: db, origin: article.origin, policy: .merge, replacingOrigin: true,
                                                      refreshingFrequencies: false) { sink in
                    for unit in article.units { try sink.add(unit) }
                }
                total += summary
            }
            if !articles.isEmpty { try WordFrequencies.refreshAll(in: db) }
            let glossarySummary = try Self.saveGlossary(glossary, withdrawingCandidatesOf: origins, in: db)
            return (total, glossarySummary)
        }
    }
}
