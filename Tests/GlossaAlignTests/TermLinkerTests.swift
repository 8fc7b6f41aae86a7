import Foundation
@testable import GlossaAlign
import GlossaKit
import GlossaCore
import GlossaText
import Testing

/// The seed article's glossary against the project's gold term list and its list of pairs that
/// are correct but no glossary terms (Corpora/nato-russia-2022-01/terms.*.tsv).
@Suite struct TermLinkerTests {
    static func list(_ file: String) throws -> [String: Set<String>] {
        let text = try String(contentsOf: AlignmentCase.corpus.appendingPathComponent(file), encoding: .utf8)
        var entries: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 2 else { continue }
            entries[fields[0].lowercased(), default: []].formUnion(fields[1].split(separator: "|").map { $0.lowercased() })
        }
        return entries
    }

    static func seedPairs() throws -> [AlignedPair] {
        let seed = try AlignmentCase.seed()
        return seed.gold.map { link in
            AlignedPair(source: link.source.map { seed.source[$0].text }.joined(separator: " "),
                        target: link.target.map { seed.target[$0].text }.joined(separator: " "), link: link)
        }
    }

    /// The pairs the linker finds in sentence pairs linked 1-1, every one (threshold 0), as
    /// "source → target".
    static func linked(_ sentences: [(String, String)], dictionary: BilingualDictionary = .init()) throws -> [String] {
        let link = AlignmentLink(source: [0], target: [0], confidence: 1)
        return try TermLinker(dictionary: dictionary).link(sentences.map { AlignedPair(source: $0.0, target: $0.1, link: link) }, threshold: 0)
            .map { "\($0.source) → \($0.target)" }
    }

    /// A dictionary of folded German → English pairs, with nouns as the dictionary spells them.
    static func dictionary(_ pairs: [(String, String)], nouns: [String] = []) -> BilingualDictionary {
        var dictionary = BilingualDictionary()
        for (german, english) in pairs { dictionary.add(german, english) }
        for noun in nouns { dictionary.addNoun(noun) }
        return dictionary
    }

    /// (precision by the two lists, recall of the gold list)
    static func measure(_ pairs: [TermPair]) throws -> (precision: Double, recall: Double, wrong: [String]) {
        let gold = try list("terms.gold.tsv"), acceptable = try list("terms.acceptable.tsv")
        let correct = pairs.filter { pair in
            let key = pair.source.lowercased(), target = pair.target.lowercased()
            return gold[key]?.contains(target) == true || acceptable[key]?.contains(target) == true
        }
        let found = gold.filter { entry in pairs.contains { $0.source.lowercased() == entry.key && entry.value.contains($0.target.lowercased()) } }
        return (Double(correct.count) / Double(max(1, pairs.count)), Double(found.count) / Double(gold.count),
                pairs.filter { !correct.contains($0) }.map { "\($0.source) → \($0.target)" })
    }

    static let ding = "/usr/share/trans/de-en"

    /// With Debian's Ding dictionary (trans-de-en, which .ci/run installs): measured 33 of 37
    /// gold terms (89%; 27 before session 5 linked compounds with one unknown part and read
    /// compounds' plurals by their heads, 32 before session 6 looked words up by their lemma)
    /// and every reported pair correct, 2026-11-29. The issue's target: 60% recall at precision 0.9.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: ding), "needs trans-de-en"))
    func withTheDingDictionaryTheSeedGlossaryReachesTheTargets() throws {
        let pairs = try Self.seedPairs()
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.ding)))
        let dictionary = Glossa.dingDictionary(bytes: bytes, for: pairs.map(\.source))
        let result = try Self.measure(try TermLinker(dictionary: dictionary).link(pairs))
        #expect(result.precision >= 0.9, "wrong: \(result.wrong)")
        #expect(result.recall >= 0.6)
    }

    @Test func seedGlossaryIsPreciseAndFindsTheCognatesAndCompounds() throws {
        let gold = try Self.list("terms.gold.tsv"), acceptable = try Self.list("terms.acceptable.tsv")
        let pairs = try TermLinker().link(try Self.seedPairs())
        let correct = pairs.filter { pair in
            let key = pair.source.lowercased(), target = pair.target.lowercased()
            return gold[key]?.contains(target) == true || acceptable[key]?.contains(target) == true
        }
        let precision = Double(correct.count) / Double(max(1, pairs.count))
        let found = gold.filter { entry in pairs.contains { $0.source.lowercased() == entry.key && entry.value.contains($0.target.lowercased()) } }
        let recall = Double(found.count) / Double(gold.count)
        #expect(precision >= 0.9, "wrong: \(pairs.filter { !correct.contains($0) }.map { "\($0.source) → \($0.target)" })")
        // Measured 16 of 37 without a dictionary (2026-11-29); the issue's target is 60%.
        #expect(recall >= 0.4)
        for (german, english) in [("Deeskalation", "de-escalation"), ("Einflusssphäre", "sphere of influence"), ("OSZE", "OSCE"),
                                  ("Sicherheitsgarantie", "security guarantee"), ("Desinformation", "disinformation")] {
            #expect(pairs.contains { $0.source == german && $0.target == english }, "\(german) → \(english)")
        }
    }

    @Test func pairsCarryVariantsFrequencyAndAnExample() throws {
        let pairs = try TermLinker().link(try Self.seedPairs())
        let sphere = try #require(pairs.first { $0.source == "Einflusssphäre" })
        #expect(sphere.sourceVariants == ["Einflusssphären"])
        #expect(sphere.targetVariants == ["spheres of influence"])
        #expect(sphere.frequency == 2)
        #expect(sphere.example.source.contains("Einflusssphären") && sphere.example.target.contains("spheres of influence"))
        #expect(zip(pairs, pairs.dropFirst()).allSatisfy { $0.confidence >= $1.confidence })
    }

    /// Competitive linking: every German and every English term at most once.
    /// One partner each (a second one only for another sense the dictionary gives, which this
    /// run without a dictionary cannot have).
    @Test func everyTermHasOnePartner() throws {
        let pairs = try TermLinker().link(try Self.seedPairs(), threshold: 0)
        #expect(Set(pairs.map(\.source)).count == pairs.count)
        #expect(Set(pairs.map(\.target)).count == pairs.count)
    }

    @Test func aDictionaryAddsCompositionalPairs() throws {
        var dictionary = BilingualDictionary()
        dictionary.add("rustung", "arms")
        dictionary.add("kontrolle", "control")
        let pair = AlignedPair(source: "Die NATO sei bereit, über Rüstungskontrolle zu sprechen.",
                               target: "NATO is ready to talk about arms control.", link: .init(source: [0], target: [0], confidence: 1))
        let pairs = try TermLinker(dictionary: dictionary).link([pair])
        #expect(pairs.contains { $0.source == "Rüstungskontrolle" && $0.target == "arms control" && $0.evidence == "compositional" })
    }

    /// Words spelled alike come after the pairs that needed translating, and a place name is
    /// not its English look-alike (Island is Iceland).
    @Test func wordsSpelledAlikeRankLastAndFalseFriendsAreNotPaired() throws {
        let link = AlignmentLink(source: [0], target: [0], confidence: 1)
        let pairs = [
            AlignedPair(source: "Sie scheiterte mit der Deeskalation im Format der OSZE.", target: "She failed at de-escalation in the OSCE format.", link: link),
            AlignedPair(source: "Das Format der Gespräche blieb offen.", target: "The format of the talks remained open.", link: link),
            AlignedPair(source: "Reykjavik liegt im Westen von Island.", target: "Reykjavik lies in the west of the island.", link: link),
        ]
        let result = try TermLinker().link(pairs)
        let format = try #require(result.firstIndex { $0.source == "Format" && $0.target == "format" })
        let deescalation = try #require(result.firstIndex { $0.source == "Deeskalation" && $0.target == "de-escalation" })
        #expect(deescalation < format)
        #expect(result[format].confidence < result[deescalation].confidence)
        #expect(!result.contains { $0.source == "Island" && $0.target == "island" })
    }

    /// Software messages open with verbs ("Initialisiere …", "Entferne …") and use verbs as
    /// nouns ("beim Initialisieren"): neither is a plural to undo nor a noun to list.
    @Test func messageVerbsAreNoTermsAndVerbNounsKeepTheirInfinitive() throws {
        let link = AlignmentLink(source: [0], target: [0], confidence: 1)
        let pairs = [
            AlignedPair(source: "Entferne Eintrag aus der Datenbank.", target: "Removing entry from the database.", link: link),
            AlignedPair(source: "Entferne Eintrag aus der Datenbank.", target: "Removing entry from the database.", link: link),
            AlignedPair(source: "Fehler beim Initialisieren der Datenbank.", target: "Error while initializing the database.", link: link),
            AlignedPair(source: "Die Datenbank konnte nicht initialisieren.", target: "The database could not initialize.", link: link),
            AlignedPair(source: "Sie können den Eintrag entfernen.", target: "You can remove the entry.", link: link),
        ]
        let result = try TermLinker().link(pairs, threshold: 0)
        #expect(!result.contains { $0.source == "Entferne" })
        #expect(result.contains { $0.source == "Initialisieren" && $0.target == "initializing" })
        #expect(result.contains { $0.source == "Datenbank" && $0.target == "database" })
    }

    /// A verb the text shows after a subject pronoun ("it applies") ends an English chunk
    /// everywhere, so it does not cling to the noun before it.
    @Test func verbsTheTextShowsDoNotClingToTerms() throws {
        #expect(EnglishTermCandidates.verbForms(in: ["It applies to every member.", "They warned of a new crisis."]) == ["applies", "warned"])
        let link = AlignmentLink(source: [0], target: [0], confidence: 1)
        let pair = AlignedPair(source: "Die Gruppenrichtlinie gilt für die Domäne.", target: "The group policy applies to the domain.", link: link)
        let again = AlignedPair(source: "Die Gruppenrichtlinie gilt ab sofort.", target: "The group policy applies immediately.", link: link)
        let other = AlignedPair(source: "Sie gilt auch für Server.", target: "It applies to servers too.", link: link)
        let result = try TermLinker().link([pair, again, other], threshold: 0)
        #expect(result.contains { $0.source == "Gruppenrichtlinie" && $0.target == "group policy" })
        #expect(!result.contains { $0.target.contains("apply") })
    }

    /// "Öl- und Gasheizungen": the truncated "Öl-" is no term; it stands for "Ölheizungen".
    @Test func aTruncatedCompoundIsCompletedByTheNextOnesHead() throws {
        let link = AlignmentLink(source: [0], target: [0], confidence: 1)
        let pairs = [
            AlignedPair(source: "Der Staat fördert den Austausch alter Öl- und Gasheizungen.",
                        target: "The state subsidises the replacement of old oil and gas heating systems.", link: link),
            AlignedPair(source: "Jede neue Heizung braucht erneuerbare Energie.", target: "Every new heating system needs renewable energy.", link: link),
        ]
        let german = try GermanTermCandidates()
        german.splitter = CompoundSplitter(lexicon: ["heizung": 1, "gas": 1])
        let candidates = german.candidates(in: pairs[0].source)
        #expect(candidates.contains { $0.text == "Ölheizungen" && $0.base == "Ölheizung" })
        #expect(!candidates.contains { $0.text.hasSuffix("-") })
        #expect(try !TermLinker().link(pairs, threshold: 0).contains { $0.source.hasSuffix("-") })
    }

    /// A first name the English keeps as it is ("Jens" of "Jens Stoltenberg") is no genitive of
    /// "Jen"; and an English word capitalised only at the start of the sentence is listed in
    /// lower case and the singular ("Tenants …" gives "tenant").
    @Test func namesKeepTheirSAndSentenceCapitalsGo() throws {
        var dictionary = BilingualDictionary()
        dictionary.add("mieter", "tenant")
        let link = AlignmentLink(source: [0], target: [0], confidence: 1)
        let pairs = [
            AlignedPair(source: "Mieter sollen vor hohen Kosten geschützt werden, sagte Jens Spahn.",
                        target: "Tenants are to be protected from high costs, said Jens Spahn.", link: link),
            AlignedPair(source: "Das sagte NATO-Generalsekretär Jens Stoltenberg.", target: "This was said by NATO Secretary General Jens Stoltenberg.", link: link),
        ]
        let result = try TermLinker(dictionary: dictionary).link(pairs, threshold: 0)
        #expect(result.contains { $0.source == "Mieter" && $0.target == "tenant" }, "\(result.map { "\($0.source) → \($0.target) \($0.evidence)" })")
        #expect(!result.contains { $0.source == "Jen" })
        #expect(result.contains { $0.source == "Jens" && $0.target == "Jens" })
    }

    /// A compound whose dictionary knows one part, the other part standing where its English
    /// word stands: Truppen|aufmarsch / troop build-up. "X of Y" puts its head first, so the
    /// positions turn round and "withdrawal of forces" is no Streit|kräfte.
    @Test func aCompoundWithOneUnknownPartLinksByPosition() throws {
        let dictionary = Self.dictionary([
            ("truppe", "troops"),
            ("aufmarsch", "parade"), // as Ding has it: a word, so the compound splits, but not this sense
            ("streit", "dispute"),
            ("kraft", "force"),
            ("krafte", "forces"),
        ])
        let link = AlignmentLink(source: [0], target: [0], confidence: 1)
        let pairs = [
            AlignedPair(source: "Die NATO verlangt ein Ende des russischen Truppenaufmarsches.",
                        target: "NATO demands an end to the Russian troop build-up.", link: link),
            AlignedPair(source: "Sie forderte einen Abzug der Streitkräfte.", target: "She called for a withdrawal of forces.", link: link),
        ]
        let result = try TermLinker(dictionary: dictionary).link(pairs)
        #expect(result.contains { $0.source == "Truppenaufmarsch" && $0.target == "troop build-up" && $0.evidence == "compositional, one part by position" })
        #expect(!result.contains { $0.source == "Streitkräfte" && $0.target == "withdrawal of forces" })
    }

    /// An adjective before a noun takes the noun's gender from the dictionary ("der Deutschen
    /// Bahn" → "Deutsche Bahn": Bahn is feminine, though its ending says nothing); a capitalised
    /// word after a lower-case adjective is a noun ("in weiten Teilen Deutschlands" is no
    /// adjective "Teiler"); a derivational plural keeps its suffix ("Lieferungen" → "Lieferung",
    /// though a split Liefe|rungen would find Ding's "Rungen" → "Runge"), and a dative plural in
    /// -ern its singular ("Zuschauern" → "Zuschauer").
    @Test func adjectivesTakeTheNounsGenderAndNounsTheirSuffixesSingular() throws {
        var dictionary = BilingualDictionary()
        dictionary.addGender("bahn", .feminine)
        dictionary.addBaseForm("Rungen", "Runge")
        let german = try GermanTermCandidates()
        german.genders = dictionary.genders
        german.baseForms = dictionary.baseForms
        german.splitter = CompoundSplitter(lexicon: ["liefe": 1, "rungen": 1, "runge": 1, "bahn": 1, "zuschauer": 1])
        let bahn = german.candidates(in: "Nach Angaben der Deutschen Bahn fielen viele Züge aus.")
        #expect(bahn.contains { $0.text == "Deutschen Bahn" && $0.base == "Deutsche Bahn" }, "\(bahn.map(\.base))")
        let parts = german.candidates(in: "Der Streik legte den Verkehr in weiten Teilen Deutschlands lahm.")
        #expect(!parts.contains { $0.base.hasPrefix("Teiler") }, "\(parts.map(\.base))")
        #expect(parts.contains { $0.text == "Teilen" })
        let war = german.candidates(in: "Das erinnert an die Zeit des Kalten Krieges.")
        #expect(war.contains { $0.base == "Kalter Krieg" })
        // Stems in -en are adjectives' too, without a dictionary.
        let bear = german.candidates(in: "Der Goldene Bär ging an einen Dokumentarfilm.")
        #expect(bear.contains { $0.base == "Goldener Bär" } && !bear.contains { $0.base == "Goldene" }, "\(bear.map(\.base))")
        let deliveries = german.candidates(in: "Die Industrie braucht pünktliche Lieferungen.")
        #expect(deliveries.contains { $0.text == "Lieferungen" && $0.base == "Lieferung" }, "\(deliveries.map(\.base))")
        // A dative plural whose plural is the singular: "vor 75.000 Zuschauern" → "Zuschauer".
        let crowd = german.candidates(in: "Das Spiel fand vor 75.000 Zuschauern statt.")
        #expect(crowd.contains { $0.text == "Zuschauern" && $0.base == "Zuschauer" }, "\(crowd.map(\.base))")
    }

    /// Umlaut plurals the dictionary lists no plural for take the singular it spells
    /// ("Verträge" → "Vertrag", "Ängste" → "Angst", "Häfen" → "Hafen"); a noun of its own stays
    /// ("Eigentümer" is no plural of "Eigentum"), and a weak noun keeps its umlaut ("Bären" → "Bär").
    @Test func umlautPluralsTakeTheSingularTheDictionarySpells() throws {
        let german = try GermanTermCandidates()
        for noun in ["Vertrag", "Angst", "Hafen", "Wald", "Eigentum", "Eigentümer", "Bär", "Bar", "Sud", "Mangel"] { german.nouns[noun.lowercased()] = noun }
        #expect(german.umlautSingular("Verträge") == "Vertrag" && german.umlautSingular("Verträgen") == "Vertrag")
        #expect(german.umlautSingular("Ängste") == "Angst" && german.umlautSingular("Häfen") == "Hafen")
        #expect(german.umlautSingular("Wäldern") == "Wald")
        #expect(german.umlautSingular("Eigentümer") == nil && german.umlautSingular("Bären") == "Bär")
        #expect(german.umlautSingular("Gespräche") == nil)
        // Without an ending only nouns in -el, -er, -en: "von Nord nach Süd" is no brew ("Sud").
        #expect(german.umlautSingular("Süd") == nil && german.umlautSingular("Mängel") == "Mangel")
    }

    /// A compound whose modifier is a noun of two or three letters still inflects on its
    /// head ("Gaspreise" → "Gaspreis", "Ölfelder" → "Ölfeld"); a word the dictionary or the
    /// exonyms know whole is no such compound ("Norwegen" is no "Nor" + "Wegen").
    @Test func shortNounsOpenCompoundsThatInflectOnTheirHead() throws {
        let german = try GermanTermCandidates()
        for noun in ["Gas", "Öl", "Nor", "Preis", "Feld", "Weg", "Norwegen"] { german.nouns[noun.lowercased()] = noun }
        german.baseForms = ["Preise": "Preis", "Felder": "Feld", "Wege": "Weg"]
        german.splitter = CompoundSplitter(lexicon: ["preise": 1, "felder": 1, "wegen": 1])
        #expect(german.baseForm("Gaspreise") == "Gaspreis")
        #expect(german.baseForm("Ölfelder") == "Ölfeld")
        #expect(german.baseForm("Norwegen") == "Norwegen")
        german.nouns["norwegen"] = nil
        #expect(german.baseForm("Norwegen") == "Norwegen", "an exonym")
    }

    /// A derivational plural the dictionary lists as a line of its own ("Fördermittel {pl};
    /// Subventionen {pl}") still has the singular it lists elsewhere ("Subvention {f}"); a
    /// plural-only noun heading a line stays ("Filmfestspiele {pl}", "Kosten {pl}").
    @Test func pluralsTheDictionaryListsWholeStillHaveSingulars() throws {
        let german = try GermanTermCandidates()
        for noun in ["Subvention", "Subventionen", "Filmfestspiele", "Kosten"] { german.nouns[noun.lowercased()] = noun }
        german.dictionaryWords = ["subventionen": ["subsidies"], "filmfestspiele": ["film festival"], "kosten": ["costs"]]
        german.splitter = CompoundSplitter(lexicon: ["film": 1, "festspiele": 1, "filmfestspiele": 1])
        #expect(german.baseForm("Subventionen") == "Subvention")
        #expect(german.baseForm("Filmfestspiele") == "Filmfestspiele")
        #expect(german.baseForm("Kosten") == "Kosten")
    }

    /// A noun the dictionary has in this very spelling is its own base form, even when it
    /// looks like a plural ("Zinsen {pl}" is no "Zinse"); a compound part the dictionary knows
    /// whole in another sense is matched by its own parts (Inflationsausgleich|prämie /
    /// inflation compensation bonus); "X of Y Z" is an English candidate ("loss of purchasing
    /// power" / Kaufkraftverlust).
    @Test func dictionaryNounsLongCompoundsAndLongOfPhrases() throws {
        let dictionary = Self.dictionary([
            ("zinsen", "interest"),
            ("inflation", "inflation"),
            ("inflationsausgleich", "inflationary adjustment"),
            ("ausgleich", "compensation"),
            ("pramie", "bonus"),
            ("kaufkraftverlust", "loss of purchasing power"),
        ], nouns: ["Zinsen"])
        let found = try Self.linked([
            ("Die Notenbank erhöht die Zinsen nicht.", "The central bank is not raising interest."),
            ("Firmen zahlen die Inflationsausgleichsprämie steuerfrei.", "Companies pay the inflation compensation bonus tax-free."),
            ("Die Gewerkschaften verweisen auf die Kaufkraftverluste.", "The unions point to the loss of purchasing power."),
        ], dictionary: dictionary)
        #expect(found.contains("Zinsen → interest"), "\(found)")
        #expect(found.contains("Inflationsausgleichsprämie → inflation compensation bonus"), "\(found)")
        #expect(found.contains { $0.hasPrefix("Kaufkraftverlust") && $0.hasSuffix(" → loss of purchasing power") }, "\(found)")
    }

    /// Co-occurrence gives way where the dictionary points to another English word met as
    /// often: "Fernverkehr" (long-distance traffic) beside "long-distance … services" in a
    /// headline and a lead is no "service".
    @Test func coOccurrenceGivesWayToTheDictionarysWord() throws {
        var dictionary = BilingualDictionary()
        dictionary.add("fernverkehr", WordForms.folded("long-distance") + " traffic") // as the Ding reader folds it
        let link = AlignmentLink(source: [0], target: [0], confidence: 1)
        let pairs = [
            AlignedPair(source: "Bahnstreik legt Fernverkehr lahm", target: "Rail strike paralyses long-distance services", link: link),
            AlignedPair(source: "Die GDL hat am Mittwoch den Fernverkehr zum Erliegen gebracht.",
                        target: "The GDL brought long-distance rail services to a standstill on Wednesday.", link: link),
            AlignedPair(source: "Rund 80 Prozent der Fernzüge fielen aus.", target: "Around 80 percent of long-distance trains were cancelled.", link: link),
        ]
        let result = try TermLinker(dictionary: dictionary).link(pairs, threshold: 0)
        #expect(!result.contains { $0.source == "Fernverkehr" && $0.target.hasPrefix("service") }, "\(result.map { "\($0.source) → \($0.target)" })")
    }

    /// Court, sports and business news: an ordinal opens an English term ("second vote"), the
    /// text's phrase with every part of a compound beats a dictionary sense that drops one
    /// ("state government", "automation technology"), "year" ends no term ("financial year"),
    /// a noun before a name is no adjective ("Trainer Xabi"), and days keep their capital.
    @Test func ordinalsFullerPhrasesNounsBeforeNamesAndDays() throws {
        let dictionary = Self.dictionary([
            ("zweitstimme", "second vote"),
            ("staatsregierung", "government"),
            ("staat", "state"),
            ("regierung", "government"),
            ("automatisierungstechnik", "automation"),
            ("automatisierung", "automation"),
            ("technik", "technology"),
            ("geschaftsjahr", "financial year"),
            ("trainer", "coach"),
            ("samstag", "saturday"),
        ], nouns: ["Trainer"])
        let found = try Self.linked([
            ("Sie erhielten weniger als fünf Prozent der Zweitstimmen.", "They received less than five percent of the second votes."),
            ("Geklagt hatte die bayerische Staatsregierung.", "The plaintiff was the Bavarian state government."),
            ("Gut lief das Geschäft mit der Automatisierungstechnik.", "Business with automation technology did well."),
            ("Siemens erhöhte seine Prognose für das Geschäftsjahr 2023/24.", "Siemens raised its forecast for the 2023/24 financial year."),
            ("Leverkusens Trainer Xabi Alonso lobte die Mannschaft.", "Leverkusen coach Xabi Alonso praised the team."),
            ("Am kommenden Samstag empfangen die Bayern den VfL Bochum.", "Next Saturday Bayern host VfL Bochum."),
        ], dictionary: dictionary)
        for expected in ["Zweitstimme → second vote", "Staatsregierung → state government", "Automatisierungstechnik → automation technology",
                         "Geschäftsjahr → financial year", "Trainer → coach", "Samstag → Saturday"] {
            #expect(found.contains(expected), "\(expected) in \(found)")
        }
        #expect(!found.contains { $0.hasPrefix("Trainer Xabi") }, "\(found)")
    }

    /// A compound whose plural the text uses more than its singular still takes the singular
    /// from the dictionary's head, and three meetings beat the guess by position: a piece
    /// ("additional") met as often does not take the term.
    @Test func aFrequentPluralTakesItsHeadsSingularAndTheWholePhrase() throws {
        var dictionary = Self.dictionary([
            ("beitrag", "contribution"),
            ("zusatz", "addition"),
        ], nouns: ["Beitrag", "Zusatz"])
        dictionary.addBaseForm("Beiträge", "Beitrag")
        let found = try Self.linked([
            ("Krankenkassen erhöhen Zusatzbeiträge", "Health insurers raise additional contributions"),
            ("Die Kassen heben ihre Zusatzbeiträge deutlich an.", "The funds are raising their additional contributions significantly."),
            ("Der durchschnittliche Zusatzbeitrag steigt auf 2,5 Prozent.", "The average additional contribution will rise to 2.5 percent."),
        ], dictionary: dictionary)
        #expect(found.contains("Zusatzbeitrag → additional contribution"), "\(found)")
    }

    /// A software catalog writes "Weißrussland" in one message and "Belarus" in another,
    /// both beside "Belarus": the translation takes the English name, the name spelled alike
    /// is left (it would be reported below the threshold anyway).
    @Test func aTranslatedNameGoesBeforeTheSameNameSpelledAlike() throws {
        let found = try Self.linked([
            ("Russisch (Weißrussland)", "Russian (Belarus)"),
            ("Belarus", "Belarus"),
        ])
        #expect(found.contains("Weißrussland → Belarus"), "\(found)")
    }

    /// A name whose English spells out a compound of the German: Statistisches Bundes|amt is
    /// the Federal Statistical Office, with Ding's modifier entry "Bundes… :: federal"; and a
    /// compound whose head the dictionary translates with two words.
    @Test func aPhraseWhoseCompoundTheEnglishSpellsOut() throws {
        var dictionary = Self.dictionary([
            ("bundes…", "federal"),
            ("amt", "office"),
            ("statistisch", "statistical"),
            ("bundesamt", "federal office"),
            ("zins", "interest rate"),
            ("leit…", "leading"),
            ("leitzins", "base rate"), // as Ding has it; the text says otherwise
        ], nouns: ["Bundesamt", "Amt", "Leitzins"])
        dictionary.addGender("bundesamt", .neuter)
        let found = try Self.linked([
            ("Das Statistische Bundesamt meldete am Montag neue Zahlen.", "The Federal Statistical Office reported new figures on Monday."),
            ("Die Notenbank hob den Leitzins an.", "The central bank raised its key interest rate."),
        ], dictionary: dictionary)
        #expect(found.contains("Statistisches Bundesamt → Federal Statistical Office"), "\(found)")
        // A head the dictionary translates with two words: all of "key interest rate".
        #expect(found.contains("Leitzins → key interest rate"), "\(found)")
    }

    @Test func aPartsPhraseIsOnePartOfTheEnglish() {
        #expect(TermLinker.joiningPhrases(of: ["interest rate"], in: ["key", "interest", "rates"]) == ["key", "interest rate"])
        #expect(TermLinker.joiningPhrases(of: ["interest rate"], in: ["interest", "rate"]) == ["interest", "rate"])
        #expect(TermLinker.joiningPhrases(of: ["interest rate"], in: ["key", "rate"]) == ["key", "rate"])
        #expect(TermLinker.joiningPhrases(of: ["greenhouse gas"], in: ["greenhouse", "gas", "emissions"]) == ["greenhouse gas", "emissions"])
    }

    /// An adjective the dictionary knows names a prize with its noun ("Goldenen Bären" →
    /// "Goldener Bär"), and a compound the dictionary lists whole keeps its form though its
    /// head looks like a plural ("Filmfestspiele", Ding's plural-only headword).
    @Test func knownAdjectivesAndWholeCompoundsKeepTheirForms() throws {
        var dictionary = Self.dictionary([
            ("golden", "golden"),
            ("bar", "bear"),
            ("filmfestspiele", "film festival"),
            ("film…", "film"),
            ("spiel", "game"),
            ("fest", "feast"),
        ], nouns: ["Bär", "Filmfestspiele"])
        dictionary.addGender("bar", .masculine)
        dictionary.addBaseForm("Bären", "Bär")
        dictionary.addBaseForm("Spiele", "Spiel")
        let found = try Self.linked([
            ("Im Wettbewerb um den Goldenen Bären konkurrieren 20 Filme.", "20 films are competing for the Golden Bear."),
            ("Die Filmfestspiele dauern bis Februar.", "The film festival runs until February."),
        ], dictionary: dictionary)
        #expect(found.contains("Goldener Bär → Golden Bear"), "\(found)")
        #expect(found.contains("Filmfestspiele → film festival"), "\(found)")
    }

    /// Wire copy: an adverb the dictionary knows opens a sentence ("Künftig sollen …") and is no
    /// noun; a piece of a longer English name is no partner for a guess by position
    /// (Bundes|verband beside "German Wind Energy Association" is no "Energy Association").
    @Test func sentenceOpeningAdverbsAndPiecesOfNamesAreNoTerms() throws {
        var dictionary = Self.dictionary([
            ("kunftig", "future"),
            ("verband", "association"),
            ("bundes…", "federal"),
            ("windrad", "wind turbine"),
        ], nouns: ["Verband", "Windrad"])
        dictionary.addBaseForm("Windräder", "Windrad")
        let found = try Self.linked([
            ("Künftig sollen neue Windräder schneller genehmigt werden.", "In future, new wind turbines are to be approved faster."),
            ("Der Bundesverband Windenergie begrüßte das.", "The German Wind Energy Association welcomed this."),
        ], dictionary: dictionary)
        #expect(found.contains("Windrad → wind turbine"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Künftig") }, "\(found)")
        #expect(!found.contains("Bundesverband → Energy Association"), "\(found)")
    }

    /// Capitals that are only a sentence's or a title's go; a name's and an acronym's stay.
    @Test(arguments: [
        ("Tenants", "dictionary", "tenant"), ("heating Industry", "compositional", "heating industry"),
        ("gas pipeline to EU", "dictionary", "gas pipeline to EU"), ("NATO Secretary General", "compositional", "NATO Secretary General"),
        ("Moscow", "exonym", "Moscow"), ("Council", "dictionary", "Council"), ("train Drivers", "dictionary", "train driver"),
        ("Meteorology", "dictionary", "meteorology"), ("Grushko", "co-occurrence", "Grushko"),
        ("Consumer advocates", "dictionary", "consumer advocate"), ("Council decision", "dictionary", "Council decision"),
        // A hyphenated title opening a sentence goes whole, not half ("executive Vice-President").
        ("Executive Vice-President", "compositional", "executive vice-president"), ("NATO-Russia Council", "dictionary", "NATO-Russia Council"),
        // A nationality's adjective keeps its capital, also where it only opens sentences.
        ("German pupil", "co-occurrence", "German pupil"), ("European border", "dictionary", "European border"),
        // A cognate the text capitalises inside names only ("Federal Police"), opening a
        // sentence ("Police are investigating …"): Polizei / police.
        // A person's name has no article in German ("sagte Gruschko"): it keeps its capital.
        ("Police", "cognate", "police"), ("Grushko", "cognate", "Grushko"),
    ])
    func englishTermsTakeTheCaseOfACommonNoun(_ written: String, _ evidence: String, _ expected: String) {
        let inside: Set<String> = ["Council", "Meteorology", "Grushko", "Police"]
        #expect(TermLinker.commonNounCase(written, evidence: evidence, capitalisedInside: inside, capitalisedAlone: ["Council"],
                                          germanWithArticle: written == "Police") == expected)
    }

    /// Which capitals are a name's: "Meteorology" in "Institute for Meteorology", "Bear" in a
    /// headline's "Golden Bear", not "Council" in "the Council decided", "Wednesday" after
    /// "Brussels on" nor "Greens" in brackets.
    @Test func capitalsInsideNamesAreToldFromCapitalsAlone() {
        let alone = TermLinker.capitalisedAlone(in: "At the Max Planck Institute for Meteorology in Hamburg, the NATO-Russia Council met.")
        #expect(alone == ["Hamburg"])
        #expect(TermLinker.capitalisedAlone(in: "On Friday the Council decided in Brussels on Wednesday.") == ["Friday", "Council", "Brussels", "Wednesday"])
        #expect(TermLinker.capitalisedAlone(in: "Minister Robert Habeck (Greens) spoke.") == ["Greens"])
        #expect(TermLinker.capitalisedAlone(in: "The Kremlin said so.") == ["Kremlin"])
        // A name opening a headline: its first word's capital is the name's too.
        #expect(TermLinker.capitalisedAlone(in: "Golden Bear for documentary from France") == ["France"])
        // "of the" joins a name too: "Functioning" and "Interior" are a name's.
        #expect(TermLinker.capitalisedAlone(in: "Under the Treaty on the Functioning of the European Union, aid may be approved.") == ["Treaty"])
        #expect(TermLinker.capitalisedAlone(in: "He met the Ministry of the Interior on Monday.") == ["Monday"])
    }

    /// Names as far as they go: a possessive stays inside, punctuation and "The" stay out.
    @Test func capitalisedRunsAreWholeNames() {
        #expect(TermLinker.capitalisedRuns(in: "The German Train Drivers' Union (GDL) brought rail services to a standstill.")
            == ["German Train Drivers Union"])
        #expect(TermLinker.capitalisedRuns(in: "Gas prices: Federal Network Agency warns of shortages in winter")
            == ["Federal Network Agency"])
        #expect(TermLinker.capitalisedRuns(in: "The Max Planck Institute for Meteorology in Hamburg, said Anna Schmidt.")
            == ["Max Planck Institute for Meteorology", "Anna Schmidt"])
        // "and" inside a body's name, not between two names.
        #expect(TermLinker.capitalisedRuns(in: "The Alfred Wegener Institute for Polar and Marine Research said so.")
            == ["Alfred Wegener Institute for Polar and Marine Research"])
        #expect(TermLinker.capitalisedRuns(in: "Ministers from Germany and France met in Paris.").isEmpty)
    }

    /// A name stays a name though the text writes one of its words in lower case elsewhere
    /// ("the federal government"); a piece of a name is a common noun ("Train Drivers" of the
    /// union's name → "train driver"); and a word met twice beside a name does not take a piece
    /// of the name's translation by co-occurrence ("Engpässe" is no "Federal Network").
    @Test func namesStayNamesAndCoOccurrenceTakesNoPieceOfOne() throws {
        let dictionary = Self.dictionary([
            ("bundesnetzagentur", "federal network agency"),
            ("bundesregierung", "federal government"),
            ("lokomotivfuhrer", "train driver"),
        ])
        let link = AlignmentLink(source: [0], target: [0], confidence: 1)
        let pairs = [
            AlignedPair(source: "Gaspreise: Bundesnetzagentur warnt vor Engpässen im Winter",
                        target: "Gas prices: Federal Network Agency warns of shortages in winter", link: link),
            AlignedPair(source: "Die Bundesnetzagentur hat vor möglichen Engpässen bei der Gasversorgung gewarnt.",
                        target: "The Federal Network Agency has warned of possible gas supply shortages.", link: link),
            AlignedPair(source: "Die Bundesregierung schloss neue Verträge.", target: "The federal government concluded new contracts.", link: link),
            AlignedPair(source: "Die Gewerkschaft der Lokomotivführer streikte.", target: "The German Train Drivers' Union went on strike.", link: link),
            AlignedPair(source: "Kein Zug fuhr.", target: "Not a single train ran.", link: link),
        ]
        let result = try TermLinker(dictionary: dictionary).link(pairs, threshold: 0)
        let found = result.map { "\($0.source) → \($0.target)" }
        #expect(found.contains("Bundesnetzagentur → Federal Network Agency"), "\(found)")
        #expect(result.first { $0.source == "Bundesnetzagentur" }?.frequency == 2)
        #expect(found.contains("Lokomotivführer → train driver"), "\(found)")
        #expect(!result.contains { $0.source == "Engpass" && $0.target.lowercased().contains("network") }, "\(found)")
    }

    /// Without a dictionary, two terms met together twice (a headline and its lead) tie on
    /// co-occurrence: the long name takes the long name, the short word the short word.
    @Test func termsThatAlwaysOccurTogetherPairByLength() throws {
        let found = try Self.linked([
            ("Gaspreise: Bundesnetzagentur warnt vor Engpässen im Winter", "Gas prices: Federal Network Agency warns of shortages in winter"),
            ("Die Bundesnetzagentur hat vor möglichen Engpässen bei der Gasversorgung gewarnt.", "The Federal Network Agency has warned of possible gas supply shortages."),
        ])
        #expect(found.contains("Bundesnetzagentur → Federal Network Agency"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Engp") && $0.contains("Federal") }, "\(found)")
    }

    /// A headline opening with a name the text writes inside a sentence names it too, though
    /// the text writes its words in lower case elsewhere ("the federal government", "the
    /// network"): without a dictionary Bundesnetzagentur was "federal network", the only run the
    /// headline and the lead shared. A place's adjective keeps the place's capital where a
    /// sentence opens with it ("Frankfurt's Städel Museum" gave "frankfurt").
    @Test func aNameOpeningAHeadlineIsTheNameInsideTheLead() throws {
        let found = try Self.linked([
            ("Bundesnetzagentur genehmigt Wasserstoff-Kernnetz", "Federal Network Agency approves hydrogen core network"),
            ("Die Bundesnetzagentur hat den Aufbau des Netzes genehmigt.", "The Federal Network Agency has approved the construction of the network."),
            ("Die Bundesregierung rechnet mit Importen.", "The federal government expects imports."),
        ])
        #expect(found.contains("Bundesnetzagentur → Federal Network Agency"), "\(found)")
        let place = try Self.linked([
            ("Das Frankfurter Städel Museum zeigt 120 Gemälde.", "Frankfurt's Städel Museum is showing 120 paintings."),
        ])
        #expect(place.contains("Frankfurter → Frankfurt"), "\(place)")
    }

    /// A piece of a linked name may pair by co-occurrence where its German is the same piece
    /// of the name's German: "Wetterdienst" / "weather service" beside "Deutscher Wetterdienst
    /// (DWD)" / "German Weather Service (DWD)".
    @Test func aNamesPieceMayPairWithTheSamePieceOfItsGerman() throws {
        let found = try Self.linked([
            ("Hitzewelle: Wetterdienst warnt vor bis zu 39 Grad", "Heatwave: weather service warns of up to 39 degrees"),
            ("Offenbach – Der Deutsche Wetterdienst (DWD) hat für weite Teile Deutschlands eine Hitzewarnung herausgegeben.",
             "Offenbach - The German Weather Service (DWD) has issued a heat warning for large parts of Germany."),
        ])
        #expect(found.contains("Deutscher Wetterdienst → German Weather Service"), "\(found)")
        #expect(found.contains("Wetterdienst → weather service"), "\(found)")
    }

    /// Without a dictionary, a headline and its lead that repeat three words each ("Haft",
    /// "Mord", "Ehefrau"; "life", "murder", "wife") in another order leave co-occurrence
    /// nothing to tell them apart by: Mord / life and Haft / wife were reported. Where both
    /// sentences keep the order ("Länder wollen Abschüsse erleichtern" / "states want to make
    /// culling easier", and so the lead), the order tells.
    @Test func wordsMetTogetherInAnotherOrderAreNoPairs() throws {
        let link = AlignmentLink(source: [0], target: [0], confidence: 1)
        func reported(_ sentences: [(String, String)]) throws -> [String] {
            try TermLinker().link(sentences.map { AlignedPair(source: $0.0, target: $0.1, link: link) }, threshold: TermLinker.defaultThreshold)
                .map { "\($0.source) → \($0.target)" }
        }
        let trial = try reported([
            ("Lebenslange Haft für Mord an Ehefrau", "Life sentence for murder of wife"),
            ("Das Landgericht Hamburg hat einen 52-jährigen Mann wegen Mordes an seiner Ehefrau zu lebenslanger Haft verurteilt.",
             "The Hamburg Regional Court has sentenced a 52-year-old man to life imprisonment for the murder of his wife."),
            ("Die Staatsanwaltschaft sah die Mordmerkmale als erwiesen an.", "The prosecutor considered the characteristics of murder to be proven."),
            ("Der Angeklagte hatte seine Frau erstochen.", "The defendant had stabbed his wife to death."),
        ])
        #expect(!trial.contains { ["Haft", "Mord", "Ehefrau"].contains(String($0.prefix { $0 != " " })) }, "\(trial)")
        let wolves = try reported([
            ("Streit um den Wolf: Länder wollen Abschüsse erleichtern", "Dispute over the wolf: states want to make culling easier"),
            ("Die Umweltminister der Länder haben sich auf schnellere Abschüsse von Problemwölfen geeinigt.",
             "The environment ministers of the federal states have agreed on faster culling of problem wolves."),
        ])
        #expect(wolves.contains("Länder → state") && wolves.contains("Abschuss → culling"), "\(wolves)")
    }

    /// A dictionary's translation with its adjective left out takes no piece of a phrase
    /// linked already: the text's "works council" is Betriebsrat's, and Vorstand (Ding:
    /// "executive council") was paired with its "council".
    @Test func aTranslationWithoutItsAdjectiveTakesNoPieceOfALinkedPhrase() throws {
        let dictionary = Self.dictionary([("betriebsrat", "works council"), ("vorstand", "executive council"), ("sitzung", "meeting")],
                                         nouns: ["Betriebsrat", "Vorstand", "Sitzung"])
        let found = try Self.linked([
            ("Das teilte der Betriebsrat nach einer Sitzung mit dem Vorstand mit.",
             "The works council announced this after a meeting with the Board of Management."),
        ], dictionary: dictionary)
        #expect(found.contains("Betriebsrat → works council"), "\(found)")
        #expect(!found.contains("Vorstand → council"), "\(found)")
    }

    /// A name both sentences write alike is in both terms or in neither: a headline and its
    /// lead about the Elbe pair nothing with "continue" or "Elbe water" (the river's name stands
    /// on one side only), with a dictionary or without.
    @Test func aNameBothSentencesShareIsInBothTermsOrNeither() throws {
        let dictionary = Self.dictionary([
            ("pegel", "level"),
            ("hochwasser", "flood"),
            ("wasserstand", "water level"),
        ])
        let sentences = [
            ("Hochwasser: Pegel der Elbe steigt weiter", "Flooding: Elbe water level continues to rise"),
            ("Nach tagelangem Starkregen steigt der Pegel der Elbe in Sachsen weiter an.",
             "After days of heavy rain, the water level of the Elbe in Saxony continues to rise."),
        ]
        for found in [try Self.linked(sentences), try Self.linked(sentences, dictionary: dictionary)] {
            #expect(!found.contains { $0.hasPrefix("Pegel der Elbe →") && !$0.components(separatedBy: " → ")[1].contains("Elbe") }, "\(found)")
            #expect(!found.contains { $0.hasPrefix("Hochwasser →") && $0.contains("Elbe") }, "\(found)")
        }
    }

    /// A capitalised word the dictionary has as a noun's plural is that noun, not an adjective
    /// before the next one: "nach 36 Stunden Verhandlungen" holds no term "Stunde Verhandlung".
    @Test func aNounsPluralBeforeAnotherNounIsNoAdjective() throws {
        var dictionary = Self.dictionary([
            ("stunde", "hour"),
            ("verhandlung", "negotiation"),
        ], nouns: ["Stunde", "Verhandlung"])
        dictionary.addGender("stunde", .feminine)
        dictionary.addBaseForm("Stunden", "Stunde")
        let found = try Self.linked([
            ("Die Unterhändler erzielten nach 36 Stunden Verhandlungen einen Kompromiss.",
             "The negotiators reached a compromise after 36 hours of negotiations."),
        ], dictionary: dictionary)
        #expect(!found.contains { $0.hasPrefix("Stunde Verhandlung") }, "\(found)")
        #expect(found.contains("Stunde → hour") && found.contains("Verhandlung → negotiation"), "\(found)")
    }

    /// A plural's possessive apostrophe joins a name ("Employers' Associations"): a word the
    /// dictionary translates, met only inside that name, is the common noun in its base form.
    @Test func aWordOfANameWithAPossessiveIsTheCommonNoun() throws {
        var dictionary = BilingualDictionary()
        dictionary.add("verband", "association")
        dictionary.addNoun("Verband")
        let found = try Self.linked([
            ("Der Verband kommunaler Arbeitgeberverbände kritisierte den Warnstreik.",
             "The Federation of Municipal Employers' Associations criticised the warning strike."),
        ], dictionary: dictionary)
        #expect(found.contains("Verband → association"), "\(found)")
    }

    /// A compound's part taken "by position" is no part of the term where the dictionary's own
    /// word for the whole stands in the English beside it: with Ding, Nahrungs|mittel is the
    /// "food" of "Food prices" (which Lebensmittel takes here), no "food price".
    @Test(.enabled(if: FileManager.default.fileExists(atPath: ding), "needs trans-de-en"))
    func aPartByPositionIsNotTheWordBesideTheWholesTranslation() throws {
        let sentences = [
            ("Nahrungsmittel verteuerten sich dagegen um 1,8 Prozent.", "Food prices, on the other hand, rose by 1.8 percent."),
            ("Die sogenannte Kerninflation ohne Energie und Lebensmittel lag bei 2,9 Prozent.",
             "So-called core inflation, excluding energy and food, stood at 2.9 percent."),
        ]
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.ding)))
        let found = try Self.linked(sentences, dictionary: Glossa.dingDictionary(bytes: bytes, for: sentences.map(\.0)))
        #expect(found.contains("Lebensmittel → food") && !found.contains { $0.hasPrefix("Nahrungsmittel → food price") }, "\(found)")
    }

    /// A lower-case adjective and its noun where the dictionary lists them as a term under the
    /// noun ("künstliche Intelligenz", "öffentlicher Nahverkehr"), in their headword's form; not
    /// where it lists them as an example of an adjective's use ("konkrete Ergebnisse").
    @Test func anAdjectiveAndNounTheDictionaryListsAsATerm() throws {
        let ding = """
            Intelligenz {f} [psych.] | künstliche Intelligenz {f} /KI/ :: intelligence | artificial intelligence /AI/
            Nahverkehr {m} [transp.] | öffentlicher Nahverkehr :: local traffic | local public transport
            konkret {adj} [übtr.] | konkrete Ergebnisse :: concrete | concrete results
            Ergebnis {n} | Ergebnisse {pl} :: result | results
            """
        let texts = ["Die EU regelt die künstliche Intelligenz. Verdi ruft zum Streik im öffentlichen Nahverkehr auf. Es gab keine konkreten Ergebnisse."]
        let dictionary = Glossa.dingDictionary(bytes: Array(ding.utf8), for: texts)
        let found = try Self.linked([
            ("Die EU regelt die künstliche Intelligenz.", "The EU regulates artificial intelligence."),
            ("Verdi ruft zum Streik im öffentlichen Nahverkehr auf.", "Verdi calls a strike in local public transport."),
            ("Es gab keine konkreten Ergebnisse.", "There were no concrete results."),
        ], dictionary: dictionary)
        #expect(found.contains("künstliche Intelligenz → artificial intelligence"), "\(found)")
        #expect(found.contains("öffentlicher Nahverkehr → local public transport"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("konkrete") }, "\(found)")
    }

    /// A compound the splitter cuts finer than the English (Sand|sack|barriere, where "Sand"
    /// and "Sack" are words too) pairs with "sandbag barrier" through the dictionary's whole
    /// "Sandsack"; one the English writes with a hyphen pairs part for part (Minister|präsident /
    /// Minister-President, Echt|zeit|überwachung / real-time surveillance).
    @Test func compoundsCutFinerThanTheEnglishOrHyphenatedInIt() throws {
        let dictionary = Self.dictionary([("sand", "sand"), ("sack", "sack"), ("sandsack", "sandbag"), ("barriere", "barrier"),
                                          ("minister", "minister"), ("ministerprasident", "prime minister"), ("echt", "real"), ("zeit", "time"),
                                          ("uberwachung", "surveillance"), ("feuerwehr", "fire brigade")])
        let found = try Self.linked([
            ("Die Feuerwehr errichtete in der Nacht Sandsackbarrieren.", "The fire brigade set up sandbag barriers overnight."),
            ("Der Ministerpräsident besuchte das Gebiet.", "The Minister-President visited the area."),
            ("Verboten wird die Echtzeitüberwachung.", "Real-time surveillance will be banned."),
        ], dictionary: dictionary)
        #expect(found.contains("Sandsackbarriere → sandbag barrier"), "\(found)")
        #expect(found.contains("Ministerpräsident → Minister-President"), "\(found)")
        #expect(found.contains("Echtzeitüberwachung → real-time surveillance"), "\(found)")
    }

    /// Names of bodies as the English writes them: a plural's possessive kept inside
    /// ("German Teachers' Association"), "The" opening the sentence left out, and a part the
    /// dictionary translates with "of" inside ("Rechnungshof": "court of audit") one part.
    @Test func namesOfBodiesWithPossessivesArticlesAndOf() throws {
        var dictionary = Self.dictionary([("bundes…", "federal"), ("rechnungshof", "court of audit"), ("lehr…", "teaching"),
                                          ("lehrer", "teacher"), ("verband", "association"), ("deutsch", "german"), ("projekt", "project")],
                                         nouns: ["Lehrer", "Verband"])
        dictionary.addGender("verband", .masculine)
        let found = try Self.linked([
            ("Der Bundesrechnungshof bemängelte die Projekte.", "The Federal Court of Audit criticised the projects."),
            ("Der Deutsche Lehrerverband warnt vor einem Qualitätsverlust.", "The German Teachers' Association warns of a loss of quality."),
        ], dictionary: dictionary)
        #expect(found.contains("Bundesrechnungshof → Federal Court of Audit"), "\(found)")
        #expect(found.contains("Deutscher Lehrerverband → German Teachers' Association"), "\(found)")
    }

    /// German compounds of a group of people that English writes as a plural's possessive:
    /// "farmers' association" (was "association"), also opening a sentence; a closing quotation
    /// mark is no possessive.
    @Test func pluralPossessivesOfCommonNounsStayInTheTerm() throws {
        var dictionary = Self.dictionary([("bauer", "farmer"), ("verband", "association"), ("arbeitgeber", "employer"), ("plan", "plan")],
                                         nouns: ["Bauer", "Verband", "Arbeitgeber", "Plan"])
        dictionary.addGender("verband", .masculine)
        let found = try Self.linked([
            ("Der Bauernverband kündigte weitere Aktionen an.", "The farmers' association announced further action."),
            ("Arbeitgeberverbände kritisierten die Pläne als zu teuer.", "Employers' associations criticised the plans as too expensive."),
        ], dictionary: dictionary)
        #expect(found.contains("Bauernverband → farmers' association"), "\(found)")
        #expect(found.contains("Arbeitgeberverband → employers' association"), "\(found)")
        let english = try EnglishTermCandidates()
        let bases = Set(english.candidates(in: "Critics called the plan 'progress' by name only.").map(\.base))
        #expect(!bases.contains { $0.contains("'") }, "\(bases)")
    }

    /// An adjective capitalised only because it opens the sentence: in lower case where the
    /// dictionary lists the phrase (it was "Künstliche Intelligenz"), capitalised where the
    /// English is a name (a headline's "Goldener Bär"), and no term where it is neither, as
    /// inside a sentence ("Steigende Zinsen" gave "Steigender Zins" / "rising interest rate").
    @Test func anAdjectiveOpeningTheSentenceIsNoName() throws {
        var dictionary = Self.dictionary([("kunstliche intelligenz", "artificial intelligence"), ("intelligenz", "intelligence"),
                                          ("arbeit", "work"), ("steigend", "rising"), ("zins", "interest rate"),
                                          ("wohnungsbau", "housing construction"), ("golden", "golden"), ("bar", "bear"),
                                          ("film", "film"), ("kalt", "cold"), ("krieg", "war"), ("ziel", "goal"), ("deutsch", "German"),
                                          ("schuler", "pupil")],
                                         nouns: ["Intelligenz", "Arbeit", "Zins", "Wohnungsbau", "Bär", "Film", "Krieg", "Ziel", "Schüler"])
        dictionary.addGender("bar", .masculine)
        let found = try Self.linked([
            ("Künstliche Intelligenz verändert die Arbeit.", "Artificial intelligence is changing work."),
            ("Steigende Zinsen belasten den Wohnungsbau.", "Rising interest rates are weighing on housing construction."),
            ("Goldener Bär für einen iranischen Film", "Golden Bear for an Iranian film"),
            ("Den Goldenen Bären erhielt ein Film aus Iran.", "The Golden Bear went to a film from Iran."),
            ("Kalter Krieg sei nicht das Ziel, sagte er.", "The Cold War was not the goal, he said."),
            // A nationality's capital makes no name ("Deutscher Schüler" / "German pupil").
            ("PISA-Studie: Deutsche Schüler so schwach wie nie", "PISA study: German pupils weaker than ever"),
        ], dictionary: dictionary)
        #expect(found.contains("Kalter Krieg → Cold War"), "\(found)")
        #expect(!found.contains { $0.lowercased().hasPrefix("deutsche") }, "\(found)")
        #expect(found.contains("künstliche Intelligenz → artificial intelligence"), "\(found)")
        #expect(found.filter { $0.lowercased().hasPrefix("goldene") } == ["Goldener Bär → Golden Bear"], "\(found)")
        #expect(!found.contains { $0.lowercased().hasPrefix("steigend") }, "\(found)")
    }

    /// An adjective before a compound takes the gender of the compound's head, as the dictionary
    /// gives it ("das System": "Europäisches Asylsystem", was "Europäischer Asylsystem").
    @Test func anAdjectiveAgreesWithItsCompoundsHead() throws {
        var dictionary = Self.dictionary([("asyl", "asylum"), ("system", "system"), ("europaisch", "European"), ("reform", "reform")],
                                         nouns: ["Asyl", "System", "Reform"])
        dictionary.addGender("system", .neuter)
        dictionary.addGender("asyl", .neuter)
        let found = try Self.linked([
            ("Die Minister einigten sich auf eine Reform des Europäischen Asylsystems.",
             "The ministers agreed on a reform of the European asylum system."),
            ("Das Europäische Asylsystem gilt als gescheitert.", "The European asylum system is considered a failure."),
        ], dictionary: dictionary)
        #expect(found.contains("Europäisches Asylsystem → European asylum system"), "\(found)")
    }

    /// Two capitalised adjectives before a noun name a body or a system, one entry with the
    /// English name; the name's last words are no entry of their own.
    @Test func twoCapitalisedAdjectivesNameABody() throws {
        var dictionary = Self.dictionary([("asyl", "asylum"), ("system", "system"), ("europaisch", "European"), ("gemeinsam", "common"),
                                          ("reform", "reform"), ("deutsch", "German"), ("rot", "red"), ("kreuz", "cross"), ("opfer", "victim")],
                                         nouns: ["Asyl", "System", "Reform", "Kreuz", "Opfer"])
        dictionary.addGender("system", .neuter)
        dictionary.addGender("kreuz", .neuter)
        let found = try Self.linked([
            ("Die Minister einigten sich auf eine Reform des Gemeinsamen Europäischen Asylsystems.",
             "The ministers agreed on a reform of the Common European Asylum System."),
            ("Auch das Deutsche Rote Kreuz half den Opfern.", "The German Red Cross also helped the victims."),
        ], dictionary: dictionary)
        #expect(found.contains("Gemeinsames Europäisches Asylsystem → Common European Asylum System"), "\(found)")
        #expect(found.contains("Deutsches Rotes Kreuz → German Red Cross"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Europäisches Asylsystem") || $0.hasPrefix("Rotes Kreuz") }, "\(found)")
    }

    /// The dictionary's two-word translation with another form of its first word is the
    /// text's whole phrase, not its head alone ("migrant background" for Ding's "migration
    /// background"; was Migrationshintergrund / background).
    @Test func aDictionaryPhraseWithAnotherFormOfItsFirstWord() throws {
        let dictionary = Self.dictionary([("migrationshintergrund", "migration background"), ("migrationshintergrund", "migratory background"),
                                          ("schuler", "pupil")], nouns: ["Migrationshintergrund", "Schüler"])
        let found = try Self.linked([
            ("Besonders groß sind die Defizite bei Schülern mit Migrationshintergrund.",
             "The deficits are particularly large among pupils with a migrant background."),
        ], dictionary: dictionary)
        #expect(found.contains("Migrationshintergrund → migrant background"), "\(found)")
        // Words that only start alike are no such forms: "rusty" is no form of "rural".
        let roads = Self.dictionary([("landstrasse", "rural road")], nouns: ["Landstraße"])
        let other = try Self.linked([("Die Landstraße ist gesperrt.", "The rusty road is closed.")], dictionary: roads)
        #expect(!other.contains("Landstraße → rusty road"), "\(other)")
    }

    /// A name the dictionary lists whose first word is a place's adjective in -er, which does
    /// not decline: "vor dem Brandenburger Tor" gave only Tor / gate.
    @Test func aPlacesAdjectiveInANameTheDictionaryLists() throws {
        let dictionary = Self.dictionary([("brandenburger tor", "Brandenburg Gate"), ("tor", "gate"), ("tausend", "thousand")],
                                         nouns: ["Tor", "Tausend"])
        let found = try Self.linked([
            ("Tausende versammelten sich vor dem Brandenburger Tor.", "Thousands gathered in front of the Brandenburg Gate."),
        ], dictionary: dictionary)
        #expect(found.contains("Brandenburger Tor → Brandenburg Gate"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Brandenburger →") }, "\(found)")
    }

    /// Without a dictionary, a place's adjective in -er names with its noun where the text
    /// writes the place ("Frankfurter / Frankfurt Book Fair" was the pair).
    @Test func aPlacesAdjectiveWhereTheTextWritesThePlace() throws {
        let found = try Self.linked([
            ("Frankfurter Buchmesse eröffnet", "Frankfurt Book Fair opens"),
            ("Rund 100 Autoren reisten nach Frankfurt.", "Around 100 authors travelled to Frankfurt."),
            ("Die Frankfurter Buchmesse dauert bis Sonntag.", "The Frankfurt Book Fair lasts until Sunday."),
        ])
        #expect(found.contains("Frankfurter Buchmesse → Frankfurt Book Fair"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Frankfurter →") }, "\(found)")
    }

    /// A compound of a ban, tax or limit is "X on Y" in English: Cannabisverbot was "absolute
    /// ban" (the adjective before it by position), now "ban on cannabis".
    @Test func aBanOrTaxOnSomethingIsOneTerm() throws {
        let dictionary = Self.dictionary([("verbot", "ban"), ("cannabis", "cannabis"), ("fahranfanger", "novice driver"), ("steuer", "wheel")],
                                         nouns: ["Verbot", "Cannabis", "Fahranfänger", "Steuer"])
        let found = try Self.linked([
            ("Für Fahranfänger gilt weiterhin ein absolutes Cannabisverbot am Steuer.",
             "For novice drivers, an absolute ban on cannabis at the wheel continues to apply."),
        ], dictionary: dictionary)
        #expect(found.contains("Cannabisverbot → ban on cannabis"), "\(found)")
        let english = try EnglishTermCandidates()
        #expect(!english.candidates(in: "The firm will focus on quality.").contains { $0.text.contains(" on ") })
    }

    /// A name of four capitalised words is one English candidate (chunks stop at three), and a
    /// part the dictionary translates with two words counts as one in a phrase's compound:
    /// Deutscher Gewerkschafts|bund / German Trade Union Confederation (was only
    /// Gewerkschaftsbund / union confederation). A title-case headline makes no such name.
    @Test func aLongNameOfCapitalisedWords() throws {
        var dictionary = Self.dictionary([("gewerkschaft", "trade union"), ("gewerkschaft", "union"), ("bund", "confederation"),
                                          ("deutsch", "German"), ("schlag", "slap")],
                                         nouns: ["Gewerkschaft", "Bund", "Schlag"])
        dictionary.addGender("bund", .masculine)
        let found = try Self.linked([
            ("Der Deutsche Gewerkschaftsbund sprach von einem Schlag.", "The German Trade Union Confederation spoke of a slap."),
        ], dictionary: dictionary)
        #expect(found.contains("Deutscher Gewerkschaftsbund → German Trade Union Confederation"), "\(found)")
        let english = try EnglishTermCandidates()
        #expect(!english.candidates(in: "Tesla Allowed To Expand Grünheide Plant").contains { $0.words.count >= 4 })
    }

    /// A quotation's first word is capitalised as a sentence's is: "Verwurzelt" of a motto is no
    /// noun where the dictionary knows the word as none (it paired alone as Verwurzelt / rooted).
    @Test func aQuotationsFirstWordIsNoNounByItsCapital() throws {
        let dictionary = Self.dictionary([("verwurzelt", "rooted"), ("zukunft", "future"), ("motto", "motto")], nouns: ["Zukunft", "Motto"])
        let found = try Self.linked([
            ("Das Land stellt sich unter dem Motto „Verwurzelt in der Zukunft“ vor.",
             "The country is presenting itself under the motto \"Rooted in the Future\"."),
        ], dictionary: dictionary)
        #expect(!found.contains { $0.hasPrefix("Verwurzelt →") }, "\(found)")
        #expect(found.contains("Motto → motto"), "\(found)")
    }

    /// A name the English keeps as the German writes it takes no declension guessed without a
    /// dictionary ("Deutscher Bahn" / "deutsche bahn" was the pair).
    @Test func aNameTheEnglishKeepsStaysAsWritten() throws {
        let found = try Self.linked([
            ("Die Deutsche Bahn ist von dem Streik nicht betroffen.", "Deutsche Bahn is not affected by the strike."),
            ("Die Deutsche Bahn fährt nach Fahrplan.", "Deutsche Bahn runs on schedule."),
        ])
        #expect(found.contains("Deutsche Bahn → Deutsche Bahn"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Deutscher") }, "\(found)")
    }

    /// Common verbs that are no nouns end an English chunk wherever they stand; verbs that are
    /// nouns too ("demand", "rise") and -ing forms ("warning strike") stay.
    @Test func commonVerbsAreNoEnglishTerms() throws {
        let english = try EnglishTermCandidates()
        let bases = Set(english.candidates(in: "Elbe water level continues to rise as the union renews its demand for a warning strike.").map(\.base))
        #expect(!bases.contains("continue") && !bases.contains { $0.contains("continues") }, "\(bases)")
        #expect(bases.contains("Elbe water level") && bases.contains("demand") && bases.contains("warning strike"), "\(bases)")
    }

    /// A sentence pair met twice (the same article as text and as a web page) is no repeated
    /// co-occurrence: "EU-Kommission" twice beside "imposing provisional countervailing" was a pair.
    @Test func aSentencePairMetTwiceCountsOnce() throws {
        let pair = ("Die EU-Kommission erhebt vorläufige Ausgleichszölle auf Elektroautos.",
                    "The European Commission is imposing provisional countervailing duties on electric cars.")
        let found = try Self.linked([pair, pair])
        #expect(!found.contains { $0.hasPrefix("EU-Kommission →") }, "\(found)")
    }

    /// A compound the text has twice is one word of its lexicon, and still matched part for part
    /// with an English "of" phrase, head first: Handels|ministerium / "Ministry of Commerce" (was
    /// the co-occurring "Ministry of Commerce in Beijing").
    @Test func aCompoundMetTwiceStillMatchesAnOfPhrase() throws {
        let found = try Self.linked([
            ("Das Handelsministerium in Peking sprach von Protektionismus und drohte.", "The Ministry of Commerce in Beijing spoke of protectionism and made threats."),
            ("Das Handelsministerium in Peking schweigt.", "The Ministry of Commerce in Beijing is silent."),
        ], dictionary: Self.dictionary([("handel", "commerce"), ("ministerium", "ministry")]))
        #expect(found.contains("Handelsministerium → Ministry of Commerce"), "\(found)")
    }

    /// British English writes "per cent": one term, Prozent's partner (was "cent").
    @Test func perCentIsOneWord() throws {
        let found = try Self.linked([
            ("Die Inflation lag bei 2,1 Prozent.", "Inflation stood at 2.1 per cent."),
            ("Der Leitzins sinkt auf 3 Prozent.", "The key rate falls to 3 per cent."),
        ], dictionary: Self.dictionary([("prozent", "per cent"), ("prozent", "percent")]))
        #expect(found.contains("Prozent → per cent") && !found.contains { $0.hasSuffix("→ cent") }, "\(found)")
    }

    /// A number word is a term of its own, not with the noun it counts ("80 billion francs");
    /// an age or other number compound is none ("34-year-old", which met "Landgericht" twice).
    @Test func numberWordsStandAloneAndNumberCompoundsAreNoTerms() throws {
        let english = try EnglishTermCandidates()
        let bases = Set(english.candidates(in: "The SNB made a profit of around 80 billion francs in 2024.").map(\.base))
        #expect(bases.contains("billion") && bases.contains("franc") && !bases.contains { $0.contains("billion ") }, "\(bases)")
        let ages = Set(english.candidates(in: "The Cologne Regional Court has sentenced a 34-year-old man to life imprisonment.").map(\.base))
        #expect(!ages.contains { $0.contains("34") } && ages.contains("life imprisonment"), "\(ages)")
    }

    /// A phrase inside a name whose words the text also writes in lower case is one term with
    /// them: "Regional Court" of "the Cologne Regional Court" and the headline's "regional
    /// court" (without a dictionary, met twice, it was "Landgericht" / "regional").
    @Test func capitalsInsideANameMeetTheLowerCaseTerm() throws {
        let found = try Self.linked([
            ("Landgericht Köln verurteilt 34-Jährigen", "Cologne regional court sentences 34-year-old"),
            ("Das Landgericht Köln hat einen 34-jährigen Mann verurteilt.", "The Cologne Regional Court has sentenced a 34-year-old man."),
        ])
        #expect(found.contains("Landgericht → regional court"), "\(found)")
    }

    /// A word the text capitalises only inside a name gives way to a common word the
    /// dictionary gives as well: "Ergebnisse" is the sentence's "results", not the "Standing"
    /// of "Standing Conference" (Ding: a sports table's "standings").
    @Test func aWordOnlyInANameGivesWayToACommonWord() throws {
        let dictionary = Self.dictionary([("ergebnis", "result"), ("ergebnis", "standings"), ("beratung", "deliberation")])
        let found = try Self.linked([
            ("Die Ergebnisse sollen in die Beratungen der Kultusministerkonferenz einfließen.",
             "The results are to feed into the deliberations of the Standing Conference of Education Ministers."),
        ], dictionary: dictionary)
        #expect(found.contains("Ergebnis → result") && !found.contains { $0.hasSuffix("→ Standing") }, "\(found)")
    }

    /// Gender-inclusive spellings stand for the noun the dictionary has ("LehrerInnen",
    /// "Schüler_innen", "Ärzt*innen", "Kolleg:innen"); "LinkedIn" and "Innenminister" are
    /// none; "Viele Lehrer" opening a sentence is no adjective phrase ("Vieler Lehrer").
    @Test func genderInclusiveSpellingsAndQuantifiers() throws {
        let german = try GermanTermCandidates()
        for noun in ["Lehrer", "Schüler", "Arzt", "Kollege", "Innenminister"] { german.nouns[noun.lowercased()] = noun }
        #expect(german.baseForm("LehrerInnen") == "Lehrer" && german.baseForm("Schüler_innen") == "Schüler")
        #expect(german.baseForm("Ärzt*innen") == "Arzt" && german.baseForm("Kolleg:innen") == "Kollege")
        #expect(german.baseForm("StudentIn") == "Student")
        #expect(german.genderNeutralBase("LinkedIn") == nil && german.genderNeutralBase("Innenminister") == nil)
        let bases = german.candidates(in: "Viele Lehrer:innen seien am Limit.").map(\.base)
        #expect(bases.contains("Lehrer") && !bases.contains { $0.hasPrefix("Viele") }, "\(bases)")
        let doctors = german.candidates(in: "Die Ärzt*innen streiken.")
        #expect(doctors.contains { $0.text == "Ärzt*innen" && $0.base == "Arzt" }, "\(doctors.map(\.text))")
    }

    /// The dictionary's "minister of education" is the text's "education ministers".
    @Test func ofPhrasesMeetTheirEnglishCompound() throws {
        let found = try Self.linked([("Die Kultusminister beraten heute.", "The education ministers deliberate today.")],
                                    dictionary: Self.dictionary([("kultusminister", "minister of education")]))
        #expect(found.contains("Kultusminister → education minister"), "\(found)")
        #expect(TermLinker.ofPhraseAsCompound("minister of education") == "education minister")
        #expect(TermLinker.ofPhraseAsCompound("court of the auditors") == nil)
    }

    /// Met together as often, the words the dictionary gives beat a phrase that adds the
    /// translation of another German word to them: "Oberbürgermeister" (Ding: Lord Mayor) twice
    /// beside "new mayor" is "mayor" ("new" is "neuen"); "Leitzins" (Ding: base interest rate)
    /// beside "key interest rate" keeps its "key", which translates no other word.
    @Test func coOccurrenceKeepsToTheDictionarysWords() throws {
        let found = try Self.linked([
            ("Frankfurt hat einen neuen Oberbürgermeister.", "Frankfurt has a new mayor."),
            ("Der neue Oberbürgermeister soll im Mai vereidigt werden.", "The new mayor is to be sworn in in May."),
        ], dictionary: Self.dictionary([("oberburgermeister", "lord mayor"), ("neu", "new")]))
        #expect(found.contains("Oberbürgermeister → mayor"), "\(found)")
        let rate = try Self.linked([
            ("Nationalbank senkt Leitzins auf null Prozent", "National Bank cuts key interest rate to zero percent"),
            ("Die Nationalbank senkt den Leitzins um 0,25 Prozentpunkte.", "The National Bank is cutting its key interest rate by 0.25 percentage points."),
        ], dictionary: Self.dictionary([("leitzins", "base interest rate"), ("leitzins", "prime rate"), ("nationalbank", "national bank")]))
        #expect(rate.contains("Leitzins → key interest rate"), "\(rate)")
    }

    /// A name in the plural keeps its number where a list knows it ("Vereinte Nationen", not
    /// "Vereinte Nation"), and a lower-case abbreviation is no English term ("Uhr" / "a.m."
    /// met three times).
    @Test func pluralNamesAndClockTimes() throws {
        var dictionary = Self.dictionary([("vereinigt", "united"), ("vereint", "united"), ("staat", "state"), ("nation", "nation"), ("uhr", "clock")],
                                         nouns: ["Staat", "Nation", "Uhr"])
        dictionary.addBaseForm("Staaten", "Staat")
        dictionary.addBaseForm("Nationen", "Nation")
        let found = try Self.linked([
            ("Die Vereinigten Staaten und die Vereinten Nationen forderten eine Waffenruhe.", "The United States and the United Nations called for a ceasefire."),
            ("+++ 10:45 Uhr: Außenministerin reist nach Kairo +++", "+++ 10:45 a.m.: Foreign Minister travels to Cairo +++"),
            ("+++ 09:30 Uhr: UN fordern Waffenruhe +++", "+++ 09:30 a.m.: UN calls for ceasefire +++"),
            ("+++ 08:15 Uhr: Hilfskonvoi erreicht Grenzübergang +++", "+++ 08:15 a.m.: Aid convoy reaches border crossing +++"),
        ], dictionary: dictionary)
        #expect(found.contains("Vereinigte Staaten → United States") && found.contains("Vereinte Nationen → United Nations"), "\(found)")
        #expect(!found.contains { $0.hasSuffix("→ a.m.") }, "\(found)")
    }

    /// A name the headline opens with keeps the capitals the dictionary gives it ("Middle East
    /// conflict", not "middle east conflict"), unless the text itself writes the words in lower
    /// case ("the federal government", though the dictionary writes "Federal Government").
    @Test func namesKeepTheDictionarysCapitals() throws {
        var dictionary = Self.dictionary([
            ("nahost", "middle east"),
            ("konflikt", "conflict"),
            ("bundesregierung", "federal government"),
        ])
        dictionary.addTargetSpelling("Middle East")
        dictionary.addTargetSpelling("conflict")
        dictionary.addTargetSpelling("Federal Government")
        let found = try Self.linked([
            ("Nahost-Konflikt: Die Ereignisse im Liveblog", "Middle East conflict: the events in the live blog"),
            ("Die Bundesregierung schweigt.", "The federal government is silent."),
        ], dictionary: dictionary)
        #expect(found.contains("Nahost-Konflikt → Middle East conflict"), "\(found)")
        #expect(found.contains("Bundesregierung → federal government"), "\(found)")
    }

    /// A name keeps the dictionary's capitals though the text writes one of its words in lower
    /// case elsewhere ("north of the city" beside "North Sea coast"): only the run itself in
    /// lower case counts.
    @Test func aNamesWordInLowerCaseElsewhereKeepsItsCapitals() throws {
        var dictionary = Self.dictionary([("nordseekuste", "north sea coast"), ("nordsee", "north sea")])
        dictionary.addTargetSpelling("North Sea")
        dictionary.addTargetSpelling("coast")
        let found = try Self.linked([
            ("Sturmflut an der Nordseeküste", "Storm surge on the North Sea coast"),
            ("Der Wind drehte im Norden der Stadt.", "The wind turned north of the city."),
        ], dictionary: dictionary)
        #expect(found.contains("Nordseeküste → North Sea coast"), "\(found)")
        // The run itself in lower case keeps the text's spelling: "southern Germany".
        var south = Self.dictionary([("suddeutschland", "southern germany")])
        south.addTargetSpelling("Southern Germany")
        south.addTargetSpelling("Germany")
        let warning = try Self.linked([("Unwetterwarnung für Süddeutschland", "Severe weather warning for southern Germany")], dictionary: south)
        #expect(warning.contains("Süddeutschland → southern Germany"), "\(warning)")
    }

    /// A word the dictionary lists as a noun of its own and as another's plural ("Franken": the
    /// region, and the plural of "Franke", a Frank) takes the plural's base form only where the
    /// English has that noun's translation.
    @Test func aPluralThatIsANounOfItsOwnNeedsItsTranslation() throws {
        var dictionary = Self.dictionary([("franke", "frank"), ("franken", "franconia"), ("stark", "strong"), ("konig", "king")],
                                         nouns: ["Franke", "Franken", "König"])
        dictionary.addBaseForm("Franken", "Franke")
        dictionary.addGender("franke", .masculine)
        dictionary.addGender("franken", .neuter)
        let found = try Self.linked([
            ("Die Nationalbank will den starken Franken schwächen.", "The National Bank wants to weaken the strong franc."),
            ("Ein Euro kostet weniger als 94 Rappen, ein Dollar 0,80 Franken.", "One euro costs less than 94 centimes, one dollar 0.80 francs."),
            ("Die Franken wählten einen neuen König.", "The Franks chose a new king."),
        ], dictionary: dictionary)
        #expect(found.contains("Franken → franc"), "\(found)")
        #expect(found.contains("Franke → Frank") || found.contains("Franke → Franks"), "\(found)")
    }

    /// A noun of two or three letters opens a compound matched part for part (Bau|industrie /
    /// construction industry, Öl|preis / oil price), not a first split ("Vorjahr" is no "vor"
    /// + "Jahr" to the lemmatizer).
    @Test func shortNounsOpenCompoundsMatchedPartForPart() throws {
        let dictionary = Self.dictionary([("bau", "construction"), ("industrie", "industry"), ("ol", "oil"), ("preis", "price"),
                                          ("vor", "before"), ("jahr", "year")],
                                         nouns: ["Bau", "Industrie", "Öl", "Preis", "Jahr"])
        let found = try Self.linked([
            ("Als Gründe nennt die Bauindustrie die hohen Zinsen.", "The construction industry cites high interest as the reasons."),
            ("Der Ölpreis stieg um drei Prozent.", "The oil price rose by three percent."),
        ], dictionary: dictionary)
        #expect(found.contains("Bauindustrie → construction industry") && found.contains("Ölpreis → oil price"), "\(found)")
        let splitter = CompoundSplitter(lexicon: ["vor": 1, "jahr": 1, "vorjahr": 1], shortModifiers: ["vor"])
        #expect(splitter.split("vorjahr") == ["vorjahr"])
        #expect(splitter.split("vorjahr", evenIfKnown: true) == ["Vor", "Jahr"])
    }

    /// A piece of a longer name the text never uses alone is the common noun ("Automotive
    /// Industry" of "German Association of the Automotive Industry"); a piece the text also uses
    /// as a name by itself keeps its capitals ("the National Bank" beside "Swiss National Bank").
    @Test func piecesOfNamesAreCommonNouns() throws {
        let dictionary = Self.dictionary([("automobilindustrie", "automotive industry"), ("nationalbank", "national bank"),
                                          ("eskalation", "escalation"), ("franken", "franc")])
        let found = try Self.linked([
            ("Der Verband der Automobilindustrie (VDA) warnte vor einer Eskalation.",
             "The German Association of the Automotive Industry (VDA) warned of an escalation."),
            ("Die Schweizerische Nationalbank senkt den Leitzins.", "The Swiss National Bank is cutting its key rate."),
            ("Die Nationalbank will damit den Franken schwächen.", "With this, the National Bank wants to weaken the franc."),
        ], dictionary: dictionary)
        #expect(found.contains("Automobilindustrie → automotive industry"), "\(found)")
        #expect(found.contains("Nationalbank → National Bank"), "\(found)")
    }

    /// An adjective and noun opening a headline take the lower case the text writes them in
    /// elsewhere ("Lebenslange Haft für Mord …", "… lebenslange Haft beantragt"): one entry.
    @Test func aHeadlinesCapitalIsNoPartOfTheTerm() throws {
        var dictionary = Self.dictionary([("lebenslange haft", "life sentence"), ("lebenslange haft", "life imprisonment"), ("lebenslang", "lifelong"),
                                          ("mord", "murder"), ("haft", "imprisonment")], nouns: ["Haft", "Mord"])
        dictionary.markCollocation("lebenslange haft", false)
        let found = try Self.linked([
            ("Lebenslange Haft für Mord an Rentnerin", "Life sentence for murder of pensioner"),
            ("Das Landgericht hat den Mann zu lebenslanger Haft verurteilt.", "The regional court has sentenced the man to life imprisonment."),
            ("Die Staatsanwaltschaft hatte lebenslange Haft beantragt.", "The prosecution had sought a life sentence."),
        ], dictionary: dictionary)
        #expect(found.contains("lebenslange Haft → life sentence"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Lebenslange") }, "\(found)")
    }

    /// A German noun used only in the plural keeps the English plural ("Materialkosten" /
    /// "material costs", not "material cost"), also where the text writes the singular as often
    /// ("the cost of …" beside "the enormous costs"); a Roman numeral is no term ("Phase III").
    @Test func pluraliaTantumKeepTheEnglishPluralAndNumeralsAreNoTerms() throws {
        let dictionary = Self.dictionary([("materialkosten", "material costs"), ("materialkosten", "material cost"), ("studie", "study"),
                                          ("kosten", "costs"), ("kosten", "cost"), ("nutzen", "benefit")])
        let found = try Self.linked([
            ("Als Grund nennt die Branche die Materialkosten.", "The industry cites material costs as the reason."),
            ("An der Studie der Phase III nahmen 25.000 Probanden teil.", "25,000 volunteers took part in the phase III study."),
            ("Die Kosten für die erste Ausbaustufe werden auf rund 15 Milliarden Franken geschätzt.",
             "The cost of the first stage is estimated at around 15 billion Swiss francs."),
            ("Kritiker bezweifeln, dass der Nutzen die enormen Kosten rechtfertigt.", "Critics doubt that the benefit justifies the enormous costs."),
        ], dictionary: dictionary)
        #expect(found.contains("Materialkosten → material costs"), "\(found)")
        #expect(found.contains("Kosten → costs"), "\(found)")
        // Without a dictionary, by the words met together.
        let together = try Self.linked([
            ("Die Kosten für die erste Ausbaustufe werden auf rund 15 Milliarden Franken geschätzt.",
             "The cost of the first stage is estimated at around 15 billion Swiss francs."),
            ("Kritiker bezweifeln, dass der Nutzen die enormen Kosten rechtfertigt.", "Critics doubt that the benefit justifies the enormous costs."),
        ])
        #expect(together.contains("Kosten → costs"), "\(together)")
        #expect(!found.contains("III → III"), "\(found)")
    }

    /// A past participle after "be" or "have" is no English noun ("roads were also blocked"
    /// gave Blockade / blocked as look-alikes), and a German plural the dictionary lists only
    /// in the singular takes that singular ("Autobahnauffahrten": Ding has "Autobahnauffahrt").
    @Test func participlesAreNoNounsAndTheDictionarysSingularWins() throws {
        let dictionary = Self.dictionary([("autobahnauffahrt", "motorway access"), ("blockade", "blockade"), ("bundesland", "state")],
                                         nouns: ["Autobahnauffahrt", "Blockade", "Bundesland"])
        let found = try Self.linked([
            ("In mehreren Bundesländern kam es zu Blockaden von Autobahnauffahrten.", "In several states, motorway access roads were also blocked."),
        ], dictionary: dictionary)
        #expect(found.contains("Autobahnauffahrt → motorway access"), "\(found)")
        #expect(!found.contains { $0.hasSuffix("→ blocked") }, "\(found)")
    }

    /// A name inside an English phrase keeps its capital where the text writes it alone ("the
    /// fourth flight of Ariane 6"); only a title's words cut from their name are lowered. (The
    /// German "Flug der Ariane" ends on a name both sentences write alike: since session 13 no
    /// term, like "Aktionäre der Rheinchem".)
    @Test func namesInsidePhrasesKeepTheirCapitals() throws {
        #expect(TermLinker.commonNounCase("flight of Ariane", evidence: "co-occurrence", capitalisedInside: ["Ariane"],
                                          capitalisedAlone: ["Ariane"]) == "flight of Ariane")
        let found = try Self.linked([
            ("Es war erst der vierte Flug der Ariane 6.", "It was only the fourth flight of Ariane 6."),
            ("Der nächste Flug der Ariane ist für März geplant.", "The next flight of Ariane is planned for March."),
        ])
        #expect(!found.contains { $0.contains("ariane") } && !found.contains { $0.hasPrefix("Flug der Ariane") }, "\(found)")
    }

    /// A number word counts what follows and names nothing with it: "thousands of tractors"
    /// gave Tausende / "thousand of tractors".
    @Test func numberWordsOpenNoPhrase() throws {
        let found = try Self.linked([
            ("Tausende Traktoren blockieren die Innenstadt.", "Thousands of tractors block the city centre."),
            ("Mit Tausenden Traktoren protestierten Landwirte.", "Farmers protested with thousands of tractors."),
        ])
        #expect(!found.contains { $0.contains("of tractors") }, "\(found)")
    }

    /// A word the dictionary writes with a capital only in its plural keeps the capital in the
    /// singular: "Bayern {pl} :: Bavarians" gave "bavarian" for "Bayerns Gesundheitsministerin"
    /// / "Bavarian Health Minister".
    @Test func aCapitalTheDictionaryGivesThePluralHoldsForTheSingular() throws {
        var dictionary = Self.dictionary([("bayern", "bavarians"), ("gesundheitsministerin", "health minister")], nouns: ["Gesundheitsministerin"])
        dictionary.addTargetSpelling("Bavarians")
        let found = try Self.linked([
            ("„Die Versorgung steht auf dem Spiel\", sagte Bayerns Gesundheitsministerin.", "\"Health care is at stake,\" said Bavarian Health Minister Judith Gerlach."),
        ], dictionary: dictionary)
        #expect(found.contains("Bayern → Bavarian"), "\(found)")
    }

    /// "Mrd." and "Mio." are the nouns they shorten; a currency code is a unit, no term
    /// ("2,25 Mrd. EUR" / "€2.25 billion" paired EUR with "billion").
    @Test func quantityAbbreviationsAreTheirNounsAndCurrencyCodesNoTerms() throws {
        let dictionary = Self.dictionary([("milliarde", "billion"), ("regelung", "scheme")], nouns: ["Milliarde", "Regelung"])
        let found = try Self.linked([
            ("Die Kommission genehmigt eine Regelung über 2,25 Mrd. EUR.", "The Commission approves a €2.25 billion scheme."),
            ("Das Programm kostet 3,4 Mrd. EUR.", "The programme costs €3.4 billion."),
        ], dictionary: dictionary)
        #expect(found.contains("Milliarde → billion"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("EUR") }, "\(found)")
    }

    /// A word written as an abbreviation before a number is a reference, no term ("Art. 20a
    /// GG" / "Art. 20a of the Basic Law" gave Art / art); a progressive verb and a sentence
    /// adverb are no English term ("are therefore calling for" gave "therefore calling" for
    /// a German phrase met twice beside it).
    @Test func referencesProgressivesAndSentenceAdverbsAreNoTerms() throws {
        let found = try Self.linked([
            ("Laut Art. 20a GG schützt der Staat die natürlichen Lebensgrundlagen.", "Under Art. 20a of the Basic Law, the state protects the natural foundations of life."),
            ("Die Autoren fordern deshalb eine schnellere Senkung der Treibhausgasemissionen.", "The authors are therefore calling for a faster reduction in greenhouse gas emissions."),
            ("Die Wissenschaftler fordern deshalb eine rasche Senkung der Treibhausgasemissionen.", "The scientists are therefore calling for a rapid reduction in greenhouse gas emissions."),
        ])
        #expect(!found.contains { $0.hasPrefix("Art ") || $0.hasSuffix("→ Art") }, "\(found)")
        #expect(!found.contains { $0.contains("calling") || $0.contains("therefore") }, "\(found)")
    }

    /// A cardinal counts its noun and names nothing with it ("in twelve districts" gave
    /// Landkreis / "twelve district"); the dictionary's translation with an adjective the text
    /// leaves out is still its translation (Ding: Landkreis "administrative district"); an
    /// English plural without -s takes its singular (Kleinkind / "small child", was "small
    /// children").
    @Test func cardinalsDroppedAdjectivesAndIrregularPlurals() throws {
        let dictionary = Self.dictionary([("landkreis", "administrative district"), ("landkreis", "county"),
                                          ("kleinkind", "small child"), ("warnstufe", "warning level")],
                                         nouns: ["Landkreis", "Kleinkind", "Warnstufe"])
        let found = try Self.linked([
            ("In Brandenburg galt in zwölf Landkreisen die höchste Warnstufe.", "The highest warning level applied in twelve districts in Brandenburg."),
            ("Auch Kleinkinder seien besonders gefährdet.", "Small children, too, are particularly at risk."),
            ("Ältere Menschen und Kleinkinder leiden unter der Hitze.", "Older people and small children suffer from the heat."),
        ], dictionary: dictionary)
        #expect(found.contains("Landkreis → district"), "\(found)")
        #expect(!found.contains { $0.contains("twelve") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("Kleinkind") && $0.hasSuffix("→ small child") }, "\(found)")
    }

    /// Only an adjective the text leaves out: "district heating" (Fernwärme) is no "heating",
    /// and a capitalised piece of a title is no common noun ("Secretary" of "Secretary General").
    @Test func aDroppedWordMustBeAnAdjective() throws {
        let dictionary = Self.dictionary([("fernwarme", "district heating"), ("generalsekretar", "general secretary")],
                                         nouns: ["Fernwärme", "Generalsekretär"])
        let found = try Self.linked([
            ("Die Fernwärme wird teurer, sagte der Generalsekretär.", "The heating will be more expensive, said the Secretary."),
        ], dictionary: dictionary)
        #expect(!found.contains("Fernwärme → heating"), "\(found)")
        #expect(!found.contains("Generalsekretär → Secretary"), "\(found)")
    }

    /// An adjective of a place in -er does not decline ("des Pariser Klimaabkommens" gave
    /// "Parises Klimaabkommen") and stands for the place in the English ("Paris").
    @Test func placeAdjectivesKeepTheirFormAndMeetThePlace() throws {
        var dictionary = Self.dictionary([("paris", "paris"), ("klimaabkommen", "climate agreement"), ("klima", "climate"),
                                          ("abkommen", "agreement"), ("ziel", "goal")], nouns: ["Klimaabkommen", "Ziel", "Klima", "Abkommen"])
        dictionary.addGender("klimaabkommen", .neuter)
        let found = try Self.linked([
            ("Nur so lasse sich das Ziel des Pariser Klimaabkommens noch erreichen.", "This is the only way to still achieve the Paris Climate Agreement's goal."),
        ], dictionary: dictionary)
        #expect(found.contains("Pariser Klimaabkommen → Paris Climate Agreement"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Parises") }, "\(found)")
    }

    /// A place or a measure heads no phrase: "leben in Deutschland zur Miete" gave
    /// "Deutschland zur Miete" / "Germany rent", "53 Prozent der Haushalte" / "53 percent of
    /// households" a pair "Prozent der Haushalte" / "percent of households".
    @Test func placesAndMeasuresHeadNoPhrase() throws {
        let found = try Self.linked([
            ("Rund 53 Prozent der Haushalte in Deutschland leben in Deutschland zur Miete.", "Around 53 percent of households in Germany rent their homes."),
            ("Der Anteil der Haushalte zur Miete steigt auf 55 Prozent der Haushalte.", "The share of households renting rises to 55 percent of households."),
        ])
        #expect(!found.contains { $0.hasPrefix("Deutschland zur") || $0.hasPrefix("Prozent der") || $0.hasSuffix("percent of households") }, "\(found)")
    }

    /// A compound the dictionary lists only in the plural, translated with plurals, is a
    /// plural ("Energiepreise {pl} :: energy prices" is Energiepreis); one translated in the
    /// singular stays ("Filmfestspiele {pl} :: film festival").
    @Test func aListedPluralWithPluralTranslationsTakesItsHeadsSingular() throws {
        let german = try GermanTermCandidates()
        for noun in ["Energiepreise", "Filmfestspiele", "Preis"] { german.nouns[noun.lowercased()] = noun }
        german.genders = ["preis": .masculine]
        german.baseForms = ["Preise": "Preis"]
        german.dictionaryWords = ["energiepreise": ["energy prices"], "filmfestspiele": ["film festival"], "preis": ["price"]]
        german.splitter = CompoundSplitter(lexicon: ["energie": 1, "preise": 1, "preis": 1, "film": 1, "festspiele": 1, "filmfestspiele": 1])
        #expect(german.baseForm("Energiepreise") == "Energiepreis")
        #expect(german.baseForm("Filmfestspiele") == "Filmfestspiele")
    }

    /// A compound's deeper pieces do not depend on which question asked for them first: they
    /// were cached by term, and a phrase's branch ("Internationale Filmfestspiele", asking for
    /// "Filmfestspiele" whole) then read what a compound's branch had cached for its parts, so
    /// "Internationale Filmfestspiele / International Film Festival" came and went between
    /// runs of the same command.
    @Test func deeperPiecesDoNotDependOnWhatWasAskedFirst() throws {
        let fresh = try TermLinker(dictionary: .init()), used = try TermLinker(dictionary: .init())
        for linker in [fresh, used] {
            linker.splitter = CompoundSplitter(lexicon: ["film": 1, "fest": 1, "spiele": 1, "festspiele": 1, "filmfestspiele": 1])
        }
        _ = used.deeperPieces(["Film", "Festspiele"])
        #expect(used.deeperPieces(["Filmfestspiele"]) == fresh.deeperPieces(["Filmfestspiele"]))
        #expect(used.deeperPieces(["Film", "Festspiele"]) == fresh.deeperPieces(["Film", "Festspiele"]))
    }

    /// A name's possessive is no modifier ("Deutsche Bahn's punctuality" gave "Pünktlichkeit
    /// der Bahn" / "bahn punctuality"), and a name after "von" or "of" is not cut ("Vorsitzende
    /// von Pro" / "chairman of pro" of "Pro Bahn").
    @Test func possessivesAndNamesAfterOfAreNotCut() throws {
        let dictionary = Self.dictionary([("vorsitzende", "chairman"), ("punktlichkeit", "punctuality")], nouns: ["Vorsitzende", "Pünktlichkeit"])
        let found = try Self.linked([
            ("Die Pünktlichkeit der Bahn sei unzureichend, sagte der Vorsitzende von Pro Bahn.",
             "Deutsche Bahn's punctuality remains inadequate, said the chairman of Pro Bahn."),
            ("Die Pünktlichkeit der Bahn bleibt schlecht, sagte der Vorsitzende von Pro Bahn, Detlef Neuß.",
             "Deutsche Bahn's punctuality remains poor, said the chairman of Pro Bahn, Detlef Neuß."),
        ], dictionary: dictionary)
        #expect(!found.contains { $0.hasSuffix("Bahn punctuality") || $0.hasSuffix("bahn punctuality") }, "\(found)")
        #expect(!found.contains { $0.hasSuffix("→ chairman of Pro") || $0.lowercased().hasSuffix("→ chairman of pro") }, "\(found)")
        #expect(!found.contains { $0.contains("pro bahn") }, "\(found)")
    }

    /// A common noun's possessive is part of the term ("citizen's income" gave "citizen
    /// income"); where it ends a candidate it goes ("the company's" is "company").
    @Test func aCommonNounsPossessiveStaysInsideATerm() throws {
        let dictionary = Self.dictionary([("burger", "citizen"), ("geld", "income"), ("unternehmen", "company")], nouns: ["Bürgergeld", "Unternehmen"])
        let found = try Self.linked([
            ("Kürzungen gibt es beim Bürgergeld.", "There are cuts to citizen's income."),
            ("Das Bürgergeld steigt nicht, sagte das Unternehmen.", "Citizen's income will not rise, the company's spokesman said."),
        ], dictionary: dictionary)
        #expect(found.contains("Bürgergeld → citizen's income"), "\(found)")
        #expect(found.contains("Unternehmen → company"), "\(found)")
    }

    /// A run the text writes in lower case in the plural keeps it in the singular: "members of
    /// parliament" is no "member of Parliament", though Ding writes "Member of Parliament".
    @Test func aRunTheTextWritesInLowerCaseInThePluralStaysLowerCase() throws {
        var dictionary = Self.dictionary([("abgeordnete", "member of parliament")], nouns: ["Abgeordnete"])
        dictionary.addTargetSpelling("Member of Parliament")
        let found = try Self.linked([
            ("Für den Gesetzentwurf stimmten 382 Abgeordnete.", "382 members of parliament voted for the bill."),
        ], dictionary: dictionary)
        #expect(found.contains("Abgeordnete → member of parliament"), "\(found)")
    }

    /// What is quoted in one version is quoted in the other: a film title inside German quotes
    /// is no partner of the words beside the English one ("Stimme des Windes" / "Iranian
    /// drama"), and a quotation both versions write alike pairs with nothing ("Nature Climate
    /// Change", a journal's title in the German text, gave Change / change).
    @Test func quotedWordsPairOnlyWithQuotedWords() throws {
        let found = try Self.linked([
            ("Goldener Bär für iranisches Drama „Die Stimme des Windes“", "Golden Bear for Iranian drama \"The Voice of the Wind\""),
            ("Der Goldene Bär geht an das iranische Drama „Die Stimme des Windes“.", "The Golden Bear goes to the Iranian drama \"The Voice of the Wind\"."),
            ("Die Ergebnisse erschienen im Fachjournal „Nature Climate Change“.", "The results were published in the journal \"Nature Climate Change\"."),
            ("Der Klimawandel und „Nature Climate Change“ sind Themen.", "Climate change and \"Nature Climate Change\" are topics."),
        ])
        #expect(!found.contains { $0.hasPrefix("Stimme") && !$0.contains("Voice") }, "\(found)")
        // The title itself is a pair of names, quoted in both.
        #expect(found.contains("Die Stimme des Windes → The Voice of the Wind"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Change") || $0.hasPrefix("Nature") || $0.hasPrefix("Climate") }, "\(found)")
    }

    /// A German term the dictionary translates two ways, used in different sentences each way
    /// (a build over many articles: "Preis" a festival's prize and a timetable's price), has
    /// both partners; where both translations stand in the same sentence, only the surer one.
    @Test func aSecondSenseInOtherSentencesIsASecondPartner() throws {
        var dictionary = Self.dictionary([("preis", "price"), ("preis", "prize"), ("jury", "jury")], nouns: ["Preis", "Jury"])
        dictionary.addBaseForm("Preise", "Preis")
        let found = try Self.linked([
            ("Den Preis der Jury erhielt ein deutscher Film.", "The jury's prize went to a German film."),
            ("Regisseurin Karimi konnte den Preis nicht entgegennehmen.", "Director Karimi was unable to accept the prize."),
            ("Gleichzeitig steigen die Preise im Fernverkehr.", "At the same time, prices are rising in long-distance travel."),
        ], dictionary: dictionary)
        #expect(found.contains("Preis → prize") && found.contains("Preis → price"), "\(found)")
        // Each sense with the forms of its own sentences.
        let link = AlignmentLink(source: [0], target: [0], confidence: 1)
        let pairs = try TermLinker(dictionary: dictionary).link([
            AlignedPair(source: "Regisseurin Karimi konnte den Preis nicht entgegennehmen.", target: "Director Karimi was unable to accept the prize.", link: link),
            AlignedPair(source: "Gleichzeitig steigen die Preise im Fernverkehr.", target: "At the same time, prices are rising in long-distance travel.", link: link),
        ], threshold: 0)
        #expect(pairs.first { $0.target == "price" }?.sourceVariants == ["Preise"], "\(pairs)")
        #expect(pairs.first { $0.target == "prize" }?.sourceVariants == ["Preis"], "\(pairs)")
        let mixed = try Self.linked([
            ("Der Preis ist hoch.", "The price of the prize is high."),
            ("Den Preis erhielt ein deutscher Film.", "The prize went to a German film."),
        ], dictionary: dictionary)
        #expect(mixed.filter { $0.hasPrefix("Preis →") } == ["Preis → prize"], "\(mixed)")
        // Another form of the same word is no other sense ("search" / "searching").
        let forms = try Self.linked([
            ("Die Suche dauert lange.", "The search takes a long time."),
            ("Die Suche im Archiv läuft noch.", "The archive is still searching."),
        ], dictionary: Self.dictionary([("suche", "search"), ("suche", "searching"), ("archiv", "archive")], nouns: ["Suche", "Archiv"]))
        #expect(forms.filter { $0.hasPrefix("Suche →") }.count == 1, "\(forms)")
    }

    /// Two German words the dictionary translates alike, each in sentences of its own
    /// ("Beschäftigte" and "Mitarbeiter" both "employees"), both pair with the English: linked
    /// once, the one met second was lost. In the same sentence only the surer one does, and
    /// another form of the same word is no synonym.
    @Test func aSynonymInOtherSentencesIsASecondPartner() throws {
        let dictionary = Self.dictionary([("beschaftigte", "employee"), ("mitarbeiter", "employee"), ("filiale", "store"),
                                          ("lohn", "wage")], nouns: ["Beschäftigte", "Mitarbeiter", "Filiale", "Lohn"])
        let found = try Self.linked([
            ("Betroffen sind rund 2.300 Beschäftigte in 140 Filialen.", "Around 2,300 employees in 140 stores are affected."),
            ("Die Löhne der Mitarbeiter sind gesichert.", "The employees' wages are secured."),
            ("Viele Mitarbeiter suchen eine neue Stelle.", "Many employees are looking for a new job."),
        ], dictionary: dictionary)
        #expect(found.contains("Mitarbeiter → employee") && found.contains("Beschäftigte → employee"), "\(found)")
        let together = try Self.linked([
            ("Die Beschäftigte sprach mit dem Mitarbeiter.", "The employee spoke to the employee."),
        ], dictionary: dictionary)
        #expect(together.filter { $0.hasSuffix("→ employee") }.count == 1, "\(together)")
    }

    /// A word a title capitalises is the common noun the text writes in lower case elsewhere,
    /// in the plural too: "Self-Portrait" of a painting's title beside "her self-portraits". A
    /// word of a body's name after its "and" ("Organisation for Economic Co-operation and
    /// Development") is no name standing alone: the dictionary's lower case.
    @Test func aTitlesOrNamesCapitalIsNotTheCommonNouns() throws {
        let dictionary = Self.dictionary([("selbstbildnis", "self-portrait"), ("schau", "show"), ("entwicklung", "development"),
                                          ("studie", "study")], nouns: ["Selbstbildnis", "Schau", "Entwicklung", "Studie"])
        let found = try Self.linked([
            ("Im Mittelpunkt der Schau stehen ihre Selbstbildnisse.", "The focus of the show is on her self-portraits."),
            ("Mit ihrem „Selbstbildnis am 6. Hochzeitstag“ schuf sie den ersten Akt.",
             "With her \"Self-Portrait on the 6th Wedding Anniversary\", she created the first nude."),
        ], dictionary: dictionary)
        #expect(found.contains("Selbstbildnis → self-portrait"), "\(found)")
        let named = try Self.linked([
            ("Die Studie der Organisation für wirtschaftliche Zusammenarbeit und Entwicklung erschien am Dienstag.",
             "The study by the Organisation for Economic Co-operation and Development was published on Tuesday."),
        ], dictionary: dictionary)
        #expect(named.contains("Entwicklung → development"), "\(named)")
    }

    /// A noun the dictionary lists only in the plural keeps it in the dative ("von
    /// Streitkräften" was "Streitkraft", by the compound's head) and in the English ("forces",
    /// Ding's "armed forces" without its adjective); a German phrase that has the adjective
    /// itself takes no translation without it ("raumbezogene Daten" is no "data").
    @Test func aPluralOnlyNounKeepsItsPluralAndAPhraseItsAdjective() throws {
        var dictionary = Self.dictionary([("streitkrafte", "armed forces"), ("ruckzug", "withdrawal"), ("kraft", "force"),
                                          ("raumbezogene daten", "spatial data")],
                                         nouns: ["Rückzug", "Kraft", "Daten"])
        dictionary.addPluralNoun("Streitkräfte")
        dictionary.addGender("ruckzug", .masculine)
        dictionary.addGender("kraft", .feminine)
        dictionary.addBaseForm("Kräfte", "Kraft")
        dictionary.markCollocation("raumbezogene daten", false)
        let found = try Self.linked([
            ("Russland fordert den Rückzug von Streitkräften aus Osteuropa.", "Russia demands the withdrawal of forces from eastern Europe."),
            ("Das Programm liest raumbezogene Daten.", "The program reads data."),
        ], dictionary: dictionary)
        #expect(found.contains("Streitkräfte → forces"), "\(found)")
        #expect(!found.contains("raumbezogene Daten → data"), "\(found)")
    }

    /// Quotations that are no titles give no pair: scare quotes ("„extrem kritisch“" /
    /// "extremely critical"), a statement, and a quotation both versions write alike.
    @Test func onlyTitlesAreQuotedPairs() throws {
        let found = try Self.linked([
            ("Das BSI stufte die Lage als „extrem kritisch“ ein.", "The BSI classified the situation as \"extremely critical\"."),
            ("„Das Urteil schafft Klarheit“, sagte er.", "\"The ruling creates clarity,\" he said."),
            ("Bekannt wurde er in der Serie „Der Alte“.", "He became known in the series \"Der Alte\"."),
            ("Den Preis erhielt „Nachtzug nach Lissabon“.", "The prize went to \"Night Train to Lisbon\"."),
        ])
        #expect(found.contains("Nachtzug nach Lissabon → Night Train to Lisbon"), "\(found)")
        #expect(!found.contains { $0.contains("extrem kritisch") || $0.contains("Urteil schafft") || $0.hasPrefix("Der Alte") }, "\(found)")
        #expect(TermLinker.isTitle(german: "Speichern unter", english: "Save as"))
        #expect(!TermLinker.isTitle(german: "extrem kritisch", english: "extremely critical"))
    }

    /// An English term opening with an ordinal pairs only with a German one that has it too:
    /// "im dritten Quartal" / "in the third quarter" gave Quartal / third quarter.
    @Test func anOrdinalPairsOnlyWithAnOrdinal() throws {
        let found = try Self.linked([
            ("Der Gewinn sank im dritten Quartal deutlich.", "Profit fell sharply in the third quarter."),
            ("Im dritten Quartal stiegen die Kosten.", "Costs rose in the third quarter."),
        ])
        #expect(!found.contains("Quartal → third quarter"), "\(found)")
        #expect(TermLinker.ordinalAgrees("Zweitstimme", "second vote") && TermLinker.ordinalAgrees("Drittstaat", "third country"))
    }

    /// A plural heading a line of its own is no plural-only noun where the dictionary gives the
    /// word a gender elsewhere ("Zuschauer {pl}" beside "Zuschauer {m}").
    @Test func aPluralWithASingularElsewhereIsNoPluralOnlyNoun() throws {
        let german = try GermanTermCandidates()
        german.pluralNouns = ["Zuschauer", "Streitkräfte"]
        german.genders = ["zuschauer": .masculine]
        #expect(!german.isListedPluralOnly("Zuschauer"))
        #expect(german.isListedPluralOnly("Streitkräfte"))
    }

    /// A German phrase ending on a name both sentences write alike is a role or a part of that
    /// body, no term ("Aktionäre der Rheinchem" / "Rheinchem shareholders" came out as
    /// "Aktionär der Rheinchem" / "rheinchem shareholder").
    @Test func aPhraseEndingOnASharedNameIsNoTerm() throws {
        var dictionary = Self.dictionary([("aktionar", "shareholder"), ("aktie", "share")], nouns: ["Aktionär", "Aktie"])
        dictionary.addBaseForm("Aktionäre", "Aktionär")
        let found = try Self.linked([
            ("Die Aktionäre der Rheinchem sollen für jede Aktie 1,25 Anteile erhalten.", "Rheinchem shareholders are to receive 1.25 shares for each share."),
            ("Die Aktionäre der Rheinchem stimmen im Mai ab.", "Rheinchem shareholders will vote in May."),
        ], dictionary: dictionary)
        #expect(!found.contains { $0.hasPrefix("Aktionär der Rheinchem") || $0.hasPrefix("Aktionäre der Rheinchem") }, "\(found)")
        #expect(found.contains("Aktionär → shareholder"), "\(found)")
    }

    /// An adjective that takes "of" heads no "X of Y" term: "short of nursing staff" gave
    /// Pflegekraft / "short of nursing" (one part by position) instead of "nursing staff".
    @Test func anAdjectiveBeforeOfHeadsNoTerm() throws {
        var dictionary = Self.dictionary([("pflege", "nursing"), ("klinik", "clinic"), ("kraft", "force"), ("krafte", "forces")],
                                         nouns: ["Pflege", "Klinik", "Kraft"])
        dictionary.addBaseForm("Kräfte", "Kraft")
        let found = try Self.linked([
            ("Zudem fehlen in vielen Kliniken Pflegekräfte.", "In addition, many clinics are short of nursing staff."),
        ], dictionary: dictionary)
        #expect(!found.contains { $0.contains("short of") }, "\(found)")
        #expect(found.contains { $0.hasSuffix("→ nursing staff") }, "\(found)")
    }
}

extension TermLinkerTests {
    /// A word after a speaker's label is capitalised as a sentence's first is: "Vogler: Wages
    /// have risen …" gave Lohn / "Wages" (a common noun kept in capitals, and in the plural).
    @Test func aWordAfterASpeakersLabelIsNoName() throws {
        var dictionary = Self.dictionary([("lohn", "wage"), ("lohne", "wages")], nouns: ["Lohn"])
        dictionary.addBaseForm("Löhne", "Lohn")
        let found = try Self.linked([
            ("Vogler: Die Löhne sind in den vergangenen Jahren deutlich gestiegen, das ist gut.",
             "Vogler: Wages have risen significantly in recent years, which is good."),
        ], dictionary: dictionary)
        #expect(found.contains("Lohn → wage"), "\(found)")
    }

    /// A capitalised adjective and noun opening a sentence are no name where the English writes
    /// them in lower case: "Endgültige Gewissheit bringe erst …" / "… would bring final
    /// certainty" paired the two phrases.
    @Test func anAdjectiveOpeningASentenceMakesNoNameOfAFreePhrase() throws {
        let dictionary = Self.dictionary([("gewissheit", "certainty"), ("endgultig", "final")], nouns: ["Gewissheit"])
        let found = try Self.linked([
            ("Endgültige Gewissheit bringe erst eine Untersuchung auf der Erde.", "Only an examination on Earth would bring final certainty, he said."),
        ], dictionary: dictionary)
        #expect(!found.contains { $0.hasPrefix("Endgültige Gewissheit") }, "\(found)")
        #expect(found.contains("Gewissheit → certainty"), "\(found)")
        // A name keeps its pair: the English writes it in capitals.
        let names = try Self.linked([
            ("Deutsche Bahn erhöht zum Fahrplanwechsel die Preise.", "Deutsche Bahn raises its prices when the timetable changes."),
        ])
        #expect(names.contains("Deutsche Bahn → Deutsche Bahn"), "\(names)")
    }
}

extension TermLinkerTests {
    /// A quoted title's capitals are the title's: "Monastery Graveyard in the Snow" gave
    /// Schnee / "Snow", "Night Train to Lisbon" Nachtzug / "Night Train". A name in a title paired
    /// by its spelling keeps its capital (Lissabon / Lisbon), and a title may have "above" in
    /// lower case ("Wanderer above the Sea of Fog" is one).
    @Test func aTitlesCapitalsAreNoNames() throws {
        let dictionary = Self.dictionary([("schnee", "snow"), ("nachtzug", "night train"), ("bild", "picture")], nouns: ["Schnee", "Nachtzug", "Bild"])
        let found = try Self.linked([
            ("In dem Saal hängt das Bild „Klosterfriedhof im Schnee“ als Reproduktion.", "The picture \"Monastery Graveyard in the Snow\" hangs in the hall as a reproduction."),
            ("Den Preis erhielt der Film „Nachtzug nach Lissabon“ von Jonas Weber.", "The prize went to the film \"Night Train to Lisbon\" by Jonas Weber."),
            ("Zuerst steht man vor dem „Wanderer über dem Nebelmeer“.", "Visitors first stand in front of the \"Wanderer above the Sea of Fog\"."),
        ], dictionary: dictionary)
        for expected in ["Schnee → snow", "Nachtzug → night train", "Lissabon → Lisbon", "Wanderer über dem Nebelmeer → Wanderer above the Sea of Fog"] {
            #expect(found.contains(expected), "\(expected) in \(found)")
        }
    }
}

extension TermLinkerTests {
    /// A plural English keeps as it is ("savings", "earnings") meets the dictionary's singular:
    /// Einsparungen / savings had no pair, Ding giving "Einsparung" as "saving".
    @Test func aKeptPluralMeetsTheDictionarysSingular() throws {
        var dictionary = Self.dictionary([("einsparung", "saving"), ("regierung", "government")], nouns: ["Einsparung", "Regierung"])
        dictionary.addBaseForm("Einsparungen", "Einsparung")
        let found = try Self.linked([
            ("Die Regierung rechnet mit Einsparungen von 6,4 Mrd. Euro.", "The government expects savings of 6.4 billion euros."),
        ], dictionary: dictionary)
        #expect(found.contains("Einsparung → savings"), "\(found)")
    }
}

extension TermLinkerTests {
    /// A verb opening a clause before its pronoun is an imperative or a question, no noun:
    /// "Nutzen Sie dazu den Wohngeldrechner" gave Nutzen / benefit (of "housing benefit").
    @Test func aVerbBeforeItsPronounIsNoNoun() throws {
        let german = try GermanTermCandidates()
        german.dictionaryWords = ["nutzen": ["benefit"], "antrag": ["application"]]
        let texts = german.candidates(in: "Schritt 2: Nutzen Sie dazu den Rechner und stellen Sie den Antrag.").map(\.text)
        #expect(!texts.contains("Nutzen") && texts.contains("Antrag") && texts.contains("Rechner"), "\(texts)")
        #expect(!german.candidates(in: "Gibt es dafür einen Zuschuss?").map(\.text).contains("Gibt"))
        #expect(german.candidates(in: "Der Nutzen ist groß.").map(\.text).contains("Nutzen"))
    }
}

extension TermLinkerTests {
    /// A doublet names one noun, and a feminine whose masculine the text also has goes under
    /// it: "Patientinnen und Patienten" gave Patientin / patient, "Mieterin" (twice) and
    /// "Mieterinnen und Mieter" two entries or none.
    @Test func doubletsAndFemininesGoUnderTheMasculine() throws {
        var dictionary = Self.dictionary([("patient", "patient"), ("patientin", "patient"), ("arzt", "doctor"), ("arztin", "doctor"), ("stunde", "hour")],
                                         nouns: ["Patient", "Patientin", "Arzt", "Ärztin", "Stunde"])
        dictionary.addBaseForm("Patienten", "Patient")
        dictionary.addBaseForm("Patientinnen", "Patientin")
        dictionary.addBaseForm("Ärzte", "Arzt")
        dictionary.addBaseForm("Ärztinnen", "Ärztin")
        dictionary.addBaseForm("Stunden", "Stunde")
        let found = try Self.linked([
            ("Patientinnen und Patienten müssen teils mehrere Stunden warten.", "Patients sometimes have to wait several hours."),
            ("Es fehlen Ärzte und Ärztinnen.", "There is a shortage of doctors."),
        ], dictionary: dictionary)
        #expect(found.contains("Patient → patient") && found.contains("Arzt → doctor"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Patientin") || $0.hasPrefix("Ärztin") }, "\(found)")
        let tenants = try TermLinker().link([
            ("Die Mieterin wohnte seit 1998 in der Wohnung.", "The tenant had lived in the flat since 1998."),
            ("Der Vermieter kündigte der Mieterin.", "The landlord gave the tenant notice."),
            ("Das Urteil schafft Klarheit für Millionen Mieterinnen und Mieter.", "The ruling creates clarity for millions of tenants."),
            ("Der BGH stärkt die Rechte von Mietern.", "The Federal Court of Justice strengthens tenants' rights."),
        ].map { AlignedPair(source: $0.0, target: $0.1, link: AlignmentLink(source: [0], target: [0], confidence: 1)) }, threshold: 0)
        let tenant = try #require(tenants.first { $0.target == "tenant" })
        #expect(tenant.source == "Mieter" && Set(tenant.sourceVariants) == ["Mieterin", "Mieterinnen", "Mieter", "Mietern"], "\(tenant)")
    }

    /// A compound's head the dictionary has as a noun of its own and as another's plural takes
    /// the reading the English translates: Ding gives "Abkommen" as an agreement and as the
    /// plural of "Abkomme" (a descendant); "Datenschutzabkommen" came out as "Datenschutzabkomme".
    @Test func aHeadThatIsANounOfItsOwnKeepsItsReading() throws {
        var dictionary = Self.dictionary([("abkommen", "agreement"), ("abkomme", "descendant"), ("datenschutz", "data protection"),
                                          ("fleck", "spot"), ("flecken", "market town"), ("leopard", "leopard")],
                                         nouns: ["Abkommen", "Abkomme", "Datenschutz", "Fleck", "Flecken", "Leopard"])
        dictionary.addBaseForm("Abkommen", "Abkomme")
        dictionary.addBaseForm("Flecken", "Fleck")
        dictionary.addGender("abkommen", .neuter)
        dictionary.addGender("flecken", .masculine)
        // A plural heading a line of its own ("Grundlagen {pl} :: basics"), which is also the
        // plural of "Grundlage {f}", is no noun of its own: "Rechtsgrundlagen" stayed plural.
        for (german, english) in [("grundlage", "basis"), ("grundlagen", "basics"), ("rechtsgrundlage", "legal basis"), ("rechtsgrundlagen", "legal bases")] {
            dictionary.add(german, english)
            dictionary.addTargetSpelling(english)
        }
        dictionary.addNoun("Grundlage")
        dictionary.addNoun("Rechtsgrundlage")
        dictionary.addGender("grundlage", .feminine)
        dictionary.addGender("rechtsgrundlage", .feminine)
        dictionary.addPluralNoun("Grundlagen")
        dictionary.addBaseForm("Grundlagen", "Grundlage")
        dictionary.addBaseForm("Rechtsgrundlagen", "Rechtsgrundlage")
        let found = try Self.linked([
            ("Die EU und die USA einigten sich auf ein neues Datenschutzabkommen.", "The EU and the US agreed on a new data protection agreement."),
            ("Die sogenannten Leopardenflecken sind hell.", "The so-called leopard spots are light."),
            ("Zwecke und Rechtsgrundlagen der Verarbeitung", "Purposes and legal bases of processing"),
        ], dictionary: dictionary)
        #expect(found.contains("Datenschutzabkommen → data protection agreement"), "\(found)")
        #expect(found.contains("Leopardenfleck → leopard spot"), "\(found)")
        // The English "bases" is "basis" where the dictionary has "legal basis" and no "legal base".
        #expect(found.contains("Rechtsgrundlage → legal basis"), "\(found)")
    }

    /// A Latin or Greek plural meets the dictionary's singular and is given as it
    /// ("Kriterien" / "criteria" was no pair: "criteria" is no regular plural).
    @Test func classicalPluralsMeetTheDictionarysSingular() throws {
        var dictionary = Self.dictionary([("kriterium", "criterion"), ("phanomen", "phenomenon")], nouns: ["Kriterium", "Phänomen"])
        dictionary.addBaseForm("Kriterien", "Kriterium")
        dictionary.addBaseForm("Phänomene", "Phänomen")
        let found = try Self.linked([("Die Kriterien sind klar, die Phänomene selten.", "The criteria are clear, the phenomena rare.")],
                                    dictionary: dictionary)
        #expect(found.contains("Kriterium → criterion") && found.contains("Phänomen → phenomenon"), "\(found)")
    }

    /// A word the dictionary lists as a singular of its own ("Zwecke {f}", a brad) is the plural
    /// of another ("Zweck", purpose) where the English says so.
    @Test func aListedNounIsAnothersPluralWhereTheEnglishSaysSo() throws {
        var dictionary = Self.dictionary([("zweck", "purpose"), ("zwecke", "brad")], nouns: ["Zweck", "Zwecke"])
        dictionary.addGender("zweck", .masculine)
        dictionary.addGender("zwecke", .feminine)
        dictionary.add("grun", "green")
        dictionary.addNoun("Grün")
        dictionary.addGender("grun", .neuter)
        let found = try Self.linked([("Wir speichern die Daten nur für die genannten Zwecke.", "We only store the data for the stated purposes."),
                                     ("FPÖ und Grüne stimmten dagegen.", "The FPÖ and the Greens voted against it.")],
                                    dictionary: dictionary)
        #expect(found.contains("Zweck → purpose"), "\(found)")
        // "Grüne", which the dictionary does not list, is no plural of the colour "Grün".
        #expect(!found.contains { $0.hasPrefix("Grün →") }, "\(found)")
        // Nor is "Grünen {pl}", the party, which a neuter takes no -en for; "Lasten {pl}" is the
        // plural of the feminine "Last" where the English says so.
        dictionary.add("grunen", "green party")
        dictionary.addPluralNoun("Grünen")
        dictionary.add("lasten", "charges")
        dictionary.addPluralNoun("Lasten")
        dictionary.add("last", "burden")
        dictionary.addNoun("Last")
        dictionary.addGender("last", .feminine)
        let parties = try Self.linked([("Die Grünen fordern ein Tempolimit.", "The Greens are calling for a speed limit."),
                                       ("Die Lasten würden einseitig verlagert.", "The burden would be shifted one-sidedly.")],
                                      dictionary: dictionary)
        #expect(!parties.contains { $0.hasPrefix("Grün →") }, "\(parties)")
        #expect(parties.contains("Last → burden"), "\(parties)")
    }
}

extension TermLinkerTests {
    /// The word after a modal is its verb: "Bestand hat" / "will stand up" gave Bestand / stand.
    /// In a question the modal comes before its subject, a noun ("Can recruitment …?").
    @Test func theWordAfterAModalIsAVerb() throws {
        let english = try EnglishTermCandidates()
        let statement = english.candidates(in: "Whether it will stand up before the court remains to be seen.").map(\.text)
        #expect(!statement.contains("stand") && statement.contains("court"), "\(statement)")
        #expect(!english.candidates(in: "The samples could not return before 2030.").map(\.text).contains("return"))
        let question = english.candidates(in: "Question: Can recruitment from abroad close this gap?").map(\.text)
        #expect(question.contains("recruitment"), "\(question)")
    }

    /// So is the word after an infinitive's "to": "expected to deal with the matter" gave
    /// Geschäft / deal. "To" alone may be a preposition ("referred to court").
    @Test func theWordAfterAnInfinitivesToIsAVerb() throws {
        let english = try EnglishTermCandidates()
        let expected = english.candidates(in: "Parliament is expected to deal with the matter in the winter session.").map(\.text)
        #expect(!expected.contains("deal") && expected.contains("matter") && expected.contains("winter session"), "\(expected)")
        #expect(!english.candidates(in: "The bank decided not to increase rates.").map(\.text).contains("increase"))
        #expect(english.candidates(in: "The case was referred to court.").map(\.text).contains("court"))
        #expect(english.candidates(in: "The unions agreed to cuts in overtime.").map(\.text).contains("cuts"))
    }
}

extension TermLinkerTests {
    /// A phrase's word the dictionary translates with several words is one part of the English:
    /// "Europäischer Gerichtshof" was "European Court" (Ding: Gerichtshof "court of justice");
    /// a phrase with a preposition only where the English is a name, not "sales of heat pumps".
    @Test func aPhrasesWordMayTranslateAsSeveral() throws {
        var dictionary = Self.dictionary([("europaischer", "European"), ("europaischen", "European"), ("gerichtshof", "court of justice"),
                                          ("absatz", "sales"), ("warmepumpe", "heat pump"), ("warmepumpen", "heat pumps")],
                                         nouns: ["Gerichtshof", "Absatz", "Wärmepumpe"])
        dictionary.addGender("gerichtshof", .masculine)
        dictionary.addBaseForm("Wärmepumpen", "Wärmepumpe")
        let found = try Self.linked([
            ("Ob es vor dem Europäischen Gerichtshof Bestand hat, ist offen.", "Whether it will stand up before the European Court of Justice remains to be seen."),
            ("Der Absatz von Wärmepumpen ist zurückgegangen.", "Sales of heat pumps have fallen."),
        ], dictionary: dictionary)
        #expect(found.contains("Europäischer Gerichtshof → European Court of Justice"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Absatz von") }, "\(found)")
    }
}

extension TermLinkerTests {
    /// A guess by position takes no front of a longer English phrase: "Krankenhausgesellschaft"
    /// was paired with "hospital emergency" of "Hospital emergency departments".
    @Test func aGuessByPositionTakesNoFrontOfAPhrase() throws {
        let dictionary = Self.dictionary([("krankenhaus", "hospital"), ("notaufnahme", "emergency department"), ("gesellschaft", "society")],
                                         nouns: ["Krankenhaus", "Notaufnahme", "Gesellschaft"])
        let found = try Self.linked([
            ("Die Notaufnahmen der Krankenhäuser sind nach Angaben der Deutschen Krankenhausgesellschaft chronisch überlastet.",
             "Hospital emergency departments are chronically overloaded, according to the German Hospital Federation."),
        ], dictionary: dictionary)
        #expect(!found.contains { $0.hasPrefix("Krankenhausgesellschaft → hospital") }, "\(found)")
        #expect(TermLinker.goesOnAsNoun("hospital emergency", in: "Hospital emergency departments are overloaded."))
        #expect(!TermLinker.goesOnAsNoun("troop build-up", in: "an end to the troop build-up near Ukraine"))
    }
}

extension TermLinkerTests {
    /// A feminine goes under its masculine, but not where the English names a woman as such:
    /// "Schauspielerin" beside "Schauspieler" came out as Schauspieler / actress.
    @Test func aFeminineTheEnglishGendersStaysFeminine() throws {
        var dictionary = Self.dictionary([("schauspieler", "actor"), ("schauspielerin", "actress")], nouns: ["Schauspieler", "Schauspielerin"])
        dictionary.addBaseForm("Schauspielerinnen", "Schauspielerin")
        let found = try Self.linked([
            ("Die Schauspielerin Anna Roth gewann den Preis.", "The actress Anna Roth won the prize."),
            ("Der Schauspieler Max Roth ging leer aus.", "The actor Max Roth went away empty-handed."),
        ], dictionary: dictionary)
        #expect(found.contains("Schauspielerin → actress") && found.contains("Schauspieler → actor"), "\(found)")
        #expect(TermLinker.namesAWoman("Two spokeswomen and the actresses came.") && !TermLinker.namesAWoman("The business address."))
    }
}

extension TermLinkerTests {
    /// A capitalised participle in -iert before a noun is an adjective of a name, no noun:
    /// "Integrierte Notfallzentren" gave Integrierte / integrated.
    @Test func aParticipleInIertIsAnAdjective() throws {
        let found = try Self.linked([
            ("Geplant sind sogenannte Integrierte Notfallzentren.", "So-called integrated emergency centres are planned."),
        ])
        #expect(!found.contains { $0.hasPrefix("Integrierte →") }, "\(found)")
    }
}

extension TermLinkerTests {
    /// An adjective written as a noun after "im" is an adverb: "im Freien" gave Freie / loose.
    @Test func anAdverbWrittenAsANounIsNoTerm() throws {
        let german = try GermanTermCandidates()
        let texts = german.candidates(in: "Der DWD rät, Aufenthalte im Freien zu vermeiden und im Wesentlichen lose Gegenstände zu sichern.").map(\.text)
        #expect(!texts.contains("Freien") && !texts.contains("Wesentlichen") && texts.contains("Gegenstände"), "\(texts)")
    }
}

extension TermLinkerTests {
    /// Without a dictionary, "ein neues Medikament" twice beside "a new drug" gave Medikament /
    /// new drug: the adjective stands outside the German term. Where the German says it, in
    /// its compound, the English keeps it (Neuverschuldung / new borrowing).
    @Test func aPlainAdjectiveTheGermanTermLacksIsNoPartOfItsTranslation() throws {
        let found = try Self.linked([
            ("Ein neues Medikament senkt den Blutdruck.", "A new drug lowers blood pressure."),
            ("Das neue Medikament wirkt schnell.", "The new drug works quickly."),
            ("Die Neuverschuldung steigt.", "New borrowing is rising."),
            ("Die Neuverschuldung soll sinken.", "New borrowing is to fall."),
        ])
        #expect(found.contains("Medikament → drug"), "\(found)")
        #expect(found.contains("Neuverschuldung → new borrowing"), "\(found)")
        // Nor is the adjective a term alone ("Studie / new" where "study" met the German more often).
        #expect(!(try EnglishTermCandidates().candidates(in: "According to a new study, sea level is rising.").map(\.text).contains("new")))
    }
}

extension TermLinkerTests {
    /// Two German nouns met twice beside two English ones, without a dictionary, tie on
    /// co-occurrence; where each stands in its sentence decides ("Das Unternehmen plant
    /// Investitionen" / "The company is planning investments", and the other way round once).
    /// Before, the spelling did: Unternehmen / investment. A piece of a phrase still does not
    /// take its place ("Wahlrechtsreform" / "electoral reform", not "electoral").
    @Test func termsMetEquallyOftenPairByWhereTheyStand() throws {
        let found = try Self.linked([
            ("Das Unternehmen plant Investitionen von rund zehn Milliarden Euro.", "The company is planning investments of around ten billion euros."),
            ("Analysten werten die Investition als Zeichen, dass das Unternehmen unabhängiger werden will.",
             "Analysts see the investment as a sign that the company wants to become more independent."),
            ("Bundesverfassungsgericht kippt Wahlrechtsreform teilweise", "Federal Constitutional Court partially overturns electoral reform"),
            ("Karlsruhe – Das Bundesverfassungsgericht hat die Wahlrechtsreform der Ampel-Koalition in Teilen für verfassungswidrig erklärt.",
             "Karlsruhe - The Federal Constitutional Court has declared parts of the traffic-light coalition's electoral reform unconstitutional."),
        ])
        #expect(found.contains("Unternehmen → company") && found.contains("Investition → investment"), "\(found)")
        #expect(found.contains("Wahlrechtsreform → electoral reform"), "\(found)")
    }
}

extension TermLinkerTests {
    /// German states, rivers and cities whose English names differ pair without a dictionary
    /// ("Pegel der Donau" / "Danube water level" gave Pegel / Danube).
    @Test func placesWithOtherEnglishNamesPairWithoutADictionary() throws {
        let found = try Self.linked([
            ("Hochwasser in Bayern: Pegel der Donau steigt weiter", "Flooding in Bavaria: Danube water level continues to rise"),
            ("In Regensburg erreichte der Pegel der Donau 6,20 Meter.", "In Regensburg, the Danube reached 6.20 metres."),
        ])
        #expect(found.contains("Donau → Danube") && found.contains("Bayern → Bavaria"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Pegel → Danube") }, "\(found)")
    }

    /// "armed forces" stays plural ("German armed forces" was "German armed force"), and a guess
    /// by position takes no piece of it once it is another term's translation (Einsatzkräfte
    /// was "armed force"), unless its German is the same piece of that term's German
    /// (Verkaufspreis / "retail price" of empfohlener Verkaufspreis / "recommended retail price").
    @Test func armedForcesStayPluralAndAGuessTakesNoPieceOfAnotherTerm() throws {
        var dictionary = Self.dictionary([("bundeswehr", "german armed forces"), ("kraft", "force"), ("kraefte", "forces")],
                                         nouns: ["Bundeswehr", "Kraft"])
        dictionary.addTargetSpelling("German armed forces")
        dictionary.addGender("bundeswehr", .feminine)
        let found = try Self.linked([
            ("Rund 3.000 Einsatzkräfte von Feuerwehr und Bundeswehr waren im Einsatz.",
             "Around 3,000 emergency workers from the fire brigade and the German armed forces were deployed."),
        ], dictionary: dictionary)
        #expect(found.contains("Bundeswehr → German armed forces"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Einsatzkraft →") && $0.contains("armed") }, "\(found)")
        // A piece whose German is the same piece of the phrase's German may still be guessed.
        var prices = Self.dictionary([("empfohlener verkaufspreis", "recommended retail price"), ("preis", "price"), ("verkauf", "sale")], nouns: ["Preis", "Verkauf"])
        prices.markCollocation("empfohlener verkaufspreis", false)
        let retail = try Self.linked([
            ("Der Speicher kostet zu einem empfohlenen Verkaufspreis von 6.990 Euro.", "The battery costs a recommended retail price of 6,990 euros."),
        ], dictionary: prices)
        #expect(retail.contains("empfohlener Verkaufspreis → recommended retail price") && retail.contains("Verkaufspreis → retail price"), "\(retail)")
    }
}

extension TermLinkerTests {
    /// Without a dictionary: German "-se" is the "-sis" English keeps (Krise / crisis was no
    /// cognate), and a word in -e beside its cognate's English plural is that plural
    /// ("Probleme" / "problems" gave the base form "Probleme"); singulars in -e stay ("Minute"
    /// / "minutes", "Studie" / "studies").
    @Test func cognatesInSeAndPluralsInEWithoutADictionary() throws {
        let found = try Self.linked([
            ("Die Krise verschärft die Probleme der Firma.", "The crisis worsens the company's problems."),
            ("Nach wenigen Minuten lagen die Studien und die Systeme vor.", "After a few minutes, the studies and the systems were available."),
            ("Die Minute war lang.", "The minute was long."),
        ])
        #expect(found.contains("Krise → crisis") && found.contains("Problem → problem") && found.contains("System → system"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Minut →") || $0.hasPrefix("Studi →") }, "\(found)")
    }

    /// Ding lists "Erdrutsch {m}" among synonyms whose plurals it leaves out: the text's
    /// "Erdrutsche" was kept as the base form. A listed masculine or neuter noun's plural in -e
    /// is undone; a feminine's is none ("Reise" is no plural of "Reis").
    @Test func aListedNounsPluralInEIsUndoneWhereTheDictionaryOmitsIt() throws {
        var dictionary = Self.dictionary([("erdrutsch", "landslide"), ("reis", "rice"), ("reise", "journey")], nouns: ["Erdrutsch", "Reis"])
        dictionary.addGender("erdrutsch", .masculine)
        dictionary.addGender("reis", .masculine)
        let found = try Self.linked([("Die Bergungsarbeiten werden durch Erdrutsche erschwert.", "The recovery work is hampered by landslides."),
                                     ("Die Reise dauert lange.", "The journey takes a long time.")], dictionary: dictionary)
        #expect(found.contains("Erdrutsch → landslide"))
        #expect(found.contains("Reise → journey"))
    }

    /// A place's adjective in -er does not decline, and the translation writing the place as a
    /// name tells it from a noun: "Weimarer Republik" / "Weimar Republic" (it paired "Weimarer" /
    /// "Weimar" and "Republik" / "republic"), "Washingtoner Erklärung" / "Washington Declaration".
    @Test func aPlacesAdjectiveInErBeforeItsNounNamesWithIt() throws {
        let found = try Self.linked([
            ("Die Kostüme erinnern an die Mode der Weimarer Republik.", "The costumes recall the fashion of the Weimar Republic."),
            ("Die Weimarer Republik scheiterte 1933.", "The Weimar Republic failed in 1933."),
        ])
        #expect(found.contains("Weimarer Republik → Weimar Republic"), "\(found)")
        #expect(!found.contains("Weimarer → Weimar"))
    }

    /// A handball report: "Handball-EM" was a cognate of "handball" (the acronym the English
    /// spells out ignored), and "Däne" / "Danes" kept the plural of a people (or, as "Dane",
    /// was a name left alike).
    @Test func acronymCompoundsQuotedEnglishNamesAndPeoples() throws {
        var dictionary = Self.dictionary([("dane", "dane"), ("dane", "danish man")], nouns: ["Däne"])
        dictionary.addBaseForm("Dänen", "Däne")
        let found = try Self.linked([
            ("Handball-EM: Deutschland zieht ins Halbfinale ein", "Handball European Championship: Germany reach the semi-finals"),
            ("Die Dänen sind amtierender Weltmeister.", "The Danes are the reigning world champions."),
        ], dictionary: dictionary)
        #expect(!found.contains("Handball-EM → handball"))
        #expect(found.contains("Däne → Dane"), "\(found)")
    }

    /// With Ding, the quoted journal's "Nature" was declined as an adjective: "Naturer Astronomy"
    /// / "nature astronomy".
    @Test(.enabled(if: FileManager.default.fileExists(atPath: ding), "needs trans-de-en"))
    func aQuotedNameTheEnglishKeepsIsNotDeclined() throws {
        // Closed with a straight quotation mark, as typed text often is.
        let sentences = [("Die Ergebnisse wurden in der Fachzeitschrift „Nature Astronomy\" veröffentlicht.",
                          "The results were published in the journal \"Nature Astronomy\".")]
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.ding)))
        let found = try Self.linked(sentences, dictionary: Glossa.dingDictionary(bytes: bytes, for: sentences.map(\.0)))
        #expect(!found.contains { $0.hasPrefix("Naturer") }, "\(found)")
    }

    /// A compound's head in -er whose plural is itself, in the dative: "nach Heimspeichern" kept
    /// its -n (Heimspeichern / home storage).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: ding), "needs trans-de-en"))
    func aCompoundsInvariableHeadInTheDativeHasItsBaseForm() throws {
        let sentences = [("Die Nachfrage nach Heimspeichern ist weiterhin hoch, und unser neues Werk in Leipzig fährt schneller hoch als geplant.",
                          "Demand for home storage continues to be strong, and our new factory in Leipzig is ramping up faster than planned."),
                         ("Die SolarGrid AG entwickelt und fertigt Batteriespeichersysteme für Privathaushalte und Unternehmen.",
                          "SolarGrid AG develops and manufactures battery storage systems for private households and businesses.")]
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.ding)))
        let found = try Self.linked(sentences, dictionary: Glossa.dingDictionary(bytes: bytes, for: sentences.map(\.0)))
        #expect(found.contains("Heimspeicher → home storage"), "\(found)")
    }

    /// Without a dictionary a noun in -en read as the plural of one in -e ("Beben" of "Bebe",
    /// "Erdbeben" of "Erdbebe"): the text's own "das" or "ein" before it says it is a singular,
    /// also as a compound's head. A pronoun's "das" says nothing ("hat das Folgen").
    @Test func aNounInEnAfterDasOrEinIsASingular() throws {
        let found = try Self.linked([
            ("Nach dem schweren Erdbeben in Marokko ist die Zahl der Todesopfer gestiegen.",
             "After the severe earthquake in Morocco, the death toll has risen."),
            ("Das Beben der Stärke 6,8 hatte sich am späten Freitagabend ereignet.", "The magnitude 6.8 quake struck late on Friday evening."),
            ("Es ist das schwerste Erdbeben in Marokko seit Jahrzehnten.", "It is the most severe earthquake in Morocco in decades."),
            ("Schweres Erdbeben in Marokko", "Severe earthquake in Morocco"),
        ])
        // And an adjective of degree the German term lacks is no part of its translation
        // (it was "severe earthquake", met as often).
        #expect(found.contains("Erdbeben → earthquake"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Erdbebe →") || $0.hasPrefix("Bebe →") })
        #expect(GermanTermCandidates.neutersInEn(in: ["Fällt dort ein Werk aus, hat das Folgen für die Versorgung.",
                                                      "Die Regierung plant ein neues Verfahren, durch das Wohnungen entstehen."]) == ["verfahren"])
    }

    /// An adjective of nation the German term lacks is no part of its translation by
    /// co-occurrence: "die deutsche Wirtschaft" / "the German economy" twice gave Wirtschaft /
    /// German economy; a German term that says it keeps it (Bundesnetzagentur / Federal
    /// Network Agency).
    @Test func anAdjectiveOfNationTheGermanLacksIsNoPartOfTheTerm() throws {
        let found = try Self.linked([
            ("Die Stimmung in der deutschen Wirtschaft hat sich weiter eingetrübt.", "Sentiment in the German economy deteriorated further."),
            ("„Die deutsche Wirtschaft kommt nicht aus der Krise“, sagte Fuest.", "\"The German economy is not getting out of the crisis,\" said Fuest."),
            ("Die Bundesnetzagentur warnt.", "The Federal Network Agency warns."),
            ("Die Bundesnetzagentur prüft.", "The Federal Network Agency is checking."),
        ])
        #expect(found.contains("Wirtschaft → economy"), "\(found)")
        #expect(found.contains("Bundesnetzagentur → Federal Network Agency"), "\(found)")
    }
}
