import GlossaCore

/// Expands the internal entities of a document's DTD by hand, with a budget.
///
/// glossa's XML reader never asks libxml2 to substitute entities (that option also reads
/// external ones), so `&co;` arrives as a reference. Real TMX files rarely declare entities, but
/// the text of one that does must not be lost (Foundation's XMLParser drops it), and a hostile
/// file must not expand a few bytes into gigabytes: the budget caps the total text that
/// expansion may produce per document, and the nesting depth.
struct EntityExpander {
    /// Total characters entity expansion may produce in one document.
    static let budgetLimit = 1 << 20
    static let depthLimit = 16

    private(set) var spent = 0

    /// The text `&name;` stands for, or a `TMXError`.
    mutating func expand(_ declaration: EntityDeclaration?, name: String, at location: SourceLocation,
                         lookup: (String) -> EntityDeclaration?) throws(TMXError) -> String {
        try expand(declaration, name: name, at: location, depth: 0, lookup: lookup)
    }

    private mutating func expand(_ declaration: EntityDeclaration?, name: String, at location: SourceLocation, depth: Int,
                                 lookup: (String) -> EntityDeclaration?) throws(TMXError) -> String {
        guard let declaration else {
            throw .entity(location, name: name, problem: "used but not declared; declare it or write its text")
        }
        guard declaration.isInternal else { throw .externalEntity(location, name: name) }
        guard depth < Self.depthLimit else {
            throw .entity(location, name: name, problem: "entities nest more than \(Self.depthLimit) deep; glossa stops here")
        }
        if declaration.replacement.contains("<") {
            throw .entity(location, name: name, problem: "its text holds markup, which glossa does not expand; write the text in place of the entity")
        }
        var out = ""
        var rest = Substring(declaration.replacement)
        while let ampersand = rest.firstIndex(of: "&") {
            out += rest[..<ampersand]
            guard let semicolon = rest[ampersand...].firstIndex(of: ";") else {
                throw .entity(location, name: name, problem: "its text has an unterminated reference")
            }
            let reference = String(rest[rest.index(after: ampersand)..<semicolon])
            if reference.hasPrefix("#") {
                guard let scalar = Self.characterReference(reference) else {
                    throw .entity(location, name: name, problem: "its text has a bad character reference &\(reference);")
                }
                out.unicodeScalars.append(scalar)
            } else if let predefined = Self.predefined[reference] {
                out += predefined
            } else {
                out += try expand(lookup(reference), name: reference, at: location, depth: depth + 1, lookup: lookup)
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        out += rest
        spent += out.utf8.count
        guard spent <= Self.budgetLimit else {
            throw .entity(location, name: name, problem: "entities expand to more than \(Self.budgetLimit / 1024) KB of text, which no real TMX needs (an entity-expansion attack?)")
        }
        return out
    }

    private static let predefined = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]

    private static func characterReference(_ reference: String) -> Unicode.Scalar? {
        let digits = reference.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init)
    }
}
