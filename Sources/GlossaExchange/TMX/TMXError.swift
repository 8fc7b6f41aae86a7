import GlossaCore

/// Why a TMX file could not be read. Every case names the file and, where there is one, the
/// line and column, and says what to do; an import that meets one changes nothing.
public enum TMXError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not well-formed XML (truncated file, invalid UTF-8, a tag left open), or a text past the
    /// reader's limit.
    case malformed(XMLError)
    /// The root element is not `<tmx>`.
    case notTMX(SourceLocation, root: String)
    /// An `xml:lang`/`lang` value that is not a BCP 47 tag, or a `<tuv>` without one.
    case invalidLanguage(SourceLocation, value: String)
    /// A reference to an external entity; glossa never reads files or URLs named inside a TMX.
    case externalEntity(SourceLocation, name: String)
    /// Entities that expand to more text than any real TMX needs (a "billion laughs" file), an
    /// entity used before it is declared, or an entity whose replacement holds markup.
    case entity(SourceLocation, name: String, problem: String)
    /// Inline elements nested deeper than any real TMX needs.
    case tooDeep(SourceLocation, limit: Int)

    public var description: String {
        switch self {
        case .malformed(let error):
            "\(error.description) — \(error.advice)"
        case .notTMX(let location, let root):
            "\(location): the root element is <\(root)>, not <tmx>; this is not a TMX file"
        case .invalidLanguage(let location, let value):
            value.isEmpty
                ? "\(location): a <tuv> has no xml:lang; give each variant its language (e.g. xml:lang=\"de-DE\")"
                : "\(location): \"\(value)\" is not a BCP 47 language tag; use a tag such as de, de-DE or en-GB"
        case .externalEntity(let location, let name):
            "\(location): the file refers to the external entity &\(name);; glossa does not read files or URLs named inside a TMX. Replace the reference with its text"
        case .entity(let location, let name, let problem):
            "\(location): entity &\(name);: \(problem)"
        case .tooDeep(let location, let limit):
            "\(location): inline elements are nested more than \(limit) deep; this is not a TMX any tool writes"
        }
    }
}
