/// A TMX 1.4b translation unit (`<tu>`) with everything TMX can say about it, so a memory
/// round-trips a file: its attributes (`tuid` apart, since it names the unit), props, notes and
/// one variant per language.
public struct TranslationUnit: Hashable, Sendable, Codable {
    public var tuid: String?
    /// All other `<tu>` attributes in file order: `srclang`, `creationdate`, `creationid`,
    /// `changedate`, `changeid`, `usagecount`, `lastusagedate`, `datatype`, `o-encoding`, ….
    public var attributes: [TMXAttribute]
    public var props: [TMXProp]
    public var notes: [TMXNote]
    public var variants: [TranslationVariant]

    public init(tuid: String? = nil, attributes: [TMXAttribute] = [], props: [TMXProp] = [], notes: [TMXNote] = [],
                variants: [TranslationVariant]) {
        self.tuid = tuid
        self.attributes = attributes
        self.props = props
        self.notes = notes
        self.variants = variants
    }

    /// The unit's `srclang`; `*all*` means any variant may serve as the source.
    public var sourceLanguage: String? { attributes[attribute: "srclang"] }

    /// `usagecount`, 0 when absent or not a number.
    public var usageCount: Int {
        get { attributes[attribute: "usagecount"].flatMap { Int($0) } ?? 0 }
        set { attributes[attribute: "usagecount"] = String(newValue) }
    }

    /// The first variant in `language` (a range: `de` covers `de-DE`).
    public func variant(in language: LanguageTag) -> TranslationVariant? {
        variants.first { language.covers($0.language) }
    }

    /// The value of the first prop of this type (`x-glossa-origin`).
    public func prop(_ type: String) -> String? {
        props.first { $0.type == type }?.value
    }
}

/// A `<tuv>`: the unit's text in one language, with its own attributes, props and notes.
public struct TranslationVariant: Hashable, Sendable, Codable {
    public var language: LanguageTag
    /// `<tuv>` attributes other than `xml:lang`, in file order.
    public var attributes: [TMXAttribute]
    public var props: [TMXProp]
    public var notes: [TMXNote]
    public var segment: [InlineContent]

    public init(language: LanguageTag, segment: [InlineContent], attributes: [TMXAttribute] = [],
                props: [TMXProp] = [], notes: [TMXNote] = []) {
        self.language = language
        self.segment = segment
        self.attributes = attributes
        self.props = props
        self.notes = notes
    }

    /// A plain-text variant (TMX level 1).
    public init(language: LanguageTag, text: String) {
        self.init(language: language, segment: text.isEmpty ? [] : [.text(text)])
    }

    /// The sentence without native codes.
    public var text: String { segment.plainText }
}

/// The `<header>` of a TMX file: its attributes in file order (`creationtool`,
/// `creationtoolversion`, `segtype`, `o-tmf`, `adminlang`, `srclang`, `datatype`, `o-encoding`,
/// `creationdate`, …), props and notes.
public struct TMXHeader: Hashable, Sendable, Codable {
    public var attributes: [TMXAttribute]
    public var props: [TMXProp]
    public var notes: [TMXNote]

    public init(attributes: [TMXAttribute] = [], props: [TMXProp] = [], notes: [TMXNote] = []) {
        self.attributes = attributes
        self.props = props
        self.notes = notes
    }

    public var sourceLanguage: String? { attributes[attribute: "srclang"] }
}
