import Foundation
import GlossaCore
@testable import GlossaMemory
import GRDB
import Testing

@Suite struct UnitStoreTests {
    struct Interrupted: Error {}

    @Test func storesEverythingAUnitCanSayAndGivesItBack() throws {
        let store = try MemoryStore()
        let rich = TranslationUnit(
            tuid: "nato-1",
            attributes: [TMXAttribute("srclang", "de-DE"), TMXAttribute("creationdate", "20220112T101500Z"), TMXAttribute("usagecount", "2")],
            props: [TMXProp(type: "x-domain", value: "Politik", language: "de")], notes: [TMXNote(text: "Quelle: Agentur")],
            variants: [
                TranslationVariant(language: LanguageTag("de-DE")!, segment: [
                    .text("Die NATO lehnt "),
                    .element(InlineElement(.bpt, attributes: [TMXAttribute("i", "1")], content: [.text("<b>")])),
                    .text("Einflusssphären"),
                    .element(InlineElement(.ept, attributes: [TMXAttribute("i", "1")], content: [.text("</b>")])),
                    .text(" ab."),
                ], attributes: [TMXAttribute("changeid", "reviewer")], props: [TMXProp(type: "x-style", value: "headline")],
                notes: [TMXNote(text: "Überschrift", language: "de")]),
                TranslationVariant(language: LanguageTag("en-GB")!, text: "NATO rejects spheres of influence."),
            ])
        try store.importUnits(origin: Origin(name: "rich.tmx", kind: .file)) { try $0.add(rich) }
        let back = try MemoryFixtures.allUnits(store)
        #expect(back == [rich])
        #expect(back[0].variants[0].text == "Die NATO lehnt Einflusssphären ab.")
    }

    @Test func aFailedImportLeavesTheMemoryExactlyAsItWas() throws {
        let store = try MemoryFixtures.memory()
        let before = try MemoryFixtures.allUnits(store)
        #expect(throws: Interrupted.self) {
            try store.importUnits(origin: Origin(name: "broken.tmx", kind: .file)) { sink in
                try sink.add(MemoryFixtures.unit("Ein neuer Satz.", "A new sentence."))
                try sink.add(MemoryFixtures.unit(MemoryFixtures.pairs[0].0, MemoryFixtures.pairs[0].1, usage: 5))
                throw Interrupted()
            }
        }
        #expect(try MemoryFixtures.allUnits(store) == before)
        #expect(try store.statistics().origins == 1)
        #expect(try store.concordance("neuer").total == 0)
    }

    /// Rows are written in batches; a unit with more variants than one statement may bind
    /// (SQLite allows 32,766 values, 9 per variant) is split across statements and comes back
    /// whole and in order.
    @Test func aUnitWithThousandsOfVariantsIsStoredWhole() throws {
        let store = try MemoryStore()
        let languages = ["de", "en", "fr", "es", "it", "nl", "pl", "pt"]
        let many = TranslationUnit(tuid: "many", variants: (0..<4_000).map { index in
            TranslationVariant(language: LanguageTag(languages[index % languages.count])!, text: "Fassung \(index) des Satzes.")
        })
        try store.importUnits(origin: Origin(name: "many.tmx", kind: .file)) { sink in
            try sink.add(MemoryFixtures.unit("Davor.", "Before."))
            try sink.add(many)
            try sink.add(MemoryFixtures.unit("Danach.", "After."))
        }
        let back = try MemoryFixtures.allUnits(store)
        #expect(back.count == 3 && back[1] == many)
        #expect(back[2].variants.map(\.text) == ["Danach.", "After."])
    }

    /// An English-source TMX (DGT's) in a memory of German-source ones: its units name no
    /// source language, their file's header did. A German-source export names it on them, so
    /// the German translation does not become their source; a unit that names its own, or comes
    /// from a German-source file, is left as it is.
    @Test func unitsFromAnotherSourceLanguageKeepItInAnExport() throws {
        let store = try MemoryStore()
        try store.importUnits(origin: Origin(name: "seed.tmx", kind: .file, header: TMXHeader(attributes: [TMXAttribute("srclang", "de")]))) { sink in
            try sink.add(TranslationUnit(variants: [TranslationVariant(language: .german, text: "Die NATO tagt."),
                                                    TranslationVariant(language: .english, text: "NATO meets.")]))
        }
        try store.importUnits(origin: Origin(name: "dgt.tmx", kind: .file, header: TMXHeader(attributes: [TMXAttribute("srclang", "en-GB")]))) { sink in
            try sink.add(TranslationUnit(variants: [TranslationVariant(language: LanguageTag("en-GB")!, text: "The Commission adopted the proposal."),
                                                    TranslationVariant(language: LanguageTag("de-DE")!, text: "Die Kommission nahm den Vorschlag an.")]))
        }
        var exported: [TranslationUnit] = []
        try store.forEachUnit(exportSourceLanguage: .german) { exported.append($0) }
        #expect(exported.map(\.sourceLanguage) == [nil, "en-GB"])
        var asStored: [TranslationUnit] = []
        try store.forEachUnit { asStored.append($0) }
        #expect(asStored.map(\.sourceLanguage) == [nil, nil])
        var englishExport: [TranslationUnit] = []
        try store.forEachUnit(exportSourceLanguage: .english) { englishExport.append($0) }
        #expect(englishExport.map(\.sourceLanguage) == ["de", nil])
    }

    /// An export narrowed to one imported file carries that file's header props, not every
    /// file's (memoQ's client beside Trados's TM name).
    @Test func headerPropsComeFromTheOriginsExported() throws {
        let store = try MemoryStore()
        for (name, prop) in [("trados.tmx", TMXProp(type: "x-TMName", value: "Politik DE-EN")), ("memoq.tmx", TMXProp(type: "defclient", value: "ACME"))] {
            try store.importUnits(origin: Origin(name: name, kind: .file, header: TMXHeader(attributes: [TMXAttribute("srclang", "de")], props: [prop]))) { sink in
                try sink.add(MemoryFixtures.unit("Satz aus \(name).", "Sentence from \(name)."))
            }
        }
        #expect(try store.importedHeaderExtras().props.map(\.type) == ["x-TMName", "defclient"])
        #expect(try store.importedHeaderExtras(origin: "memoq.tmx").props.map(\.type) == ["defclient"])
    }

    @Test func identicalUnitsMergeAndAddUsageCounts() throws {
        let store = try MemoryStore()
        let first = MemoryFixtures.unit(MemoryFixtures.pairs[2].0, MemoryFixtures.pairs[2].1, usage: 2)
        try store.importUnits(origin: Origin(name: "a.tmx", kind: .file)) { try $0.add(first) }
        let summary = try store.importUnits(origin: Origin(name: "b.tmx", kind: .file)) { sink in
            try sink.add(MemoryFixtures.unit(MemoryFixtures.pairs[2].0, MemoryFixtures.pairs[2].1, usage: 3))
        }
        #expect(summary.merged == 1 && summary.added == 0)
        let units = try MemoryFixtures.allUnits(store)
        #expect(units.count == 1)
        #expect(units[0].usageCount == 5)
    }

    /// A memory made with the two duplicate indexes (before v6) gets the one index over both
    /// keys, and its units' duplicates are found through it: the identical unit merged, another
    /// translation of the same source kept as an alternative.
    @Test func anOlderMemoryFindsDuplicatesThroughTheOneIndex() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-v5-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("memory.sqlite").path
        let (german, english) = MemoryFixtures.pairs[2]
        do {
            let store = try MemoryStore(path: path)
            try store.importUnits(origin: Origin(name: "a.tmx", kind: .file)) { try $0.add(MemoryFixtures.unit(german, english, usage: 2)) }
        }
        // Back to the v5 layout, as a memory of session 12 has it.
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: """
                    DROP INDEX unit_hashes;
                    CREATE INDEX unit_contentHash ON unit(contentHash);
                    CREATE INDEX unit_sourceHash ON unit(sourceHash);
                    DELETE FROM grdb_migrations WHERE identifier = 'v6 one duplicate index';
                    """)
            }
        }
        let store = try MemoryStore(path: path)
        let summary = try store.importUnits(origin: Origin(name: "b.tmx", kind: .file)) { sink in
            try sink.add(MemoryFixtures.unit(german, english, usage: 3))
            try sink.add(MemoryFixtures.unit(german, "Staying in dialogue was important, said Stoltenberg."))
        }
        #expect(summary.merged == 1 && summary.alternatives == 1 && summary.added == 1)
        #expect(try MemoryFixtures.allUnits(store).first?.usageCount == 5)
        let indexes = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'unit' ORDER BY name")
        }
        #expect(indexes == ["unit_hashes", "unit_originId"])
    }

    /// The same unit read the other way round (its variants identical, `srclang` English) is
    /// still the identical unit: merged, although its source hash is another.
    @Test func anIdenticalUnitReadTheOtherWayRoundIsMerged() throws {
        let store = try MemoryStore()
        let (german, english) = MemoryFixtures.pairs[2]
        try store.importUnits(origin: Origin(name: "de-en.tmx", kind: .file)) { try $0.add(MemoryFixtures.unit(german, english, usage: 2)) }
        var reversed = MemoryFixtures.unit(german, english, usage: 1)
        reversed.attributes = [TMXAttribute("srclang", "en"), TMXAttribute("usagecount", "1")]
        let summary = try store.importUnits(origin: Origin(name: "en-de.tmx", kind: .file)) { try $0.add(reversed) }
        #expect(summary.merged == 1 && summary.added == 0)
        #expect(try MemoryFixtures.allUnits(store).map(\.usageCount) == [3])
    }

    @Test func anotherTranslationOfTheSameSourceIsKeptOrReplaced() throws {
        let store = try MemoryFixtures.memory()
        let german = MemoryFixtures.pairs[2].0
        let alternative = try store.importUnits(origin: Origin(name: "other.tmx", kind: .file)) { sink in
            try sink.add(MemoryFixtures.unit(german, "Staying in dialogue was important, said Stoltenberg."))
        }
        #expect(alternative.alternatives == 1 && alternative.added == 1)
        #expect(try store.match(german, from: .german, limit: 5).count == 2)

        let overwrite = try store.importUnits(origin: Origin(name: "final.tmx", kind: .file), policy: .overwrite) { sink in
            try sink.add(MemoryFixtures.unit(german, "Stoltenberg said it was important to keep talking."))
        }
        #expect(overwrite.replaced == 2)
        let matches = try store.match(german, from: .german, limit: 5)
        #expect(matches.map(\.target) == ["Stoltenberg said it was important to keep talking."])
        // The replaced sentences are gone from the concordance index too.
        #expect(try store.concordance("stay in dialogue").total == 0)
    }

    @Test func replacingAnArticleSwapsOnlyItsUnits() throws {
        let store = try MemoryFixtures.memory()
        let article = Origin(name: "Corpora/x", kind: .article, contentHash: "v1")
        try store.importUnits(origin: article) { try $0.add(MemoryFixtures.unit("Alter Satz.", "Old sentence.")) }
        var changed = article
        changed.contentHash = "v2"
        let summary = try store.importUnits(origin: changed, replacingOrigin: true) { try $0.add(MemoryFixtures.unit("Neuer Satz.", "New sentence.")) }
        #expect(summary.replaced == 1 && summary.added == 1)
        #expect(try store.contentHash(ofOrigin: "Corpora/x") == "v2")
        let texts = try MemoryFixtures.allUnits(store).map { $0.variants[0].text }
        #expect(texts.count == MemoryFixtures.pairs.count + 1)
        #expect(texts.contains("Neuer Satz.") && !texts.contains("Alter Satz."))
    }

    /// Past a few thousand units an import checks duplicates against keys held in memory
    /// instead of asking the indexes: the counts must not change.
    @Test func largeImportsFindDuplicatesAsSmallOnesDo() throws {
        let store = try MemoryStore()
        let count = KnownKeys.loadAfter + 500
        func unit(_ index: Int, target: String? = nil) -> TranslationUnit {
            MemoryFixtures.unit("Satz Nummer \(index) über die Sicherheit in Europa.", target ?? "Sentence number \(index) on security in Europe.")
        }
        let first = try store.importUnits(origin: Origin(name: "first.tmx", kind: .file)) { sink in
            for index in 0..<count { try sink.add(unit(index)) }
            try sink.add(unit(10))                                      // identical, before the keys were read
            try sink.add(unit(count - 1))                               // identical, added after
            try sink.add(unit(count - 2, target: "Another translation."))  // same source
        }
        #expect(first.added == count + 1 && first.merged == 2 && first.alternatives == 1)
        let second = try store.importUnits(origin: Origin(name: "second.tmx", kind: .file)) { sink in
            for index in (count - 100)..<(2 * count) { try sink.add(unit(index)) }
        }
        #expect(second.merged == 100 && second.added == count)
        #expect(try store.statistics().units == 2 * count + 1)
    }

    /// The replaced article held the newest rows; their successors must still reach the word
    /// index (SQLite would hand the deleted ids out again, below the last indexed one).
    @Test func aReplacedNewestArticleIsFoundByMatchAndConcordance() throws {
        let store = try MemoryFixtures.memory()
        let article = Origin(name: "Corpora/x", kind: .article, contentHash: "v1")
        try store.importUnits(origin: article) {
            try $0.add(MemoryFixtures.unit("Die Gespräche in Genf endeten ohne Ergebnis.", "The talks in Geneva ended without a result."))
        }
        var changed = article
        changed.contentHash = "v2"
        try store.importUnits(origin: changed, replacingOrigin: true) {
            try $0.add(MemoryFixtures.unit("Der Truppenaufmarsch an der Grenze geht weiter.", "The troop build-up on the border continues."))
        }
        let matches = try store.match("Der Truppenaufmarsch an der Grenze geht weiter.", from: .german)
        #expect(matches.first?.score.percent == 100)
        #expect(try store.sentenceCount(containing: "Truppenaufmarsch") == 1)
        #expect(try store.sentenceCount(containing: "Genf") == 0)
    }

    @Test func exportFiltersByLanguageOriginAndDate() throws {
        let store = try MemoryStore()
        var dated = MemoryFixtures.unit("Erster Satz.", "First sentence.")
        dated.attributes.append(TMXAttribute("creationdate", "20210105T090000Z"))
        var french = MemoryFixtures.unit("Zweiter Satz.", "Second sentence.")
        french.variants.append(TranslationVariant(language: LanguageTag("fr")!, text: "Deuxième phrase."))
        try store.importUnits(origin: Origin(name: "old.tmx", kind: .file)) { try $0.add(dated) }
        try store.importUnits(origin: Origin(name: "Corpora/a", kind: .article, date: "2022-01")) { try $0.add(french) }

        var units: [TranslationUnit] = []
        try store.forEachUnit(matching: UnitFilter(languages: [.german, LanguageTag("fr")!])) { units.append($0) }
        #expect(units.count == 1 && units[0].variants.map(\.language.identifier) == ["de", "fr"])
        // An English-source unit exported German–French names no source it no longer has.
        var englishSource = MemoryFixtures.unit("Dritter Satz.", "Third sentence.")
        englishSource.attributes[attribute: "srclang"] = "en"
        englishSource.variants.append(TranslationVariant(language: LanguageTag("fr")!, text: "Troisième phrase."))
        try store.importUnits(origin: Origin(name: "eu.tmx", kind: .file)) { try $0.add(englishSource) }
        units = []
        try store.forEachUnit(matching: UnitFilter(languages: [.german, LanguageTag("fr")!])) { units.append($0) }
        #expect(units.count == 2 && units[1].attributes[attribute: "srclang"] == nil)
        units = []
        try store.forEachUnit(matching: UnitFilter(languages: [LanguageTag("en")!, .german])) { units.append($0) }
        #expect(units.last?.attributes[attribute: "srclang"] == "en")
        units = []
        try store.forEachUnit(matching: UnitFilter(since: "2022-01")) { units.append($0) }
        #expect(units.map { $0.variants[0].text } == ["Zweiter Satz."])
        units = []
        try store.forEachUnit(matching: UnitFilter(origin: "old")) { units.append($0) }
        #expect(units.map { $0.variants[0].text } == ["Erster Satz."])
    }

    @Test func aMemoryFileSurvivesReopeningAndAStrangerFileIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-\(UUID().uuidString)/nested")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let path = folder.appendingPathComponent("memory.sqlite").path
        do {
            let store = try MemoryStore(path: path)
            try store.importUnits(origin: Origin(name: "seed", kind: .file)) { try $0.add(MemoryFixtures.units[0]) }
        }
        #expect(try MemoryStore(path: path).statistics().units == 1)

        let stranger = folder.appendingPathComponent("notes.txt").path
        try "Einkaufsliste: Brot, Milch\n".write(toFile: stranger, atomically: false, encoding: .utf8)
        #expect {
            _ = try MemoryStore(path: stranger)
        } throws: { error in
            guard case MemoryError.notAMemory(let file, _) = error else { return false }
            return file == stranger && "\(error)".contains("--memory")
        }
    }

    @Test func memoryLocationFollowsOptionEnvironmentAndXDG() {
        #expect(MemoryLocation.resolve(option: "/tmp/m.sqlite", environment: ["GLOSSA_MEMORY": "/x"]) == "/tmp/m.sqlite")
        #expect(MemoryLocation.resolve(option: nil, environment: ["GLOSSA_MEMORY": "/x.sqlite", "XDG_DATA_HOME": "/d"]) == "/x.sqlite")
        #expect(MemoryLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/glossa/memory.sqlite")
        #expect(MemoryLocation.resolve(option: nil, environment: ["HOME": "/h"]) == "/h/.local/share/glossa/memory.sqlite")
    }
}

@Suite struct FlatJSONTests {
    @Test func roundTripsEveryCharacterAPropCanHold() throws {
        let props = [TMXProp(type: "x-\"quoted\"", value: "a\\b\nc\td\u{1}é „Zitat“ 🇩🇪", language: "de", encoding: nil)]
        let json = try #require(FlatJSON.encode(props))
        #expect(try FlatJSON.props(json) == props)
        #expect(try FlatJSON.attributes(FlatJSON.encode([TMXAttribute("usagecount", "3")])) == [TMXAttribute("usagecount", "3")])
        #expect(throws: FlatJSON.Malformed.self) { try FlatJSON.notes("[[\"unterminated") }
    }
}
