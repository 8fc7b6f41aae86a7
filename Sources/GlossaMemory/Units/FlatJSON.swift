import GlossaCore

/// The JSON of a unit's attribute, prop and note lists, written and read by hand: these lists
/// are on every unit of an import, and Foundation's JSONEncoder took a quarter of the time of
/// storing a unit (measured on a 100,000-unit TMX). Shape: an array of arrays of strings or
/// nulls, e.g. attributes `[["creationdate","20220112T101500Z"]]`, props
/// `[["x-domain","Politik",null,null]]`, notes `[["Quelle",null,null]]`.
enum FlatJSON {
    static func encode(_ rows: [[String?]]) -> String {
        var out = "["
        for (index, row) in rows.enumerated() {
            if index > 0 { out += "," }
            out += "["
            for (position, field) in row.enumerated() {
                if position > 0 { out += "," }
                if let field { appendString(field, to: &out) } else { out += "null" }
            }
            out += "]"
        }
        return out + "]"
    }

    private static func appendString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    struct Malformed: Error {}

    /// Reads what ``encode(_:)`` wrote.
    static func decode(_ json: String) throws -> [[String?]] {
        var scalars = Array(json.unicodeScalars)[...]
        func skipSpace() { while let first = scalars.first, first == " " || first == "\n" { scalars.removeFirst() } }
        func expect(_ scalar: Unicode.Scalar) throws {
            skipSpace()
            guard scalars.first == scalar else { throw Malformed() }
            scalars.removeFirst()
        }
        func string() throws -> String {
            try expect("\"")
            var out = String.UnicodeScalarView()
            while let scalar = scalars.popFirst() {
                switch scalar {
                case "\"": return String(out)
                case "\\":
                    guard let escaped = scalars.popFirst() else { throw Malformed() }
                    switch escaped {
                    case "n": out.append("\n")
                    case "r": out.append("\r")
                    case "t": out.append("\t")
                    case "u":
                        guard scalars.count >= 4, let value = UInt32(String(String.UnicodeScalarView(scalars.prefix(4))), radix: 16),
                              let decoded = Unicode.Scalar(value) else { throw Malformed() }
                        scalars.removeFirst(4)
                        out.append(decoded)
                    default: out.append(escaped)
                    }
                default: out.append(scalar)
                }
            }
            throw Malformed()
        }
        var rows: [[String?]] = []
        try expect("[")
        skipSpace()
        if scalars.first == "]" { return rows }
        repeat {
            try expect("[")
            var row: [String?] = []
            skipSpace()
            if scalars.first != "]" {
                repeat {
                    skipSpace()
                    if scalars.starts(with: "null".unicodeScalars) {
                        scalars.removeFirst(4)
                        row.append(nil)
                    } else {
                        row.append(try string())
                    }
                    skipSpace()
                } while scalars.first == "," && scalars.popFirst() != nil
            }
            try expect("]")
            rows.append(row)
            skipSpace()
        } while scalars.first == "," && scalars.popFirst() != nil
        try expect("]")
        return rows
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
