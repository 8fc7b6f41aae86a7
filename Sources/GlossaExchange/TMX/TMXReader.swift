import GlossaCore

/// Reads TMX (1.4b, and the 1.1–1.3 files still in circulation) one `<tu>` at a time.
///
/// Streaming: only the unit being read is in memory, so a 1 GB file costs what a 1 MB file
/// does. `header` is read when the reader opens; call ``next()`` until it returns nil.
///
/// Lenient where real files differ from the standard, and each leniency is reported once as a
/// diagnostic with its first place and a count: element and attribute names in upper case,
/// TMX 1.1's `lang` for `xml:lang`, language tags in odd case or with `_`, a missing `srclang`,
/// `srclang="*all*"`, attributes TMX does not define (dropped), unknown elements (skipped,
/// their text kept inside a segment). Strict where guessing would lose data: malformed XML,
/// a variant without a language, an external entity or an entity bomb stop the read with a
/// ``TMXError``.
///
/// Cost: O(file size) time; memory O(largest unit).
public final class TMXReader {
    public private(set) var header = TMXHeader()
    /// The TMX version the root element declares ("1.4").
    public private(set) var version: String?
    public var diagnostics: [Diagnostic] { quirks.diagnostics + xml.readThroughDiagnostics }
    /// Bytes of the file read so far, for a progress bar.
    public var bytesRead: Int { xml.bytesReadFromDisk }

    private let xml: XMLStreamReader
    private var quirks = QuirkLog()
    private var entities = EntityExpander()
    private var finished = false
    static let inlineDepthLimit = 32

    /// Streams the file at `path`.
    public convenience init(path: String) throws(TMXError) {
        let xml: XMLStreamReader
        do { xml = try XMLStreamReader(path: path) } catch { throw .malformed(error) }
        try self.init(xml: xml)
    }

    /// Streams `input` (a member of an archive); `file` names it in diagnostics and errors.
    public convenience init(input: InputFile, file: String) throws(TMXError) {
        let xml: XMLStreamReader
        do { xml = try XMLStreamReader(input: input, file: file) } catch { throw .malformed(error) }
        try self.init(xml: xml)
    }

    /// Reads a document held in memory; `file` names it in diagnostics and errors.
    public convenience init(bytes: [UInt8], file: String) throws(TMXError) {
        let xml: XMLStreamReader
        do { xml = try XMLStreamReader(bytes: bytes, file: file) } catch { throw .malformed(error) }
        try self.init(xml: xml)
    }

    private init(xml: XMLStreamReader) throws(TMXError) {
        self.xml = xml
        knownNames = Self.elementNames.compactMap { name in xml.interned(name).map { ($0, name) } }
        knownAttributes = Self.attributeNames.compactMap { name in xml.interned(name).map { ($0, name) } }
        try readUpToBody()
    }

    /// Interned pointers of TMX's element and attribute names, so the common case (lower-case
    /// names, as TMX 1.4b writes them) is a pointer comparison instead of a String per node.
    private let knownNames: [(UnsafePointer<UInt8>, String)]
    private let knownAttributes: [(UnsafePointer<UInt8>, String)]
    /// Language tags as written → canonical, so each distinct tag is parsed once per file.
    private var languages: [String: LanguageTag] = [:]

    static let elementNames = ["tu", "tuv", "seg", "prop", "note", "bpt", "ept", "it", "ph", "hi", "sub", "ut", "tmx", "header", "body", "ude", "map"]
    static let attributeNames = Array(headerAttributes.union(unitAttributes).union(variantAttributes).union(inlineAttributes)
        .union(["version", "type"])).sorted()

    /// The next unit, or nil at the end of the body.
    public func next() throws(TMXError) -> TranslationUnit? {
        while !finished, try read() {
            guard xml.nodeType == .element else { continue }
            let name = elementName()
            if name == "tu" {
                let unit = try readUnit()
                if unit.variants.isEmpty { continue }
                return unit
            }
            if name == "body" { continue }
            skipUnknown(name, in: "body")
        }
        finished = true
        return nil
    }

    /// Reads every unit; for tests and small files.
    public func readAll() throws(TMXError) -> [TranslationUnit] {
        var units: [TranslationUnit] = []
        while let unit = try next() { units.append(unit) }
        return units
    }

    // MARK: Structure

    private func readUpToBody() throws(TMXError) {
        var sawRoot = false
        while try read() {
            guard xml.nodeType == .element else { continue }
            let name = elementName()
            if !sawRoot {
                guard name == "tmx" else { throw .notTMX(xml.location, root: xml.localName) }
                sawRoot = true
                version = attributes(allowed: ["version"], of: "tmx")[attribute: "version"]
                if let version, !version.hasPrefix("1.4") {
                    quirks.note("tmx-version", "TMX \(version) file; read as TMX 1.4b", at: xml.location)
                }
                continue
            }
            switch name {
            case "header": try readHeader()
            case "body":
                if header.sourceLanguage == nil {
                    quirks.note("no-srclang", "the header has no srclang; each unit's first variant is taken as its source", at: xml.location)
                }
                return
            default: skipUnknown(name, in: "tmx")
            }
        }
        if !sawRoot { throw .notTMX(xml.location, root: "") }
        finished = true
    }

    private func readHeader() throws(TMXError) {
        header.attributes = attributes(allowed: Self.headerAttributes, of: "header")
        normalizeDates(&header.attributes)
        if header.sourceLanguage == "*all*" {
            quirks.note("srclang-all", "srclang=\"*all*\": any variant may be the source; glossa matches in the language you ask for", at: xml.location)
        } else if let language = header.sourceLanguage {
            header.attributes[attribute: "srclang"] = try canonicalLanguage(language)
        }
        let end = childrenEnd()
        while let name = try nextChild(before: end) {
            switch name {
            case "prop": header.props.append(try readProp())
            case "note": header.notes.append(try readNote())
            default: skipUnknown(name, in: "header")
            }
        }
    }

    private func readUnit() throws(TMXError) -> TranslationUnit {
        var attributes = attributes(allowed: Self.unitAttributes, of: "tu")
        normalizeDates(&attributes)
        let tuid = attributes[attribute: "tuid"]
        attributes[attribute: "tuid"] = nil
        if let language = attributes[attribute: "srclang"], language != "*all*" {
            attributes[attribute: "srclang"] = try canonicalLanguage(language)
        }
        var unit = TranslationUnit(tuid: tuid, attributes: attributes, variants: [])
        let end = childrenEnd()
        while let name = try nextChild(before: end) {
            switch name {
            case "prop": unit.props.append(try readProp())
            case "note": unit.notes.append(try readNote())
            case "tuv": unit.variants.append(try readVariant())
            default: skipUnknown(name, in: "tu")
            }
        }
        if unit.variants.isEmpty {
            quirks.warn("empty-tu", "a <tu> without variants was skipped", at: xml.location)
        }
        return unit
    }

    private func readVariant() throws(TMXError) -> TranslationVariant {
        var attributes = attributes(allowed: Self.variantAttributes, of: "tuv")
        normalizeDates(&attributes)
        var language = attributes[attribute: "xml:lang"]
        if language == nil, let old = attributes[attribute: "lang"] {
            quirks.note("lang", "TMX 1.1 lang attributes read as xml:lang", at: xml.location)
            language = old
        }
        attributes[attribute: "xml:lang"] = nil
        attributes[attribute: "lang"] = nil
        guard let language, let tag = try Optional(canonicalTag(language)) else {
            throw .invalidLanguage(xml.location, value: language ?? "")
        }
        var variant = TranslationVariant(language: tag, segment: [], attributes: attributes)
        var sawSegment = false
        let location = xml.location
        let end = childrenEnd()
        while let name = try nextChild(before: end) {
            switch name {
            case "prop": variant.props.append(try readProp())
            case "note": variant.notes.append(try readNote())
            case "seg":
                if sawSegment { quirks.warn("two-segs", "a <tuv> with more than one <seg>: the segments were joined", at: xml.location) }
                sawSegment = true
                variant.segment.appendMerging(try readContent(depth: 0))
            default: skipUnknown(name, in: "tuv")
            }
        }
        if !sawSegment { quirks.warn("no-seg", "a <tuv> without <seg> was read as an empty segment", at: location) }
        return variant
    }

    /// Dates in another form than TMX's are rewritten in it (``TMXDate``); one that cannot be
    /// read is kept as written. Either is said once per file.
    private func normalizeDates(_ attributes: inout [TMXAttribute]) {
        for index in attributes.indices where Self.dateAttributes.contains(attributes[index].name) {
            let value = attributes[index].value
            guard !TMXDate.isCanonical(value) else { continue }
            if let normalized = TMXDate.normalized(value) {
                quirks.note("date-form", "dates not in TMX's form (YYYYMMDDThhmmssZ) were rewritten in it: \"\(value)\" → \(normalized)", at: xml.location)
                attributes[index].value = normalized
            } else {
                quirks.warn("date-unread", "a date in no form glossa reads was kept as written (\(attributes[index].name)=\"\(value)\"); export --since cannot compare it", at: xml.location)
            }
        }
    }

    static let dateAttributes: Set<String> = ["creationdate", "changedate", "lastusagedate"]

    private func readProp() throws(TMXError) -> TMXProp {
        let attributes = attributes(allowed: ["type", "xml:lang", "o-encoding"], of: "prop")
        let value = try readText()
        return TMXProp(type: attributes[attribute: "type"] ?? "", value: value,
                       language: attributes[attribute: "xml:lang"], encoding: attributes[attribute: "o-encoding"])
    }

    private func readNote() throws(TMXError) -> TMXNote {
        let attributes = attributes(allowed: ["xml:lang", "o-encoding"], of: "note")
        return TMXNote(text: try readText(), language: attributes[attribute: "xml:lang"], encoding: attributes[attribute: "o-encoding"])
    }

    /// Segment content: text and inline elements, up to the end tag of the current element.
    /// - Parameter parent: the inline element being read (nil for the segment). An element TMX
    ///   1.4b does not allow there (`sub` in a segment or `hi`, a code inside a code) gives its
    ///   content to its parent, with a diagnostic, so that what is exported validates.
    private func readContent(depth: Int, in parent: InlineElement.Kind? = nil) throws(TMXError) -> [InlineContent] {
        guard depth < Self.inlineDepthLimit else { throw .tooDeep(xml.location, limit: Self.inlineDepthLimit) }
        var content: [InlineContent] = []
        if xml.isEmptyElement { return content }
        let start = xml.depth
        while try read() {
            switch xml.nodeType {
            case .text:
                content.appendMerging([.text(xml.value)])
            case .entityReference:
                content.appendMerging([.text(try expandEntity())])
            case .element:
                let name = elementName()
                if let kind = InlineElement.Kind(rawValue: name) {
                    guard Self.allows(parent, kind) else {
                        quirks.warn("misplaced-\(name)-in-\(parent?.rawValue ?? "seg")", "<\(name)> inside <\(parent?.rawValue ?? "seg")> is not allowed by TMX 1.4b: its content kept, the tag dropped",
                                    at: xml.location)
                        content.appendMerging(try readContent(depth: depth + 1, in: parent))
                        continue
                    }
                    let attributes = attributes(allowed: Self.inlineAttributes, of: name)
                    let inner = try readContent(depth: depth + 1, in: kind)
                    content.append(.element(InlineElement(kind, attributes: attributes, content: inner)))
                } else {
                    quirks.warn("unknown-inline", "unknown element <\(xml.localName)> inside a segment: its text kept, the tag dropped", at: xml.location)
                    content.appendMerging(try readContent(depth: depth + 1).filter { if case .text = $0 { true } else { false } })
                }
            case .endElement where xml.depth == start:
                return content
            default:
                continue
            }
        }
        return content
    }

    /// TMX 1.4b's content models: a segment, `hi` and `sub` hold text and `bpt`, `ept`, `it`,
    /// `ph`, `hi`, `ut`; the codes hold text and `sub`.
    static func allows(_ parent: InlineElement.Kind?, _ child: InlineElement.Kind) -> Bool {
        if let parent, parent.holdsCode { return child == .sub }
        return child != .sub
    }

    /// The text of a `<prop>` or `<note>`, entities expanded.
    private func readText() throws(TMXError) -> String {
        var text = ""
        for item in try readContent(depth: Self.inlineDepthLimit - 1) {
            if case .text(let value) = item { text += value }
        }
        return text
    }

    /// The depth of the current element's end tag, or nil for an empty element (no children).
    /// With ``nextChild(before:)`` a loop over the children, without a closure: variables a
    /// closure captures are checked for exclusive access on every use.
    private func childrenEnd() -> Int? {
        xml.isEmptyElement ? nil : xml.depth
    }

    /// The next child element's name, or nil at the end tag at depth `end` (or at once for nil).
    private func nextChild(before end: Int?) throws(TMXError) -> String? {
        guard let end else { return nil }
        while try read() {
            switch xml.nodeType {
            case .element: return elementName()
            case .endElement where xml.depth == end: return nil
            default: continue
            }
        }
        return nil
    }

    private func skipUnknown(_ name: String, in parent: String) {
        if name == "ude" || name == "map" {
            quirks.note("ude", "user-defined encodings (<ude>) are not needed for Unicode text and were skipped", at: xml.location)
        } else {
            quirks.warn("unknown-\(name)", "unknown element <\(xml.localName)> in <\(parent)> skipped", at: xml.location)
        }
        guard !xml.isEmptyElement else { return }
        let start = xml.depth
        while (try? read()) == true {
            if xml.nodeType == .endElement && xml.depth == start { return }
        }
    }

    // MARK: Names, attributes, languages

    private func read() throws(TMXError) -> Bool {
        do { return try xml.read() } catch { throw .malformed(error) }
    }

    /// The element's name in lower case; TMX files from some tools write `<TU>`.
    private func elementName() -> String {
        if let pointer = xml.localNamePointer {
            for (known, name) in knownNames where known == pointer { return name }
        }
        let name = xml.localName
        let lower = name.lowercased()
        if lower != name { quirks.note("case", "element names not in lower case (<\(name)>) read as TMX's lower-case names", at: xml.location) }
        return lower
    }

    private func attributes(allowed: Set<String>, of element: String) -> [TMXAttribute] {
        var result: [TMXAttribute] = []
        xml.forEachAttribute { pointer, value in
            if let pointer, let known = knownAttributes.first(where: { $0.0 == pointer })?.1, allowed.contains(known) {
                result.append(TMXAttribute(known, value()))
                return
            }
            let rawName = xml.string(pointer) ?? ""
            guard rawName != "xmlns" && !rawName.hasPrefix("xmlns:") else { return }
            let name = rawName.lowercased()
            guard allowed.contains(name) else {
                quirks.warn("attribute-\(element)-\(name)", "attribute \(rawName) is not TMX 1.4b on <\(element)> and was dropped", at: xml.location)
                return
            }
            result.append(TMXAttribute(name, value()))
        }
        return result
    }

    /// A language tag in canonical case (`de-DE`); odd forms (`DE_de`) are reported.
    private func canonicalLanguage(_ text: String) throws(TMXError) -> String {
        try canonicalTag(text).identifier
    }

    private func canonicalTag(_ text: String) throws(TMXError) -> LanguageTag {
        if let known = languages[text] { return known }
        guard let tag = LanguageTag(text) else { throw .invalidLanguage(xml.location, value: text) }
        languages[text] = tag
        if tag.identifier != text {
            quirks.note("language-case", "language tag \"\(text)\" read as \"\(tag.identifier)\"", at: xml.location)
        }
        return tag
    }

    private func expandEntity() throws(TMXError) -> String {
        let name = xml.localName
        let xml = self.xml
        return try entities.expand(xml.referencedEntity(), name: name, at: xml.location) { xml.entity(named: $0) }
    }

    static let headerAttributes: Set<String> = [
        "creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype", "o-encoding",
        "creationdate", "creationid", "changedate", "changeid",
    ]
    static let unitAttributes: Set<String> = [
        "tuid", "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool", "creationtoolversion",
        "creationdate", "creationid", "changedate", "segtype", "changeid", "o-tmf", "srclang",
    ]
    static let variantAttributes: Set<String> = [
        "xml:lang", "lang", "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool", "creationtoolversion",
        "creationdate", "creationid", "changedate", "changeid", "o-tmf",
    ]
    static let inlineAttributes: Set<String> = ["i", "x", "type", "pos", "assoc", "datatype"]
}

extension [InlineContent] {
    /// Appends, joining adjacent text so equal segments have equal content however the XML
    /// split their text (entities, CDATA, line ends).
    mutating func appendMerging(_ items: [InlineContent]) {
        for item in items {
            if case .text(let new) = item, case .text(let old)? = last {
                self[count - 1] = .text(old + new)
            } else if case .text(let new) = item, new.isEmpty {
                continue
            } else {
                append(item)
            }
        }
    }
}
