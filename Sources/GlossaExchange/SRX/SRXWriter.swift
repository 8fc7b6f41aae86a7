import Foundation
import GlossaCore

/// Writes ``SegmentationRules`` as an SRX 2.0 document (valid against the SRX 2.0 schema), so
/// that glossa's rules can be read, edited and used by OmegaT and Okapi too.
public enum SRXWriter {
    public static func write(_ rules: SegmentationRules, comment: String? = nil) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        if let comment {
            out += "<!-- \(comment.replacingOccurrences(of: "--", with: "- -")) -->\n"
        }
        out += "<srx xmlns=\"\(SRXReader.namespace20)\" version=\"2.0\">\n"
        out += "  <header segmentsubflows=\"yes\" cascade=\"\(rules.cascade ? "yes" : "no")\"/>\n"
        out += "  <body>\n    <languagerules>\n"
        for set in rules.languageRules {
            out += "      <languagerule languagerulename=\"\(escape(set.name))\">\n"
            for rule in set.rules {
                out += "        <rule break=\"\(rule.isBreak ? "yes" : "no")\">\n"
                out += "          <beforebreak>\(escape(rule.beforeBreak))</beforebreak>\n"
                out += "          <afterbreak>\(escape(rule.afterBreak))</afterbreak>\n"
                out += "        </rule>\n"
            }
            out += "      </languagerule>\n"
        }
        out += "    </languagerules>\n    <maprules>\n"
        for map in rules.languageMaps {
            out += "      <languagemap languagepattern=\"\(escape(map.languagePattern))\" languagerulename=\"\(escape(map.languageRuleName))\"/>\n"
        }
        out += "    </maprules>\n  </body>\n</srx>\n"
        return out
    }

    static func escape(_ text: String) -> String { XMLEscaping.escape(text) }
}
