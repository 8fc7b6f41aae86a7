import GlossaCore

/// The JSON of a unit's attribute, prop and note lists, written and read by hand: these lists
/// are on every unit of an import, and Foundation's JSONEncoder took a quarter of the time of
/// storing a unit (measured on a 100,000-unit TMX). Shape: an array of arrays of strings or
/// nulls, e.g. attributes `[["creationdate","20220112T101500Z"]]`, props
/// `[["x-domain","Politik",null,null]]`, notes `[["Quelle",null,null]]`.
enum FlatJSON {
    /// - Complexity: O(n) over the UTF-8 bytes, written into one buffer (appending scalar by
    /// scalar to a String took 0.2 s of a 100,000-unit import's parsing thread).
    static func encode(_ rows: [[String?]]) -> String {
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (index, row) in rows.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            for (position, field) in row.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                if let field { appendString(field, to: &out) } else { out += [0x6E, 0x75, 0x6C, 0x6C] } // null
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case UInt8(ascii: "\n"): out += [0x5C, 0x6E]
            case UInt8(ascii: "\r"): out += [0x5C, 0x72]
            case UInt8(ascii: "\t"): out += [0x5C, 0x74]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]] // \u00XX
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    struct Malformed: Error {}

    /// Reads what ``encode(_:)`` wrote.
    /// - Complexity: O(n) over the UTF-8 bytes; strings without escapes are copied whole.
    static func decode(_ json: String) throws -> [[String?]] {
        var text = json
        return try text.withUTF8 { bytes throws -> [[String?]] in
            var index = 0
            func skipSpace() { while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 } }
            func expect(_ byte: UInt8) throws {
                skipSpace()
                guard index < bytes.count, bytes[index] == byte else { throw Malformed() }
                index += 1
            }
            func string() throws -> String {
                try expect(UInt8(ascii: "\""))
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") { index += 1 }
                guard index < bytes.count else { throw Malformed() }
                if bytes[index] == UInt8(ascii: "\"") {
                    index += 1
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
                }
                var out = Array(bytes[start..<index])
                while index < bytes.count {
                    let byte = bytes[index]
                    index += 1
                    switch byte {
                    case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
                    case UInt8(ascii: "\\"):
                        guard index < bytes.count else { throw Malformed() }
                        let escaped = bytes[index]
                        index += 1
                        switch escaped {
                        case UInt8(ascii: "n"): out.append(0x0A)
                        case UInt8(ascii: "r"): out.append(0x0D)
                        case UInt8(ascii: "t"): out.append(0x09)
                        case UInt8(ascii: "u"):
                            guard index + 4 <= bytes.count,
                                  let value = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + 4]), as: UTF8.self), radix: 16),
                                  let scalar = Unicode.Scalar(value) else { throw Malformed() }
                            index += 4
                            out += Array(String(Character(scalar)).utf8)
                        default: out.append(escaped)
                        }
                    default: out.append(byte)
                    }
                }
                throw Malformed()
            }
            var rows: [[String?]] = []
            try expect(UInt8(ascii: "["))
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { return rows }
            while true {
                try expect(UInt8(ascii: "["))
                var row: [String?] = []
                skipSpace()
                if index < bytes.count, bytes[index] != UInt8(ascii: "]") {
                    while true {
                        skipSpace()
                        if index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n") {
                            guard bytes[index + 1] == UInt8(ascii: "u"), bytes[index + 2] == UInt8(ascii: "l"),
                                  bytes[index + 3] == UInt8(ascii: "l") else { throw Malformed() }
                            index += 4
                            row.append(nil)
                        } else {
                            row.append(try string())
                        }
                        skipSpace()
                        guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { break }
                        index += 1
                    }
                }
                try expect(UInt8(ascii: "]"))
                rows.append(row)
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { break }
                index += 1
            }
            try expect(UInt8(ascii: "]"))
            return rows
        }
    }
}

extension FlatJSON {
    static func encode(_ attributes: [TMXAttribute]) -> String? {
        attributes.isEmpty ? nil : encode(attributes.map { [$0.name, $0.value] })
    }

    static func encode(_ props: [TMXProp]) -> String? {
        props.isEmpty ? nil : encode(props.map { [$0.type, $0.value, $0.language, $0.encoding] })
    }

    static func encode(_ notes: [TMXNote]) -> String? {
        notes.isEmpty ? nil : encode(notes.map { [$0.text, $0.language, $0.encoding] })
    }

    static func attributes(_ json: String?) throws -> [TMXAttribute] {
        guard let json else { return [] }
        return try decode(json).map { row in
            guard row.count == 2, let name = row[0], let value = row[1] else { throw Malformed() }
            return TMXAttribute(name, value)
        }
    }

    static func props(_ json: String?) throws -> [TMXProp] {
        guard let json else { return [] }
        return try decode(json).map { row in
            guard row.count == 4, let type = row[0], let value = row[1] else { throw Malformed() }
            return TMXProp(type: type, value: value, language: row[2], encoding: row[3])
        }
    }

    static func notes(_ json: String?) throws -> [TMXNote] {
        guard let json else { return [] }
        return try decode(json).map { row in
            guard row.count == 3, let text = row[0] else { throw Malformed() }
            return TMXNote(text: text, language: row[1], encoding: row[2])
        }
    }
}
