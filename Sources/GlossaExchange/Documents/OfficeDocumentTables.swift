import GlossaCore

/// The tables of a word-processor document, as a bilingual table needs them: a "source |
/// target" review table (Trados Studio's bilingual review export, an agency's two-column Word
/// table) holds a translation memory. Each table is its rows, each row its cells' texts (a
/// cell's paragraphs joined by a space, white space folded; a merged cell is empty); a table
/// inside a cell is a table of its own. What the paragraph reader leaves out (text boxes,
/// deleted text, notes) is left out here too.
/// - Complexity: O(size of the document's main part).
extension OfficeDocumentText {
    public static func tables(ofFile path: String) throws(DocumentTextError) -> [[[String]]] {
        let (kind, bytes, file) = try mainPart(ofFile: path)
        return try tables(in: bytes, file: file, kind: kind)
    }

    /// Element names of each kind's tables, rows, cells and text.
    private struct TableNames {
        var table: String, row: String, cell: String, paragraphs: Set<String>, skipped: Set<String>
    }

    static func tables(in bytes: [UInt8], file: String, kind: Kind) throws(DocumentTextError) -> [[[String]]] {
        let names = kind == .word
            ? TableNames(table: "tbl", row: "tr", cell: "tc", paragraphs: ["p"], skipped: wordSkipped)
            : TableNames(table: "table", row: "table-row", cell: "table-cell", paragraphs: ["p", "h"], skipped: openDocumentSkipped)
        var tables: [[[String]]] = []
        // The tables being read, innermost last: their rows so far, the row and cell being read.
        var open: [(rows: [[String]], row: [String]?, cell: String?)] = []
        func fold(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        do {
            let xml = try XMLStreamReader(bytes: bytes, file: file)
            while try xml.read() {
                switch xml.nodeType {
                case .element:
                    let name = xml.localName
                    if names.skipped.contains(name) {
                        try xml.skipElement()
                        continue
                    }
                    if name == names.table {
                        open.append(([], nil, nil))
                    } else if name == names.row, !open.isEmpty {
                        open[open.count - 1].row = []
                        if xml.isEmptyElement { open[open.count - 1].rows.append([]) }
                    } else if name == names.cell || name == "covered-table-cell", !open.isEmpty, open[open.count - 1].row != nil {
                        if xml.isEmptyElement {
                            open[open.count - 1].row!.append("")
                        } else {
                            open[open.count - 1].cell = ""
                        }
                    } else if kind == .word, name == "t", open.last?.cell != nil {
                        open[open.count - 1].cell! += try xml.readElementText()
                    } else if kind == .word, name == "tab" || name == "br", open.last?.cell != nil {
                        open[open.count - 1].cell! += " "
                    } else if kind == .openDocument, name == "s" || name == "tab" || name == "line-break", open.last?.cell != nil {
                        open[open.count - 1].cell! += " "
                    }
                case .text where kind == .openDocument && open.last?.cell != nil:
                    open[open.count - 1].cell! += xml.value
                case .endElement:
                    let name = xml.localName
                    if names.paragraphs.contains(name), open.last?.cell != nil {
                        open[open.count - 1].cell! += " "
                    } else if name == names.cell || name == "covered-table-cell", let cell = open.last?.cell {
                        open[open.count - 1].row?.append(fold(cell))
                        open[open.count - 1].cell = nil
                    } else if name == names.row, let row = open.last?.row {
                        open[open.count - 1].rows.append(row)
                        open[open.count - 1].row = nil
                    } else if name == names.table, let table = open.popLast() {
                        tables.append(table.rows)
                    }
                default:
                    break
                }
            }
        } catch {
            throw .malformed(error)
        }
        return tables
    }
}
