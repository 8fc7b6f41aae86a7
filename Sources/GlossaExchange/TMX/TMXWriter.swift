import Foundation
import GlossaCore

/// Writes sentence pairs as TMX 1.4b (level 1, plain text), valid against the TMX 1.4b DTD and
/// the XSD OmegaT checks: header `srclang` equal to the source variants' language, `segtype`
/// "sentence", `o-tmf` and `datatype` "plaintext", every `<tu>` with one `<tuv>` per language.
public enum TMXWriter {
    /// - Parameters:
    ///   - date: the article's date (`2022-01`), kept as a `<prop type="x-glossa-date">`.
    public static func write(pairs: [AlignedPair], sourceLanguage: LanguageTag, targetLanguage: LanguageTag,
                             creationToolVersion: String, date: String? = nil) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"
        out += "<tmx version=\"1.4\">\n"
        out += "  <header creationtool=\"glossa\" creationtoolversion=\"\(escape(creationToolVersion))\" segtype=\"sentence\" o-tmf=\"glossa\" adminlang=\"en\" srclang=\"\(escape(sourceLanguage.identifier))\" datatype=\"plaintext\" o-encoding=\"UTF-8\"/>\n"
        out += "  <body>\n"
        for pair in pairs {
            out += "    <tu>\n"
            out += "      <prop type=\"x-glossa-bead\">\(pair.link.beadType)</prop>\n"
            out += "      <prop type=\"x-glossa-confidence\">\(String(format: "%.3f", pair.link.confidence))</prop>\n"
            if let date { out += "      <prop type=\"x-glossa-date\">\(escape(date))</prop>\n" }
            out += "      <tuv xml:lang=\"\(escape(sourceLanguage.identifier))\"><seg>\(escape(pair.source))</seg></tuv>\n"
            out += "      <tuv xml:lang=\"\(escape(targetLanguage.identifier))\"><seg>\(escape(pair.target))</seg></tuv>\n"
            out += "    </tu>\n"
        }
        out += "  </body>\n</tmx>\n"
        return out
    }

    static func escape(_ text: String) -> String { XMLEscaping.escape(text) }
}
