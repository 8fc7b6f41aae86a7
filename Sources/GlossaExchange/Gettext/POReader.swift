import GlossaCore

/// Reads a gettext catalog (`.po`), the files software is translated in (GNU projects, Python,
/// PHP, WordPress; what Translate Toolkit, Weblate, Poedit and OmegaT read), as translation
/// units: each translated message's `msgid` and `msgstr` one unit, a plural message's
/// `msgid_plural` and `msgstr[1]` one more.
///
/// Languages: the header's `Language` is the translation's (else the file's name: `de.po`,
/// `de_DE.po`); `msgid` is the source language's, which gettext leaves unsaid: Poedit's
/// `X-Source-Language` where given, else English, as gettext's convention has it (German where
/// the translation is English). A message's context (`msgctxt`), its source references (`#:`)
/// and its flags (`#,` but "fuzzy") become props (`x-context`, `x-reference`, `x-flags`), its
/// extracted and translator comments notes.
///
/// Left out, and counted in one diagnostic each: untranslated messages, fuzzy ones (a tool's
/// guess no translator confirmed, which gettext itself leaves out of the compiled catalog),
/// obsolete ones (`#~`), messages of white space alone, and the plural forms past the second.
///
/// Encodings as ``TextFileDecoding`` reads them (UTF-8, UTF-16 with a byte order mark, the
/// Windows-1252 of old `charset=ISO-8859-1` catalogs). A line that is none of a PO file's
/// (comment, keyword, quoted string) or a string left open stops the file with its line and
/// column.
/// - Complexity: reads the whole catalog at once (catalogs run to a few megabytes), then O(n).
public final class POReader: TranslationUnitReader {
    public private(set) var header = TMXHeader()
    public var diagnostics: [Diagnostic] { quirks.diagnostics }
    public private(set) var bytesRead = 0

    private let file: String
    private var quirks = QuirkLog()
    private var messages: [POMessage] = []
    private var next = 0
    private var pending: [TranslationUnit] = []
    private var sourceLanguage = LanguageTag.english
    private var targetLanguage = LanguageTag.german

    public convenience init(path: String) throws(POError) {
        let bytes: [UInt8]?
        do { bytes = try InputFile.contents(of: path) } catch { throw .unreadable(file: path, reason: error.description) }
        guard let bytes else { throw .unreadable(file: path, reason: "cannot read the file") }
        try self.init(bytes: bytes, file: path)
    }

    /// Reads `input` (a member of an archive); `file` names it in diagnostics and errors.
    public convenience init(input: InputFile, file: String) throws(POError) {
        let bytes: [UInt8]
        do { bytes = try input.remainingContents() } catch { throw .unreadable(file: file, reason: error.description) }
        try self.init(bytes: bytes, file: file)
    }

    public init(bytes: [UInt8], file: String) throws(POError) {
        self.file = file
        let decoded: DecodedTextFile
        do { decoded = try TextFileDecoding.decode(bytes) } catch { throw .undecodable(file: file, problem: error) }
        messages = try POParser(file: file).messages(in: decoded.text)
        bytesRead = bytes.count
        try readHeader()
    }

    /// The messages to translate in a catalog or template (`.pot`), translated or not, for an
    /// analysis: every `msgid` and `msgid_plural` but the header's and the obsolete ones, in
    /// file order, and their language (as for an import: `X-Source-Language`, else English,
    /// German where the catalog's Language is English).
    /// - Complexity: as reading the catalog.
    public static func sourceMessages(bytes: [UInt8], file: String) throws(POError) -> (language: LanguageTag, messages: [String]) {
        let decoded: DecodedTextFile
        do { decoded = try TextFileDecoding.decode(bytes) } catch { throw .undecodable(file: file, problem: error) }
        let messages = try POParser(file: file).messages(in: decoded.text)
        let header = messages.first { $0.id == "" && $0.context == nil && !$0.isObsolete }
        let fields = header.map { headerFields($0.strings[0] ?? "") } ?? [:]
        let translation = fields["language"].flatMap(LanguageTag.init) ?? .german
        let language = try sourceLanguage(fields, translation: translation, at: SourceLocation(file: file, line: header?.line ?? 1))
        let texts = messages.filter { !$0.isObsolete && !($0.id == "" && $0.context == nil) }.flatMap { [$0.id] + ($0.idPlural.map { [$0] } ?? []) }
        return (language, texts)
    }

    /// msgid's language, which gettext leaves unsaid: Poedit's `X-Source-Language`, else
    /// English by the convention, German where the translation is English.
    static func sourceLanguage(_ fields: [String: String], translation: LanguageTag, at location: SourceLocation) throws(POError) -> LanguageTag {
        if let value = fields["x-source-language"], !value.isEmpty {
            guard let tag = LanguageTag(value) else { throw .invalidLanguage(location, value: value) }
            return tag
        }
        return translation.language == "en" ? .german : .english
    }

    /// Every unit of the catalog.
    public func readAll() -> [TranslationUnit] {
        var units: [TranslationUnit] = []
        while let unit = nextUnit() { units.append(unit) }
        return units
    }

    public func nextUnit() -> TranslationUnit? {
        while pending.isEmpty {
            guard next < messages.count else { return nil }
            pending = units(of: messages[next])
            next += 1
        }
        return pending.removeFirst()
    }

    /// The header entry (`msgid ""`): the languages, the project and the tool that wrote it.
    private func readHeader() throws(POError) {
        let entry = messages.first { $0.id == "" && $0.context == nil && !$0.isObsolete }
        let fields = entry.map { Self.headerFields($0.strings[0] ?? "") } ?? [:]
        let location = SourceLocation(file: file, line: entry?.line ?? 1)
        if let value = fields["language"], !value.isEmpty {
            guard let tag = LanguageTag(value) else { throw .invalidLanguage(location, value: value) }
            targetLanguage = tag
        } else if let tag = Self.languageOfName(file) {
            targetLanguage = tag
            quirks.note("language from name", "no Language header: the translation read as \(tag) by the file's name", at: location)
        } else {
            throw .missingLanguage(location)
        }
        sourceLanguage = try Self.sourceLanguage(fields, translation: targetLanguage, at: location)
        guard sourceLanguage.language != targetLanguage.language else { throw .sameLanguages(location, language: targetLanguage.identifier) }
        header.attributes = [TMXAttribute("creationtool", fields["x-generator"].map { $0.isEmpty ? "gettext" : $0 } ?? "gettext"),
                             TMXAttribute("o-tmf", "PO"), TMXAttribute("segtype", "sentence"),
                             TMXAttribute("srclang", sourceLanguage.identifier), TMXAttribute("datatype", "plaintext")]
        if let project = fields["project-id-version"], !project.isEmpty { header.props.append(TMXProp(type: "x-project", value: project)) }
    }

    /// "Language: de\nContent-Type: …" → ["language": "de", "content-type": …], names in lower case.
    static func headerFields(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmed(of: " \t").lowercased()
            fields[name] = line[line.index(after: colon)...].trimmed(of: " \t")
        }
        return fields
    }

    /// The language a catalog's name gives: "de.po", "de_DE.po", "messages-de.po"; nil if none.
    static func languageOfName(_ path: String) -> LanguageTag? {
        var name = Substring(path.split(separator: "/").last ?? "")
        for suffix in [".gz", ".po", ".pot"] where name.lowercased().hasSuffix(suffix) { name = name.dropLast(suffix.count) }
        let last = name.split(whereSeparator: { $0 == "-" || $0 == "." }).last.map(String.init) ?? ""
        guard (2...5).contains(last.count), let tag = LanguageTag(last), tag.language.count == 2 else { return nil }
        return tag
    }

    private func units(of message: POMessage) -> [TranslationUnit] {
        let location = SourceLocation(file: file, line: message.line)
        if message.id == "", message.context == nil { return [] }
        if message.isObsolete {
            quirks.note("obsolete", "obsolete messages (#~) left out", at: location)
            return []
        }
        if message.flags.contains("fuzzy") {
            quirks.note("fuzzy", "fuzzy translations (no translator confirmed them; gettext leaves them out too) left out", at: location)
            return []
        }
        var pairs: [(String, String)] = []
        if let translation = message.strings[0], !translation.isEmpty { pairs.append((message.id, translation)) }
        if let plural = message.idPlural, let translation = message.strings[1], !plural.isEmpty, !translation.isEmpty {
            pairs.append((plural, translation))
        }
        // A message of white space alone ("\n" between two outputs) translates nothing.
        if !pairs.isEmpty, pairs.allSatisfy({ !$0.0.contains(where: { !$0.isWhitespace }) }) {
            quirks.note("blank", "messages of white space alone left out", at: location)
            return []
        }
        if message.strings.keys.contains(where: { $0 > 1 }) {
            quirks.note("plural forms", "plural forms past the second (msgstr[2] …) left out: English has two", at: location)
        }
        if pairs.isEmpty {
            quirks.note("untranslated", "untranslated messages left out", at: location)
            return []
        }
        var props: [TMXProp] = []
        if let context = message.context { props.append(TMXProp(type: "x-context", value: context)) }
        if !message.references.isEmpty { props.append(TMXProp(type: "x-reference", value: message.references.joined(separator: " "))) }
        let flags = message.flags.filter { $0 != "fuzzy" }
        if !flags.isEmpty { props.append(TMXProp(type: "x-flags", value: flags.joined(separator: ", "))) }
        let notes = (message.extractedComments + message.translatorComments).map { TMXNote(text: $0) }
        return pairs.map { source, target in
            TranslationUnit(attributes: [TMXAttribute("srclang", sourceLanguage.identifier)], props: props, notes: notes,
                            variants: [TranslationVariant(language: sourceLanguage, text: source),
                                       TranslationVariant(language: targetLanguage, text: target)])
        }
    }
}

extension StringProtocol {
    /// The text without the given characters at either end.
    fileprivate func trimmed(of characters: String) -> String {
        String(drop { characters.contains($0) }.reversed().drop { characters.contains($0) }.reversed())
    }
}

/// Why a gettext catalog cannot be imported.
public enum POError: Error, Hashable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case undecodable(file: String, problem: TextFileDecodingError)
    case malformed(SourceLocation, problem: String)
    case missingLanguage(SourceLocation)
    case invalidLanguage(SourceLocation, value: String)
    case sameLanguages(SourceLocation, language: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): \(reason)"
        case .undecodable(let file, let problem):
            problem.hasPosition ? "\(file):\(problem)" : "\(file): \(problem)"
        case .malformed(let location, let problem):
            "\(location): \(problem)"
        case .missingLanguage(let location):
            "\(location): the catalog does not say its language (no \"Language:\" line in its header, and its name is no "
                + "language code); add \"Language: de\\n\" to the header (msgstr of msgid \"\") or name the file de.po"
        case .invalidLanguage(let location, let value):
            "\(location): \"\(value)\" is not a BCP 47 language tag; use a tag such as de, de_DE or en-GB"
        case .sameLanguages(let location, let language):
            "\(location): msgid and msgstr would both be \(language); add \"X-Source-Language: …\\n\" to the header"
        }
    }
}
