import Foundation
import GlossaCore

/// Writes glossary entries as TBX: v2 (`martif`, valid against the TBX v2 XSD) or v3 TBX-Basic
/// (valid against the TBX-Basic RELAX NG schema).
///
/// Per entry: the base forms as terms with their part of speech and status (approved →
/// `preferredTerm-admn-sts`, candidate → `admittedTerm-admn-sts`, rejected →
/// `deprecatedTerm-admn-sts`); forms seen in text as further terms of type `variant` (so a CAT
/// tool recognises "Einflusssphären" too); terms not to use as further terms marked
/// `deprecatedTerm-admn-sts`; the example sentence as each term's `context`; the
/// origin as `admin type="source"`; the translator's note as `note`. TBX v2 also carries
/// glossa's confidence and frequency as `admin` elements.
/// - Complexity: O(size of the output).
public enum TBXWriter {
    public enum Version: Sendable { case v2, v3 }

    public static func write(_ entries: [GlossaryEntry], version: Version, toolVersion: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        switch version {
        case .v2:
            out += "<martif type=\"TBX\" xml:lang=\"en\">\n"
            out += "  <martifHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>Written by glossa \(escape(toolVersion))</p>\n      </sourceDesc>\n    </fileDesc>\n  </martifHeader>\n"
        case .v3:
            out += "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n"
            out += "  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>Written by glossa \(escape(toolVersion))</p>\n      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n"
        }
        out += "  <text>\n    <body>\n"
        for (index, entry) in entries.enumerated() {
            let entryElement = version == .v2 ? "termEntry" : "conceptEntry"
            out += "      <\(entryElement) id=\"c\(index + 1)\">\n"
            if version == .v2 {
                out += "        <admin type=\"x-glossa-confidence\">\(String(format: "%.2f", entry.confidence))</admin>\n"
                out += "        <admin type=\"x-glossa-frequency\">\(entry.frequency)</admin>\n"
            }
            out += "        <admin type=\"source\">\(escape(entry.origin))</admin>\n"
            if let note = entry.note { out += "        <note>\(escape(note))</note>\n" }
            let sides = [
                (entry.sourceLanguage, entry.source, entry.sourceVariants, entry.sourceDeprecated, entry.example?.source),
                (entry.targetLanguage, entry.target, entry.targetVariants, entry.targetDeprecated, entry.example?.target),
            ]
            for (language, term, variants, deprecated, example) in sides {
                let set = version == .v2 ? "langSet" : "langSec"
                let group = version == .v2 ? "tig" : "termSec"
                out += "        <\(set) xml:lang=\"\(language.identifier)\">\n"
                out += "          <\(group)>\n            <term>\(escape(term))</term>\n"
                if let partOfSpeech = entry.partOfSpeech {
                    out += "            <termNote type=\"partOfSpeech\">\(escape(partOfSpeech))</termNote>\n"
                }
                out += "            <termNote type=\"administrativeStatus\">\(status(entry.status))</termNote>\n"
                if let example { out += "            <descrip type=\"context\">\(escape(example))</descrip>\n" }
                out += "          </\(group)>\n"
                for variant in variants where variant != term {
                    out += "          <\(group)>\n            <term>\(escape(variant))</term>\n"
                    out += "            <termNote type=\"termType\">\(Acronym.isAcronym(variant) ? "acronym" : "variant")</termNote>\n          </\(group)>\n"
                }
                for other in deprecated where other != term {
                    out += "          <\(group)>\n            <term>\(escape(other))</term>\n"
                    out += "            <termNote type=\"administrativeStatus\">\(status(.rejected))</termNote>\n          </\(group)>\n"
                }
                out += "        </\(set)>\n"
            }
            out += "      </\(entryElement)>\n"
        }
        out += "    </body>\n  </text>\n"
        out += version == .v2 ? "</martif>\n" : "</tbx>\n"
        return out
    }

    static func status(_ status: GlossaryEntry.Status) -> String {
        switch status {
        case .approved: "preferredTerm-admn-sts"
        case .candidate: "admittedTerm-admn-sts"
        case .rejected: "deprecatedTerm-admn-sts"
        }
    }

    static func status(fromTBX value: String) -> GlossaryEntry.Status? {
        switch value.trimmingCharacters(in: .whitespaces) {
        case "preferredTerm-admn-sts", "preferredTerm": .approved
        case "admittedTerm-admn-sts", "admittedTerm": .candidate
        case "deprecatedTerm-admn-sts", "deprecatedTerm", "supersededTerm-admn-sts", "supersededTerm": .rejected
        default: nil
        }
    }

    private static func escape(_ text: String) -> String { XMLEscaping.escape(text) }
}
