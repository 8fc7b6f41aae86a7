import GlossaCore

/// The text of an article kept as a word-processor document: Word (`.docx`, Office Open XML)
/// or LibreOffice Writer (`.odt`, OpenDocument), as translators receive most source texts.
///
/// One paragraph per paragraph of the document (headings, list items and table cells
/// included), blank lines between them, as glossa reads articles. Left out, like a web page's
/// furniture: text boxes and frames (captions, pull quotes), footnotes, comments, deleted text
/// of tracked changes (inserted text is kept), field instructions (their results are kept),
/// tables of contents; page headers and footers live in other parts and are not read. A line
/// break inside a paragraph ends a paragraph, as `<br>` does in a page.
/// - Complexity: O(size of the document's main part); that part is held in memory once.
public enum OfficeDocumentText {
    public enum Kind: Sendable {
        case word, openDocument
    }

    /// The kind by the file's name: `.docx` (and `.docm`), `.odt`.
    public static func kind(ofPath path: String) -> Kind? {
        let lower = path.lowercased()
        if lower.hasSuffix(".docx") || lower.hasSuffix(".docm") { return .word }
        if lower.hasSuffix(".odt") { return .openDocument }
        return nil
    }

    /// The document's paragraphs, white space folded, empty ones left out.
    /// - Throws: ``DocumentTextError`` naming the file: no ZIP archive, not a document of its
    ///   kind (an old binary `.doc` renamed), a damaged or malformed part.
    public static func paragraphs(ofFile path: String) throws(DocumentTextError) -> [String] {
        let (kind, bytes, file) = try mainPart(ofFile: path)
        switch kind {
        case .word: return try paragraphs(ofWordXML: bytes, file: file)
        case .openDocument: return try paragraphs(ofOpenDocumentXML: bytes, file: file)
        }
    }

    /// The document's kind and its main part (`word/document.xml`, `content.xml`), named for
    /// messages as "document.docx/word/document.xml".
    static func mainPart(ofFile path: String) throws(DocumentTextError) -> (kind: Kind, bytes: [UInt8], file: String) {
        guard let kind = kind(ofPath: path) else { throw .notADocument(file: path, expected: "a .docx or .odt file") }
        let archive: ZipArchive
        do { archive = try ZipArchive(path: path) } catch {
            // Word's own format before 2007 (.doc) is no ZIP archive; say so rather than "damaged".
            if case .notAnArchive = error { throw .notADocument(file: path, expected: kind == .word ? "a Word document (.docx)" : "an OpenDocument text (.odt)") }
            throw .archive(error)
        }
        let partName = kind == .word ? "word/document.xml" : "content.xml"
        let contents: [UInt8]?
        do { contents = try archive.contents(of: partName) } catch { throw .archive(error) }
        guard let bytes = contents else {
            throw .notADocument(file: path, expected: kind == .word ? "a Word document (.docx)" : "an OpenDocument text (.odt)")
        }
        return (kind, bytes, "\(path)/\(partName)")
    }

    /// The paragraphs joined by blank lines (the layout glossa reads articles in).
    public static func text(ofFile path: String) throws(DocumentTextError) -> String {
        try paragraphs(ofFile: path).joined(separator: "\n\n") + "\n"
    }

    /// Word's elements whose text is no part of the article: text moved away (tracked), text
    /// boxes (in drawings and shapes), the fallback copy of alternate content, a content
    /// control's placeholder. Deleted text (`w:delText`) and field instructions (`w:instrText`)
    /// are elements of their own, never read as `w:t`.
    static let wordSkipped: Set<String> = ["moveFrom", "txbxContent", "Fallback", "sdtPr"]

    /// Paragraphs of `word/document.xml`: `w:p`, their text in `w:t`.
    static func paragraphs(ofWordXML bytes: [UInt8], file: String) throws(DocumentTextError) -> [String] {
        var collector = ParagraphCollector()
        do {
            let xml = try XMLStreamReader(bytes: bytes, file: file)
            while try xml.read() {
                switch xml.nodeType {
                case .element:
                    let name = xml.localName
                    if wordSkipped.contains(name) {
                        try xml.skipElement()
                        continue
                    }
                    switch name {
                    case "p": collector.flush()
                    case "t": collector.current += try xml.readElementText()
                    case "tab", "ptab": collector.current += " "
                    case "br", "cr": collector.flush()
                    case "noBreakHyphen": collector.current += "-"
                    default: break
                    }
                case .endElement where xml.localName == "p":
                    collector.flush()
                default:
                    break
                }
            }
        } catch {
            throw .malformed(error)
        }
        collector.flush()
        return collector.paragraphs
    }

    /// OpenDocument's elements whose text is no part of the article: notes, comments, the
    /// record of tracked changes (deleted text lives there), frames, generated indexes.
    static let openDocumentSkipped: Set<String> = [
        "note", "annotation", "tracked-changes", "frame", "table-of-content", "illustration-index", "alphabetical-index",
        "bibliography", "sequence-decls", "forms",
    ]

    /// Paragraphs of `content.xml`: `text:p` and `text:h`, their text anywhere inside.
    static func paragraphs(ofOpenDocumentXML bytes: [UInt8], file: String) throws(DocumentTextError) -> [String] {
        var collector = ParagraphCollector()
        var openParagraphs = 0
        do {
            let xml = try XMLStreamReader(bytes: bytes, file: file)
            while try xml.read() {
                switch xml.nodeType {
                case .element:
                    let name = xml.localName
                    if openDocumentSkipped.contains(name) {
                        try xml.skipElement()
                        continue
                    }
                    switch name {
                    case "p", "h":
                        collector.flush()
                        if !xml.isEmptyElement { openParagraphs += 1 }
                    // Runs of spaces: folded to one later anyway, so a huge count costs nothing.
                    case "s": collector.current += " "
                    case "tab": collector.current += " "
                    case "line-break": collector.flush()
                    default: break
                    }
                case .text where openParagraphs > 0:
                    collector.current += xml.value
                case .endElement where xml.localName == "p" || xml.localName == "h":
                    collector.flush()
                    openParagraphs = max(0, openParagraphs - 1)
                default:
                    break
                }
            }
        } catch {
            throw .malformed(error)
        }
        collector.flush()
        return collector.paragraphs
    }
}

/// Why a document's text could not be read; names the file and what to do.
public enum DocumentTextError: Error, Hashable, Sendable, CustomStringConvertible {
    case archive(ZipError)
    case notADocument(file: String, expected: String)
    case malformed(XMLError)

    public var description: String {
        switch self {
        case .archive(let error):
            error.description
        case .notADocument(let file, let expected):
            "\(file): this is not \(expected); save it from Word or LibreOffice in that format (or as plain text) and try again"
        case .malformed(let error):
            "\(error.description) — the document is damaged; open and save it again in Word or LibreOffice"
        }
    }
}
