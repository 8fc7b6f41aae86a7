import Foundation
import GlossaCore

/// Writes TMX 1.4b that validates against the TMX 1.4b DTD and the XSD OmegaT checks.
///
/// Streaming: ``prolog(header:)``, then ``unit(_:)`` per unit, then ``epilog``, so an export of a
/// million units never holds the document in memory. Level 1 writes plain text (native codes
/// dropped, what every CAT tool reads); level 2 keeps the inline elements (`bpt`, `ept`, `it`,
/// `ph`, `hi`, `sub`, `ut`) with their attributes.
///
/// Cost: O(size of the output).
public struct TMXWriter: Sendable {
    public enum Level: Int, Sendable, CaseIterable {
        case plainText = 1
        case markup = 2
    }

    public var level: Level

    public init(level: Level = .markup) {
        self.level = level
    }

    /// The attributes the TMX 1.4b DTD requires on `<header>`, with the values glossa writes when
    /// a header lacks them.
    static func requiredHeaderAttributes(sourceLanguage: String, toolVersion: String) -> [TMXAttribute] {
        [
            TMXAttribute("creationtool", "glossa"), TMXAttribute("creationtoolversion", toolVersion),
            TMXAttribute("segtype", "sentence"), TMXAttribute("o-tmf", "glossa"), TMXAttribute("adminlang", "en"),
            TMXAttribute("srclang", sourceLanguage), TMXAttribute("datatype", "plaintext"),
        ]
    }

    /// A header written by glossa for units whose source language is `sourceLanguage`.
    public static func glossaHeader(sourceLanguage: LanguageTag, toolVersion: String, props: [TMXProp] = [],
                                    notes: [TMXNote] = []) -> TMXHeader {
        var attributes = requiredHeaderAttributes(sourceLanguage: sourceLanguage.identifier, toolVersion: toolVersion)
        attributes.append(TMXAttribute("o-encoding", "UTF-8"))
        return TMXHeader(attributes: attributes, props: props, notes: notes)
    }

    /// The XML declaration, `<tmx>`, the header and `<body>`. Required header attributes the
    /// given header lacks are filled in (`segtype` "sentence", `datatype` "plaintext", …).
    public func prolog(header: TMXHeader, toolVersion: String = "0") -> String {
        var attributes = header.attributes
        for required in Self.requiredHeaderAttributes(sourceLanguage: header.sourceLanguage ?? "*all*", toolVersion: toolVersion)
        where attributes[attribute: required.name] == nil {
            attributes.append(required)
        }
        var out: [UInt8] = []
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">\n")
        out.append("  <header")
        append(attributes, to: &out)
        if header.props.isEmpty && header.notes.isEmpty {
            out.append("/>\n")
        } else {
            out.append(">\n")
            for note in header.notes { append(note, indent: "    ", to: &out) }
            for prop in header.props { append(prop, indent: "    ", to: &out) }
            out.append("  </header>\n")
        }
        out.append("  <body>\n")
        return String(decoding: out, as: UTF8.self)
    }

    public static let epilog = "  </body>\n</tmx>\n"

    /// One `<tu>` element.
    public func unit(_ unit: TranslationUnit) -> String {
        var out: [UInt8] = []
        write(unit, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one `<tu>` element's UTF-8 to `out` (what an export streams: no String is made).
    public func write(_ unit: TranslationUnit, to out: inout [UInt8]) {
        out.append("    <tu")
        append(" tuid=\"", unit.tuid, to: &out)
        append(unit.attributes, to: &out)
        out.append(">\n")
        for note in unit.notes { append(note, indent: "      ", to: &out) }
        for prop in unit.props { append(prop, indent: "      ", to: &out) }
        for variant in unit.variants {
            out.append("      <tuv")
            append(" xml:lang=\"", variant.language.identifier, to: &out)
            append(variant.attributes, to: &out)
            out.append(">")
            let hasExtras = !variant.notes.isEmpty || !variant.props.isEmpty
            if hasExtras {
                out.append("\n")
                for note in variant.notes { append(note, indent: "        ", to: &out) }
                for prop in variant.props { append(prop, indent: "        ", to: &out) }
                out.append("        ")
            }
            out.append("<seg>")
            switch level {
            case .plainText: XMLEscaping.append(variant.segment.plainText, to: &out)
            case .markup: append(variant.segment, to: &out)
            }
            out.append("</seg>")
            if hasExtras { out.append("\n      ") }
            out.append("</tuv>\n")
        }
        out.append("    </tu>\n")
    }

    /// A whole document in one string; for small exports and tests.
    public func document(header: TMXHeader, units: [TranslationUnit], toolVersion: String = "0") -> String {
        var out = Array(prolog(header: header, toolVersion: toolVersion).utf8)
        for unit in units { write(unit, to: &out) }
        out.append(contentsOf: Self.epilog.utf8)
        return String(decoding: out, as: UTF8.self)
    }

    private func append(_ content: [InlineContent], to out: inout [UInt8]) {
        for item in content {
            switch item {
            case .text(let text): XMLEscaping.append(text, to: &out)
            case .element(let element):
                out.append("<")
                out.append(contentsOf: element.kind.rawValue.utf8)
                append(element.attributes, to: &out)
                if element.content.isEmpty {
                    out.append("/>")
                } else {
                    out.append(">")
                    append(element.content, to: &out)
                    out.append("</")
                    out.append(contentsOf: element.kind.rawValue.utf8)
                    out.append(">")
                }
            }
        }
    }

    private func append(_ attributes: [TMXAttribute], to out: inout [UInt8]) {
        for attribute in attributes {
            out.append(" ")
            out.append(contentsOf: attribute.name.utf8)
            out.append("=\"")
            XMLEscaping.append(attribute.value, to: &out)
            out.append("\"")
        }
    }

    private func append(_ note: TMXNote, indent: StaticString, to out: inout [UInt8]) {
        out.append(indent)
        out.append("<note")
        append(" xml:lang=\"", note.language, to: &out)
        append(" o-encoding=\"", note.encoding, to: &out)
        out.append(">")
        XMLEscaping.append(note.text, to: &out)
        out.append("</note>\n")
    }

    private func append(_ prop: TMXProp, indent: StaticString, to out: inout [UInt8]) {
        out.append(indent)
        out.append("<prop")
        append(" type=\"", prop.type, to: &out)
        append(" xml:lang=\"", prop.language, to: &out)
        append(" o-encoding=\"", prop.encoding, to: &out)
        out.append(">")
        XMLEscaping.append(prop.value, to: &out)
        out.append("</prop>\n")
    }

    /// ` name="value"` (the literal carries the space, the name and the opening quote); nothing
    /// for a nil value.
    private func append(_ opening: StaticString, _ value: String?, to out: inout [UInt8]) {
        guard let value else { return }
        out.append(opening)
        XMLEscaping.append(value, to: &out)
        out.append("\"")
    }
}

extension [UInt8] {
    /// Appends a literal's UTF-8.
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}

extension TMXWriter {
    /// Aligned sentence pairs as a TMX document (what `glossa align --format tmx` writes): one
    /// unit per pair, with the bead type and confidence as props.
    /// - Parameters:
    ///   - date: the article's date (`2022-01`), kept as a `<prop type="x-glossa-date">`.
    public static func write(pairs: [AlignedPair], sourceLanguage: LanguageTag, targetLanguage: LanguageTag,
                             creationToolVersion: String, date: String? = nil) -> String {
        let units = pairs.map { TranslationUnit(pair: $0, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, date: date) }
        let header = glossaHeader(sourceLanguage: sourceLanguage, toolVersion: creationToolVersion)
        return TMXWriter(level: .plainText).document(header: header, units: units, toolVersion: creationToolVersion)
    }
}

extension TranslationUnit {
    /// A unit for an aligned sentence pair; the bead type, confidence, and where given the
    /// article's origin and date become props (`x-glossa-bead`, `x-glossa-confidence`,
    /// `x-glossa-origin`, `x-glossa-date`).
    public init(pair: AlignedPair, sourceLanguage: LanguageTag, targetLanguage: LanguageTag, origin: String? = nil,
                date: String? = nil, creationDate: String? = nil) {
        var props = [
            TMXProp(type: "x-glossa-bead", value: pair.link.beadType),
            TMXProp(type: "x-glossa-confidence", value: String(format: "%.3f", pair.link.confidence)),
        ]
        if let origin { props.append(TMXProp(type: "x-glossa-origin", value: origin)) }
        if let date { props.append(TMXProp(type: "x-glossa-date", value: date)) }
        var attributes = [TMXAttribute("srclang", sourceLanguage.identifier)]
        if let creationDate { attributes.append(TMXAttribute("creationdate", creationDate)) }
        self.init(attributes: attributes, props: props, variants: [
            TranslationVariant(language: sourceLanguage, text: pair.source),
            TranslationVariant(language: targetLanguage, text: pair.target),
        ])
    }
}
