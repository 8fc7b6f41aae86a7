import GlossaCore

/// Where units come from: an imported file or an article pair. Units remember their origin, so
/// an export can be filtered by it and a rebuild can replace one article's units.
public struct Origin: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case file, article
    }

    /// A file path or an article folder, as the user named it.
    public var name: String
    public var kind: Kind
    /// A hash of the article's text, so an unchanged article is skipped on rebuild.
    public var contentHash: String?
    /// The imported file's TMX header: its `srclang` decides which variant is the source.
    public var header: TMXHeader?
    /// The article's date (`2022-01`).
    public var date: String?

    public init(name: String, kind: Kind, contentHash: String? = nil, header: TMXHeader? = nil, date: String? = nil) {
        self.name = name
        self.kind = kind
        self.contentHash = contentHash
        self.header = header
        self.date = date
    }
}

/// What to do with a unit whose source sentence is already in the memory with another target.
public enum DuplicatePolicy: String, Hashable, Sendable, CaseIterable {
    /// Identical units are merged (usage counts added); the same source with a different target
    /// is kept as an alternative translation.
    case merge
    /// The incoming unit replaces every unit with the same source sentence.
    case overwrite
}

/// What an import did.
public struct ImportSummary: Hashable, Sendable, Codable {
    /// New units stored.
    public var added = 0
    /// Units identical to one already stored: merged, usage counts added.
    public var merged = 0
    /// New units whose source was already stored with another target (kept as alternatives).
    public var alternatives = 0
    /// Stored units replaced (`--overwrite`), or removed because their article changed.
    public var replaced = 0

    public init() {}

    /// Adds another import's counts (several files in one transaction, a build's articles).
    public static func += (total: inout ImportSummary, other: ImportSummary) {
        total.added += other.added
        total.merged += other.merged
        total.alternatives += other.alternatives
        total.replaced += other.replaced
    }
}
