import Foundation
import GlossaAlign
import GlossaCore
import GlossaExchange
import GlossaMemory

/// What importing a file into the memory did.
public struct FileImportResult: Sendable {
    public var units = ImportSummary()
    public var glossary = GlossarySummary()
    public var diagnostics: [Diagnostic] = []
}

extension Glossa {
    /// The kinds of file `glossa import` takes, by extension.
    public enum ImportKind: Sendable {
        case tmx, tbx, omegaTGlossary, csv
        /// XLIFF 1.2 or 2 (.xlf, .xliff, .sdlxliff, .mqxliff): its translated segments.
        case xliff
        /// A gettext catalog (.po): its translated messages.
        case gettext
        /// A word-processor document (.docx, .odt) holding a bilingual table.
        case bilingualDocument
        /// An Excel workbook (.xlsx) holding a glossary.
        case spreadsheet
        /// A ZIP archive of files of the other kinds (DGT-TM ships its TMX so).
        case archive
        /// A folder of files of the other kinds (never told by a name: ``init(sniffing:)``).
        case folder

        public init?(path: String) {
            // "memory.tmx.gz": the kind of the file inside.
            let name = InputFile.compressedName(path) ? String(path.dropLast(3)) : path
            switch (name as NSString).pathExtension.lowercased() {
            case "tmx": self = .tmx
            case "tbx", "xml": self = .tbx
            case "xlf", "xliff", "sdlxliff", "mqxliff": self = .xliff
            case "po", "pot": self = .gettext
            case "docx", "docm", "odt": self = .bilingualDocument
            case "tsv", "txt", "utf8", "tab": self = .omegaTGlossary
            case "csv": self = .csv
            case "xlsx": self = .spreadsheet
            case "zip" where !InputFile.compressedName(path): self = .archive
            default: return nil
            }
        }

        /// The kind by the file's extension, and for XML (.tmx, .tbx, .xml) by its root element
        /// where the two disagree: a TMX saved as .xml or .tbx is imported as the TMX it is. A
        /// folder is a folder, whatever its name.
        /// - Complexity: reads at most the file's first 64 KB.
        public init?(sniffing path: String) {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                self = .folder
                return
            }
            guard let byExtension = ImportKind(path: path) else { return nil }
            guard byExtension == .tmx || byExtension == .tbx || byExtension == .xliff, let root = Self.rootElement(path) else {
                self = byExtension
                return
            }
            self = Self.xmlKind(root: root) ?? byExtension
        }

        /// The name of the first element of an XML file, skipping its declaration, comments,
        /// processing instructions and DOCTYPE; nil if none shows in the first 64 KB.
        static func rootElement(_ path: String) -> String? {
            InputFile.prefix(of: path, count: 1 << 16).flatMap(rootElement(bytes:))
        }

        /// The kind of an XML file told by its root element: TMX, TBX or XLIFF; nil for other XML.
        static func xmlKind(root: String) -> ImportKind? {
            switch root.lowercased() {
            case "tmx": .tmx
            case "martif", "tbx", "mtf": .tbx
            case "xliff": .xliff
            default: nil
            }
        }

        /// ``rootElement(_:)`` of a file's first bytes.
        static func rootElement(bytes: [UInt8]) -> String? {
            var bytes = bytes
            guard !bytes.isEmpty else { return nil }
            // UTF-16 (with its byte order mark): keep every other byte, enough for ASCII names.
            if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
                let offset = bytes[0] == 0xFF ? 2 : 3
                bytes = stride(from: offset, to: bytes.count, by: 2).map { bytes[$0] }
            }
            var index = 0
            while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
                let next = open + 1
                guard next < bytes.count else { return nil }
                let byte = bytes[next]
                if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") {
                    // Skip to the end of the declaration, comment or DOCTYPE (with its internal subset).
                    if bytes[next...].starts(with: Array("!--".utf8)) {
                        guard let end = Self.find(Array("-->".utf8), in: bytes, from: next) else { return nil }
                        index = end
                    } else {
                        var depth = 0, position = next
                        while position < bytes.count {
                            if bytes[position] == UInt8(ascii: "[") { depth += 1 }
                            if bytes[position] == UInt8(ascii: "]") { depth -= 1 }
                            if bytes[position] == UInt8(ascii: ">") && depth <= 0 { break }
                            position += 1
                        }
                        index = position + 1
                    }
                    guard index < bytes.count else { return nil }
                    continue
                }
                let name = bytes[next...].prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "/")
                    && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
                return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
            }
            return nil
        }

        /// Whether a `.txt` file's first bytes are an OmegaT glossary's: a tab in the first line
        /// that is no comment (OmegaT opens its files with "# Glossary in tab-separated format …").
        /// A package's "readme.txt" is none.
        static func isTabSeparated(head: [UInt8]) -> Bool {
            let lines = head.split(separator: 0x0A, omittingEmptySubsequences: true)
            guard let first = lines.first(where: { $0.first != UInt8(ascii: "#") && $0.contains { $0 != 0x0D && $0 != 0x20 } }) else { return false }
            return first.contains(0x09)
        }

        private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
            guard bytes.count >= needle.count else { return nil }
            var position = start
            while position + needle.count <= bytes.count {
                if bytes[position..<(position + needle.count)].elementsEqual(needle) { return position + needle.count }
                position += 1
            }
            return nil
        }
    }

    /// Imports a TMX or XLIFF file (streamed, one transaction), a glossary (TBX v2/v3, OmegaT TSV, CSV,
    /// an Excel workbook), or a ZIP archive or folder of such files (all of them in one transaction).
    /// A file that fails to read leaves the memory exactly as it was.
    /// - Parameter progress: called every 10,000 units with the units and bytes read so far.
    public static func importFile(_ path: String, kind: ImportKind, into store: MemoryStore, policy: DuplicatePolicy = .merge,
                                  sourceLanguage: LanguageTag = .german, targetLanguage: LanguageTag = .english,
                                  progress: (_ units: Int, _ bytes: Int) -> Void = { _, _ in }) throws -> FileImportResult {
        var result = FileImportResult()
        switch kind {
        case .tmx, .xliff, .gettext:
            let reader = try unitReader(kind, path: path)
            result.units = try store.importUnits(origin: Origin(name: path, kind: .file, header: reader.header), policy: policy) { sink in
                result.diagnostics = try pour(reader, into: sink, progress: progress)
            }
        case .tbx, .omegaTGlossary, .csv:
            let contents: [UInt8]?
            do {
                contents = try InputFile.contents(of: path)
            } catch {
                throw GlossaryFormatError.malformed(XMLError(file: path, line: nil, column: nil, message: error.description))
            }
            guard let bytes = contents else {
                throw GlossaryFormatError.malformed(XMLError(file: path, line: nil, column: nil, message: "cannot read the file"))
            }
            let read = try readGlossary(bytes, kind: kind, file: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
            result.diagnostics = read.diagnostics
            try store.importBatch { batch in try saveRows(read.entries, kind: kind, name: path, into: batch, policy: policy, result: &result) }
        case .spreadsheet:
            let read = try TabularGlossary.readXLSX(path: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
            result.diagnostics = read.diagnostics
            try store.importBatch { batch in try saveRows(read.entries, kind: kind, name: path, into: batch, policy: policy, result: &result) }
        case .bilingualDocument:
            let read = try bilingualTableUnits(ofFile: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
            result.diagnostics = read.diagnostics
            let header = tableHeader(format: path.lowercased().hasSuffix(".odt") ? "ODT" : "DOCX",
                                     sourceLanguage: sourceLanguage)
            result.units = try store.importUnits(origin: Origin(name: path, kind: .file, header: header), policy: policy) { sink in
                for unit in read.units { try sink.add(unit) }
            }
        case .archive:
            result = try importArchive(path, into: store, policy: policy, sourceLanguage: sourceLanguage,
                                       targetLanguage: targetLanguage, progress: progress)
        case .folder:
            result = try importFolder(path, into: store, policy: policy, sourceLanguage: sourceLanguage,
                                      targetLanguage: targetLanguage, progress: progress)
        }
        return result
    }

    /// The reader of a file of units (TMX, XLIFF, a gettext catalog), on disk or in an archive.
    static func unitReader(_ kind: ImportKind, path: String, input: InputFile? = nil) throws -> any TranslationUnitReader {
        switch (kind, input) {
        case (.xliff, nil): try XLIFFReader(path: path)
        case (.xliff, let input?): try XLIFFReader(input: input, file: path)
        case (.gettext, nil): try POReader(path: path)
        case (.gettext, let input?): try POReader(input: input, file: path)
        case (_, nil): try TMXReader(path: path)
        case (_, let input?): try TMXReader(input: input, file: path)
        }
    }

    /// Streams `reader`'s units into `sink`, parsing on a thread of its own; the reader's
    /// diagnostics. Stops the parsing thread if storing fails.
    static func pour<Reader: TranslationUnitReader>(_ reader: Reader, into sink: UnitSink, unitsBefore: Int = 0,
                     progress: (_ units: Int, _ bytes: Int) -> Void) throws -> [Diagnostic] {
        let pipe = UnitPipe(reader: reader)
        do {
            var count = unitsBefore
            while true {
                switch pipe.take() {
                case .units(let units, let bytesRead):
                    for unit in units {
                        try sink.add(unit)
                        count += 1
                        if count % 10_000 == 0 { progress(count, bytesRead) }
                    }
                case .end(let found):
                    return found
                case .failure(let error):
                    throw error
                }
            }
        } catch {
            pipe.cancel()
            throw error
        }
    }

    /// A glossary file's entries and diagnostics, by kind (TBX, OmegaT TSV, CSV).
    static func readGlossary(_ bytes: [UInt8], kind: ImportKind, file: String, sourceLanguage: LanguageTag,
                             targetLanguage: LanguageTag) throws(GlossaryFormatError) -> (entries: [GlossaryEntry], diagnostics: [Diagnostic]) {
        switch kind {
        case .tbx:
            return try TBXReader.read(bytes: bytes, file: file, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        case .csv:
            return (try TabularGlossary.readCSV(bytes: bytes, file: file, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage), [])
        default:
            return (try TabularGlossary.readOmegaT(bytes: bytes, file: file, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage), [])
        }
    }

    /// The terms' stems find them from inflected queries; they are lookup keys, not variants
    /// ("Deeskalatio" is no form anyone wrote).
    static func searchForms(_ entry: GlossaryEntry) -> [String] { lookupForms(entry.source, language: entry.sourceLanguage) }

    /// Forms to look a term up by besides itself: its base form by glossa's lemmatizer
    /// ("Einflusssphären" → "Einflusssphäre", "spheres of influence" → "sphere of influence").
    /// An adjective and noun phrase in the forms a glossary keeps: each adjective with every
    /// ending ("künstlichen Intelligenz" → "künstliche Intelligenz", "Europäischen Zentralbank"
    /// → "Europäische Zentralbank"), the last noun also in its base form and without its
    /// endings ("offenen Türen" → "offene Tür", "bewaffneten Konflikten" → "bewaffneter
    /// Konflikt"). At most 64 forms before the noun's: a longer phrase is looked up as written.
    static func germanPhraseForms(_ words: [String]) -> [String] {
        guard let last = words.last else { return [] }
        var forms = [""]
        for word in words.dropLast() {
            var variants = [word]
            if word.count > 4, let ending = ["en", "er", "es", "em", "e"].first(where: { word.hasSuffix($0) }) {
                let stem = word.dropLast(ending.count)
                variants = ["e", "er", "es", "en", "em", ""].map { stem + $0 }
            }
            forms = forms.flatMap { prefix in variants.map { prefix + $0 + " " } }
            if forms.count > 64 { return [] }
        }
        var heads = [last, Lemmatizer.germanNoun(last)]
        for ending in ["ern", "en", "er", "es", "e", "n", "s"] where last.count >= ending.count + 3 && last.hasSuffix(ending) {
            heads.append(String(last.dropLast(ending.count)))
        }
        heads = Array(Set(heads)).sorted()
        return forms.flatMap { prefix in heads.map { prefix + $0 } }
    }

    public static func lookupForms(_ term: String, language: LanguageTag?) -> [String] {
        var forms: [String] = []
        let words = term.split(separator: " ")
        if language == nil || language?.language == "de" {
            if words.count == 1 {
                forms.append(Lemmatizer.germanNoun(term))
                // A gender-inclusive or feminine form finds the entry of its noun
                // ("Lehrer*innen", "LehrerInnen", "Lehrerinnen" → "Lehrer"; "Kolleg:innen" → "Kollege").
                if let stem = Lemmatizer.genderInclusiveStem(term) ?? Lemmatizer.masculineOfFeminine(term) {
                    forms += Lemmatizer.masculineForms(ofStem: stem)
                }
                // Plural and case endings, for words the lemmatizer does not know; lookup keys
                // ignore diacritics, so "Truppenaufmärsche" → "Truppenaufmärsch" finds
                // "Truppenaufmarsch".
                for ending in ["ern", "en", "er", "es", "e", "n", "s"] where term.count >= ending.count + 4 && term.hasSuffix(ending) {
                    forms.append(String(term.dropLast(ending.count)))
                }
            } else {
                forms += germanPhraseForms(words.map(String.init))
            }
        }
        if language == nil || language?.language == "en" {
            forms.append(words.count == 1 ? Lemmatizer.englishNoun(term) : Lemmatizer.englishPhrase(term))
            // A capital keeps a name's -s ("Defence Ministers" as written); asked for, the term
            // may be a common noun's plural all the same.
            if term.contains(where: \.isUppercase) {
                let lower = term.lowercased()
                forms.append(words.count == 1 ? Lemmatizer.englishNoun(lower) : Lemmatizer.englishPhrase(lower))
            }
        }
        var unique: [String] = []
        for form in forms where form != term && !unique.contains(form) { unique.append(form) }
        return unique
    }
}
