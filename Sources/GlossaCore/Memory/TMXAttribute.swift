/// One XML attribute as a TMX file wrote it (`creationdate="20220112T101500Z"`). Units keep their
/// attributes as an ordered list, not a dictionary, so an export writes them back in the order
/// the file had them and a round trip changes nothing.
public struct TMXAttribute: Hashable, Sendable, Codable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension [TMXAttribute] {
    /// The value of the attribute called `name` (TMX attribute names are lower case).
    public subscript(attribute name: String) -> String? {
        get { first { $0.name == name }?.value }
        set {
            if let index = firstIndex(where: { $0.name == name }) {
                if let newValue { self[index].value = newValue } else { remove(at: index) }
            } else if let newValue {
                append(TMXAttribute(name, newValue))
            }
        }
    }
}

/// `<prop type="x-origin">…</prop>`: tool-specific data of a header, unit or variant.
public struct TMXProp: Hashable, Sendable, Codable {
    public var type: String
    public var value: String
    /// `xml:lang` and `o-encoding` of the prop itself, when the file gave them.
    public var language: String?
    public var encoding: String?

    public init(type: String, value: String, language: String? = nil, encoding: String? = nil) {
        self.type = type
        self.value = value
        self.language = language
        self.encoding = encoding
    }
}

/// `<note>…</note>`: a comment for people.
public struct TMXNote: Hashable, Sendable, Codable {
    public var text: String
    public var language: String?
    public var encoding: String?

    public init(text: String, language: String? = nil, encoding: String? = nil) {
        self.text = text
        self.language = language
        self.encoding = encoding
    }
}
