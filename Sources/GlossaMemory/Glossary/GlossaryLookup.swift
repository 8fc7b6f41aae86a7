import GlossaCore
import GRDB

/// One glossary entry found by ``MemoryStore/lookup(_:from:alsoForms:limit:)``, and how.
public struct LookupHit: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The query is the base form or a form seen in text (case and diacritics aside).
        case form
        /// The query starts a term ("Einfluss" → "Einflusssphäre").
        case prefix
        /// A term ends in the query: a compound or phrase on it ("Streik" → "Warnstreik",
        /// "strike" → "warning strike").
        case compound
        /// Nothing matched; a term spelled nearly like the query ("did you mean").
        case suggestion
        /// Nothing matched, nor was anything spelled nearly like it; a term on the query's last
        /// part ("Wolfschutz" → "Artenschutz", "Herdenschutz"; "wolf protection" → "species
        /// protection"), its ``LookupHit/head`` the part.
        case sameHead
        /// Found with ``sameHead``: a term that is the query's first part ("Glasfaser" of
        /// "Glasfasernetz", "wolf" of "wolf protection"), from which its translation can be
        /// put together.
        case part
    }

    public var entry: GlossaryEntry
    public var kind: Kind
    /// For a compound: the end of the term that is a form of the query, as the term writes it
    /// ("Zins" of "Leitzins" for the query "Zinsen"; "strike" of "warning strike").
    public var head: String?

    public init(entry: GlossaryEntry, kind: Kind, head: String? = nil) {
        self.entry = entry
        self.kind = kind
        self.head = head
    }
}

extension MemoryStore {
    /// Finds glossary entries for a term in either language.
    ///
    /// Tries, in order, until something is found: the term's forms (base form, every variant
    /// seen, and `alsoForms`, the caller's lemmas of the query, case and diacritics folded, with
    /// and without its hyphens);
    /// terms that start with the query, and compounds and phrases that end in it ("Streik" →
    /// "Warnstreik"); and terms within a small edit distance ("did you mean"). Rejected entries
    /// come last.
    ///
    /// - Parameter from: the query's language; `nil` searches both sides.
    /// - Complexity: index lookups for forms and prefixes; the "did you mean" step reads every
    ///   form key of that side once (a glossary of 100,000 entries: a few milliseconds).
    public func lookup(_ query: String, from: LanguageTag?, alsoForms: [String] = [], limit: Int = 10) throws -> [LookupHit] {
        var keySet = Set(([query] + alsoForms).map(TextNormalizerBridge.searchKey).filter { !$0.isEmpty })
        // Hyphens are spelling, not a different term: "arms-control" finds "arms control",
        // "De-Eskalation" finds "Deeskalation", "build up" finds "build-up".
        for key in keySet {
            if key.contains("-") {
                keySet.insert(key.replacingOccurrences(of: "-", with: " "))
                keySet.insert(key.replacingOccurrences(of: "-", with: ""))
            }
            if key.contains(" ") { keySet.insert(key.replacingOccurrences(of: " ", with: "-")) }
        }
        let keys = Array(keySet)
        guard let primary = keys.first.map({ _ in TextNormalizerBridge.searchKey(query) }), !primary.isEmpty else { return [] }
        let sides: [String] = switch from?.language {
        case nil: ["source", "target"]
        case "de": ["source"]
        default: ["target"]
        }
        return try read { db in
            var hits: [LookupHit] = []
            var seen = Set<Int64>()
            /// Reads the entries of `ids` not found yet, up to `cap` hits in all.
            /// `endingIn`: the form key a compound ends in, to name its head.
            func collect(_ ids: [Int64], as kind: LookupHit.Kind, side: String, cap: Int = .max, endingIn key: String? = nil) throws {
                for id in ids where !seen.contains(id) && hits.count < cap {
                    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM glossaryEntry WHERE id = ?", arguments: [id]),
                          var entry = Self.entry(row) else { continue }
                    seen.insert(id)
                    if side == "target" { entry = entry.reversed }
                    // A term on the query's last part names the part, as the term writes it where it can.
                    let head = key.flatMap { Self.head(of: entry.source, endingIn: $0) ?? (kind == .sameHead ? $0 : nil) }
                    hits.append(LookupHit(entry: entry, kind: kind, head: head))
                }
            }
            for side in sides {
                let marks = keys.map { _ in "?" }.joined(separator: ", ")
                let ids = try Int64.fetchAll(db, sql: "SELECT DISTINCT entryId FROM glossaryForm WHERE side = ? AND key IN (\(marks))",
                                             arguments: StatementArguments([side] + keys))
                try collect(ids, as: .form, side: side)
            }
            if hits.count < limit && primary.count >= 3 {
                for side in sides {
                    let ids = try Int64.fetchAll(db, sql: """
                        SELECT DISTINCT entryId FROM glossaryForm WHERE side = ? AND key >= ? AND key < ? LIMIT ?
                        """, arguments: [side, primary, primary + "\u{10FFFF}", limit * 4])
                    try collect(ids, as: .prefix, side: side)
                }
            }
            // Compounds and phrases on the term, for a word of four letters or more: a closed
            // compound with at least three letters before it, or a phrase with a space or hyphen;
            // on a phrase, the longer phrases that end in it ("rate hike": "interest rate hike").
            if hits.count < limit {
                for side in sides {
                    for key in Set(keys.filter { $0.count >= 4 }).sorted() {
                        let reversed = String(key.reversed())
                        let rows = try Row.fetchAll(db, sql: """
                            SELECT key, entryId FROM glossaryForm WHERE side = ? AND reversedKey > ? AND reversedKey < ? LIMIT ?
                            """, arguments: [side, reversed, reversed + "\u{10FFFF}", limit * 4])
                        let ids = rows.filter { row in
                            let head = (row["key"] as String).dropLast(key.count)
                            return head.last == " " || head.last == "-" || (!key.contains(" ") && head.count >= 3 && head.last?.isLetter == true)
                        }.map { $0["entryId"] as Int64 }
                        try collect(ids, as: .compound, side: side, cap: limit, endingIn: key)
                    }
                }
            }
            if hits.isEmpty && primary.count >= 3 {
                let allowed = primary.count >= 8 ? 2 : 1
                // Written with other hyphens and spaces ("troop build up", "deescalation"), a
                // term is found, not suggested.
                let bare = Self.withoutHyphensAndSpaces(primary)
                var near: [(side: String, distance: Int, id: Int64)] = []
                for side in sides {
                    let rows = try Row.fetchCursor(db, sql: "SELECT key, entryId FROM glossaryForm WHERE side = ?", arguments: [side])
                    while let row = try rows.next() {
                        let key: String = row["key"]
                        if abs(key.count - primary.count) <= 4, Self.withoutHyphensAndSpaces(key) == bare {
                            try collect([row["entryId"]], as: .form, side: side)
                            continue
                        }
                        guard abs(key.count - primary.count) <= allowed,
                              let distance = EditDistance.bounded(Array(primary.unicodeScalars), Array(key.unicodeScalars), limit: allowed)
                        else { continue }
                        near.append((side, distance, row["entryId"]))
                    }
                }
                if hits.isEmpty {
                    for side in sides {
                        try collect(near.filter { $0.side == side }.sorted { $0.distance < $1.distance }.map(\.id), as: .suggestion, side: side)
                    }
                }
            }
            // Still nothing: the terms on the query's last part, the longest part that has any
            // (a phrase's last word, "wolf protection"; or a closed compound's head of four
            // letters or more after three where the glossary knows the head or the part before
            // it, "Wolf|schutz" beside an entry "Wolf"; never "-altung" of "Verwaltung", which
            // would offer "Haltung"), with the entry of the part before it first ("Wolf"); that
            // entry alone where no last part has terms on it ("Wolfsrudel").
            if hits.isEmpty && primary.count >= 7 {
                // The lemmas' parts before the query's own ("Wolfsschutzes": "schutz" of "wolfsschutz").
                let lemmaKeys = alsoForms.map(TextNormalizerBridge.searchKey).filter { $0 != primary }
                var heads: [(head: String, modifiers: [String], firstParts: [String])] = []
                for key in lemmaKeys + [primary] {
                    for head in Self.heads(of: key) {
                        // A phrase's words before its last: "wolf" of "wolf protection", as
                        // asked and as lemmatised ("hydrogen" beside "hydrogene").
                        let firstPart = key.count > head.count + 1 && key.contains(" ") ? [String(key.dropLast(head.count + 1))] : []
                        if let known = heads.firstIndex(where: { $0.head == head }) {
                            heads[known].firstParts += firstPart.filter { !heads[known].firstParts.contains($0) }
                        } else {
                            heads.append((head, Self.modifiers(of: key, before: head), firstPart))
                        }
                    }
                }
                // The first part found on a head with no terms on it, offered if nothing else is.
                var partsAlone: [(ids: [Int64], side: String)] = []
                for (head, modifiers, firstParts) in heads where hits.isEmpty {
                    for side in sides {
                        if !modifiers.isEmpty {
                            let keys = [head] + modifiers
                            let marks = keys.map { _ in "?" }.joined(separator: ", ")
                            let known = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM glossaryForm WHERE side = ? AND key IN (\(marks)))",
                                                          arguments: StatementArguments([side] + keys)) ?? false
                            guard known else { continue }
                        }
                        // The first part as a term of its own, before the terms on the last.
                        let parts = modifiers + firstParts
                        var partIDs: [Int64] = []
                        if !parts.isEmpty {
                            let marks = parts.map { _ in "?" }.joined(separator: ", ")
                            partIDs = try Int64.fetchAll(db, sql: "SELECT DISTINCT entryId FROM glossaryForm WHERE side = ? AND key IN (\(marks))",
                                                         arguments: StatementArguments([side] + parts))
                        }
                        let reversed = String(head.reversed())
                        let rows = try Row.fetchAll(db, sql: """
                            SELECT key, entryId FROM glossaryForm WHERE side = ? AND reversedKey >= ? AND reversedKey < ? LIMIT ?
                            """, arguments: [side, reversed, reversed + "\u{10FFFF}", limit * 4])
                        let ids = rows.filter { row in
                            let before = (row["key"] as String).dropLast(head.count)
                            return before.isEmpty || before.last == " " || before.last == "-" || (!head.contains(" ") && before.count >= 3)
                        }.map { $0["entryId"] as Int64 }
                        if ids.isEmpty {
                            if !partIDs.isEmpty, partsAlone.isEmpty { partsAlone.append((partIDs, side)) }
                            continue
                        }
                        try collect(partIDs, as: .part, side: side, cap: limit)
                        try collect(ids, as: .sameHead, side: side, cap: limit, endingIn: head)
                    }
                }
                if hits.isEmpty, let alone = partsAlone.first { try collect(alone.ids, as: .part, side: alone.side, cap: limit) }
            }
            // Rejected entries last; the terms on a last part, the surest first (found in index order).
            let ordered = hits.enumerated().sorted { lhs, rhs in
                let left = lhs.element.entry.status == .rejected, right = rhs.element.entry.status == .rejected
                if left != right { return !left }
                if lhs.element.kind == .sameHead, rhs.element.kind == .sameHead, lhs.element.entry.confidence != rhs.element.entry.confidence {
                    return lhs.element.entry.confidence > rhs.element.entry.confidence
                }
                return lhs.offset < rhs.offset
            }
            return ordered.prefix(limit).map(\.element)
        }
    }
}

extension MemoryStore {
    /// The end of `term` whose search key is `key`, a German noun capitalised ("Leitzins",
    /// "zins" → "Zins"); nil where folding changed the length ("Straße" is "strasse").
    static func head(of term: String, endingIn key: String) -> String? {
        guard term.count > key.count else { return nil }
        let tail = String(term.suffix(key.count))
        guard TextNormalizerBridge.searchKey(tail) == key else { return nil }
        let before = term.dropLast(key.count).last
        // Inside a closed compound the head lost its capital; a phrase's word keeps its case.
        if let before, before.isLetter, term.first?.isUppercase == true { return tail.prefix(1).uppercased() + tail.dropFirst() }
        return tail
    }

    /// The last parts of a search key worth a look, the longest first: a phrase's last word;
    /// else the ends of a closed word, of four letters or more with three before them
    /// ("wolfschutz": "fschutz", "schutz", "chutz", "hutz").
    static func heads(of key: String) -> [String] {
        if let space = key.lastIndex(where: { $0 == " " || $0 == "-" }) {
            let last = String(key[key.index(after: space)...])
            return last.count >= 4 ? [last] : []
        }
        let letters = Array(key)
        guard letters.count >= 7 else { return [] }
        return (3...(letters.count - 4)).map { String(letters[$0...]) }
    }

    /// What may be the modifier before a closed compound's `head` as a term of its own: the
    /// part before it, without a linking element ("wolfs" → "wolfs", "wolf"); none for a
    /// phrase's last word, whose boundary the space marks.
    static func modifiers(of key: String, before head: String) -> [String] {
        guard !key.contains(" "), !key.contains("-") else { return [] }
        let part = String(key.dropLast(head.count))
        var forms = [part]
        for link in ["es", "en", "s", "n", "e"] where part.hasSuffix(link) && part.count - link.count >= 3 {
            forms.append(String(part.dropLast(link.count)))
        }
        return forms
    }

    static func withoutHyphensAndSpaces(_ key: String) -> String {
        String(key.unicodeScalars.filter { $0 != "-" && $0 != " " }.map(Character.init))
    }
}

extension GlossaryEntry {
    /// The entry seen from the other language: English term as source, German as target.
    public var reversed: GlossaryEntry {
        var entry = self
        swap(&entry.source, &entry.target)
        swap(&entry.sourceVariants, &entry.targetVariants)
        swap(&entry.sourceDeprecated, &entry.targetDeprecated)
        swap(&entry.sourceLanguage, &entry.targetLanguage)
        entry.example = example.map { TermPair.Example(source: $0.target, target: $0.source) }
        return entry
    }
}
