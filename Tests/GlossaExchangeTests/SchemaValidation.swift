import CLibXML2
import Foundation

/// Validates XML against an XSD with libxml2 (no network: imports resolve to local copies).
enum SchemaValidation {
    /// The DTD violations of `xml` against a DTD in Fixtures/Schemas; empty if valid.
    static func violations(of xml: String, againstDTD dtd: String) -> [String] {
        let path = schemas.appendingPathComponent(dtd).path
        guard let parsedDTD = xmlParseDTD(nil, path) else { return ["cannot read DTD \(path)"] }
        defer { xmlFreeDtd(parsedDTD) }
        guard let document = parse(xml) else { return ["not well-formed XML"] }
        defer { xmlFreeDoc(document) }
        guard let context = xmlNewValidCtxt() else { return ["cannot make a DTD validator"] }
        defer { xmlFreeValidCtxt(context) }
        return xmlValidateDtd(context, document, parsedDTD) == 1 ? [] : ["invalid against \(dtd)"]
    }

    final class Messages {
        var lines: [String] = []
    }

    /// libxml2's structured-error callback: appends each message, with its line, to the
    /// `Messages` passed as context.
    static let collect: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let messages = Unmanaged<Messages>.fromOpaque(context).takeUnretainedValue()
        let text = error.pointee.message.map { String(cString: $0) } ?? "error"
        messages.lines.append("line \(error.pointee.line): \(text.trimmingCharacters(in: .whitespacesAndNewlines))")
    }

    static let schemas = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Schemas")

    /// The schema violations of `xml` against `schema` (a file in Fixtures/Schemas); empty if valid.
    static func violations(of xml: String, against schema: String) -> [String] {
        let path = schemas.appendingPathComponent(schema).path
        guard let parser = xmlSchemaNewParserCtxt(path) else { return ["cannot open schema \(path)"] }
        defer { xmlSchemaFreeParserCtxt(parser) }
        guard let compiled = xmlSchemaParse(parser) else { return ["cannot compile schema \(path)"] }
        defer { xmlSchemaFree(compiled) }
        guard let validator = xmlSchemaNewValidCtxt(compiled) else { return ["cannot make a validator"] }
        defer { xmlSchemaFreeValidCtxt(validator) }
        let messages = Messages()
        let context = Unmanaged.passUnretained(messages).toOpaque()
        xmlSchemaSetValidStructuredErrors(validator, collect, context)
        guard let document = parse(xml) else { return ["not well-formed XML"] }
        defer { xmlFreeDoc(document) }
        let result = xmlSchemaValidateDoc(validator, document)
        if result != 0 && messages.lines.isEmpty { return ["invalid (libxml2 code \(result))"] }
        return messages.lines
    }

    /// The RELAX NG violations of `xml` against `schema` (a file in Fixtures/Schemas); empty if valid.
    static func violations(of xml: String, againstRelaxNG schema: String) -> [String] {
        let path = schemas.appendingPathComponent(schema).path
        guard let parser = xmlRelaxNGNewParserCtxt(path) else { return ["cannot open schema \(path)"] }
        defer { xmlRelaxNGFreeParserCtxt(parser) }
        guard let compiled = xmlRelaxNGParse(parser) else { return ["cannot compile schema \(path)"] }
        defer { xmlRelaxNGFree(compiled) }
        guard let validator = xmlRelaxNGNewValidCtxt(compiled) else { return ["cannot make a validator"] }
        defer { xmlRelaxNGFreeValidCtxt(validator) }
        let messages = Messages()
        let context = Unmanaged.passUnretained(messages).toOpaque()
        xmlRelaxNGSetValidStructuredErrors(validator, collect, context)
        guard let document = parse(xml) else { return ["not well-formed XML"] }
        defer { xmlFreeDoc(document) }
        let result = xmlRelaxNGValidateDoc(validator, document)
        if result != 0 && messages.lines.isEmpty { return ["invalid (libxml2 code \(result))"] }
        return messages.lines
    }

    /// The document tree of `xml`, read without network access; nil if not well-formed.
    private static func parse(_ xml: String) -> xmlDocPtr? {
        let bytes = Array(xml.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xmlReadMemory($0.baseAddress, Int32($0.count), "document.xml", nil, Int32(XML_PARSE_NONET.rawValue))
            }
        }
    }
}
