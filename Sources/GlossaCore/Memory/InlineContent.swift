/// The content of a TMX `<seg>`: text mixed with inline elements (TMX level 2).
///
/// TMX 1.4b has seven inline elements. `bpt`/`ept` (a paired native code's begin and end),
/// `it` (an isolated code), `ph` (a placeholder) and `ut` (an unknown code) hold native code, so
/// their text is not part of the sentence; `sub` inside them is translatable text (a footnote, an
/// alt text); `hi` highlights part of the sentence, so its text is.
public enum InlineContent: Hashable, Sendable, Codable {
    case text(String)
    case element(InlineElement)
}

/// One inline element with its attributes (`i`, `x`, `type`, `pos`, `assoc`, `datatype`) in file
/// order and its content.
public struct InlineElement: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case bpt, ept, it, ph, hi, sub, ut

        /// True for the elements whose text is native code rather than sentence text.
        public var holdsCode: Bool {
            switch self {
            case .bpt, .ept, .it, .ph, .ut: true
            case .hi, .sub: false
            }
        }
    }

    public var kind: Kind
    public var attributes: [TMXAttribute]
    public var content: [InlineContent]

    public init(_ kind: Kind, attributes: [TMXAttribute] = [], content: [InlineContent] = []) {
        self.kind = kind
        self.attributes = attributes
        self.content = content
    }

    /// True for a code whose native code the file does not carry: none at all (Trados'
    /// `<bpt i="1"/>`), or memoQ's stand-in `{}` (`<bpt i="1" type="bold">{}</bpt>`: memoQ keeps
    /// the formatting in its own store and writes braces in its place).
    var hasNoNativeCode: Bool {
        kind.holdsCode && (content.isEmpty || content == [.text("{}")])
    }
}

extension [InlineContent] {
    /// The sentence a reader sees: text outside native codes, `hi` included. What matching,
    /// lookup and level-1 export use.
    ///
    /// A placeholder (`ph`: a tab, a line break, a field, an image) between two letters or
    /// digits becomes one space, so "Abbildung<ph/>3" reads "Abbildung 3" and a line break
    /// between two words keeps them two words, for matching, the word index and level-1 export. Paired and isolated formatting codes (`bpt`, `ept`,
    /// `it`) and unknown codes (`ut`) vanish without a trace: formatting may change inside a word.
    /// - Complexity: O(n) in the size of the content.
    public var plainText: String {
        var text = ""
        var pendingSpace = false
        appendPlainText(to: &text, pendingSpace: &pendingSpace)
        return text
    }

    private func appendPlainText(to text: inout String, pendingSpace: inout Bool) {
        for item in self {
            switch item {
            case .text(let value):
                if pendingSpace, let last = text.unicodeScalars.last, let next = value.unicodeScalars.first,
                   Self.isWordScalar(last), Self.isWordScalar(next) {
                    text += " "
                }
                if !value.isEmpty { pendingSpace = false }
                text += value
            case .element(let element) where !element.kind.holdsCode && element.kind != .sub:
                element.content.appendPlainText(to: &text, pendingSpace: &pendingSpace)
            case .element(let element):
                if element.kind == .ph { pendingSpace = true }
            }
        }
    }

    /// The sentence with its native codes in place, as the document had it ("Click <b>Save</b>
    /// and close {0}."): what a translator pastes where the codes matter. Every element's text
    /// is kept, in document order. A code the file left empty or wrote as memoQ's `{}` (Trados
    /// and memoQ keep the native code elsewhere: `<bpt i="1"/>`, `<ph x="2"/>`) shows where it
    /// stands the way Okapi and XLIFF number codes: `<1>` and `</1>` for a pair, `<x2/>` for a
    /// placeholder, an isolated or unknown code.
    /// - Complexity: O(n) in the size of the content.
    public var textWithCodes: String {
        var text = ""
        appendTextWithCodes(to: &text)
        return text
    }

    private func appendTextWithCodes(to text: inout String) {
        for item in self {
            switch item {
            case .text(let value): text += value
            case .element(let element) where element.hasNoNativeCode:
                let number = element.attributes.first { $0.name == "i" }?.value ?? element.attributes.first { $0.name == "x" }?.value ?? ""
                switch element.kind {
                case .bpt: text += "<\(number)>"
                case .ept: text += "</\(number)>"
                default: text += Self.emptyCodeMarker(element)
                }
            case .element(let element): element.content.appendTextWithCodes(to: &text)
            }
        }
    }

    /// The plain text with each placeholder (`ph`) in place: its native code as the document
    /// had it ("{0}", "%s"), or `<x2/>` where the file left it empty. What fuzzy matching
    /// compares, so that a query without the placeholder is no 100% match of a sentence with one
    /// (its translation carries the placeholder; the match charges a point per placeholder
    /// missing), and a query with "{0}" typed in is. Formatting codes (`bpt`, `ept`, `it`)
    /// stay out: "Click Save" matches "Click <b>Save</b>" fully.
    /// - Complexity: O(n) in the size of the content.
    public var textWithPlaceholders: String {
        var text = ""
        appendTextWithPlaceholders(to: &text)
        return text
    }

    private func appendTextWithPlaceholders(to text: inout String) {
        for item in self {
            switch item {
            case .text(let value):
                text += value
            case .element(let element) where element.kind == .ph:
                text += element.hasNoNativeCode ? Self.emptyCodeMarker(element) : element.content.textWithCodes
            case .element(let element) where !element.kind.holdsCode && element.kind != .sub:
                element.content.appendTextWithPlaceholders(to: &text)
            case .element:
                continue
            }
        }
    }

    /// A placeholder, isolated or unknown code the file left empty, numbered as Okapi and XLIFF
    /// number codes: `<x2/>` (by its `x`, else its `i`).
    private static func emptyCodeMarker(_ element: InlineElement) -> String {
        "<x\(element.attributes.first { $0.name == "x" }?.value ?? element.attributes.first { $0.name == "i" }?.value ?? "")/>"
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// True if the segment has a placeholder (`ph`) anywhere, inside formatting too.
    public var hasPlaceholders: Bool {
        contains { item in
            guard case .element(let element) = item else { return false }
            return element.kind == .ph || element.content.hasPlaceholders
        }
    }

    /// True if the segment has inline elements (TMX level 2).
    public var hasMarkup: Bool {
        contains { if case .element = $0 { true } else { false } }
    }
}
