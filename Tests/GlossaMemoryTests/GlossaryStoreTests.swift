import Foundation
import GlossaCore
@testable import GlossaMemory
import GRDB
import Testing

@Suite struct GlossaryStoreTests {
    static let entries = [
        GlossaryEntry(source: "Einflusssphäre", target: "sphere of influence", sourceVariants: ["Einflusssphären"],
                      targetVariants: ["spheres of influence"], confidence: 0.9, frequency: 2, origin: "build",
                      example: TermPair.Example(source: "Die NATO lehnt Einflusssphären ab.", target: "NATO rejects spheres of influence.")),
        GlossaryEntry(source: "Deeskalation", target: "de-escalation", confidence: 0.95, frequency: 3, origin: "build"),
        GlossaryEntry(source: "Truppenaufmarsch", target: "troop build-up", sourceVariants: ["Truppenaufmarsches"],
                      confidence: 0.8, frequency: 1, origin: "build"),
    ]

    @Test func findsBaseFormsFromInflectedOnesCaseAndDiacriticsAside() throws {
        let store = try MemoryStore()
        try store.saveGlossary(Self.entries)
        for query in ["Einflusssphären", "einflusssphare", "EINFLUSSSPHÄRE"] {
            let hit = try #require(try store.lookup(query, from: .german).first)
            #expect(hit.entry.target == "sphere of influence")
            #expect(hit.kind == .form)
        }
        let reverse = try #require(try store.lookup("de-escalation", from: .english).first)
        #expect(reverse.entry.target == "Deeskalation")
        #expect(try store.lookup("spheres of influence", from: .english).first?.entry.target == "Einflusssphäre")
    }

    /// Hyphens and spaces are spelling: "deescalation", "De-Eskalation", "troop build up" find
    /// their entries as forms, not as suggestions.
    @Test func findsTermsWrittenWithOtherHyphensAndSpaces() throws {
        let store = try MemoryStore()
        try store.saveGlossary(Self.entries)
        for (query, language, expected) in [("deescalation", LanguageTag.english, "Deeskalation"), ("De-Eskalation", .german, "de-escalation"),
                                            ("troop build up", .english, "Truppenaufmarsch"), ("troop-build-up", .english, "Truppenaufmarsch")] {
            let hit = try #require(try store.lookup(query, from: language).first, "\(query)")
            #expect(hit.entry.target == expected && hit.kind == .form, "\(query): \(hit)")
        }
    }

    /// A term base's "do not use" terms are kept with their entry, found by lookup (so a
    /// translator who types the deprecated term meets the one to use), and merged, not
    /// duplicated, when the entry comes again.
    @Test func deprecatedTermsFindTheEntryThatReplacesThem() throws {
        let store = try MemoryStore()
        let strike = GlossaryEntry(source: "Streik", target: "strike", origin: "iate.tbx", targetDeprecated: ["walk-out"])
        try store.saveGlossary([strike])
        let hit = try #require(try store.lookup("walk-out", from: .english).first)
        #expect(hit.kind == .form && hit.entry.source == "strike" && hit.entry.target == "Streik")
        #expect(hit.entry.sourceDeprecated == ["walk-out"])
        var again = strike
        again.targetDeprecated = ["walkout", "walk-out"]
        #expect(try store.saveGlossary([again]).updated == 1)
        #expect(try store.glossaryEntries().first?.targetDeprecated == ["walk-out", "walkout"])
        #expect(try store.saveGlossary([again]).unchanged == 1)
    }

    @Test func findsPrefixesAndSuggestsNearMisses() throws {
        let store = try MemoryStore()
        try store.saveGlossary(Self.entries)
        let prefix = try store.lookup("Truppen", from: .german)
        #expect(prefix.map(\.kind) == [.prefix])
        let suggestion = try #require(try store.lookup("Deeskalatoin", from: .german).first)
        #expect(suggestion.kind == .suggestion && suggestion.entry.source == "Deeskalation")
        #expect(try store.lookup("Wetterbericht", from: .german).isEmpty)
    }

    /// Where nothing matches and nothing is spelled nearly alike, the terms on the query's parts:
    /// "Wolfsschutzes" finds Wolf (its first part), then Artenschutz and Herdenschutz (on
    /// "Schutz"), "wolf protection" finds "wolf", then "species protection"; an end of a word
    /// whose first part the glossary does not know ("-altung" of "Verwaltung" beside "Haltung")
    /// finds nothing.
    @Test func findsTermsOnTheQuerysLastPart() throws {
        let store = try MemoryStore()
        try store.saveGlossary([
            GlossaryEntry(source: "Artenschutz", target: "species protection", confidence: 0.85, origin: "build"),
            GlossaryEntry(source: "Herdenschutz", target: "herd protection", confidence: 0.92, origin: "build"),
            GlossaryEntry(source: "Wolf", target: "wolf", origin: "build"),
            GlossaryEntry(source: "Haltung", target: "attitude", origin: "build"),
        ])
        let german = try store.lookup("Wolfsschutzes", from: .german, alsoForms: ["Wolfsschutz"])
        // The first part, then the terms on the last, the surest first.
        #expect(german.map(\.entry.source) == ["Wolf", "Herdenschutz", "Artenschutz"], "\(german)")
        #expect(german.first?.kind == .part && german.dropFirst().allSatisfy { $0.kind == .sameHead && $0.head == "Schutz" }, "\(german)")
        let english = try store.lookup("wolf protection", from: .english)
        #expect(english.first?.entry.source == "wolf" && english.first?.kind == .part, "\(english)")
        #expect(Set(english.dropFirst().map(\.entry.source)) == ["species protection", "herd protection"]
                && english.dropFirst().allSatisfy { $0.head == "protection" })
        #expect(try store.lookup("Verwaltung", from: .german).isEmpty)
        // A first part alone, where nothing is on the last: "Wolfsrudel" finds "Wolf".
        #expect(try store.lookup("Wolfsrudel", from: .german).map { "\($0.entry.source) \($0.kind)" } == ["Wolf part"])
        // In either language where none is given.
        try store.saveGlossary([GlossaryEntry(source: "Wasserstoff", target: "hydrogen", origin: "build"),
                                GlossaryEntry(source: "Chemiewerk", target: "chemical plant", origin: "build")])
        #expect(try store.lookup("hydrogen plant", from: nil).map { "\($0.entry.source) \($0.kind)" } == ["hydrogen part", "chemical plant sameHead"])
    }

    /// The compounds and phrases that end in a term come after its own entry: "Streik" finds
    /// "Warnstreik" and "Generalstreik", "strike" finds "warning strike"; a word that merely ends
    /// alike ("Heirat" for "Rat") or a short query does not.
    @Test func findsCompoundsAndPhrasesThatEndInATerm() throws {
        let store = try MemoryStore()
        try store.saveGlossary([
            GlossaryEntry(source: "Streik", target: "strike", origin: "build"),
            GlossaryEntry(source: "Warnstreik", target: "warning strike", sourceVariants: ["Warnstreiks"], origin: "build"),
            GlossaryEntry(source: "Generalstreik", target: "general strike", origin: "build"),
            GlossaryEntry(source: "Heirat", target: "marriage", origin: "build"),
            GlossaryEntry(source: "Stadtrat", target: "city council", origin: "build"),
        ])
        let german = try store.lookup("Streiks", from: .german, alsoForms: ["Streik"])
        #expect(german.first?.kind == .form && german.first?.entry.source == "Streik")
        #expect(Set(german.dropFirst().map(\.entry.source)) == ["Warnstreik", "Generalstreik"] && german.dropFirst().allSatisfy { $0.kind == .compound })
        let english = try store.lookup("strike", from: .english)
        #expect(english.map(\.entry.source).sorted() == ["general strike", "strike", "warning strike"])
        #expect(try store.lookup("Rat", from: .german).allSatisfy { $0.entry.source != "Heirat" })
        // Each compound names its head as it writes it: asked for "Zinsen", "Leitzins" ends in
        // "Zins", not in the query's plural.
        #expect(german.dropFirst().allSatisfy { $0.head == "Streik" }, "\(german.map(\.head))")
        #expect(english.filter { $0.kind == .compound }.allSatisfy { $0.head == "strike" })
        try store.saveGlossary([GlossaryEntry(source: "Leitzins", target: "key interest rate", origin: "build")])
        #expect(try store.lookup("Zinsen", from: .german, alsoForms: ["Zins"]).map(\.head) == ["Zins"])
        // A phrase finds the longer phrases that end in it, at a word's start only.
        #expect(try store.lookup("interest rate", from: .english).map(\.entry.source) == ["key interest rate"])
        // ("ike strike" finds no phrase on it; only, for want of anything else, the terms on "strike".)
        #expect(try store.lookup("ike strike", from: .english).allSatisfy { $0.kind == .sameHead })
    }

    /// A memory made before compound lookup gets its keys reversed by the migration.
    @Test func anOlderMemoryLearnsCompoundLookup() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-v3-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("memory.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v3 deprecated terms")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO glossaryEntry (id, sourceLanguage, targetLanguage, source, target, sourceKey, targetKey, sourceVariants,
                        targetVariants, confidence, frequency, origin, status) VALUES (1, 'de', 'en', 'Warnstreik', 'warning strike',
                        'warnstreik', 'warning strike', '[]', '[]', 0.9, 1, 'build', 'candidate');
                    INSERT INTO glossaryForm (entryId, side, key) VALUES (1, 'source', 'warnstreik'), (1, 'target', 'warning strike');
                    """)
            }
        }
        let store = try MemoryStore(path: path)
        #expect(try store.lookup("Streik", from: .german).map(\.kind) == [.compound])
    }

    @Test func theTranslatorsDecisionSurvivesARebuild() throws {
        let store = try MemoryStore()
        try store.saveGlossary(Self.entries, withdrawingCandidatesOf: ["build"])
        #expect(try store.setStatus(.approved, source: "Deeskalation") == 1)
        try store.setStatus(.rejected, source: "Truppenaufmarsch")
        // The next build proposes new confidences and drops the sphere of influence.
        var rebuilt = Array(Self.entries.dropFirst())
        rebuilt[0].confidence = 0.5
        rebuilt[1].sourceVariants.append("Truppenaufmärsche")
        let summary = try store.saveGlossary(rebuilt, withdrawingCandidatesOf: ["build"])
        #expect(summary.updated == 2 && summary.withdrawn == 1)
        let entries = try store.glossaryEntries()
        #expect(entries.map(\.source) == ["Deeskalation", "Truppenaufmarsch"])
        #expect(entries[0].status == .approved && entries[0].confidence == 0.5)
        #expect(entries[1].status == .rejected)
        #expect(entries[1].sourceVariants == ["Truppenaufmarsches", "Truppenaufmärsche"])
        #expect(try store.lookup("Truppenaufmärschen", from: .german, alsoForms: ["Truppenaufmärsche"]).first?.entry.status == .rejected)
    }
}
