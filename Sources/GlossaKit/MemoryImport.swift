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

        public init?(path: String) {
            // "memory.tmx.gz": the kind of the file inside.
            let name = InputFile.compressedName(path) ? String(path.dropLast(3)) : path
            switch (name as NSString).pathExtension.lowercased() {
            case "tmx": self = .tmx
            case "tbx", "xml": self = .tbx
            case "tsv", "txt", "utf8", "tab": self = .omegaTGlossary
            case "csv": self = .csv
            default: return nil
            }
        }

        /// The kind by the file's extension, and for XML (.tmx, .tbx, .xml) by its root element
        /// where the two disagree: a TMX saved as .xml or .tbx is imported as the TMX it is.
        /// - Complexity: reads at most the file's first 64 KB.
        public init?(sniffing path: String) {
            guard let byExtension = ImportKind(path: path) else { return nil }
            guard byExtension == .tmx || byExtension == .tbx, let root = Self.rootElement(path) else {
                self = byExtension
                return
            }
            switch root.lowercased() {
            case "tmx": self = .tmx
            case "martif", "tbx": self = .tbx
            default: self = byExtension
            }
        }

        /// The name of the first element of an XML file, skipping its declaration, comments,
        /// processing instructions and DOCTYPE; nil if none shows in the first 64 KB.
        static func rootElement(_ path: String) -> String? {
            guard var bytes = InputFile.prefix(of: path, count: 1 << 16), !bytes.isEmpty else { return nil }
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

    /// Imports a TMX file (streamed, one transaction) or a glossary (TBX v2/v3, OmegaT TSV, CSV).
    /// A file that fails to read leaves the memory exactly as it was.
    /// - Parameter progress: called every 10,000 units with the units and bytes read so far.
    public static func importFile(_ path: String, kind: ImportKind, into store: MemoryStore, policy: DuplicatePolicy = .merge,
                                  sourceLanguage: LanguageTag = .german, targetLanguage: LanguageTag = .english,
                                  progress: (_ units: Int, _ bytes: Int) -> Void = { _, _ in }) throws -> FileImportResult {
        var result = FileImportResult()
        switch kind {
        case .tmx:
            let reader = try TMXReader(path: path)
            let header = reader.header
            let pipe = UnitPipe(reader: reader)
            var diagnostics: [Diagnostic] = []
            do {
                result.units = try store.importUnits(origin: Origin(name: path, kind: .file, header: header), policy: policy) { sink in
                    var count = 0
                    while true {
                        switch pipe.take() {
                        case .units(let units, let bytesRead):
                            for unit in units {
                                try sink.add(unit)
                                count += 1
                                if count % 10_000 == 0 { progress(count, bytesRead) }
                            }
                        case .end(let found):
                            diagnostics = found
                            return
                        case .failure(let error):
                            throw error
                        }
                    }
                }
            } catch {
                pipe.cancel()
                throw error
            }
            result.diagnostics = diagnostics
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
            let entries: [GlossaryEntry]
            switch kind {
            case .tbx:
                let read = try TBXReader.read(bytes: bytes, file: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
                entries = read.entries
                result.diagnostics = read.diagnostics
            case .csv:
                entries = try TabularGlossary.readCSV(bytes: bytes, file: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
            default:
                entries = try TabularGlossary.readOmegaT(bytes: bytes, file: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
            }
            // The terms' stems find them from inflected queries; they are lookup keys, not variants
            // ("Deeskalatio" is no form anyone wrote).
            result.glossary = try store.saveGlossary(entries) { entry in lookupForms(entry.source, language: entry.sourceLanguage) }
        }
        return result
    }

    /// Forms to look a term up by besides itself: its base form by glossa's lemmatizer
    /// ("Einflusssphären" → "Einflusssphäre", "spheres of influence" → "sphere of influence").
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
