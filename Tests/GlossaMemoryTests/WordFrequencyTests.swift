import GlossaCore
@testable import GlossaMemory
import GRDB
import Testing

@Suite struct WordFrequencyTests {
    /// Every word's count as kept, and as the word index's vocabulary gives it.
    private func counts(_ store: MemoryStore) throws -> (kept: [String: Int], recounted: [String: Int]) {
        try store.read { db in
            var kept: [String: Int] = [:], recounted: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT term, documents FROM wordFrequency") { kept[row[0]] = row[1] }
            for row in try Row.fetchAll(db, sql: "SELECT term, doc FROM variantWordsVocabulary") { recounted[row[0]] = row[1] }
            return (kept, recounted)
        }
    }

    /// A memory of 150 units: the seed pairs, each numbered.
    private func largeMemory() throws -> MemoryStore {
        let store = try MemoryStore()
        try store.importUnits(origin: Origin(name: "large.tmx", kind: .file)) { sink in
            for round in 0..<30 {
                for (german, english) in MemoryFixtures.pairs {
                    try sink.add(MemoryFixtures.unit("\(german) (Meldung \(round))", "\(english) (report \(round))"))
                }
            }
        }
        return store
    }

    @Test func aSmallImportCountsItsOwnWordsLikeARecount() throws {
        let store = try largeMemory()
        try store.importUnits(origin: Origin(name: "small.tmx", kind: .file)) { sink in
            try sink.add(MemoryFixtures.unit("Die Gespräche in Genf sollen fortgesetzt werden.", "The talks in Geneva are to continue."))
            try sink.add(MemoryFixtures.unit("Russland verlangt Sicherheitsgarantien (Meldung 3)", "Russia demands security guarantees (report 3)"))
        }
        let after = try counts(store)
        #expect(after.kept == after.recounted)
        #expect(after.kept["genf"] == 1 && after.kept["russland"] == 91)
    }

    @Test func replacedAndDeletedSentencesComeOffTheCounts() throws {
        let store = try largeMemory()
        try store.importUnits(origin: Origin(name: "article", kind: .article)) { sink in
            try sink.add(MemoryFixtures.unit("Stoltenberg warnte vor einer Eskalation.", "Stoltenberg warned of an escalation."))
        }
        // The article is rebuilt with another sentence; a file overwrites one numbered unit.
        try store.importUnits(origin: Origin(name: "article", kind: .article), replacingOrigin: true) { sink in
            try sink.add(MemoryFixtures.unit("Stoltenberg sprach von Dialog.", "Stoltenberg spoke of dialogue."))
        }
        try store.importUnits(origin: Origin(name: "fix.tmx", kind: .file), policy: .overwrite) { sink in
            let (german, _) = MemoryFixtures.pairs[2]
            try sink.add(MemoryFixtures.unit("\(german) (Meldung 7)", "It was important to remain in dialogue, said Stoltenberg. (report 7)"))
        }
        let after = try counts(store)
        #expect(after.kept == after.recounted)
        #expect(after.kept["eskalation"] == nil && after.kept["sprach"] == 1 && after.kept["remain"] == 1)
    }
}
