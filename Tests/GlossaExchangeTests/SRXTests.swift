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
