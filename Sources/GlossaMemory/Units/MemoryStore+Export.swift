import Foundation
import GlossaCore
import GRDB

extension MemoryStore {
    /// Calls `body` with each unit the filter keeps, in the order they were stored, from one
    /// read snapshot. Streams: two cursors walk units and variants side by side, so memory holds
    /// one unit at a time.
    /// - Returns: how many units were passed to `body`.
    /// - Complexity: O(units + variants).
    @discardableResult
    public func forEachUnit(matching filter: UnitFilter = UnitFilter(), _ body: (TranslationUnit) throws -> Void) throws -> Int {
        try read { db in
            let coding = UnitCoding()
            var arguments: StatementArguments = []
            var condition = ""
            if let origin = filter.origin {
                condition = "WHERE substr(o.name, 1, length(?)) = ?"
                arguments = [origin, origin]
            }
            let units = try Row.fetchCursor(db, sql: """
                SELECT u.id, u.tuid, u.attributes, u.props, u.notes, o.date FROM unit u JOIN origin o ON o.id = u.originId
                \(condition) ORDER BY u.id
                """, arguments: arguments)
            let variants = try Row.fetchCursor(db, sql: """
                SELECT unitId, language, text, content, attributes, props, notes FROM variant ORDER BY id
                """)
            var pending: Row? = try variants.next()
            var count = 0
            var tags: [String: LanguageTag] = [:]
            while let row = try units.next() {
                let id: Int64 = row["id"]
                var unit = TranslationUnit(tuid: row["tuid"], attributes: try FlatJSON.attributes(row["attributes"]),
                                           props: try FlatJSON.props(row["props"]), notes: try FlatJSON.notes(row["notes"]), variants: [])
                let date: String? = row["date"]
                // Columns by position: unitId, language, text, content, attributes, props, notes.
                while let variant = pending, (variant[0] as Int64) <= id {
                    let name: String = variant[1]
                    if tags[name] == nil { tags[name] = LanguageTag(name) }
                    if (variant[0] as Int64) == id, let language = tags[name] ?? nil {
                        let text: String = variant[2]
                        unit.variants.append(TranslationVariant(
                            language: language, segment: try coding.decodeContent(variant[3], text: text),
                            attributes: try FlatJSON.attributes(variant[4]), props: try FlatJSON.props(variant[5]),
                            notes: try FlatJSON.notes(variant[6])))
                    }
                    pending = try variants.next()
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
            let headers = try String.fetchAll(db, sql: "SELECT header FROM origin WHERE header IS NOT NULL ORDER BY id")
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
