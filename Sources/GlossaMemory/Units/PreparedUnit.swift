import Foundation
import GlossaCore

/// A unit with everything storing it needs worked out ahead: its duplicate keys and its
/// columns as text. Making one is pure and costs about as much as storing it (hashing the
/// source's match key, encoding attribute lists), so an import makes them on the reading
/// thread while the memory stores the previous ones (``UnitSink/add(_:)-prepared``).
public struct PreparedUnit: Sendable {
    let contentHash: Int64
    let sourceHash: Int64
    let tuid: String?
    let attributes: String?
    let props: String?
    let notes: String?
    let usageCount: Int
    let variants: [Variant]

    struct Variant: Sendable {
        let language: String
        let text: String
        let content: String?
        let attributes: String?
        let props: String?
        let notes: String?
    }
}

/// Makes ``PreparedUnit``s for one import. Not thread-safe (it keeps parsed language tags);
/// one per thread.
public final class UnitPreparer {
    private let headerSourceLanguage: String?
    private var tags: [String: LanguageTag] = [:]
    private let coding = UnitCoding()

    /// - Parameter headerSourceLanguage: the file's `srclang`, for units that name none.
    public init(headerSourceLanguage: String?) {
        self.headerSourceLanguage = headerSourceLanguage
    }

    public func prepare(_ unit: TranslationUnit) throws -> PreparedUnit {
        PreparedUnit(
            contentHash: UnitKeys.contentHash(unit),
            sourceHash: UnitKeys.sourceHash(unit, headerSourceLanguage: headerSourceLanguage, tags: &tags),
            tuid: unit.tuid,
            attributes: FlatJSON.encode(unit.attributes),
            props: FlatJSON.encode(unit.props),
            notes: FlatJSON.encode(unit.notes),
            usageCount: unit.usageCount,
            variants: try unit.variants.map { variant in
                PreparedUnit.Variant(language: variant.language.identifier, text: variant.text,
                                     content: try coding.encodeContent(variant.segment),
                                     attributes: FlatJSON.encode(variant.attributes), props: FlatJSON.encode(variant.props),
                                     notes: FlatJSON.encode(variant.notes))
            })
    }
}
