import GlossaCore

/// The glossary formats glossa reads and writes.
public enum GlossaryFormat: String, Hashable, Sendable, CaseIterable {
    /// TBX v3, dialect TBX-Basic (ISO 30042:2019, namespace `urn:iso:std:iso:30042:ed-2`).
    case tbx
    /// TBX v2 (`martif`, ISO 30042:2008): what OmegaT and Translate Toolkit read today.
    case tbx2
    /// OmegaT's glossary: UTF-8, tab-separated `source`, `target`, `comment`.
    case tsv
    /// Comma-separated values with a header row (RFC 4180), every field of an entry.
    case csv
}

/// Why a glossary file could not be read; names the file, the line where there is one, and what
/// to do. An import that meets one changes nothing.
public enum GlossaryFormatError: Error, Hashable, Sendable, CustomStringConvertible {
    case malformed(XMLError)
    case notTBX(file: String, root: String)
    /// Bytes that are no text (binary, damaged UTF-8): see `TextFileDecoding`.
    case undecodable(file: String, TextFileDecodingError)
    case missingColumns(file: String, line: Int, expected: String)
    case unterminatedQuote(file: String, line: Int)
    /// A ZIP archive (an .xlsx workbook) that cannot be read.
    case archive(ZipError)
    /// A ZIP archive without `xl/workbook.xml`: not saved by a spreadsheet program.
    case notWorkbook(file: String)
    /// A spreadsheet row without the cells a glossary entry needs.
    case missingCells(file: String, sheet: String, row: Int, expected: String)

    public var description: String {
        switch self {
        case .malformed(let error):
            "\(error.description) — \(error.advice)"
        case .notTBX(let file, let root):
            "\(file): the root element is <\(root)>, not <tbx> (TBX v3), <martif> (TBX v2) or <mtf> (MultiTerm XML); this is not a TBX file"
        case .undecodable(let file, let error):
            "\(file)\(error.hasPosition ? ":" : ": ")\(error); save the file as UTF-8 and import again"
        case .missingColumns(let file, let line, let expected):
            "\(file):\(line): expected \(expected)"
        case .archive(let error):
            error.description
        case .notWorkbook(let file):
            "\(file): a ZIP archive without a workbook (xl/workbook.xml); save the glossary from Excel or LibreOffice as .xlsx, or as .csv"
        case .missingCells(let file, let sheet, let row, let expected):
            "\(file): sheet \"\(sheet)\", row \(row): expected \(expected)"
        case .unterminatedQuote(let file, let line):
            "\(file):\(line): a quoted field is never closed; close the quote (write \"\" for a quote inside a field)"
        }
    }
}
