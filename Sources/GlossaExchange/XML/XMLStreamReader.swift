import CLibXML2
import GlossaCore

/// A pull reader over libxml2's `xmlTextReader`: constant memory whatever the document size.
///
/// Safe by construction for files from strangers: it never substitutes external entities nor
/// loads a DTD (no `XML_PARSE_NOENT`, no `XML_PARSE_DTDLOAD`), never touches the network
/// (`XML_PARSE_NONET`), and relies on libxml2's limits against entity-expansion bombs and deep
/// nesting. Not thread-safe; one reader per document.
final class XMLStreamReader {
    enum NodeType: Int32 {
        case element = 1, attribute = 2, text = 3, cdata = 4, entityReference = 5, entity = 6
        case processingInstruction = 7, comment = 8, document = 9, documentType = 10, documentFragment = 11
        case notation = 12, whitespace = 13, significantWhitespace = 14, endElement = 15, endEntity = 16
        case xmlDeclaration = 17
    }

    private let reader: xmlTextReaderPtr
    private let data: [UInt8]
    let file: String
    private var lastError: XMLError?

    /// Parser options: never substitute entities or load a DTD, never touch the network.
    private static let options = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOCDATA.rawValue)

    /// Opens a reader over a document held in memory; `file` names it in errors.
    init(bytes: [UInt8], file: String) throws(XMLError) {
        data = bytes
        self.file = file
        let created = data.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReaderForMemory(chars.baseAddress, Int32(chars.count), file, nil, Self.options)
            }
        }
        guard let created else {
            throw XMLError(file: file, line: nil, column: nil, message: "libxml2 could not start reading the file")
        }
        reader = created
        installErrorHandler()
    }

    /// Opens a reader that streams the file at `path` from disk in small blocks, so memory stays
    /// flat whatever the file size. The encoding comes from the byte-order mark or the XML
    /// declaration (UTF-8 and UTF-16 both work).
    init(path: String) throws(XMLError) {
        data = []
        file = path
        guard let created = xmlReaderForFile(path, nil, Self.options) else {
            throw XMLError(file: path, line: nil, column: nil, message: "cannot open the file")
        }
        reader = created
        installErrorHandler()
    }

    private func installErrorHandler() {
        let context = Unmanaged.passUnretained(self).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let this = Unmanaged<XMLStreamReader>.fromOpaque(context).takeUnretainedValue()
            guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue, this.lastError == nil else { return }
            let message = error.pointee.message.map { String(cString: $0) }?.trimmingNewline() ?? "malformed XML"
            this.lastError = XMLError(file: this.file, line: Int(error.pointee.line), column: Int(error.pointee.int2), message: message)
        }, context)
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// Moves to the next node; false at the end of the document. Throws on malformed XML.
    func read() throws(XMLError) -> Bool {
        let result = xmlTextReaderRead(reader)
        if let lastError { throw lastError }
        if result < 0 {
            throw XMLError(file: file, line: line, column: column, message: "malformed XML")
        }
        return result == 1
    }

    var nodeType: NodeType? { NodeType(rawValue: xmlTextReaderNodeType(reader)) }
    var localName: String { string(xmlTextReaderConstLocalName(reader)) ?? "" }
    var namespaceURI: String? { string(xmlTextReaderConstNamespaceUri(reader)) }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    var depth: Int { Int(xmlTextReaderDepth(reader)) }
    var value: String { string(xmlTextReaderConstValue(reader)) ?? "" }
    var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }
    /// How many bytes of the input the parser has consumed (for progress).
    var bytesConsumed: Int { Int(xmlTextReaderByteConsumed(reader)) }
    var column: Int { Int(xmlTextReaderGetParserColumnNumber(reader)) }
    var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    /// The value of an attribute of the current element (qualified name, e.g. `xml:lang`).
    func attribute(_ name: String) -> String? {
        // Moves to the attribute and reads its value (owned by the reader: nothing to free).
        guard xmlTextReaderMoveToAttribute(reader, name) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        return string(xmlTextReaderConstValue(reader))
    }

    /// The current node's local name as libxml2 keeps it: interned in the reader's dictionary,
    /// so two equal names are the same pointer (compare with ``interned(_:)``, no String made).
    var localNamePointer: UnsafePointer<xmlChar>? { xmlTextReaderConstLocalName(reader) }

    /// `name` interned in the reader's dictionary: equal to ``localNamePointer`` exactly when
    /// the current node has this name.
    func interned(_ name: String) -> UnsafePointer<xmlChar>? { xmlTextReaderConstString(reader, name) }

    /// Calls `body` with each attribute of the current element: its interned qualified name and
    /// a way to read its value (no String is made for a name, and a value only when asked).
    func forEachAttribute(_ body: (UnsafePointer<xmlChar>?, () -> String) -> Void) {
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return }
        repeat {
            body(xmlTextReaderConstName(reader), { self.string(xmlTextReaderConstValue(self.reader)) ?? "" })
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        xmlTextReaderMoveToElement(reader)
    }

    /// The declaration of the entity the current entity-reference node names, if the document's
    /// internal subset declares it.
    func referencedEntity() -> EntityDeclaration? {
        guard let document = xmlTextReaderCurrentDoc(reader) else { return nil }
        return entity(named: localName, in: document)
    }

    /// A declared entity, looked up by name (for expanding entities inside entities).
    func entity(named name: String) -> EntityDeclaration? {
        guard let document = xmlTextReaderCurrentDoc(reader) else { return nil }
        return entity(named: name, in: document)
    }

    private func entity(named name: String, in document: xmlDocPtr) -> EntityDeclaration? {
        guard let entity = xmlGetDocEntity(document, name) else { return nil }
        let isInternal = entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY || entity.pointee.etype == XML_INTERNAL_PREDEFINED_ENTITY
        return EntityDeclaration(name: name, isInternal: isInternal, replacement: string(entity.pointee.content) ?? "")
    }

    /// Reads the text content of the current element up to its end tag (the reader stops on
    /// the end tag). Empty for `<x/>`.
    func readElementText() throws(XMLError) -> String {
        if isEmptyElement { return "" }
        let startDepth = depth
        var text = ""
        while try read() {
            switch nodeType {
            case .text, .cdata, .whitespace, .significantWhitespace: text += value
            case .endElement where depth == startDepth: return text
            default: continue
            }
        }
        return text
    }

    func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

/// An entity declared in a document's internal subset.
struct EntityDeclaration {
    var name: String
    /// False for external entities (`SYSTEM "file:///etc/passwd"`), which glossa never reads.
    var isInternal: Bool
    /// The replacement text as declared (may hold character and entity references).
    var replacement: String
}

/// A document that is not well-formed XML, with where libxml2 stopped.
public struct XMLError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int?, column: Int?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        SourceLocation(file: file, line: line, column: column).description + ": " + message
    }
}

extension String {
    func trimmingNewline() -> String {
        var text = self
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }
}
