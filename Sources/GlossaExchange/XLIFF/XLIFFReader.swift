import GlossaCore

/// Reads the translated segments of XLIFF files, the bilingual files CAT tools exchange, as
/// translation units: XLIFF 1.2 (and 1.0, 1.1; Trados Studio's `.sdlxliff`, memoQ's `.mqxliff`,
/// Okapi's and OmegaT's `.xlf` are XLIFF 1.2 with extensions) and XLIFF 2.0/2.1.
///
/// One unit per segment: XLIFF 1.2 segmented by `<seg-source>`/`<target>` markers (`<mrk
/// mtype="seg" mid="…">`, as Trados and Okapi write it) gives one unit per marker pair, else one
/// per `<trans-unit>`; XLIFF 2 one per `<segment>`. Inline codes become TMX's: `<g>` and `<pc>`
/// a `bpt`/`ept` pair around their text, `<x/>` and `<ph/>` a `ph`, `<bx/>`/`<sc/>` and
/// `<ex/>`/`<ec/>` a `bpt`/`ept` (an `it` when isolated), `<mrk>` a `hi`, `<cp/>` its character;
/// codes are numbered per segment (`i`, `x`), XLIFF's own ids are not kept; the native code
/// XLIFF 2 keeps in `<originalData>` becomes the TMX code's text. A unit's `tuid` is
/// the XLIFF unit id (with `/` and the segment id when a unit has several segments), its
/// `<note>`s are kept, and the file's `original` is the unit's `x-xliff-original` prop.
///
/// Left out, and counted in one diagnostic each: segments without a translation (no or empty
/// target, or marked `new`, `needs-translation` or `initial`), segments Trados does not count
/// as translated (`sdl:seg conf` Draft, rejected, or none: as Trados itself updates a memory
/// only with confirmed ones), memoQ segments not confirmed (`mq:status`), units marked
/// `translate="no"`, and `<alt-trans>` (matches a tool proposed, not this file's translation).
/// Streaming on the same safe XML reader as TMX; memory stays flat whatever the file size.
public final class XLIFFReader: TranslationUnitReader {
    public private(set) var header = TMXHeader()
    /// "1.2", "2.0", …
    public private(set) var version = ""
    /// Every segment to translate, translated or not, as a unit of its source alone (for an
    /// analysis of the file against a memory); units marked translate="no" still left out.
    public var sourcesOnly = false
    public var diagnostics: [Diagnostic] { quirks.diagnostics + xml.readThroughDiagnostics }
    public var bytesRead: Int { xml.bytesReadFromDisk }

    private let xml: XMLStreamReader
    private var quirks = QuirkLog()
    private var entities = EntityExpander()
    private var pending: [TranslationUnit] = []
    private var finished = false
    private var isVersion2: Bool { version.hasPrefix("2") }
    /// The current `<file>`'s languages and name (XLIFF 2 gives the languages on the root).
    private var sourceLanguage: LanguageTag?
    private var targetLanguage: LanguageTag?
    private var original: String?
    /// Codes of the segment being read: the next `i` and `x`, and XLIFF ids → `i`.
    private var nextPair = 1
    private var nextCode = 1
    private var pairOfID: [String: Int] = [:]
    /// XLIFF 2's `<originalData>` of the unit being read: the native code each `dataRef` names.
    private var originalData: [String: String] = [:]
    static let inlineDepthLimit = 32

    public convenience init(path: String) throws(XLIFFError) {
        let xml: XMLStreamReader
        do { xml = try XMLStreamReader(path: path) } catch { throw .malformed(error) }
        try self.init(xml: xml)
    }

    /// Streams `input` (a member of an archive); `file` names it in diagnostics and errors.
    public convenience init(input: InputFile, file: String) throws(XLIFFError) {
        let xml: XMLStreamReader
        do { xml = try XMLStreamReader(input: input, file: file) } catch { throw .malformed(error) }
        try self.init(xml: xml)
    }

    public convenience init(bytes: [UInt8], file: String) throws(XLIFFError) {
        let xml: XMLStreamReader
        do { xml = try XMLStreamReader(bytes: bytes, file: file) } catch { throw .malformed(error) }
        try self.init(xml: xml)
    }

    /// Reads the root and up to the first `<file>`, whose source language becomes the header's.
    private init(xml: XMLStreamReader) throws(XLIFFError) {
        self.xml = xml
        while try read() {
            guard xml.nodeType == .element else { continue }
            guard xml.localName == "xliff" else { throw .notXLIFF(xml.location, root: xml.localName) }
            version = xml.attribute("version") ?? "1.2"
            if isVersion2 {
                sourceLanguage = try language(xml.attribute("srcLang"), required: "srcLang")
                targetLanguage = try xml.attribute("trgLang").map { value throws(XLIFFError) in try language(value, required: "trgLang") }
            }
            break
        }
        guard !version.isEmpty else { throw .notXLIFF(xml.location, root: "") }
        while try read() {
            if xml.nodeType == .element && xml.localName == "file" {
                try enterFile()
                break
            }
        }
        header.attributes = [TMXAttribute("creationtool", "XLIFF"), TMXAttribute("o-tmf", "XLIFF \(version)"),
                             TMXAttribute("segtype", "sentence")]
        if let sourceLanguage { header.attributes[attribute: "srclang"] = sourceLanguage.identifier }
    }

    /// The next translated segment as a unit, or nil at the end of the file.
    public func next() throws(XLIFFError) -> TranslationUnit? {
        if !pending.isEmpty { return pending.removeFirst() }
        while !finished, try read() {
            guard xml.nodeType == .element else { continue }
            switch xml.localName {
            case "file":
                try enterFile()
            case "trans-unit" where !isVersion2, "unit" where isVersion2:
                pending = isVersion2 ? try readUnit2() : try readTransUnit()
                if !pending.isEmpty { return pending.removeFirst() }
            case "header", "skeleton", "bin-unit", "notes", "reference", "glossary":
                // File-level headers, skeletons and binary units carry no segments.
                try skipElement()
            default:
                continue
            }
        }
        finished = true
        return nil
    }

    public func nextUnit() throws -> TranslationUnit? { try next() }

    /// Reads every unit; for tests and small files.
    public func readAll() throws(XLIFFError) -> [TranslationUnit] {
        var units: [TranslationUnit] = []
        while let unit = try next() { units.append(unit) }
        return units
    }

    // MARK: Files and units

    private func enterFile() throws(XLIFFError) {
        original = xml.attribute("original")
        guard !isVersion2 else { return }
        sourceLanguage = try language(xml.attribute("source-language"), required: "source-language")
        targetLanguage = try xml.attribute("target-language").map { value throws(XLIFFError) in try language(value, required: "target-language") }
    }

    /// An XLIFF 1.2 `<trans-unit>`: its segments with a translation, as units.
    private func readTransUnit() throws(XLIFFError) -> [TranslationUnit] {
        let location = xml.location
        let id = xml.attribute("id") ?? ""
        let locked = xml.attribute("translate") == "no"
        let memoQStatus = xml.attribute("mq:status")
        var source: [InlineContent] = []
        var sourceSegments: [(id: String, content: [InlineContent])] = []
        var target: [InlineContent]?
        var targetSegments: [(id: String, content: [InlineContent])] = []
        var state: String?
        var targetLanguage = self.targetLanguage
        var notes: [TMXNote] = []
        var confirmation: [String: String]?
        guard !xml.isEmptyElement else { return [] }
        let end = xml.depth
        while try read() {
            if xml.nodeType == .endElement && xml.depth == end { break }
            guard xml.nodeType == .element else { continue }
            switch xml.localName {
            case "source":
                startSegment()
                source = try readInline(depth: 0)
            case "seg-source":
                startSegment()
                _ = try readInline(depth: 0, segments: &sourceSegments)
            case "target":
                state = xml.attribute("state")
                if let tag = xml.attribute("xml:lang") { targetLanguage = try language(tag, required: "xml:lang") }
                startSegment()
                target = try readInline(depth: 0, segments: &targetSegments)
            case "note":
                notes.append(TMXNote(text: try readText(), language: xml.attribute("xml:lang")))
            case "alt-trans":
                quirks.note("alt-trans", "<alt-trans> (matches a tool proposed, not this file's translation) skipped", at: xml.location)
                try skipElement()
            case "seg-defs":
                confirmation = try readTradosConfirmation()
            default:
                // context-group, count-group, prop-group, memoQ's extensions.
                try skipElement()
            }
        }
        if locked {
            quirks.note("locked", "units marked translate=\"no\" skipped", at: location)
            return []
        }
        guard let sourceLanguage else { throw .missingLanguage(location, attribute: "source-language") }
        if sourcesOnly {
            let contents = sourceSegments.isEmpty ? [source] : sourceSegments.map(\.content)
            return contents.filter { !$0.plainText.isEmpty }.map { sourceUnit($0, from: sourceLanguage) }
        }
        guard let target else {
            noteUntranslated(at: location)
            return []
        }
        guard let targetLanguage else { throw .missingLanguage(location, attribute: "target-language") }
        if state == "new" || state == "needs-translation" {
            noteUntranslated(at: location)
            return []
        }
        // memoQ, like Trados, writes a translation to its memory once it is confirmed; a
        // pre-translated (a memory's or machine's proposal), edited or rejected one is not yet.
        if let memoQStatus, !Self.isConfirmedInMemoQ(memoQStatus) {
            quirks.note("unconfirmed-memoq", "segments memoQ does not count as confirmed (not started, pre-translated, edited, rejected) skipped", at: location)
            return []
        }
        // Segmented by markers: pair the source's and the target's by their mid.
        if !sourceSegments.isEmpty && !targetSegments.isEmpty {
            var units: [TranslationUnit] = []
            for segment in sourceSegments {
                guard let translated = targetSegments.first(where: { $0.id == segment.id })?.content, !translated.plainText.isEmpty else {
                    noteUntranslated(at: location)
                    continue
                }
                // Trados keeps a translation in the memory once it is confirmed; drafts (often
                // machine translation) and rejected ones are not translations yet.
                if let confirmation, !Self.confirmedInTrados.contains(confirmation[segment.id] ?? "") {
                    quirks.note("unconfirmed", "segments Trados does not count as translated (Draft, rejected, not translated) skipped", at: location)
                    continue
                }
                let tuid = sourceSegments.count > 1 ? "\(id)/\(segment.id)" : id
                units.append(unit(tuid: tuid, source: segment.content, target: translated, from: sourceLanguage, to: targetLanguage, notes: notes))
            }
            return units
        }
        let wholeSource = source.isEmpty ? sourceSegments.flatMap(\.content) : source
        guard !target.plainText.isEmpty, !wholeSource.plainText.isEmpty else {
            noteUntranslated(at: location)
            return []
        }
        return [unit(tuid: id, source: wholeSource, target: target, from: sourceLanguage, to: targetLanguage, notes: notes)]
    }

    /// An XLIFF 2 `<unit>`: its `<segment>`s with a translation, as units.
    private func readUnit2() throws(XLIFFError) -> [TranslationUnit] {
        let location = xml.location
        let id = xml.attribute("id") ?? ""
        let locked = xml.attribute("translate") == "no"
        var segments: [(id: String?, source: [InlineContent], target: [InlineContent]?, state: String?)] = []
        var notes: [TMXNote] = []
        guard !xml.isEmptyElement else { return [] }
        let end = xml.depth
        while try read() {
            if xml.nodeType == .endElement && xml.depth == end { break }
            guard xml.nodeType == .element else { continue }
            switch xml.localName {
            case "segment":
                segments.append((xml.attribute("id"), [], nil, xml.attribute("state")))
            case "source" where !segments.isEmpty:
                startSegment()
                segments[segments.count - 1].source = try readInline(depth: 0)
            case "target" where !segments.isEmpty:
                startSegment()
                segments[segments.count - 1].target = try readInline(depth: 0)
            case "note":
                notes.append(TMXNote(text: try readText(), language: xml.attribute("xml:lang")))
            case "notes":
                continue
            case "originalData":
                originalData = try readOriginalData()
            default:
                // ignorable, matches, glossary and other modules' data.
                try skipElement()
            }
        }
        originalData = [:]
        if locked {
            quirks.note("locked", "units marked translate=\"no\" skipped", at: location)
            return []
        }
        guard let sourceLanguage else { throw .missingLanguage(location, attribute: "srcLang") }
        if sourcesOnly { return segments.filter { !$0.source.plainText.isEmpty }.map { sourceUnit($0.source, from: sourceLanguage) } }
        if segments.contains(where: { $0.target != nil }) && targetLanguage == nil { throw .missingLanguage(location, attribute: "trgLang") }
        var units: [TranslationUnit] = []
        for (index, segment) in segments.enumerated() {
            guard let target = segment.target, let targetLanguage, segment.state != "initial",
                  !target.plainText.isEmpty, !segment.source.plainText.isEmpty else {
                noteUntranslated(at: location)
                continue
            }
            let tuid = segments.count > 1 ? "\(id)/\(segment.id ?? String(index + 1))" : id
            units.append(unit(tuid: tuid, source: segment.source, target: target, from: sourceLanguage, to: targetLanguage, notes: notes))
        }
        return units
    }

    /// `<originalData><data id="d1">&lt;br/&gt;</data>…`: each code's native text by its id.
    private func readOriginalData() throws(XLIFFError) -> [String: String] {
        var data: [String: String] = [:]
        guard !xml.isEmptyElement else { return data }
        let end = xml.depth
        while try read() {
            if xml.nodeType == .endElement && xml.depth == end { break }
            if xml.nodeType == .element, xml.localName == "data", let id = xml.attribute("id") {
                // <cp hex="…"/> inside stands for a character XML cannot carry.
                data[id] = try readInline(depth: Self.inlineDepthLimit - 1).compactMap { item in
                    if case .text(let text) = item { return text } else { return nil }
                }.joined()
            }
        }
        return data
    }

    /// memoQ's statuses of a confirmed segment (`mq:status`): ManuallyConfirmed, Confirmed,
    /// Reviewer1Confirmed (proofread), Reviewer2Confirmed; not NotStarted, Pretranslated,
    /// PartiallyEdited, Edited, Rejected, MachineTranslated.
    static func isConfirmedInMemoQ(_ status: String) -> Bool {
        status.hasSuffix("Confirmed") || status == "Proofread"
    }

    /// Trados Studio's confirmation levels of a translated segment (`sdl:seg conf`).
    static let confirmedInTrados: Set<String> = ["Translated", "ApprovedTranslation", "ApprovedSignOff"]

    /// Trados' `<sdl:seg-defs>`: each segment's confirmation level by its `mid` ("" for none).
    private func readTradosConfirmation() throws(XLIFFError) -> [String: String] {
        var levels: [String: String] = [:]
        guard !xml.isEmptyElement else { return levels }
        let end = xml.depth
        while try read() {
            if xml.nodeType == .endElement && xml.depth == end { break }
            if xml.nodeType == .element, xml.localName == "seg", let id = xml.attribute("id") { levels[id] = xml.attribute("conf") ?? "" }
        }
        return levels
    }

    private func unit(tuid: String, source: [InlineContent], target: [InlineContent], from: LanguageTag, to: LanguageTag,
                      notes: [TMXNote]) -> TranslationUnit {
        TranslationUnit(tuid: tuid.isEmpty ? nil : tuid, attributes: [TMXAttribute("srclang", from.identifier)],
                        props: original.map { [TMXProp(type: "x-xliff-original", value: $0)] } ?? [], notes: notes,
                        variants: [TranslationVariant(language: from, segment: source), TranslationVariant(language: to, segment: target)])
    }

    /// A segment's source alone (``sourcesOnly``).
    private func sourceUnit(_ source: [InlineContent], from language: LanguageTag) -> TranslationUnit {
        TranslationUnit(attributes: [TMXAttribute("srclang", language.identifier)], variants: [TranslationVariant(language: language, segment: source)])
    }

    private func noteUntranslated(at location: SourceLocation) {
        quirks.note("untranslated", "segments without a translation (none, empty, or marked new, needs-translation or initial) skipped", at: location)
    }

    // MARK: Inline content

    /// Codes are numbered from 1 in each segment's source and target alike, so the two sides'
    /// codes correspond.
    private func startSegment() {
        nextPair = 1
        nextCode = 1
        pairOfID = [:]
    }

    private func readInline(depth: Int) throws(XLIFFError) -> [InlineContent] {
        var none: [(id: String, content: [InlineContent])] = []
        return try readInline(depth: depth, segments: &none, collecting: false)
    }

    /// Content up to the current element's end tag; top-level `<mrk mtype="seg">` also go to
    /// `segments` by their `mid`.
    private func readInline(depth: Int, segments: inout [(id: String, content: [InlineContent])],
                            collecting: Bool = true) throws(XLIFFError) -> [InlineContent] {
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
                let name = xml.localName
                if collecting && depth == 0 && name == "mrk" && xml.attribute("mtype") == "seg" {
                    let id = xml.attribute("mid") ?? String(segments.count + 1)
                    startSegment()
                    let inner = try readInline(depth: depth + 1)
                    segments.append((id, inner))
                    content.appendMerging(inner)
                } else {
                    content.appendMerging(try readCode(name, depth: depth))
                }
            case .endElement where xml.depth == start:
                return content
            default:
                continue
            }
        }
        return content
    }

    /// One inline element of either version as TMX inline content.
    private func readCode(_ name: String, depth: Int) throws(XLIFFError) -> [InlineContent] {
        func code(_ kind: InlineElement.Kind, _ attributes: [TMXAttribute], _ inner: [InlineContent] = []) -> InlineContent {
            .element(InlineElement(kind, attributes: attributes, content: inner))
        }
        func newCode() -> TMXAttribute {
            defer { nextCode += 1 }
            return TMXAttribute("x", String(nextCode))
        }
        /// The `i` of a pair opened by this XLIFF id (or a new one).
        func opening(_ id: String?) -> Int {
            defer { nextPair += 1 }
            if let id { pairOfID[id] = nextPair }
            return nextPair
        }
        /// The native code an XLIFF 2 code points to in the unit's `<originalData>`, as content.
        func native(_ attribute: String) -> [InlineContent] {
            xml.attribute(attribute).flatMap { originalData[$0] }.map { [.text($0)] } ?? []
        }
        switch name {
        case "g", "pc":
            // A paired code around text: begin, the text, end.
            let pair = opening(nil)
            let start = code(.bpt, [TMXAttribute("i", String(pair)), newCode()], native("dataRefStart"))
            let end = native("dataRefEnd")
            let inner = try readInline(depth: depth + 1)
            return [start] + inner + [code(.ept, [TMXAttribute("i", String(pair))], end)]
        case _ where name == "x" || name == "ph" && isVersion2:
            // XLIFF 1.2's <x/> and 2's <ph/> (1.2's <ph> holds its native code: below).
            let data = native("dataRef")
            try skipElement()
            return [code(.ph, [newCode()], data)]
        case "bx", "sc":
            let id = xml.attribute("rid") ?? xml.attribute("id")
            let isolated = xml.attribute("isolated") == "yes"
            let data = native("dataRef")
            try skipElement()
            if isolated { return [code(.it, [TMXAttribute("pos", "begin"), newCode()], data)] }
            return [code(.bpt, [TMXAttribute("i", String(opening(id))), newCode()], data)]
        case "ex", "ec":
            let id = xml.attribute("rid") ?? xml.attribute("startRef") ?? xml.attribute("id")
            let data = native("dataRef")
            try skipElement()
            if let id, let pair = pairOfID.removeValue(forKey: id) { return [code(.ept, [TMXAttribute("i", String(pair))], data)] }
            return [code(.it, [TMXAttribute("pos", "end"), newCode()], data)]
        case "ph", "it":
            // XLIFF 1.2's native-code elements: their text is the code.
            let attributes = name == "it" ? [TMXAttribute("pos", xml.attribute("pos") == "close" ? "end" : "begin"), newCode()] : [newCode()]
            return [code(name == "it" ? .it : .ph, attributes, try codeText(depth: depth))]
        case "bpt":
            let id = xml.attribute("rid") ?? xml.attribute("id")
            let pair = opening(id)
            return [code(.bpt, [TMXAttribute("i", String(pair)), newCode()], try codeText(depth: depth))]
        case "ept":
            let id = xml.attribute("rid") ?? xml.attribute("id")
            let text = try codeText(depth: depth)
            if let id, let pair = pairOfID.removeValue(forKey: id) { return [code(.ept, [TMXAttribute("i", String(pair))], text)] }
            return [code(.it, [TMXAttribute("pos", "end"), newCode()], text)]
        case "mrk":
            // A segment marker where none is looked for (in a <source>) marks no text.
            let type = xml.attribute("mtype") ?? xml.attribute("type")
            if type == "seg" { return try readInline(depth: depth + 1) }
            return [code(.hi, type.map { [TMXAttribute("type", $0)] } ?? [], try readInline(depth: depth + 1))]
        case "sub":
            return [code(.sub, [], try readInline(depth: depth + 1))]
        case "cp":
            // XLIFF 2's stand-in for a character XML does not allow, Word's vertical tab above all:
            // read as the TMX reader reads such characters, so the memory never holds one.
            let location = xml.location
            let value = xml.attribute("hex").flatMap { UInt32($0, radix: 16) }
            try skipElement()
            guard let value, let scalar = Unicode.Scalar(value) else { return [] }
            switch DisallowedCharacters.replacement(for: value) {
            case nil: return [.text(String(Character(scalar)))]
            case "": quirks.warn("control-character", "a character XML does not allow (\(DisallowedCharacters.name(of: value))) was dropped", at: location)
                return []
            case let replacement?: return [.text(replacement)]
            }
        case "sm", "em":
            try skipElement()
            return []
        default:
            quirks.warn("unknown-inline", "unknown element <\(name)> inside a segment: its text kept, the tag dropped", at: xml.location)
            return try readInline(depth: depth + 1).filter { if case .text = $0 { true } else { false } }
        }
    }

    /// The native code inside `<ph>`, `<bpt>`, `<ept>`, `<it>`: its text (and `<sub>` text).
    private func codeText(depth: Int) throws(XLIFFError) -> [InlineContent] {
        try readInline(depth: depth + 1).filter { item in
            if case .text = item { return true }
            if case .element(let element) = item { return element.kind == .sub }
            return false
        }
    }

    private func readText() throws(XLIFFError) -> String {
        try readInline(depth: Self.inlineDepthLimit - 1).plainText
    }

    // MARK: Reading

    private func read() throws(XLIFFError) -> Bool {
        do { return try xml.read() } catch { throw .malformed(error) }
    }

    private func skipElement() throws(XLIFFError) {
        do { try xml.skipElement() } catch { throw .malformed(error) }
    }

    private func language(_ value: String?, required attribute: String) throws(XLIFFError) -> LanguageTag {
        guard let value, !value.isEmpty else { throw .missingLanguage(xml.location, attribute: attribute) }
        guard let tag = LanguageTag(value) else { throw .invalidLanguage(xml.location, value: value) }
        return tag
    }

    private func expandEntity() throws(XLIFFError) -> String {
        let name = xml.localName
        let xml = self.xml
        do {
            return try entities.expand(xml.referencedEntity(), name: name, at: xml.location) { xml.entity(named: $0) }
        } catch {
            switch error {
            case .externalEntity(let location, let name):
                throw .entity(location, name: name, problem: "an external entity; glossa does not read files or URLs named inside a file. Replace the reference with its text")
            case .entity(let location, let name, let problem):
                throw .entity(location, name: name, problem: problem)
            default:
                throw .entity(xml.location, name: name, problem: error.description)
            }
        }
    }
}

/// Why an XLIFF file could not be read; names the file, line and column, and what to do.
public enum XLIFFError: Error, Hashable, Sendable, CustomStringConvertible {
    case malformed(XMLError)
    case notXLIFF(SourceLocation, root: String)
    case missingLanguage(SourceLocation, attribute: String)
    case invalidLanguage(SourceLocation, value: String)
    case entity(SourceLocation, name: String, problem: String)
    case tooDeep(SourceLocation, limit: Int)

    public var description: String {
        switch self {
        case .malformed(let error):
            "\(error.description) — \(error.advice)"
        case .notXLIFF(let location, let root):
            "\(location): the root element is <\(root)>, not <xliff>; this is not an XLIFF file"
        case .missingLanguage(let location, let attribute):
            "\(location): the file does not say its languages (no \(attribute)); add it (e.g. \(attribute)=\"de-DE\") and import again"
        case .invalidLanguage(let location, let value):
            "\(location): \"\(value)\" is not a BCP 47 language tag; use a tag such as de, de-DE or en-GB"
        case .entity(let location, let name, let problem):
            "\(location): entity &\(name);: \(problem)"
        case .tooDeep(let location, let limit):
            "\(location): inline elements are nested more than \(limit) deep; this is not an XLIFF any tool writes"
        }
    }
}
