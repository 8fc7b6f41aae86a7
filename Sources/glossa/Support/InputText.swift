import Foundation

/// A text file (or standard input) read as checked UTF-8, with its name for messages.
struct InputText {
    let name: String
    let bytes: [UInt8]

    /// Reads `path` (`-` is standard input) and checks it is UTF-8 text.
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
        let bytes = [UInt8](data)
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw .utf16(file: name)
        }
        try UTF8Check.validate(bytes, file: name)
        return InputText(name: name, bytes: bytes)
    }
}

/// Finds the first byte that makes a buffer invalid UTF-8 (or a NUL, which marks binary data).
enum UTF8Check {
    /// - Complexity: O(n), one pass.
    static func validate(_ bytes: [UInt8], file: String) throws(CLIError) {
        var index = 0
        var line = 1
        var lineStart = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0 { throw .binary(file: file, byteOffset: index) }
                if byte == 0x0A {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; scalar = UInt32(byte & 0x1F); minimum = 0x80
            case 0xE0...0xEF: length = 3; scalar = UInt32(byte & 0x0F); minimum = 0x800
            case 0xF0...0xF4: length = 4; scalar = UInt32(byte & 0x07); minimum = 0x10000
            default: length = 0; scalar = 0; minimum = 0
            }
            var valid = length > 0 && index + length <= count
            if valid {
                for offset in 1..<length {
                    let continuation = bytes[index + offset]
                    if continuation & 0xC0 != 0x80 {
                        valid = false
                        break
                    }
                    scalar = scalar << 6 | UInt32(continuation & 0x3F)
                }
            }
            if valid, scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { valid = false }
            guard valid else {
                let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
                throw .invalidUTF8(file: file, byteOffset: index, line: line, column: column)
            }
            index += length
        }
    }
}
