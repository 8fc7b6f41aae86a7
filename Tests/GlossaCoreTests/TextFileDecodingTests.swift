import GlossaCore
import Testing

@Suite struct TextFileDecodingTests {
    let german = "Der Bauernverband forderte „zusätzliche Steuererleichterungen“ – für 500 €.\nGrüße aus Köln.\n"

    func windows1252(_ text: String) -> [UInt8] {
        let special: [Character: UInt8] = ["„": 0x84, "“": 0x93, "–": 0x96, "€": 0x80, "’": 0x92]
        return text.flatMap { character -> [UInt8] in
            if let byte = special[character] { return [byte] }
            let value = character.unicodeScalars.first!.value
            precondition(value < 0x100)
            return [UInt8(value)]
        }
    }

    @Test func utf8IsReadAsItIsWithOrWithoutByteOrderMark() throws {
        #expect(try TextFileDecoding.decode(Array(german.utf8)) == DecodedTextFile(text: german, encoding: .utf8))
        #expect(try TextFileDecoding.decode([0xEF, 0xBB, 0xBF] + Array(german.utf8)).text == german)
    }

    @Test func windowsAnsiTextIsReadAsWindows1252() throws {
        let decoded = try TextFileDecoding.decode(windows1252(german))
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == german)
        // "Fuß“" is 0xDF 0x93, a valid UTF-8 pair, and still Windows-1252 text.
        let quote = try TextFileDecoding.decode(windows1252("Er sagte: „Kein Fuß“, und ging."))
        #expect(quote.text == "Er sagte: „Kein Fuß“, und ging.")
        // An English text with one apostrophe pasted from a word processor.
        #expect(try TextFileDecoding.decode(windows1252("NATO’s reply came on Wednesday.")).text == "NATO’s reply came on Wednesday.")
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        let little: [UInt8] = [0xFF, 0xFE] + german.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + german.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try TextFileDecoding.decode(little) == DecodedTextFile(text: german, encoding: .utf16LittleEndian))
        #expect(try TextFileDecoding.decode(big) == DecodedTextFile(text: german, encoding: .utf16BigEndian))
        #expect(throws: TextFileDecodingError.brokenUTF16) { try TextFileDecoding.decode(little.dropLast()) }
        #expect(throws: TextFileDecodingError.brokenUTF16) { try TextFileDecoding.decode([0xFF, 0xFE, 0x00, 0xD8]) }
    }

    @Test func utf8WithABrokenByteIsDamagedNotWindows1252() {
        // Correct "ü" and "ß" on the first line, a lone Windows-1252 "ü" on the second.
        let bytes = Array("Grüße aus Köln.\nGr".utf8) + [0xFC] + Array("n.\n".utf8)
        #expect(throws: TextFileDecodingError.damagedUTF8(byteOffset: 21, line: 2, column: 3)) {
            try TextFileDecoding.decode(bytes)
        }
        // The correct letters may come after the broken byte, too.
        #expect(throws: TextFileDecodingError.damagedUTF8(byteOffset: 2, line: 1, column: 3)) {
            try TextFileDecoding.decode(Array("Gr".utf8) + [0xFC] + Array("n. Grüße.".utf8))
        }
        // A byte order mark says UTF-8.
        #expect(throws: TextFileDecodingError.damagedUTF8(byteOffset: 5, line: 1, column: 3)) {
            try TextFileDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Gr".utf8) + [0xFC, 0x6E])
        }
    }

    @Test func nulBytesMeanBinary() {
        #expect(throws: TextFileDecodingError.binary(byteOffset: 4)) {
            try TextFileDecoding.decode([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])
        }
        // Windows-1252 letters before a NUL do not make it text.
        #expect(throws: TextFileDecodingError.binary(byteOffset: 3)) {
            try TextFileDecoding.decode([0x50, 0xE4, 0x4B, 0x00, 0x03])
        }
    }
}
