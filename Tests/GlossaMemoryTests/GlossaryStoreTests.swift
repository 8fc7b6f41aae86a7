import GlossaCore
@testable import GlossaMemory
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
