@testable import GlossaAlign
import GlossaCore
import Testing

/// Names a text introduces with their acronym in parentheses, and their translations
/// (TermLinker+Acronyms.swift), on sentences of news articles written for these tests.
@Suite struct TermLinkerAcronymsTests {
    static func named(_ sentences: [(String, String)]) throws -> [String] {
        let link = AlignmentLink(source: [0], target: [0], confidence: 1)
        return try TermLinker().link(sentences.map { AlignedPair(source: $0.0, target: $0.1, link: link) }, threshold: 0)
            .filter { $0.evidence == "named by its acronym" }
            .map { "\($0.source) → \($0.target)" }
    }

    /// Before, only pieces paired ("Bundesinstitut" / "federal institute"), or nothing
    /// ("Technische Hilfswerk", "Kraftfahrt-Bundesamt").
    @Test func aNameAndItsTranslationPairWholeByTheirAcronym() throws {
        let found = try Self.named([
            ("Derzeit stehen beim Bundesinstitut für Arzneimittel und Medizinprodukte (BfArM) rund 500 Meldungen über Lieferengpässe auf der Liste.",
             "The Federal Institute for Drugs and Medical Devices (BfArM) currently lists around 500 reports of supply shortages."),
            ("Betroffen seien vor allem Antibiotika, teilte die Bundesvereinigung Deutscher Apothekerverbände (ABDA) am Dienstag mit.",
             "Antibiotics are particularly affected, the Federal Union of German Associations of Pharmacists (ABDA) said on Tuesday."),
            ("Das Technische Hilfswerk (THW) hat ein Team mit Suchhunden in Bereitschaft versetzt.",
             "The Federal Agency for Technical Relief (THW) has put a team with search dogs on standby."),
            ("In Deutschland sind etwa 45.000 Autos betroffen, wie das Kraftfahrt-Bundesamt (KBA) am Donnerstag mitteilte.",
             "In Germany about 45,000 cars are affected, the Federal Motor Transport Authority (KBA) said on Thursday."),
        ])
        #expect(Set(found) == [
            "Bundesinstitut für Arzneimittel und Medizinprodukte → Federal Institute for Drugs and Medical Devices",
            "Bundesvereinigung Deutscher Apothekerverbände → Federal Union of German Associations of Pharmacists",
            // The adjective declined for the neuter head, without a dictionary (it was "Technischer").
            "Technisches Hilfswerk → Federal Agency for Technical Relief",
            "Kraftfahrt-Bundesamt → Federal Motor Transport Authority",
        ])
    }

    @Test func aNameEndsWhereTheSentenceGoesOn() throws {
        let found = try Self.named([
            ("Laut Bundesinstitut für Risikobewertung (BfR) ist das Mittel unbedenklich.",
             "According to the Federal Institute for Risk Assessment (BfR), the product is harmless."),
            ("Die Mitglieder des Verbands der Automobilindustrie (VDA) sind besorgt.",
             "The members of the German Association of the Automotive Industry (VDA) are concerned."),
            ("Nach Angaben des Robert Koch-Instituts (RKI) stieg die Zahl der Fälle.",
             "According to the Robert Koch Institute (RKI), the number of cases rose."),
            ("Das Institut der deutschen Wirtschaft (IW) rechnet mit einer Rezession.",
             "The German Economic Institute (IW) expects a recession."),
            ("Der Ständige Rat der Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) tagt in Wien.",
             "The Permanent Council of the Organization for Security and Co-operation in Europe (OSCE) meets in Vienna."),
            // The German read past its genitive, whose acronym is the English name's.
            ("Entdeckt wurde er mit dem Very Large Telescope der Europäischen Südsternwarte (ESO) in Chile.",
             "It was discovered with the Very Large Telescope of the European Southern Observatory (ESO) in Chile."),
        ])
        #expect(Set(found) == [
            "Bundesinstitut für Risikobewertung → Federal Institute for Risk Assessment",
            "Verband der Automobilindustrie → German Association of the Automotive Industry",
            "Robert Koch-Institut → Robert Koch Institute",
            "Institut der deutschen Wirtschaft → German Economic Institute",
            "Organisation für Sicherheit und Zusammenarbeit in Europa → Organization for Security and Co-operation in Europe",
            "Europäische Südsternwarte → European Southern Observatory",
        ])
    }

    @Test func acronymsThatDifferAndTermsSpelledByTheirInitials() throws {
        let found = try Self.named([
            ("Die Europäische Zentralbank (EZB) hat den Leitzins erneut angehoben.",
             "The European Central Bank (ECB) has raised its key interest rate again."),
            ("Der Einsatz künstlicher Intelligenz (KI) in Schulen ist umstritten.",
             "The use of artificial intelligence (AI) in schools is controversial."),
            ("Das Bruttoinlandsprodukt (BIP) ist im dritten Quartal gesunken.",
             "Gross domestic product (GDP) fell in the third quarter."),
            // A software catalog's message: a digit inside the name (it was "Image File Format").
            ("Bilder im AV1-Bilddateiformat (AVIF) öffnen", "Open images in AV1 Image File Format (AVIF)"),
        ])
        #expect(Set(found) == [
            "Europäische Zentralbank → European Central Bank",
            "künstliche Intelligenz → artificial intelligence",
            // The sentence's capital is no name's.
            "Bruttoinlandsprodukt → gross domestic product",
            "AV1-Bilddateiformat → AV1 Image File Format",
        ])
    }

    /// A politician's party, a news agency, a union's bodies: parentheses that name no body
    /// before them.
    @Test func aPartyAfterAPersonOrAnAgencyAfterAPlaceNamesNothing() throws {
        let found = try Self.named([
            ("Bundesgesundheitsminister Karl Lauterbach (SPD) verwies auf das Gesetz.",
             "Federal Health Minister Karl Lauterbach (SPD) pointed to the law."),
            // (Its acronym opening the name's last word: only the names' shared last word tells.)
            ("Der Ostbeauftragte Carsten Schneider (SPD) besuchte Erfurt.", "East Germany Commissioner Carsten Schneider (SPD) visited Erfurt."),
            ("Berlin (AFP) – Die Regierung plant neue Gesetze.", "Berlin (AFP) – The government is planning new laws."),
            ("Die Kommission und der Rat (EU) einigten sich.", "The Commission and the Council (EU) agreed."),
        ])
        #expect(found.isEmpty)
    }

    /// The name's last words as written ("Deutscher Verkehrsunternehmen", a genitive plural) are
    /// no entry of their own: "Deutsches Verkehrsunternehmen" / "German Transport Company" was one.
    @Test func aNamesLastWordsAsWrittenAreNoEntryOfTheirOwn() throws {
        var dictionary = BilingualDictionary()
        dictionary.add("verkehrsunternehmen", "transport company")
        dictionary.add("verband", "association")
        let link = AlignmentLink(source: [0], target: [0], confidence: 1)
        let found = try TermLinker(dictionary: dictionary).link([AlignedPair(
            source: "Nach Angaben des Verbands Deutscher Verkehrsunternehmen (VDV) sind acht Prozent der Nutzer umgestiegen.",
            target: "According to the Association of German Transport Companies (VDV), eight percent of users have switched.", link: link)],
            threshold: 0).map { "\($0.source) → \($0.target)" }
        #expect(found.contains("Verband Deutscher Verkehrsunternehmen → Association of German Transport Companies"))
        #expect(!found.contains { $0.hasPrefix("Deutsches Verkehrsunternehmen") || $0.hasPrefix("Deutscher Verkehrsunternehmen") }, "\(found)")
    }

    /// The acronym is one of the name's forms: a lookup of "THW" finds the name.
    @Test func theAcronymIsAFormOfTheName() throws {
        let link = AlignmentLink(source: [0], target: [0], confidence: 1)
        let pairs = try TermLinker().link([AlignedPair(
            source: "Die Europäische Zentralbank (EZB) hat den Leitzins erneut angehoben.",
            target: "The European Central Bank (ECB) has raised its key interest rate again.", link: link)], threshold: 0)
        let name = try #require(pairs.first { $0.evidence == "named by its acronym" })
        #expect(name.sourceVariants == ["Europäische Zentralbank", "EZB"])
        #expect(name.targetVariants == ["European Central Bank", "ECB"])
    }
}
