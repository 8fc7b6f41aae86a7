import Foundation
import GlossaCore

/// How a segment's inline content is kept in its column: JSON, and NULL when the segment is
/// plain text, so the common case (a plain sentence pair) stores nothing but its text.
/// (Attribute, prop and note lists go through ``FlatJSON``.)
struct UnitCoding {
    private let encoder = JSONEncoder()
    private let decoder = JSONDecoder()

    func encode<T: Encodable & Collection>(_ value: T) throws -> String? {
        value.isEmpty ? nil : String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The segment's content when it has markup; plain text lives in `variant.text` alone.
    func encodeContent(_ segment: [InlineContent]) throws -> String? {
        segment.hasMarkup ? try encode(segment) : nil
    }

    func decodeContent(_ json: String?, text: String) throws -> [InlineContent] {
        guard let json else { return text.isEmpty ? [] : [.text(text)] }
        return try decoder.decode([InlineContent].self, from: Data(json.utf8))
    }
}

/// The keys that find duplicates: identical units share a content hash; units with the same
/// source sentence (whatever their targets) share a source hash.
enum UnitKeys {
    /// Over every variant's language and content, markup included.
    static func contentHash(_ unit: TranslationUnit) -> Int64 {
        var hash = StableHash()
        for variant in unit.variants {
            hash.combine(variant.language.identifier)
            combine(variant.segment, into: &hash)
        }
        return hash.signed
    }

    /// Over the source variant's language and its text's match key.
    /// - Parameter tags: parsed language tags, kept by the caller across units.
    static func sourceHash(_ unit: TranslationUnit, headerSourceLanguage: String?, tags: inout [String: LanguageTag]) -> Int64 {
        guard let source = sourceVariant(of: unit, headerSourceLanguage: headerSourceLanguage, tags: &tags) else {
            return StableHash().signed
        }
        return sourceHash(language: source.language.language, text: source.text)
    }

    /// The source hash a unit would have with this variant as its source (`language`: the
    /// primary subtag, "de").
    static func sourceHash(language: String, text: String) -> Int64 {
        var hash = StableHash()
        hash.combine(language)
        for unit in TextNormalizerBridge.matchKeyUnits(text) {
            hash.combine(UInt8(truncatingIfNeeded: unit >> 8))
            hash.combine(UInt8(truncatingIfNeeded: unit))
        }
        return hash.signed
    }

    /// The variant in the unit's `srclang`, else the header's, else the first.
    static func sourceVariant(of unit: TranslationUnit, headerSourceLanguage: String?,
                              tags: inout [String: LanguageTag]) -> TranslationVariant? {
        for candidate in [unit.sourceLanguage, headerSourceLanguage] {
            guard let candidate, candidate != "*all*" else { continue }
            if tags[candidate] == nil, let parsed = LanguageTag(candidate) { tags[candidate] = parsed }
            if let tag = tags[candidate],
               let variant = unit.variants.first(where: { tag.covers($0.language) || $0.language.covers(tag) }) {
                return variant
            }
        }
        return unit.variants.first
    }

    private static func combine(_ content: [InlineContent], into hash: inout StableHash) {
        for item in content {
            switch item {
            case .text(let text): hash.combine(text)
            case .element(let element):
                hash.combine(element.kind.rawValue)
                for attribute in element.attributes {
                    hash.combine(attribute.name)
                    hash.combine(attribute.value)
                }
                combine(element.content, into: &hash)
                hash.combine(0xFE)
            }
        }
    }
}
