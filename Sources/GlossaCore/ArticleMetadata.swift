/// Metadata an article file may start with, such as the seed article's `date 2022-01`.
///
/// Recognised keys are `date`, `source`, `title`, `author`, `url` and `licence`/`license`, each
/// as `key value`; `date` takes an ISO date (`2022`, `2022-01`, `2022-01-12`).
public struct ArticleMetadata: Hashable, Sendable, Codable {
    /// The fields in the order they appear; keys lower-cased (`license` is stored as `licence`).
    public var fields: [Field]
    /// Where the header lies in the input (UTF-8 byte offsets, including the white space after it).
    public var range: TextRange

    public struct Field: Hashable, Sendable, Codable {
        public var key: String
        public var value: String
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    public init(fields: [Field], range: TextRange) {
        self.fields = fields
        self.range = range
    }

    /// The value of the first field with this key.
    public subscript(key: String) -> String? {
        fields.first { $0.key == key }?.value
    }

    /// The article's date as written (`2022-01`), if the header has one.
    public var date: String? { self["date"] }
}
