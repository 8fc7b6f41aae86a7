import GlossaCore

/// Writes glossary entries as an Excel workbook (`.xlsx`): one sheet "Glossary" with the CSV
/// export's columns (source, target, variants, status, confidence, …), the header row frozen
/// and filtered, so a reviewer can sort and filter in Excel or LibreOffice, set statuses, and
/// the file comes back in with `glossa import` (``XLSXWorkbook`` reads the same columns).
///
/// The smallest package Office Open XML allows: content types, relationships, the workbook and
/// one worksheet with inline strings (no shared-string table, no styles); confidence and
/// frequency are numbers. Characters XML cannot carry are dropped, and text that would read
/// as Excel's `_xHHHH_` escape has its underscore escaped.
/// - Complexity: O(entries); the workbook is built in memory, then deflated.
public enum XLSXWriter {
    /// The workbook's bytes.
    public static func workbook(_ entries: [GlossaryEntry]) -> [UInt8] {
        ZipWriter.archive([
            ("[Content_Types].xml", Array(contentTypes.utf8)),
            ("_rels/.rels", Array(packageRelationships.utf8)),
            ("xl/workbook.xml", Array(workbookPart.utf8)),
            ("xl/_rels/workbook.xml.rels", Array(workbookRelationships.utf8)),
            ("xl/worksheets/sheet1.xml", sheet(entries)),
        ])
    }

    /// Columns written as numbers, by their place in ``TabularGlossary/csvColumns``.
    static let numericColumns: Set<String> = ["confidence", "frequency"]

    static func sheet(_ entries: [GlossaryEntry]) -> [UInt8] {
        let columns = TabularGlossary.csvColumns
        let lastCell = XLSXWorkbook.columnName(columns.count) + String(entries.count + 1)
        var out = Array("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <dimension ref="A1:\(lastCell)"/>\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
            </sheetView></sheetViews>\
            <cols><col min="1" max="2" width="32" customWidth="1"/><col min="3" max="\(columns.count)" width="18" customWidth="1"/></cols>\
            <sheetData>
            """.utf8)
        func row(_ number: Int, _ values: [String], numeric: (Int) -> Bool) {
            out += Array("<row r=\"\(number)\">".utf8)
            for (index, value) in values.enumerated() where !value.isEmpty {
                let reference = XLSXWorkbook.columnName(index + 1) + String(number)
                if numeric(index), Double(value) != nil {
                    out += Array("<c r=\"\(reference)\"><v>\(value)</v></c>".utf8)
                } else {
                    out += Array("<c r=\"\(reference)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">".utf8)
                    XMLEscaping.append(escapingUnderscores(value), to: &out)
                    out += Array("</t></is></c>".utf8)
                }
            }
            out += Array("</row>".utf8)
        }
        row(1, columns) { _ in false }
        for (offset, entry) in entries.enumerated() {
            row(offset + 2, TabularGlossary.fields(of: entry)) { numericColumns.contains(columns[$0]) }
        }
        out += Array("</sheetData><autoFilter ref=\"A1:\(lastCell)\"/></worksheet>".utf8)
        return out
    }

    /// "_x0041_" written so that Excel (and ``XLSXWorkbook/unescaped(_:)``) reads it back as it
    /// is: its underscore as "_x005F_".
    static func escapingUnderscores(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let digits = rest[start.upperBound...].prefix(5)
            let isEscape = digits.count == 5 && digits.last == "_" && digits.dropLast().allSatisfy(\.isHexDigit)
            result += isEscape ? "_x005F_x" : "_x"
            rest = rest[start.upperBound...]
        }
        return result + rest
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        </Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    static let workbookPart = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheets><sheet name="Glossary" sheetId="1" r:id="rId1"/></sheets>\
        </workbook>
        """

    static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        </Relationships>
        """
}
