/// A BCP 47 language tag such as `de`, `de-DE`, `en-GB` or `sr-Latn-RS`.
///
/// Tags are stored in canonical case (language lower, script title, region upper), so two tags
/// that differ only in case are equal. `de` versus `de-DE`: they are different tags, but
/// ``covers(_:)`` says that `de` covers `de-DE` (a range covers every tag it is a prefix of,
/// subtag by subtag), which is the rule glossa uses when it filters by language.
public struct LanguageTag: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The canonical form, e.g. `de-DE`.
    public let identifier: String

    /// Parses a tag; `nil` for text that is not a well-formed tag (empty, bad characters,
    /// a primary subtag that is not 2–3 or 5–8 letters). `de_DE` (POSIX style) is accepted.
    public init?(_ text: String) {
        let trimmed = text.trimmingASCIIWhitespace()
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        guard let first = parts.first, !first.isEmpty else { return nil }
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        guard first.allSatisfy(\.isLetter), (2...3).contains(first.count) || (5...8).contains(first.count) || first == "x" || first == "i"
        else { return nil }
        var canonical: [String] = [first.lowercased()]
        for (index, part) in parts.dropFirst().enumerated() {
            let previous = index == 0 ? first : parts[index]
            if part.count == 4 && part.allSatisfy(\.isLetter) && previous.count != 1 {
                canonical.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            } else if (part.count == 2 && part.allSatisfy(\.isLetter)) && previous.count != 1 {
                canonical.append(part.uppercased())
            } else {
                canonical.append(part.lowercased())
            }
        }
        identifier = canonical.joined(separator: "-")
    }

    /// The primary language subtag: `de` for `de-AT`.
    public var language: String {
        String(identifier.prefix { $0 != "-" })
    }

    /// The tag without region, script or variants: `de` for `de-DE`.
    public var primary: LanguageTag { LanguageTag(language) ?? self }

    /// True if this tag, used as a range, covers `other`: `de` covers `de` and `de-DE`;
    /// `de-DE` covers `de-DE` but not `de` nor `de-AT`.
    public func covers(_ other: LanguageTag) -> Bool {
        other.identifier == identifier || other.identifier.hasPrefix(identifier + "-")
    }

    /// True if the two tags name the same language, whatever their regions (`de-AT` ~ `de-DE`).
    public func sameLanguage(as other: LanguageTag) -> Bool { language == other.language }

    public var description: String { identifier }

    public static func < (lhs: LanguageTag, rhs: LanguageTag) -> Bool { lhs.identifier < rhs.identifier }

    public static let german = LanguageTag(uncheckedIdentifier: "de")
    public static let english = LanguageTag(uncheckedIdentifier: "en")

    private init(uncheckedIdentifier: String) { identifier = uncheckedIdentifier }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let tag = LanguageTag(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a BCP 47 language tag: \(text)"))
        }
        self = tag
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(identifier)
    }
}

extension String {
    func trimmingASCIIWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }
}
