import Foundation
import GlossaCore
import GlossaExchange
import GlossaKit
import Testing

@Suite struct SRXTests {
    @Test func defaultRulesExportAsValidSRX20() {
        let srx = Glossa.defaultRulesSRX()
        #expect(SchemaValidation.violations(of: srx, against: "srx20.xsd") == [])
        // The check itself can fail: a rule with an invalid break value is refused.
        let invalid = srx.replacingOccurrences(of: "<rule break=\"no\">", with: "<rule break=\"maybe\">")
        #expect(!SchemaValidation.violations(of: invalid, against: "srx20.xsd").isEmpty)
    }

    @Test func defaultRulesSurviveWriteThenRead() throws {
        let srx = Glossa.defaultRulesSRX()
        let read = try SRXReader.read(bytes: Array(srx.utf8), file: "glossa.srx")
        #expect(read.diagnostics == [])
        #expect(read.rules.languageMaps == DefaultSegmentationRules.rules.languageMaps)
        #expect(read.rules.cascade)
        for set in DefaultSegmentationRules.rules.languageRules {
            let back = read.rules.languageRule(named: set.name)
            #expect(back?.rules.map(\.beforeBreak) == set.rules.map(\.beforeBreak))
            #expect(back?.rules.map(\.afterBreak) == set.rules.map(\.afterBreak))
            #expect(back?.rules.map(\.isBreak) == set.rules.map(\.isBreak))
        }
    }

    /// An Okapi-style file: its own extension elements in the header, rules with `+` in the
    /// beforebreak (unbounded, which glossa bounds for ICU's look-behind).
    static let okapiStyle = """
    <?xml version="1.0" encoding="UTF-8"?>
    <srx xmlns="http://www.lisa.org/srx20" xmlns:okpsrx="http://okapi.sf.net/srx-extensions" version="2.0">
    <header segmentsubflows="yes" cascade="no">
    <formathandle type="start" include="no"></formathandle>
    <okpsrx:options oneSegmentIncludesAll="no" trimLeadingWhitespaces="no"></okpsrx:options>
    <okpsrx:sample language="de" useMappedRules="yes">Das ist z. B. gut.</okpsrx:sample>
    </header>
    <body>
    <languagerules>
    <languagerule languagerulename="Deutsch">
    <rule break="no"><beforebreak>\\bz\\.\\s?B\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
    <rule break="no"><beforebreak>\\bz\\.</beforebreak><afterbreak>\\s?B\\.</afterbreak></rule>
    <rule><beforebreak>[\\.\\?!]+</beforebreak><afterbreak>\\s+\\p{Lu}</afterbreak></rule>
    </languagerule>
    </languagerules>
    <maprules>
    <languagemap languagepattern="[Dd][Ee].*" languagerulename="Deutsch"></languagemap>
    </maprules>
    </body>
    </srx>
    """

    @Test func okapiFileLoadsWithDiagnosticsForItsExtensions() throws {
        let read = try SRXReader.read(bytes: Array(Self.okapiStyle.utf8), file: "okapi.srx")
        #expect(read.diagnostics.count == 2)
        #expect(read.diagnostics.allSatisfy { $0.message.contains("ignored element") && $0.location?.file == "okapi.srx" })
        #expect(read.rules.languageRules.first?.rules.count == 3)
        #expect(read.rules.languageRules.first?.rules.last?.isBreak == true)
        let segmenter = try Glossa.segmenter(language: LanguageTag("de-DE")!, rules: .replace(read.rules))
        #expect(segmenter.segment("Das ist z. B. gut. Wirklich.").segments.map(\.text) == ["Das ist z. B. gut.", "Wirklich."])
    }

    @Test func malformedFileGivesLineAndColumn() {
        let broken = "<?xml version=\"1.0\"?>\n<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">\n<header cascade=\"no\" segmentsubflows=\"yes\">\n</srx>\n"
        #expect {
            _ = try SRXReader.read(bytes: Array(broken.utf8), file: "broken.srx")
        } throws: { error in
            guard case .malformed(let xml) = error as? SRXError else { return false }
            return xml.file == "broken.srx" && xml.line == 4 && "\(error)".contains("broken.srx:4")
        }
    }

    @Test func otherXMLIsNotSRX() {
        #expect(throws: SRXError.notSRX("x.xml")) {
            _ = try SRXReader.read(bytes: Array("<tmx version=\"1.4\"/>".utf8), file: "x.xml")
        }
    }

    @Test func externalEntitiesAreNeverRead() throws {
        let hostile = """
        <?xml version="1.0"?>
        <!DOCTYPE srx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="no" segmentsubflows="yes"/>
        <body><languagerules><languagerule languagerulename="X"><rule break="no"><beforebreak>&secret;</beforebreak><afterbreak>x</afterbreak></rule></languagerule></languagerules>
        <maprules><languagemap languagepattern=".*" languagerulename="X"/></maprules></body></srx>
        """
        let read = try? SRXReader.read(bytes: Array(hostile.utf8), file: "hostile.srx")
        let before = read?.rules.languageRules.first?.rules.first?.beforeBreak ?? ""
        #expect(!before.contains("root:"))
    }
}

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

    /// A text that only has the dative plural ("in den Hauptstädten") still gets the plural's
    /// base form, which the lemmatizer strips the -n from before asking.
    @Test func keepsThePluralOfADativePluralTheTextHas() {
        let dictionary = DingDictionaryReader.read(bytes: Array(Self.sample.utf8), keeping: ["hauptstädten"], fold: { $0.lowercased() })
        #expect(dictionary.baseForms["Hauptstädte"] == "Hauptstadt")
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

    @Test func keepsOnlyWhatATextNeeds() {
        let dictionary = DingDictionaryReader.read(bytes: Array(Self.sample.utf8), keeping: ["einflusssphäre"], fold: { $0.lowercased() })
        #expect(dictionary.translations.keys.sorted() == ["einflusssphäre"])
    }
}
