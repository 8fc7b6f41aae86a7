import GlossaCore
@testable import GlossaMemory

/// Sentence pairs from the seed article (Corpora/nato-russia-2022-01) and helpers.
enum MemoryFixtures {
    static let pairs: [(String, String)] = [
        ("Die NATO dagegen verlangt vor allem ein Ende des russischen Truppenaufmarsches in der Nähe zur Ukraine.",
         "NATO, for its part, is above all demanding an end to the Russian troop build-up near Ukraine."),
        ("Russland habe der NATO Schritte zur Deeskalation vorgeschlagen, aber die Allianz habe das ignoriert.",
         "Russia had proposed steps towards de-escalation to NATO, but the alliance had ignored them."),
        ("Es sei wichtig, im Dialog zu bleiben, meinte Stoltenberg.",
         "It was important to stay in dialogue, Stoltenberg said."),
        ("Russland hatte beim Treffen mit den Vertretern der 30 NATO-Staaten in Brüssel vor allem seine Forderungen nach Sicherheitsgarantien untermauert.",
         "At the meeting with the representatives of the 30 NATO states in Brussels, Russia above all reinforced its demands for security guarantees."),
        ("Die Differenzen zwischen Russland und dem Westen sind nur schwer zu überbrücken.",
         "The differences between Russia and the West are difficult to bridge."),
    ]

    static func unit(_ german: String, _ english: String, usage: Int? = nil) -> TranslationUnit {
        var unit = TranslationUnit(attributes: [TMXAttribute("srclang", "de")], variants: [
            TranslationVariant(language: .german, text: german), TranslationVariant(language: .english, text: english),
        ])
        if let usage { unit.usageCount = usage }
        return unit
    }

    static var units: [TranslationUnit] { pairs.map { unit($0.0, $0.1) } }

    /// A memory in RAM holding the seed pairs.
    static func memory() throws -> MemoryStore {
        let store = try MemoryStore()
        try store.importUnits(origin: Origin(name: "seed.tmx", kind: .file)) { sink in
            for unit in units { try sink.add(unit) }
        }
        return store
    }

    static func allUnits(_ store: MemoryStore) throws -> [TranslationUnit] {
        var units: [TranslationUnit] = []
        try store.forEachUnit { units.append($0) }
        return units
    }
}
