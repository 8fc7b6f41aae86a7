import Foundation
import GlossaCore

/// The cells of an Excel workbook (`.xlsx`, Office Open XML as Excel, LibreOffice and Google
/// Sheets save it) as rows of text: the way translators keep most glossaries.
///
/// An `.xlsx` is a ZIP archive of XML parts: `xl/workbook.xml` lists the sheets in their order,
/// `xl/_rels/workbook.xml.rels` names each sheet's part, `xl/sharedStrings.xml` holds the text
/// the cells point to by number. Each cell becomes the text it shows for strings, inline
/// strings, formula results, numbers as written (Excel stores "1" and "0.9", not "1.0") and
/// booleans (a formula's error, "#N/A", as an empty cell); a cell's column comes from its reference ("C7"), so empty cells keep the columns
/// apart. Formatting, formulas and dates as dates are not read (a glossary has none).
/// - Complexity: O(size of the parts); the shared strings and one sheet are held at a time.
public struct XLSXWorkbook {
    public struct Sheet: Hashable, Sendable {
        public var name: String
        /// Rows with at least one cell of text.
        public var rows: [Row]
    }

    public struct Row: Hashable, Sendable {
        /// The row's number in the sheet (1 for the first row).
        public var number: Int
        /// Each column's text from column A on ("" where a cell is empty).
        public var cells: [String]
    }

    /// The workbook's sheets in the order Excel shows their tabs.
    public let sheets: [Sheet]

    /// Reads every sheet of the workbook at `path`.
    /// - Throws: ``GlossaryFormatError`` naming the file: no ZIP archive, no workbook inside, a
    ///   damaged or malformed part.
    public init(path: String) throws(GlossaryFormatError) {
        let archive: ZipArchive
        do { archive = try ZipArchive(path: path) } catch { throw .archive(error) }
        func part(_ name: String) throws(GlossaryFormatError) -> [UInt8]? {
            do { return try archive.contents(of: name) } catch { throw .archive(error) }
        }
        guard let workbook = try part("xl/workbook.xml") else { throw .notWorkbook(file: path) }
        let relations = try part("xl/_rels/workbook.xml.rels").map { bytes throws(GlossaryFormatError) in
            try Self.relationships(bytes, file: "\(path)/xl/_rels/workbook.xml.rels")
        } ?? [:]
        let shared = try part("xl/sharedStrings.xml").map { bytes throws(GlossaryFormatError) in
            try Self.sharedStrings(bytes, file: "\(path)/xl/sharedStrings.xml")
        } ?? []
        var sheets: [Sheet] = []
        for (name, relation) in try Self.sheetList(workbook, file: "\(path)/xl/workbook.xml") {
            guard let target = relations[relation] else { continue }
            // Targets are relative to xl/, or absolute within the package.
            let partName = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let bytes = try part(partName) else { continue }
            sheets.append(Sheet(name: name, rows: try Self.rows(bytes, sharedStrings: shared, file: "\(path)/\(partName)")))
        }
        self.sheets = sheets
    }

    /// `<sheet name="Glossar" r:id="rId1"/>` in order: each sheet's name and relationship id.
    static func sheetList(_ bytes: [UInt8], file: String) throws(GlossaryFormatError) -> [(name: String, relation: String)] {
        var list: [(name: String, relation: String)] = []
        try elements(bytes, file: file) { xml throws(XMLError) in
            guard xml.localName == "sheet", let name = xml.attribute("name") else { return }
            // The relationships namespace goes by any prefix; Excel writes "r".
            var relation: String?
            xml.forEachAttribute { qualified, value in
                if let qualified = xml.string(qualified), qualified.hasSuffix(":id") { relation = value() }
            }
            if let relation { list.append((name, relation)) }
        }
        return list
    }

    /// Relationship id → target part, from `xl/_rels/workbook.xml.rels`.
    static func relationships(_ bytes: [UInt8], file: String) throws(GlossaryFormatError) -> [String: String] {
        var targets: [String: String] = [:]
        try elements(bytes, file: file) { xml throws(XMLError) in
            if xml.localName == "Relationship", let id = xml.attribute("Id"), let target = xml.attribute("Target") { targets[id] = target }
        }
        return targets
    }

    /// The shared strings in order: each `<si>`'s text, its rich-text runs joined, phonetic
    /// readings (`<rPh>`, for Japanese) left out.
    static func sharedStrings(_ bytes: [UInt8], file: String) throws(GlossaryFormatError) -> [String] {
        var strings: [String] = []
        let xml: XMLStreamReader
        do { xml = try XMLStreamReader(bytes: bytes, file: file) } catch { throw .malformed(error) }
        do {
            var current: String?
            var phoneticDepth: Int?
            while try xml.read() {
                switch xml.nodeType {
                case .element:
                    switch xml.localName {
                    case "si": current = ""
                    case "rPh" where !xml.isEmptyElement: phoneticDepth = xml.depth
                    case "t" where phoneticDepth == nil: current? += try xml.readElementText()
                    default: break
                    }
                    if xml.localName == "si" && xml.isEmptyElement { strings.append(""); current = nil }
                case .endElement:
                    if xml.localName == "rPh" && phoneticDepth == xml.depth { phoneticDepth = nil }
                    if xml.localName == "si", let text = current {
                        strings.append(Self.unescaped(text))
                        current = nil
                    }
                default: break
                }
            }
        } catch { throw .malformed(error) }
        return strings
    }

    /// A worksheet's non-empty rows; each cell's text at its column's place.
    static func rows(_ bytes: [UInt8], sharedStrings: [String], file: String) throws(GlossaryFormatError) -> [Row] {
        var rows: [Row] = []
        let xml: XMLStreamReader
        do { xml = try XMLStreamReader(bytes: bytes, file: file) } catch { throw .malformed(error) }
        do {
            var rowNumber = 0
            var cells: [String] = []
            var column = 0
            var type = "n"
            var cellValue: String?
            var cellLocation = xml.location
            func endRow() {
                if cells.contains(where: { !$0.isEmpty }) { rows.append(Row(number: rowNumber, cells: cells)) }
                cells = []
            }
            while try xml.read() {
                switch xml.nodeType {
                case .element:
                    switch xml.localName {
                    case "row":
                        rowNumber = xml.attribute("r").flatMap { Int($0) } ?? rowNumber + 1
                        column = 0
                        if xml.isEmptyElement { cells = [] }
                    case "c":
                        column = xml.attribute("r").flatMap(Self.columnIndex) ?? column + 1
                        // Excel's last column is XFD; a reference past it is no workbook Excel wrote.
                        guard column <= Self.lastColumn else {
                            throw XMLError(file: file, line: xml.line, column: xml.column,
                                           message: "cell \(xml.attribute("r") ?? "") lies past column XFD, Excel's last")
                        }
                        type = xml.attribute("t") ?? "n"
                        cellValue = nil
                        cellLocation = xml.location
                    case "v": cellValue = try xml.readElementText()
                    case "is": cellValue = try Self.inlineText(xml)
                    default: break
                    }
                case .endElement:
                    switch xml.localName {
                    case "c":
                        guard let raw = cellValue else { break }
                        let text: String
                        switch type {
                        case "s":
                            guard let index = Int(raw.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                                throw XMLError(file: file, line: cellLocation.line, column: cellLocation.column,
                                               message: "cell \(Self.columnName(column))\(rowNumber) points to shared string \(raw), which the workbook does not have")
                            }
                            text = sharedStrings[index]
                        case "b": text = raw == "1" ? "TRUE" : "FALSE"
                        // A formula's error ("#N/A", "#REF!") is no text anyone wrote.
                        case "e": text = ""
                        case "inlineStr", "str": text = Self.unescaped(raw)
                        default: text = raw
                        }
                        if cells.count < column { cells += Array(repeating: "", count: column - cells.count) }
                        cells[column - 1] = text
                    case "row": endRow()
                    default: break
                    }
                default: break
                }
            }
        } catch let error as XMLError {
            throw .malformed(error)
        } catch {
            throw .malformed(XMLError(file: file, line: nil, column: nil, message: "\(error)"))
        }
        return rows
    }

    /// The text of an inline string (`<is><t>…</t></is>` or rich-text runs), the reader left on `</is>`.
    private static func inlineText(_ xml: XMLStreamReader) throws(XMLError) -> String {
        guard !xml.isEmptyElement else { return "" }
        let depth = xml.depth
        var text = ""
        var phonetic = false
        while try xml.read() {
            switch xml.nodeType {
            case .element where xml.localName == "rPh": phonetic = !xml.isEmptyElement
            case .element where xml.localName == "t" && !phonetic: text += try xml.readElementText()
            case .endElement where xml.localName == "rPh": phonetic = false
            case .endElement where xml.depth == depth: return text
            default: break
            }
        }
        return text
    }

    /// Calls `body` on each element of a small part.
    private static func elements(_ bytes: [UInt8], file: String, _ body: (XMLStreamReader) throws(XMLError) -> Void) throws(GlossaryFormatError) {
        do {
            let xml = try XMLStreamReader(bytes: bytes, file: file)
            while try xml.read() {
                if xml.nodeType == .element { try body(xml) }
            }
        } catch { throw .malformed(error) }
    }

    /// Excel's number of columns (A to XFD).
    static let lastColumn = 16_384

    /// The 1-based column of a cell reference: "A7" → 1, "AB12" → 28; nil if it has no letters.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65 && scalar.value <= 90 else { break }
            index = min(index * 26 + Int(scalar.value - 64), lastColumn + 1)
        }
        return index > 0 ? index : nil
    }

    /// The letters of a 1-based column: 1 → "A", 28 → "AB".
    static func columnName(_ index: Int) -> String {
        var name = "", rest = index
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// Office Open XML writes characters XML cannot carry as `_xHHHH_` ("_x000D_" for a carriage
    /// return; "_x005F_" escapes an underscore that would start one).
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let digits = rest[start.upperBound...].prefix(5)
            if digits.count == 5, digits.last == "_", let value = UInt32(digits.dropLast(), radix: 16), let scalar = Unicode.Scalar(value) {
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(start.upperBound, offsetBy: 5)...]
            } else {
                result += "_x"
                rest = rest[start.upperBound...]
            }
        }
        return result + rest
    }
}
