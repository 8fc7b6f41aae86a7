import Foundation
import GlossaCore
import GRDB

extension MemoryStore {
    /// Calls `body` with each unit the filter keeps, in the order they were stored, from one
    /// read snapshot. Streams: two statements walk units and variants side by side, so memory
    /// holds one unit at a time. Columns are read with SQLite's own calls, by position: GRDB's
    /// rows looked every column up by name, a fifth of an export's time.
    /// - Parameter exportSourceLanguage: the source language of the file being written. A unit
    ///   that names no source language of its own, from a file whose header named another one
    ///   it has a variant in (an English-source TMX in a German-source memory), is given that
    ///   one as its `srclang`, so the export does not turn its translation into its source.
    /// - Returns: how many units were passed to `body`.
    /// - Complexity: O(units + variants).
    @discardableResult
    public func forEachUnit(matching filter: UnitFilter = UnitFilter(), exportSourceLanguage: LanguageTag? = nil,
                            _ body: (TranslationUnit) throws -> Void) throws -> Int {
        try read { db in
            let coding = UnitCoding()
            var condition = ""
            if filter.origin != nil { condition = "WHERE substr(o.name, 1, length(?1)) = ?1" }
            let unitStatement = try db.makeStatement(sql: """
                SELECT u.id, u.tuid, u.attributes, u.props, u.notes, o.date, o.id, o.header FROM unit u JOIN origin o ON o.id = u.originId
                \(condition) ORDER BY u.id
                """)
            if let origin = filter.origin { try unitStatement.setArguments([origin]) }
            let variantStatement = try db.makeStatement(sql: """
                SELECT unitId, language, text, content, attributes, props, notes FROM variant ORDER BY id
                """)
            let units = ColumnReader(unitStatement), variants = ColumnReader(variantStatement)
            var hasVariant = try variants.step(db)
            var count = 0
            var tags: [String: LanguageTag?] = [:]
            /// Each origin's header srclang where it differs from the export's (read once per origin).
            var otherSource: [Int64: LanguageTag?] = [:]
            let decoder = JSONDecoder()
            while try units.step(db) {
                let id = units.integer(0)
                var unit = TranslationUnit(tuid: units.text(1), attributes: try FlatJSON.attributes(units.text(2)),
                                           props: try FlatJSON.props(units.text(3)), notes: try FlatJSON.notes(units.text(4)), variants: [])
                let date = units.text(5)
                while hasVariant, variants.integer(0) <= id {
                    if variants.integer(0) == id {
                        let name = variants.text(1) ?? ""
                        if tags[name] == nil { tags[name] = LanguageTag(name) }
                        if let language = tags[name] ?? nil {
                            let text = variants.text(2) ?? ""
                            unit.variants.append(TranslationVariant(
                                language: language, segment: try coding.decodeContent(variants.text(3), text: text),
                                attributes: try FlatJSON.attributes(variants.text(4)), props: try FlatJSON.props(variants.text(5)),
                                notes: try FlatJSON.notes(variants.text(6))))
                        }
                    }
                    hasVariant = try variants.step(db)
                }
                if let exportSourceLanguage, unit.sourceLanguage == nil {
                    let originID = units.integer(6)
                    if otherSource[originID] == nil {
                        let header = units.text(7).flatMap { try? decoder.decode(TMXHeader.self, from: Data($0.utf8)) }
                        let tag = header?.sourceLanguage.flatMap(LanguageTag.init)
                        otherSource[originID] = tag.flatMap { exportSourceLanguage.covers($0) || $0.covers(exportSourceLanguage) ? nil : $0 }
                    }
                    if let source = otherSource[originID] ?? nil, let variant = unit.variants.first(where: { source.covers($0.language) }) {
                        unit.attributes[attribute: "srclang"] = variant.language.identifier
                    }
                }
                if let kept = filter.apply(to: unit, articleDate: date) {
                    try body(kept)
                    count += 1
                }
            }
            return count
        }
    }

    /// A header for exporting: the props and notes of the imported files' headers (each once),
    /// so what a file's header said survives import and export.
    public func importedHeaderExtras(origin: String? = nil) throws -> (props: [TMXProp], notes: [TMXNote]) {
        try read { db in
            // Only the headers of the origins exported, when the export is narrowed to some.
            let headers: [String]
            if let origin {
                headers = try String.fetchAll(db, sql: "SELECT header FROM origin WHERE header IS NOT NULL AND substr(name, 1, length(?1)) = ?1 ORDER BY id",
                                              arguments: [origin])
            } else {
                headers = try String.fetchAll(db, sql: "SELECT header FROM origin WHERE header IS NOT NULL ORDER BY id")
            }
            var props: [TMXProp] = []
            var notes: [TMXNote] = []
            let decoder = JSONDecoder()
            for json in headers {
                guard let header = try? decoder.decode(TMXHeader.self, from: Data(json.utf8)) else { continue }
                for prop in header.props where !props.contains(prop) { props.append(prop) }
                for note in header.notes where !notes.contains(note) { notes.append(note) }
            }
            return (props, notes)
        }
    }
}
