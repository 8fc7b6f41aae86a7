import Foundation
import GlossaCore

/// Reads the metadata header an article file may start with (`date 2022-01`, `source …`).
///
/// Grammar, at the very start of the text after white space: one or more fields `KEY VALUE`
/// (or `KEY: VALUE`), where KEY is one of ``keys``. `date` takes an ISO date (YYYY, YYYY-MM or
/// YYYY-MM-DD) and may be followed by text on the same line, as in the seed article
/// (` date 2022-01 Die Differenzen …`); every other key takes the rest of its line. Anything
/// else ends the header. Cost: O(header length).
public enum MetadataHeader {
    public static let keys: Set<String> = ["date", "source", "title", "author", "url", "licence", "license", "language"]

    /// The header and the offset where the article's text begins.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (metadata: ArticleMetadata?, bodyStart: Int) {
        var fields: [ArticleMetadata.Field] = []
        var index = skipSpace(bytes, from: 0, newlines: true)
        var end = 0
        while index < bytes.count {
            var keyEnd = index
            while keyEnd < bytes.count, bytes[keyEnd] >= 0x61, bytes[keyEnd] <= 0x7A { keyEnd += 1 }
            let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<keyEnd]), as: UTF8.self)
            guard keys.contains(key) else { break }
            var valueStart = keyEnd
            if valueStart < bytes.count, bytes[valueStart] == 0x3A { valueStart += 1 } // ':'
            guard valueStart < bytes.count, bytes[valueStart] == 0x20 || bytes[valueStart] == 0x09 else { break }
            valueStart = skipSpace(bytes, from: valueStart, newlines: false)
            if key == "date" {
                var tokenEnd = valueStart
                while tokenEnd < bytes.count, !isSpace(bytes[tokenEnd]) { tokenEnd += 1 }
                let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<tokenEnd]), as: UTF8.self)
                guard isISODate(token) else { break }
                fields.append(.init(key: key, value: token))
                index = skipSpace(bytes, from: tokenEnd, newlines: false)
                end = index
                // Text on the same line: the header ends, the article begins right here.
                guard index < bytes.count, bytes[index] == 0x0A || bytes[index] == 0x0D else { break }
            } else {
                var lineEnd = valueStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
                let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<lineEnd]), as: UTF8.self)
                    .trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty else { break }
                fields.append(.init(key: key == "license" ? "licence" : key, value: value))
                index = lineEnd
                end = index
            }
            index = skipSpace(bytes, from: index, newlines: true)
            end = index
        }
        guard !fields.isEmpty else { return (nil, 0) }
        return (ArticleMetadata(fields: fields, range: TextRange(start: 0, end: end)), end)
    }

    /// True for `2022`, `2022-01` and `2022-01-12` with a plausible month and day.
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return false
        }
        if parts.count >= 2 { guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return false } }
        if parts.count == 3 { guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return false } }
        return true
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    private static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, newlines: Bool) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || (newlines && (byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C)) {
                index += 1
            } else if newlines, index + 2 < bytes.count, byte == 0xEF, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF {
                index += 3 // byte-order mark
            } else {
                break
            }
        }
        return index
    }
}
