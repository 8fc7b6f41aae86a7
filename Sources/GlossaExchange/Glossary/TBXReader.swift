import GlossaCore

/// Reads TBX v2 (`martif`) and v3 (`tbx`, any dialect) glossaries into entries for one language
/// pair, on the same safe streaming XML reader as TMX.
///
/// Per entry (`termEntry` / `conceptEntry`): the first term of each language is the base form,
/// further terms are variants; `termNote` gives part of speech and status; `descrip
/// type="context"` the example; `admin type="source"` the origin; `note` the note. An entry
/// without a term in both languages is skipped with a diagnostic.
public enum TBXReader {
    public static func read(bytes: [UInt8], file: String, sourceLanguage: LanguageTag = .german,
                            targetLanguage: LanguageTag = .english) throws(GlossaryFormatError) -> (entries: [GlossaryEntry], diagnostics: [Diagnostic]) {
        let xml: XMLStreamReader
        do { xml = try XMLStreamReader(bytes: bytes, file: file) } catch { throw .malformed(error) }
        var entries: [GlossaryEntry] = []
        var diagnostics: [Diagnostic] = []
        var current: EntryBuilder?
        var language: LanguageTag?
        var sawRoot = false
        do {
            while try xml.read() {
                switch xml.nodeType {
                case .element:
                    let name = xml.localName
                    if !sawRoot {
                        guard name == "martif" || name == "tbx" else { throw GlossaryFormatError.notTBX(file: file, root: name) }
                        sawRoot = true
                        continue
                    }
                    switch name {
                    case "termEntry", "conceptEntry":
                        current = EntryBuilder(location: xml.location)
                    case "langSet", "langSec":
                        language = xml.attribute("xml:lang").flatMap(LanguageTag.init)
                        if language == nil {
                            diagnostics.append(Diagnostic(.warning, "a \(name) without a valid xml:lang was skipped", at: xml.location))
                        }
                    case "term":
                        let text = try xml.readElementText().trimmingCharacters(in: .whitespacesAndNewlines)
                        if let language, !text.isEmpty { current?.terms.append((language, text, false)) }
                    case "termNote":
                        let type = xml.attribute("type") ?? ""
                        let text = try xml.readElementText()
                        switch type {
                        case "partOfSpeech" where current?.partOfSpeech == nil: current?.partOfSpeech = text
                        case "administrativeStatus" where current?.status == nil: current?.status = TBXWriter.status(fromTBX: text)
                        case "termType" where text == "variant":
                            if let last = current?.terms.popLast() { current?.terms.append((last.0, last.1, true)) }
                        default: break
                        }
                    case "descrip" where xml.attribute("type") == "context":
                        let text = Self.collapsingWhiteSpace(try xml.readElementText())
                        if let language, current?.examples[language] == nil { current?.examples[language] = text }
                    case "admin":
                        let type = xml.attribute("type") ?? ""
                        let text = try xml.readElementText()
                        switch type {
                        case "source": current?.origin = text
                        case "x-glossa-confidence": current?.confidence = Double(text)
                        case "x-glossa-frequency": current?.frequency = Int(text)
                        default: break
                        }
                    case "note":
                        let text = Self.collapsingWhiteSpace(try xml.readElementText())
                        if current != nil, current?.note == nil, language == nil || current?.terms.isEmpty == true { current?.note = text }
                    default: continue
                    }
                case .endElement:
                    let name = xml.localName
                    if name == "langSet" || name == "langSec" { language = nil }
                    if name == "termEntry" || name == "conceptEntry", let builder = current {
                        if let entry = builder.entry(source: sourceLanguage, target: targetLanguage, file: file) {
                            entries.append(entry)
                        } else {
                            diagnostics.append(Diagnostic(.warning, "entry without terms in both \(sourceLanguage) and \(targetLanguage) skipped",
                                                          at: builder.location))
                        }
                        current = nil
                    }
                default: continue
                }
            }
        } catch let error as XMLError {
            throw .malformed(error)
        } catch let error as GlossaryFormatError {
            throw error
        } catch {
            throw .malformed(XMLError(file: file, line: nil, column: nil, message: "\(error)"))
        }
        if !sawRoot { throw .notTBX(file: file, root: "") }
        return (entries, diagnostics)
    }

    /// Notes and contexts as one line: TBX files indent and wrap them like the XML around them.
    static func collapsingWhiteSpace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private struct EntryBuilder {
        var location: SourceLocation
        var terms: [(LanguageTag, String, Bool)] = []
        var examples: [LanguageTag: String] = [:]
        var partOfSpeech: String?
        var status: GlossaryEntry.Status?
        var origin: String?
        var note: String?
        var confidence: Double?
        var frequency: Int?

        func entry(source: LanguageTag, target: LanguageTag, file: String) -> GlossaryEntry? {
            let sourceTerms = terms.filter { source.covers($0.0) || $0.0.covers(source) }
            let targetTerms = terms.filter { target.covers($0.0) || $0.0.covers(target) }
            guard let sourceMain = sourceTerms.first(where: { !$0.2 }) ?? sourceTerms.first,
                  let targetMain = targetTerms.first(where: { !$0.2 }) ?? targetTerms.first else { return nil }
            var example: TermPair.Example?
            if let sourceExample = examples[sourceMain.0], let targetExample = examples[targetMain.0] {
                example = TermPair.Example(source: sourceExample, target: targetExample)
            }
            return GlossaryEntry(
                sourceLanguage: sourceMain.0, targetLanguage: targetMain.0, source: sourceMain.1, target: targetMain.1,
                sourceVariants: sourceTerms.map(\.1).filter { $0 != sourceMain.1 },
                targetVariants: targetTerms.map(\.1).filter { $0 != targetMain.1 },
                confidence: confidence ?? 1, frequency: frequency ?? 0, origin: origin ?? file, status: status ?? .candidate,
                note: note, partOfSpeech: partOfSpeech, example: example)
        }
    }
}
