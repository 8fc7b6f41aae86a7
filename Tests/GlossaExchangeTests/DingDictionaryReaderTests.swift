import GlossaCore
import GlossaExchange
import Testing

@Suite struct DingDictionaryReaderTests {
    static let sample = """
    # Version :: test
    Geheimdienst {m}; Nachrichtendienst {m} | Geheimdienste {pl}; Nachrichtendienste {pl} :: secret service; intelligence service | secret services; intelligence services
    Seite {f} /S./ | Seiten {pl} :: page /p./ | pages /pp./
    Einflusssphäre {f}; Einflussbereich {m} [pol.] :: sphere of influence; zone of influence
    Hauptstadt {f}; Kapitale {f} [veraltet] [pol.] | Hauptstädte {pl} :: capital; capital city | capitals; capital cities
    Bereich {m}; Umfeld {n}; Sphäre {f}; Domäne {f} | Bereiche {pl}; Sphären {pl} :: sphere | spheres
    Journalist {m}; Journalistin {f} | Journalisten {pl}; Journalistinnen {pl} :: journalist | journalists
    """

    @Test func readsTranslationsAndPluralsWithoutAnnotations() {
        let dictionary = DingDictionaryReader.read(bytes: Array(Self.sample.utf8), fold: { $0.lowercased() })
        #expect(dictionary.targets(of: "geheimdienst") == ["secret service", "intelligence service"])
        #expect(dictionary.targets(of: "einflusssphäre") == ["sphere of influence", "zone of influence"])
        #expect(dictionary.targets(of: "seite") == ["page"])
        #expect(dictionary.baseForms["Geheimdienste"] == "Geheimdienst")
        #expect(dictionary.baseForms["Nachrichtendienste"] == "Nachrichtendienst")
        #expect(dictionary.baseForms["Seiten"] == "Seite")
        // Synonyms without a plural: each plural goes with the singular it starts like.
        #expect(dictionary.baseForms["Sphären"] == "Sphäre" && dictionary.baseForms["Bereiche"] == "Bereich")
        #expect(dictionary.baseForms["Journalisten"] == "Journalist" && dictionary.baseForms["Journalistinnen"] == "Journalistin")
    }

    /// A noun listed only in the plural is recorded as such ("Streitkräfte {pl}"); a plural
    /// beside its singular is the singular's plural, not a plural noun.
    @Test func nounsListedOnlyInThePluralAreKnownAsSuch() {
        let sample = Self.sample + "\nStreitkräfte {pl} [mil.] :: armed forces"
        let dictionary = DingDictionaryReader.read(bytes: Array(sample.utf8), fold: { $0.lowercased() })
        #expect(dictionary.pluralNouns == ["Streitkräfte"])
        #expect(dictionary.nouns["streitkräfte"] == "Streitkräfte")
    }

    /// Two of Ding's slips: a plural marked with the singular's gender ("Feldzüge {m}"), told by
    /// its English plural; a count noun listed only in the plural but translated by a singular
    /// ("Grabungen {pl} :: excavation"), whose singular is the base form. A plural translated by
    /// a plural stays a plural noun ("Anforderungen {pl} :: requirements").
    @Test func pluralsDingMarksAsSomethingElse() {
        let sample = Self.sample + """

            Feldzug {m} [mil.] | Feldzüge {m} | einen Feldzug führen :: military campaign | military campaigns | to wage a campaign
            Ausgrabungen {pl}; Grabungen {pl} :: excavation; dig
            Anforderungen {pl} :: requirements
            Stand {m} | Stand {m} der Technik :: state | state of the art
            """
        let dictionary = DingDictionaryReader.read(bytes: Array(sample.utf8), fold: { $0.lowercased() })
        #expect(dictionary.baseForms["Feldzüge"] == "Feldzug")
        #expect(dictionary.baseForms["Grabungen"] == "Grabung" && dictionary.baseForms["Ausgrabungen"] == "Ausgrabung")
        #expect(dictionary.targets(of: "grabung") == ["excavation", "dig"])
        #expect(dictionary.pluralNouns == ["Anforderungen"])
        #expect(dictionary.baseForms["Stand"] == nil)
    }

    /// A party listed with its article is met without it: "die Linke" is the Left Party.
    @Test func aNameListedWithItsArticleIsFoundWithoutIt() {
        let sample = Self.sample + "\nDie Linke {f} [pol.] [Dt.] :: The Left Party\nDie japanische rote Armee {f} [pol.] :: The Japanese Red Army"
        let dictionary = DingDictionaryReader.read(bytes: Array(sample.utf8), fold: { $0.lowercased() })
        #expect(dictionary.targets(of: "linke") == ["left party"])
        #expect(dictionary.targetSpelling("left party") == "Left Party")
        #expect(dictionary.targets(of: "japanische rote armee").isEmpty && dictionary.targets(of: "die japanische rote armee") == ["the japanese red army"])
    }

    /// Ding writes British English; the American spelling of a translation is a translation
    /// too ("labor market data" in an American text is Ding's "labour market").
    @Test func americanSpellingsAreTranslationsToo() {
        let sample = Self.sample + "\nArbeitsmarkt {m} :: labour market\nVerteidigung {f} :: defence\nZentrum {n} | Zentren {pl} :: centre | centres\nOrganisation {f} :: organisation"
        let dictionary = DingDictionaryReader.read(bytes: Array(sample.utf8), fold: { $0.lowercased() })
        #expect(dictionary.targets(of: "arbeitsmarkt") == ["labour market", "labor market"])
        #expect(dictionary.targets(of: "verteidigung") == ["defence", "defense"])
        #expect(dictionary.targets(of: "zentrum") == ["centre", "center"])
        #expect(dictionary.targets(of: "organisation") == ["organisation", "organization"])
        #expect(dictionary.targets(of: "seite") == ["page"])
    }

    @Test(arguments: [
        ("colour", "color"), ("neighbours", "neighbors"), ("favourite", "favorite"), ("organised", "organized"),
        ("analyse", "analyze"), ("theatre", "theater"), ("catalogue", "catalog"), ("labour-intensive", "labor-intensive"),
        ("programme", "program"), ("labour market", "labor market"),
    ])
    func britishSpellingsHaveAnAmericanOne(_ british: String, _ american: String) {
        #expect(AmericanSpelling.variant(of: british) == american)
    }

    /// Words without a British ending stay (nil: no second spelling); short words are left alone.
    @Test(arguments: ["page", "hour", "tour", "four", "your", "sphere of influence", "market", "door"])
    func wordsWithoutABritishEndingHaveNone(_ word: String) {
        #expect(AmericanSpelling.variant(of: word) == nil)
    }

    /// A text that only has the dative plural ("in den Hauptstädten") still gets the plural's
    /// base form, which the lemmatizer strips the -n from before asking.
    @Test func keepsThePluralOfADativePluralTheTextHas() {
        let dictionary = DingDictionaryReader.read(bytes: Array(Self.sample.utf8), keeping: ["hauptstädten"], fold: { $0.lowercased() })
        #expect(dictionary.baseForms["Hauptstädte"] == "Hauptstadt")
    }

    /// An irregular plural the text has ("Generika", "Gesichtern") finds its singular's
    /// translations: the singular was no key the text asked for, so its base form led nowhere.
    @Test func aNeededPluralKeepsItsSingularsTranslations() {
        let sample = "Generikum {n} [pharm.] | Generika {pl} :: generic drug; generic | generic drugs; generics\n"
            + "Antibiotikum {n} [med.] | Antibiotika {pl} :: antibiotic | antibiotics"
        let dictionary = DingDictionaryReader.read(bytes: Array(sample.utf8), keeping: ["generika"], fold: { $0.lowercased() })
        #expect(dictionary.baseForms["Generika"] == "Generikum")
        #expect(dictionary.targets(of: "generikum").contains("generic drug"))
        #expect(dictionary.targets(of: "antibiotikum").isEmpty)
    }

    /// A singular of two letters has its plural too ("Eier" was a noun of its own, "eggs").
    @Test func aTwoLetterSingularHasItsPlural() {
        let sample = "Ei {n} [biol.] | Eier {pl} | faules Ei :: egg | eggs | rotten egg\n"
        let dictionary = DingDictionaryReader.read(bytes: Array(sample.utf8), keeping: ["eier"], fold: { $0.lowercased() })
        #expect(dictionary.baseForms["Eier"] == "Ei")
        #expect(dictionary.targets(of: "ei").contains("egg"))
    }

    /// A noun's gender where the line gives one ({m}, {f}, {n}), the first line's where lines
    /// differ; "Teil {m,n}" gives none.
    @Test func readsTheGenderOfNouns() {
        let sample = Self.sample + "\nBahn {f}; Eisenbahn {f} | Bahnen {pl} :: railway | railways\nTeil {m,n} | Teile {pl} :: part | parts\nBahn {f} [sport] :: track"
        let dictionary = DingDictionaryReader.read(bytes: Array(sample.utf8), fold: { $0.lowercased() })
        #expect(dictionary.genders["bahn"] == .feminine && dictionary.genders["eisenbahn"] == .feminine)
        #expect(dictionary.genders["geheimdienst"] == .masculine && dictionary.genders["umfeld"] == .neuter)
        #expect(dictionary.genders["teil"] == nil)
        // Nouns as spelled, by lower case: umlauts kept apart ("bahn", not folded).
        #expect(dictionary.nouns["bahn"] == "Bahn" && dictionary.nouns["einflusssphäre"] == "Einflusssphäre")
    }

    /// A plural headword: the plural of a singular beside it, or a noun of its own.
    @Test func pluralHeadwordsAreFormsOrNounsOfTheirOwn() {
        let sample = """
            Schießübung {f}; Schießübungen {pl}; Schulschießen {n} :: target practice
            Zinsen {pl}; Zins {m} [veraltet] (auf etw.) [fin.] :: interest
            Kosten {pl}; Aufwand {m} :: costs; expenses
            """
        let dictionary = DingDictionaryReader.read(bytes: Array(sample.utf8), fold: { $0.lowercased() })
        #expect(dictionary.baseForms["Schießübungen"] == "Schießübung" && dictionary.nouns["schießübungen"] == nil)
        #expect(dictionary.baseForms["Zinsen"] == "Zins")
        #expect(dictionary.nouns["kosten"] == "Kosten" && dictionary.baseForms["Kosten"] == nil)
    }

    /// A compound a noun's line lists in the plural only inflects on the plural it ends in
    /// ("Strafzölle {pl}" under "Zoll {m} | Zölle {pl}"); a plural heading its own line, and a
    /// compound beside it, are nouns of their own ("Festspiele {pl} | Filmfestspiele {pl}").
    @Test func compoundsListedInThePluralInflectOnTheirHead() {
        let sample = """
            Zollgebühr {f}; Zoll {m} [adm.] | Zollgebühren {pl}; Zölle {pl} | Einfuhrzoll {m} | Strafzölle {pl} :: duty | duties | import duty | punitive tariffs
            Festspiele {pl}; Festival {n} [art] | Filmfestspiele {pl}; Filmfestival {n} :: festival | film festival
            """
        // Folded as the term linker folds: umlauts too ("zölle" starts like "zoll").
        let fold = { (word: String) in word.lowercased().replacingOccurrences(of: "ö", with: "o") }
        let dictionary = DingDictionaryReader.read(bytes: Array(sample.utf8), fold: fold)
        #expect(dictionary.baseForms["Zölle"] == "Zoll" && dictionary.baseForms["Strafzölle"] == "Strafzoll")
        #expect(dictionary.baseForms["Filmfestspiele"] == nil && dictionary.baseForms["Festspiele"] == nil)
        let kept = DingDictionaryReader.read(bytes: Array(sample.utf8), keeping: ["strafzolle", "zoll"], fold: fold)
        #expect(kept.baseForms["Strafzölle"] == "Strafzoll")
    }

    /// An abbreviation mark may hold "; " itself ("government /Gov.; Govt./"): it is no
    /// separator there, and the mark is no part of the translation.
    @Test func abbreviationMarksWithSemicolonsStayWhole() {
        let sample = """
            Regierung {f} [pol.] | Regierungen {pl} :: government /Gov.; Govt./; administration [Am.] | governments; administrations
            Adresse {f} /Adr./; Anschrift {f} :: address /addr./
            Schmerz {m} :: pain; pain in the backside / arse [Br.]
            """
        let dictionary = DingDictionaryReader.read(bytes: Array(sample.utf8), fold: { $0.lowercased() })
        #expect(dictionary.targets(of: "regierung") == ["government", "administration"])
        #expect(dictionary.targets(of: "adresse") == ["address"] && dictionary.targets(of: "anschrift") == ["address"])
        #expect(dictionary.targets(of: "schmerz").contains("pain in the backside / arse"))
    }

    /// A symbol between spaced slashes is a mark too: "percent / % /" is "percent", the word a
    /// news text writes beside "Prozent" (Ding's other line for it gives only "percentage").
    @Test func symbolMarksAreNoPartOfTheTranslation() {
        let sample = """
            Prozent {n} / % /; Hundertstel {n} [math.] | Prozente {pl} :: per cent [Br.]; percent [Am.] / % / | percents
            Prozent {n}; Prozentzahl {f} :: percentage
            Paragraf {m} / § / :: section / § /; paragraph
            Verhältnis {n} :: ratio / proportion
            """
        let dictionary = DingDictionaryReader.read(bytes: Array(sample.utf8), fold: { $0.lowercased() })
        #expect(dictionary.targets(of: "prozent") == ["per cent", "percent", "percentage"])
        #expect(dictionary.targets(of: "paragraf") == ["section", "paragraph"])
        #expect(dictionary.targets(of: "verhältnis") == ["ratio / proportion"])
    }

    @Test func keepsOnlyWhatATextNeeds() {
        let dictionary = DingDictionaryReader.read(bytes: Array(Self.sample.utf8), keeping: ["einflusssphäre"], fold: { $0.lowercased() })
        #expect(dictionary.translations.keys.sorted() == ["einflusssphäre"])
    }

    /// Phrases a noun's line lists are terms ("künstliche Intelligenz" under "Intelligenz");
    /// an adjective's line lists examples of use ("konkrete Ergebnisse" under "konkret"), unless
    /// the phrase carries its own gender mark.
    @Test func phrasesUnderAnAdjectiveAreExamplesOfUse() {
        let sample = """
            Intelligenz {f} [psych.] | die menschliche Intelligenz | künstliche Intelligenz {f} /KI/ :: intelligence | human intelligence | artificial intelligence /AI/
            konkret; handfest {adj} [übtr.] | konkrete Ergebnisse | konkrete Kunst {f} :: tangible [fig.] | tangible results | concrete art
            """
        let dictionary = DingDictionaryReader.read(bytes: Array(sample.utf8), fold: { $0.lowercased() })
        #expect(dictionary.targets(of: "künstliche intelligenz") == ["artificial intelligence"])
        #expect(!dictionary.collocations.contains("künstliche intelligenz") && !dictionary.collocations.contains("die menschliche intelligenz"))
        #expect(dictionary.collocations.contains("konkrete ergebnisse"))
        #expect(!dictionary.collocations.contains("konkrete kunst"))
        #expect(dictionary.targets(of: "konkrete ergebnisse") == ["tangible results"])
    }

    /// How Ding writes a translation: its capitals are a name's ("Middle East", "Cairo"), unless
    /// it also writes the word in lower case ("Union" beside "trade union"); example sentences
    /// say nothing.
    @Test func targetSpellingsKeepTheCapitalsOfNames() {
        let sample = """
            Nahost {m} [geogr.] :: Middle East
            Kairo {n} [geogr.] :: Cairo
            Union {f} [pol.] | die Union :: Union | the Union
            Gewerkschaft {f} | Gewerkschaften {pl} :: union; trade union | unions; trade unions
            Medikament {n} | Nehmen Sie Medikamente? :: medicine | Are you taking any medicine?
            """
        let dictionary = DingDictionaryReader.read(bytes: Array(sample.utf8), fold: { $0.lowercased() })
        #expect(dictionary.targetSpelling("middle east") == "Middle East" && dictionary.targetSpelling("cairo") == "Cairo")
        #expect(dictionary.targetSpelling("union") == nil && dictionary.targetSpelling("trade union") == nil)
        #expect(dictionary.targetSpelling("are you taking any medicine?") == nil)
    }
}
