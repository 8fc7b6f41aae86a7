import Foundation
import GlossaExchange
import GlossaKit

/// A text file (or standard input) with its name for messages, read as UTF-8, UTF-16 with a
/// byte order mark, or Windows-1252 (`TextFileDecoding` says when which).
struct InputText {
    let name: String
    /// The text as UTF-8: the file's own bytes when it is UTF-8 (a byte order mark kept, so
    /// offsets are the file's), else the decoded text re-encoded.
    let bytes: [UInt8]
    /// The file exactly as read, for readers that decode it themselves (XML declares its encoding).
    let fileBytes: [UInt8]
    let encoding: TextFileEncoding

    /// Reads `path` (`-` is standard input) and decodes it. A file that is not UTF-8 gets a
    /// note on standard error naming the encoding it was read in.
    static func read(_ path: String) throws(CLIError) -> InputText {
        let name = path == "-" ? "<stdin>" : path
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(file: path, reason: "no such file")
            }
            guard !isDirectory.boolValue else { throw .unreadable(file: path, reason: "it is a directory") }
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw .unreadable(file: path, reason: "permission denied or I/O error")
            }
            data = contents
        }
        let fileBytes = [UInt8](data)
        let decoded: DecodedTextFile
        do {
            // UTF-8 is used as it is: checked in one pass, never copied into a String here.
            guard try TextFileDecoding.encoding(of: fileBytes) != .utf8 else {
                return InputText(name: name, bytes: fileBytes, fileBytes: fileBytes, encoding: .utf8)
            }
            decoded = try TextFileDecoding.decode(fileBytes)
        } catch {
            throw .undecodable(file: name, error)
        }
        StandardError.print("glossa: \(name) is not UTF-8; read as \(decoded.encoding.rawValue)")
        return InputText(name: name, bytes: Array(decoded.text.utf8), fileBytes: fileBytes, encoding: decoded.encoding)
    }

    /// Reads an article: a text file as ``read(_:)`` does, an HTML page (by its extension or
    /// its doctype) as the text of its article, a Word, OpenDocument or Markdown file (by its
    /// extension) as the text of its paragraphs, with a note on standard error. Offsets into a page's or
    /// document's text are then offsets into that text, not into the file.
    static func readArticle(_ path: String) throws(CLIError) -> InputText {
        if OfficeDocumentText.kind(ofPath: path) != nil {
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw .unreadable(file: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
            }
            let paragraphs: [String]
            do { paragraphs = try OfficeDocumentText.paragraphs(ofFile: path) } catch { throw .badData(error.description) }
            StandardError.print("glossa: \(path) is a word-processor document; read the text of its \(counted(paragraphs.count, "paragraph"))")
            let bytes = Array((paragraphs.joined(separator: "\n\n") + "\n").utf8)
            return InputText(name: path, bytes: bytes, fileBytes: bytes, encoding: .utf8)
        }
        let input = try read(path)
        if MarkdownArticleText.hasMarkdownExtension(path) {
            let paragraphs = MarkdownArticleText.paragraphs(of: String(decoding: input.bytes, as: UTF8.self))
            StandardError.print("glossa: \(input.name) is Markdown; read the text of its \(counted(paragraphs.count, "paragraph"))")
            return InputText(name: input.name, bytes: Array((paragraphs.joined(separator: "\n\n") + "\n").utf8),
                             fileBytes: input.fileBytes, encoding: input.encoding)
        }
        guard HTMLArticleText.hasHTMLExtension(path) || input.bytes.prefix(512).contains(0x3C) else { return input }
        let text = String(decoding: input.bytes, as: UTF8.self)
        guard HTMLArticleText.isPage(text, path: path) else { return input }
        let paragraphs = HTMLArticleText.paragraphs(ofPage: text)
        StandardError.print("glossa: \(input.name) is HTML; read the text of its article (\(counted(paragraphs.count, "paragraph")))")
        return InputText(name: input.name, bytes: Array((paragraphs.joined(separator: "\n\n") + "\n").utf8),
                         fileBytes: input.fileBytes, encoding: input.encoding)
    }
}
