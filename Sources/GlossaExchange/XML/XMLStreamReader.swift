import CLibXML2
import Glibc
import GlossaCore

/// A pull reader over libxml2's SAX2 push parser: constant memory whatever the document size.
///
/// The document is fed to libxml2 a block at a time; the parser's callbacks queue the block's
/// nodes (elements with their attributes, text, entity references), and ``read()`` hands them
/// out one by one, parsing the next block when the queue runs dry. Measured on a 28 MB TMX
/// file (C loops, same run): libxml2's parser alone reads 110–125 MB/s this way against 52–60
/// MB/s through its `xmlTextReader`, which builds and frees a tree for every node.
///
/// Safe by construction for files from strangers: it never substitutes external entities nor
/// loads a DTD (no `XML_PARSE_NOENT`, no `XML_PARSE_DTDLOAD`), never touches the network
/// (`XML_PARSE_NONET`), and relies on libxml2's limits against entity-expansion bombs and deep
/// nesting. Entity references reach the caller as ``NodeType/entityReference`` nodes, to be
/// expanded with a budget (``EntityExpander``). Not thread-safe; one reader per document.
final class XMLStreamReader {
    enum NodeType: Int32 {
        case element = 1, text = 3, entityReference = 5, endElement = 15
    }

    /// One queued node. Names are libxml2's interned strings (they live as long as the parser).
    private struct Node {
        var type: NodeType
        var name: UnsafePointer<xmlChar>?
        var namespaceURI: String?
        /// Text, or the entity's name for a reference.
        var value: String
        var attributes: Range<Int>
        var depth: Int32
        var line: Int32
        var column: Int32
        var isEmpty: Bool
    }

    let file: String
    private var context: xmlParserCtxtPtr!
    private var source: Source
    private var lastError: XMLError?
    /// Whether libxml2 had read every byte given when it found `lastError`: at the end of the
    /// file, that is a file cut off, whatever libxml2 calls it ("extra content at the end of the
    /// document", "AttValue: ' expected"); a bare "&" half-way is not.
    private var lastErrorAtEnd = false
    private var nodes: [Node] = []
    /// Attributes of the queued elements: interned qualified names (`xml:lang`) and values.
    private var attributeNames: [UnsafePointer<xmlChar>?] = []
    private var attributeValues: [String] = []
    private var cursor = -1
    private var level: Int32 = 0
    private var fed = 0
    private var finished = false
    private var lastURIPointer: UnsafePointer<xmlChar>?
    private var lastURI: String?

    /// Where the document's bytes come from.
    private enum Source {
        case memory([UInt8], offset: Int)
        case file(InputFile)
    }

    private static let blockSize = 1 << 16

    /// Parser options: never substitute entities or load a DTD, never touch the network; CDATA
    /// sections arrive as text.
    private static let options = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOCDATA.rawValue)

    /// Opens a reader over a document held in memory; `file` names it in errors.
    init(bytes: [UInt8], file: String) throws(XMLError) {
        self.file = file
        source = .memory(bytes, offset: 0)
        try start()
    }

    /// Opens a reader that streams the file at `path` from disk in small blocks, so memory stays
    /// flat whatever the file size; a file compressed with gzip is inflated as it is read. The
    /// encoding comes from the byte-order mark or the XML declaration (UTF-8 and UTF-16 both work).
    init(path: String) throws(XMLError) {
        file = path
        guard let input = InputFile(path: path) else {
            throw XMLError(file: path, line: nil, column: nil, message: "cannot open the file")
        }
        source = .file(input)
        try start()
    }

    /// Opens a reader that streams `input` (a member of an archive); `file` names it in errors.
    init(input: InputFile, file: String) throws(XMLError) {
        self.file = file
        source = .file(input)
        try start()
    }

    deinit {
        if let context {
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            xmlFreeParserCtxt(context)
        }
    }

    /// Creates the push parser over the first bytes (libxml2 reads the encoding from them).
    private func start() throws(XMLError) {
        var handler = xmlSAXHandler()
        xmlSAXVersion(&handler, 2)
        handler.startElementNs = { context, localName, _, uri, _, _, count, _, attributes in
            XMLStreamReader.owner(of: context)?.startElement(localName, uri, Int(count), attributes)
        }
        handler.endElementNs = { context, localName, _, _ in XMLStreamReader.owner(of: context)?.endElement(localName) }
        handler.characters = { context, characters, length in XMLStreamReader.owner(of: context)?.text(characters, Int(length)) }
        handler.ignorableWhitespace = handler.characters
        handler.reference = { context, name in XMLStreamReader.owner(of: context)?.reference(name) }
        handler.comment = nil
        handler.processingInstruction = nil
        handler.warning = nil
        handler.error = nil
        handler.fatalError = nil
        handler.serror = { context, error in
            guard let context, let error else { return }
            XMLStreamReader.owner(of: context)?.record(error.pointee)
        }
        // The first bytes hold the byte order mark or the XML declaration.
        var first = [CChar](repeating: 0, count: 256)
        let count = try fill(&first)
        guard count > 0 else { throw XMLError(file: file, line: nil, column: nil, message: "the file is empty") }
        guard let created = xmlCreatePushParserCtxt(&handler, nil, first, Int32(count), file) else {
            throw XMLError(file: file, line: nil, column: nil, message: "libxml2 could not start reading the file")
        }
        context = created
        fed = count
        created.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        var options = Self.options
        let start = first.prefix(count).map { UInt8(bitPattern: $0) }
        if Self.declaresLatin1(start), let windows1252 = xmlFindCharEncodingHandler("WINDOWS-1252") {
            xmlSwitchToEncoding(created, windows1252)
            options |= Int32(XML_PARSE_IGNORE_ENC.rawValue)
        } else if Self.declaresUTF16InSingleBytes(start), let utf8 = xmlFindCharEncodingHandler("UTF-8") {
            xmlSwitchToEncoding(created, utf8)
            options |= Int32(XML_PARSE_IGNORE_ENC.rawValue)
            mislabelledUTF16 = true
        }
        xmlCtxtUseOptions(created, options)
    }

    /// Whether the XML declaration names ISO 8859-1 (or ASCII). Such files are read as
    /// Windows-1252, as web browsers read them: the two differ only in 0x80–0x9F, which
    /// ISO 8859-1 gives to invisible control characters nobody writes, and Windows tools that
    /// label their files ISO 8859-1 use for "–", "„", "“", "€". Read as declared, a TMX from
    /// such a tool would store those controls in place of its dashes and quotes.
    static func declaresLatin1(_ start: [UInt8]) -> Bool {
        guard let encoding = declaredEncoding(start) else { return false }
        return ["iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819", "ibm819"].contains(encoding)
    }

    /// The encoding an XML declaration written in single bytes names, in lower case; nil where
    /// the document opens with no such declaration (UTF-16 puts a zero beside every letter).
    static func declaredEncoding(_ start: [UInt8]) -> String? {
        guard start.starts(with: Array("<?xml".utf8)), let end = start.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let declaration = String(decoding: start[..<end], as: UTF8.self).lowercased()
        guard let range = declaration.range(of: "encoding") else { return nil }
        return String(declaration[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
            .prefix { $0 != "\"" && $0 != "'" && $0 != " " })
    }

    /// Whether the XML declaration says UTF-16 over bytes that are not: a declaration written in
    /// single bytes (UTF-16 would put a zero byte beside every letter of it), with or without
    /// UTF-8's byte order mark. .NET's `XmlWriter` over a string declares "utf-16" whatever the
    /// file is then saved as, and tools built on it write such TMX; libxml2 refuses them
    /// ("Document labelled UTF-16 but has UTF-8 content"). They are read as UTF-8, with a note,
    /// where a byte that is no UTF-8 is still an error.
    static func declaresUTF16InSingleBytes(_ start: [UInt8]) -> Bool {
        let bytes = start.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(start.dropFirst(3)) : start
        guard let encoding = declaredEncoding(bytes) else { return false }
        return ["utf-16", "utf16", "utf-16le", "utf-16be", "unicode", "ucs-2"].contains(encoding)
    }

    /// Set when the declaration said UTF-16 over single bytes (``declaresUTF16InSingleBytes(_:)``).
    private(set) var mislabelledUTF16 = false

    /// The reader behind a callback's context (the parser context, whose `_private` names it;
    /// libxml2's own SAX2 callbacks for the DTD need the context as their user data).
    ///
    /// nil for the nested parser libxml2 runs over an internal entity's text the first time the
    /// entity is used (to check it is well-formed): the reference itself is queued, and expanded
    /// by the caller; queueing the check's nodes too would double the entity's text.
    private static func owner(of context: UnsafeMutableRawPointer?) -> XMLStreamReader? {
        let parser = context!.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let owner = parser.pointee._private else { return nil }
        let reader = Unmanaged<XMLStreamReader>.fromOpaque(owner).takeUnretainedValue()
        return reader.context == parser ? reader : nil
    }

    /// Copies the next bytes of the source into `buffer`; how many (0 at the end).
    private func fill(_ buffer: inout [CChar]) throws(XMLError) -> Int {
        switch source {
        case .file(let input):
            do {
                return try input.read(into: &buffer)
            } catch {
                throw XMLError(file: file, line: nil, column: nil, message: error.description, isDamagedCompression: true)
            }
        case .memory(let bytes, let offset):
            let count = min(buffer.count, bytes.count - offset)
            guard count > 0 else { return 0 }
            buffer.withUnsafeMutableBytes { target in
                bytes.withUnsafeBytes { source in
                    target.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: count)
                }
            }
            source = .memory(bytes, offset: offset + count)
            return count
        }
    }

    private var block = [CChar](repeating: 0, count: XMLStreamReader.blockSize)

    /// Parses the next block of the source (or ends the document), queueing its nodes.
    private func feed(final: Bool = false) throws(XMLError) {
        let count = final ? 0 : try fill(&block)
        fed += count
        let code = block.withUnsafeBufferPointer { xmlParseChunk(context, $0.baseAddress, Int32(count), count == 0 ? 1 : 0) }
        if count == 0 { finished = true }
        if var lastError {
            // libxml2 parses a small file's last bytes only when told it ended, so an error found
            // then may be anywhere; it is the file's end only if libxml2 had read all of it.
            if count == 0, level > 0, !lastError.isLimit, lastErrorAtEnd {
                lastError.message = "the file ends inside an open element (cut off?); libxml2: " + lastError.message
            }
            throw lastError
        }
        // The flags also tell of HTML entities and control characters read through, which are
        // no error here.
        if (code != 0 || context.pointee.wellFormed == 0) && htmlEntities == nil && controlCharacters == nil {
            throw XMLError(file: file, line: line, column: column, message: "malformed XML")
        }
    }

    // MARK: Reading

    /// Moves to the next node; false at the end of the document. Throws on malformed XML.
    func read() throws(XMLError) -> Bool {
        cursor += 1
        while cursor >= nodes.count {
            guard !finished else {
                cursor = nodes.count
                return false
            }
            nodes.removeAll(keepingCapacity: true)
            attributeNames.removeAll(keepingCapacity: true)
            attributeValues.removeAll(keepingCapacity: true)
            cursor = 0
            try feed()
        }
        return true
    }

    private var current: Node? { nodes.indices.contains(cursor) ? nodes[cursor] : nil }

    var nodeType: NodeType? { current?.type }
    var localName: String { string(current?.name) ?? "" }
    var namespaceURI: String? { current?.namespaceURI }
    var isEmptyElement: Bool { current?.isEmpty ?? false }
    var depth: Int { Int(current?.depth ?? 0) }
    var value: String { current?.value ?? "" }
    var line: Int { Int(current?.line ?? position.line) }
    var column: Int { Int(current?.column ?? position.column) }
    /// How many bytes of the input the parser has been given.
    var bytesConsumed: Int { fed }
    /// How far into the file on disk reading has come (for progress: with gzip, the compressed
    /// offset, which the file's size measures).
    var bytesReadFromDisk: Int {
        if case .file(let input) = source { return input.offsetOnDisk }
        return fed
    }
    var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    /// The value of an attribute of the current element (qualified name, e.g. `xml:lang`).
    func attribute(_ name: String) -> String? {
        guard let node = current, node.type == .element, let wanted = interned(name) else { return nil }
        for index in node.attributes where attributeNames[index] == wanted { return attributeValues[index] }
        return nil
    }

    /// The current node's local name as libxml2 keeps it: interned in the parser's dictionary,
    /// so two equal names are the same pointer (compare with ``interned(_:)``, no String made).
    var localNamePointer: UnsafePointer<xmlChar>? { current?.name }

    /// `name` interned in the parser's dictionary: equal to ``localNamePointer`` exactly when
    /// the current node has this name.
    func interned(_ name: String) -> UnsafePointer<xmlChar>? {
        // Qualified names are interned as (prefix, name) pairs, the way the callbacks see them;
        // libxml2 keeps those apart from the same text interned whole.
        if let colon = name.firstIndex(of: ":") {
            return xmlDictQLookup(context.pointee.dict, String(name[..<colon]), String(name[name.index(after: colon)...]))
        }
        return xmlDictLookup(context.pointee.dict, name, -1)
    }

    /// Calls `body` with each attribute of the current element: its interned qualified name and
    /// a way to read its value.
    func forEachAttribute(_ body: (UnsafePointer<xmlChar>?, () -> String) -> Void) {
        guard let node = current, node.type == .element else { return }
        for index in node.attributes { body(attributeNames[index], { self.attributeValues[index] }) }
    }

    /// The declaration of the entity the current entity-reference node names, if the document's
    /// internal subset declares it.
    func referencedEntity() -> EntityDeclaration? {
        entity(named: localName)
    }

    /// A declared entity, looked up by name (for expanding entities inside entities).
    func entity(named name: String) -> EntityDeclaration? {
        guard let document = context.pointee.myDoc, let entity = xmlGetDocEntity(document, name) else { return nil }
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
            case .text: text += value
            case .endElement where depth == startDepth: return text
            default: continue
            }
        }
        return text
    }

    /// Moves past the current element's subtree (the reader stops on its end tag; at once for
    /// an empty element).
    func skipElement() throws(XMLError) {
        guard !isEmptyElement else { return }
        let startDepth = depth
        while try read() {
            if nodeType == .endElement && depth == startDepth { return }
        }
    }

    func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    // MARK: Callbacks

    private var position: (line: Int32, column: Int32) {
        guard let input = context.pointee.input else { return (0, 0) }
        return (Int32(input.pointee.line), Int32(input.pointee.col))
    }

    private func startElement(_ localName: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?, _ count: Int,
                              _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        let first = attributeNames.count
        if let attributes {
            for index in 0..<count {
                let base = index * 5
                let name = attributes[base], prefix = attributes[base + 1]
                let qualified = prefix == nil ? name : xmlDictQLookup(context.pointee.dict, prefix, name)
                attributeNames.append(qualified)
                let start = attributes[base + 3]!, end = attributes[base + 4]!
                attributeValues.append(Self.attributeValue(UnsafeBufferPointer(start: start, count: end - start), entity: expandEntity))
            }
        }
        textRunLength = 0
        let (line, column) = position
        nodes.append(Node(type: .element, name: localName, namespaceURI: namespace(uri), value: "",
                          attributes: first..<attributeNames.count, depth: level, line: line, column: column, isEmpty: false))
        level += 1
    }

    /// An attribute's value as written, references resolved. Not substituting entities, libxml2
    /// hands over every `&` of a value that had a reference in it as `&#38;` (for a tree
    /// builder to decode later), so `creationid="R&amp;D"` arrived as "R&#38;D" (xmlTextReader
    /// did the same); this turns them back. A reference to a declared entity (`tuid="&id;"`),
    /// which libxml2 leaves as written, is replaced by `entity`'s text for its name.
    static func attributeValue(_ bytes: UnsafeBufferPointer<UInt8>, entity: (String) -> String? = { _ in nil }) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        let escaped: [UInt8] = Array("&#38;".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&") {
                if index + escaped.count <= bytes.count, bytes[index..<(index + escaped.count)].elementsEqual(escaped) {
                    out.append(UInt8(ascii: "&"))
                    index += escaped.count
                    continue
                }
                if let semicolon = bytes[(index + 1)...].prefix(64).firstIndex(of: UInt8(ascii: ";")), semicolon > index + 1,
                   bytes[index + 1] != UInt8(ascii: "#"),
                   let text = entity(String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)) {
                    out.append(contentsOf: text.utf8)
                    index = semicolon + 1
                    continue
                }
            }
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Expansions of entities in attribute values, with the same budget as in text.
    private var attributeEntities = EntityExpander()

    /// The text of a declared internal entity used in an attribute value; nil (the reference
    /// kept) after recording the error that stops the file: undeclared, external, a bomb.
    private func expandEntity(_ name: String) -> String? {
        // Where the parser is (the element being read), not where the reader's cursor is.
        let (line, column) = position
        let here = SourceLocation(file: file, line: Int(line), column: Int(column))
        do {
            return try attributeEntities.expand(entity(named: name), name: name, at: here, lookup: { self.entity(named: $0) })
        } catch {
            // The error names the place itself; the XML error adds it again.
            let prefix = "\(here): "
            let message = error.description.hasPrefix(prefix) ? String(error.description.dropFirst(prefix.count)) : error.description
            if lastError == nil { lastError = XMLError(file: file, line: Int(line), column: Int(column), message: message, isLimit: true) }
            return nil
        }
    }

    private func endElement(_ localName: UnsafePointer<xmlChar>?) {
        textRunLength = 0
        level -= 1
        // `<x/>` and `<x></x>` queued together read as one empty element, as xmlTextReader did.
        if let last = nodes.indices.last, nodes[last].type == .element, nodes[last].depth == level {
            nodes[last].isEmpty = true
            return
        }
        let (line, column) = position
        nodes.append(Node(type: .endElement, name: localName, namespaceURI: nil, value: "",
                          attributes: 0..<0, depth: level, line: line, column: column, isEmpty: false))
    }

    /// The longest run of text between two tags, libxml2's figure for a text node
    /// (`XML_MAX_TEXT_LENGTH`): the parser hands text to SAX callbacks in pieces and never
    /// checks the total (`xmlTextReader` let an 11 MB segment through too), so a hostile file
    /// with one endless text could fill memory.
    static let maximumTextLength = 10_000_000
    private var textRunLength = 0

    private func text(_ characters: UnsafePointer<xmlChar>?, _ length: Int) {
        guard let characters, length > 0 else { return }
        textRunLength += length
        if textRunLength > Self.maximumTextLength {
            if lastError == nil {
                let (line, column) = position
                lastError = XMLError(file: file, line: Int(line), column: Int(column),
                                     message: "a text of more than \(Self.maximumTextLength / 1_000_000) MB between two tags (libxml2's limit; no segment is that long)",
                                     isLimit: true)
            }
            xmlStopParser(context)
            return
        }
        let piece = UnsafeBufferPointer(start: characters, count: length)
        // libxml2 hands long text over in pieces; one node per run of text.
        if let last = nodes.indices.last, nodes[last].type == .text {
            nodes[last].value += String(decoding: piece, as: UTF8.self)
            return
        }
        let (line, column) = position
        nodes.append(Node(type: .text, name: nil, namespaceURI: nil, value: String(decoding: piece, as: UTF8.self),
                          attributes: 0..<0, depth: level, line: line, column: column, isEmpty: false))
    }

    private func reference(_ name: UnsafePointer<xmlChar>?) {
        let (line, column) = position
        nodes.append(Node(type: .entityReference, name: name, namespaceURI: nil, value: name.map { String(cString: $0) } ?? "",
                          attributes: 0..<0, depth: level, line: line, column: column, isEmpty: false))
    }

    private func record(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue, lastError == nil else { return }
        if readHTMLEntity(error) || dropControlCharacter(error) { return }
        let message = error.message.map { String(cString: $0) }?.trimmingNewline() ?? "malformed XML"
        lastErrorAtEnd = xmlByteConsumed(context) >= fed
        lastError = XMLError(file: file, line: Int(error.line), column: Int(error.int2), message: Self.plainWords(for: error.code, message: message) ?? message)
    }

    /// HTML's named entities (`&nbsp;`, `&euro;`, `&hellip;`) that a tool copied from a web page
    /// into XML without declaring them, counted by name, with the first place one was met.
    private(set) var htmlEntities: (first: SourceLocation, counts: [String: Int])?

    /// Reads an undeclared entity in text that HTML names as its character, where XML would stop
    /// (a fatal error, after which libxml2 calls no more callbacks unless it is in recovery mode,
    /// which is switched on here). In an attribute value it stays an error: the element is not queued
    /// yet, so the character has no place.
    /// - Returns: whether the error was one of those and was read through.
    private func readHTMLEntity(_ error: xmlError) -> Bool {
        guard error.code == Int32(XML_ERR_UNDECLARED_ENTITY.rawValue), context.pointee.instate == XML_PARSER_CONTENT,
              let name = error.str1, let entity = htmlEntityLookup(UnsafeRawPointer(name).assumingMemoryBound(to: xmlChar.self)),
              let scalar = Unicode.Scalar(entity.pointee.value) else { return false }
        let character = Array(String(Character(scalar)).utf8)
        character.withUnsafeBufferPointer { text($0.baseAddress, $0.count) }
        let key = String(cString: name)
        if htmlEntities == nil { htmlEntities = (SourceLocation(file: file, line: Int(error.line), column: Int(error.int2)), [:]) }
        htmlEntities?.counts[key, default: 0] += 1
        // libxml2 stops calling back after a fatal error unless it recovers; from here on it does
        // (any later error is still recorded, and thrown at the end of its block).
        context.pointee.recovery = 1
        return true
    }

    /// C0 control characters XML does not allow (all but tab, line feed and carriage return),
    /// counted by code, with the first place one was met.
    private(set) var controlCharacters: (first: SourceLocation, counts: [UInt32: Int])?

    /// Reads past a C0 control character in text, raw or as a character reference (`&#x1F;`),
    /// where XML would stop. TMX from Trados-era tools carries Word's vertical tab and other
    /// controls into segments; Trados, memoQ and OmegaT then refuse the whole file
    /// ("hexadecimal value 0x0B is an invalid character"). libxml2 reports the character after
    /// handing over the text before it, and skips it in recovery mode; what is read in its place
    /// is ``DisallowedCharacters/replacement(for:)``'s. In an attribute value, in markup, and for
    /// anything else libxml2 calls an invalid character (bytes that are no UTF-8, a NUL) it stays
    /// an error.
    /// - Returns: whether the error was one of those and was read through.
    private func dropControlCharacter(_ error: xmlError) -> Bool {
        guard error.code == Int32(XML_ERR_INVALID_CHAR.rawValue), context.pointee.instate == XML_PARSER_CONTENT,
              let message = error.message.map({ String(cString: $0) }),
              message.hasPrefix("PCDATA invalid Char value") || message.hasPrefix("xmlParseCharRef: invalid xmlChar value"),
              (1..<0x20).contains(error.int1), let replacement = DisallowedCharacters.replacement(for: UInt32(error.int1)) else { return false }
        if !replacement.isEmpty {
            let bytes = Array(replacement.utf8)
            bytes.withUnsafeBufferPointer { text($0.baseAddress, $0.count) }
        }
        if controlCharacters == nil { controlCharacters = (SourceLocation(file: file, line: Int(error.line), column: Int(error.int2)), [:]) }
        controlCharacters?.counts[UInt32(error.int1), default: 0] += 1
        context.pointee.recovery = 1
        return true
    }

    /// What the commonest well-formedness errors of hand-edited and badly exported files mean,
    /// in words a translator can act on; nil keeps libxml2's message.
    static func plainWords(for code: Int32, message: String) -> String? {
        if message.hasPrefix("xmlParseEntityRef: no name") || code == Int32(XML_ERR_ENTITYREF_SEMICOL_MISSING.rawValue) {
            return "an & that starts no entity reference (a bare ampersand: XML needs &amp;)"
        }
        if message.hasPrefix("StartTag: invalid element name") {
            return "a < that starts no tag (a bare less-than sign: XML needs &lt;)"
        }
        if code == Int32(XML_ERR_LT_IN_ATTRIBUTE.rawValue) { return "a < inside an attribute value (XML needs &lt;)" }
        return nil
    }

    private func namespace(_ uri: UnsafePointer<xmlChar>?) -> String? {
        guard let uri else { return nil }
        if uri != lastURIPointer || lastURI.map({ strcmp($0, UnsafeRawPointer(uri).assumingMemoryBound(to: CChar.self)) != 0 }) ?? true {
            lastURIPointer = uri
            lastURI = String(cString: uri)
        }
        return lastURI
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

/// A document that is not well-formed XML, or that passes a limit no real document comes near,
/// with where libxml2 stopped.
public struct XMLError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String
    /// Well-formed perhaps, but past a limit (``XMLStreamReader/maximumTextLength``).
    public var isLimit: Bool
    /// The file's gzip compression is damaged or cut off: the XML was never seen whole.
    public var isDamagedCompression: Bool

    public init(file: String, line: Int?, column: Int?, message: String, isLimit: Bool = false, isDamagedCompression: Bool = false) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.isLimit = isLimit
        self.isDamagedCompression = isDamagedCompression
    }

    public var description: String {
        SourceLocation(file: file, line: line, column: column).description + ": " + message
    }

    /// What to do, for the readers' messages.
    var advice: String {
        if isDamagedCompression { return "download or compress the file again and import it again" }
        return isLimit ? "glossa stops there; shorten or remove that text and import again"
            : "the file is not well-formed XML; fix it there (or re-export it from the tool that wrote it) and import again"
    }
}

extension String {
    func trimmingNewline() -> String {
        var text = self
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }
}

extension XMLStreamReader {
    /// One note for the HTML entities read as characters and one for the control characters
    /// passed over, where any were met.
    var readThroughDiagnostics: [Diagnostic] {
        var notes: [Diagnostic] = []
        if mislabelledUTF16 {
            notes.append(Diagnostic(.warning, "the XML declaration says UTF-16 but the file is not (.NET tools write such files); "
                                        + "it was read as UTF-8", at: SourceLocation(file: file, line: 1, column: nil)))
        }
        if let (first, counts) = htmlEntities {
            let names = counts.sorted { $0.key < $1.key }.map { "&\($0.key); (\($0.value)×)" }.joined(separator: ", ")
            notes.append(Diagnostic(.warning, "HTML entities XML does not know were read as their characters: \(names); "
                                        + "the tool that wrote the file should have written them as characters", at: first))
        }
        if let (first, counts) = controlCharacters {
            let codes = counts.sorted { $0.key < $1.key }.map { DisallowedCharacters.name(of: $0.key) + " (\($0.value)×)" }.joined(separator: ", ")
            notes.append(Diagnostic(.warning, "control characters XML does not allow were passed over: \(codes); "
                                        + "a vertical tab or form feed (Word's manual line break) was read as a space, others dropped", at: first))
        }
        return notes
    }
}
