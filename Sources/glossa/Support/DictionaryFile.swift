import GlossaKit

/// A bilingual dictionary named on the command line (`--dictionary FILE` of `align`, `terms`
/// and `build`, which also finds Debian's by itself): Debian's Ding file (`trans-de-en`), read only for the words of the text at hand,
/// or German<TAB>English[<TAB>comment] lines (OmegaT's glossary format).
enum DictionaryFile {
    /// Reads the file for the German texts at hand; warns on standard error when it gave
    /// nothing for them.
    /// - Complexity: one pass over the file (Ding: 6 MB, about 1–2 s).
    static func read(_ path: String, for sourceTexts: [String]) throws(CLIError) -> BilingualDictionary {
        let file = try InputText.read(path)
        let words = isTabSeparated(file.bytes)
            ? try tabSeparated(file)
            : Glossa.dingDictionary(bytes: file.bytes, for: sourceTexts)
        if words.isEmpty { StandardError.print("glossa: warning: \(file.name) gave no entries for these texts") }
        return words
    }

    /// Tabs in the first 4 KB and no Ding " :: " separator.
    static func isTabSeparated(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(4096)
        return head.contains(0x09) && !String(decoding: head, as: UTF8.self).contains(" :: ")
    }

    /// German<TAB>English[<TAB>comment] lines, read by the glossary reader `glossa import`
    /// uses, so a bad line is reported with its number.
    static func tabSeparated(_ file: InputText) throws(CLIError) -> BilingualDictionary {
        var dictionary = BilingualDictionary()
        do {
            for entry in try TabularGlossary.readOmegaT(bytes: file.bytes, file: file.name) {
                dictionary.add(WordForms.folded(entry.source), WordForms.folded(entry.target))
            }
        } catch {
            throw .badData(error.description)
        }
        return dictionary
    }
}
