/// What news agencies put around an article that is no sentence of it: the dateline before the
/// first sentence ("Berlin (dpa) - ", "BERLIN, Jan 10 (Reuters) - ", "WASHINGTON — ") and the
/// credit lines after the last ("© dpa-infocom, dpa:240112-99-123456/3", "(Reporting by …;
/// Editing by …)"). The two versions of an article carry different ones (dpa's German, Reuters'
/// English), so left in, a dateline sticks to the first sentence pair of the memory and two
/// credit lines are aligned with each other as a translation.
///
/// A dateline is recognised only with an agency glossa knows in brackets, or as a capitalised
/// place before a long dash; a credit line only by its fixed openings. Pure functions.
/// - Complexity: O(length of the first 100 characters) per sentence.
public enum NewsBoilerplate {
    /// News agencies as datelines name them (compared in lower case; "AFP/dpa", "dpa-AFX" and
    /// dpa's regional services "dpa/lby" are recognised by their first name).
    static let agencies: Set<String> = [
        "dpa", "afp", "reuters", "rtr", "ap", "kna", "epd", "dts", "afx", "apa", "sda", "keystone", "ots", "rnd", "ddp", "idw",
        "bloomberg", "anp", "belga", "efe", "ansa", "tass", "interfax", "xinhua", "upi", "kyodo", "yonhap", "pap", "ctk", "mti",
    ]

    /// The sentence without a leading dateline, or the sentence itself if it has none (or if
    /// nothing would be left).
    public static func withoutDateline(_ sentence: String) -> String {
        guard let start = bodyStart(sentence) else { return sentence }
        let rest = sentence[start...]
        return rest.contains(where: \.isLetter) ? String(rest) : sentence
    }

    /// Where the sentence begins after a dateline, if it opens with one.
    static func bodyStart(_ sentence: String) -> String.Index? {
        guard let first = sentence.first, first.isUppercase else { return nil }
        let head = sentence.prefix(100)
        // "Place[, date] (Agency) - ": an agency in brackets within the first 60 characters.
        if let open = head.firstIndex(of: "("), sentence.distance(from: sentence.startIndex, to: open) <= 60,
           let close = head[open...].firstIndex(of: ")") {
            let agency = head[head.index(after: open)..<close]
            let name = agency.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == " " }).first.map { $0.lowercased() } ?? ""
            if agencies.contains(name), isPlace(head[..<open]) {
                return afterDash(in: sentence, from: sentence.index(after: close), colonToo: true)
            }
        }
        // "WASHINGTON — " or "WASHINGTON, Jan 10 – ": a place in capitals before a long dash, and
        // a capital after it. Five letters or more: "NATO – Die Allianz …" and "USA – Der …"
        // are acronyms before a German dash of thought.
        let firstWord = head.prefix { $0.isLetter }
        guard firstWord.count >= 5, firstWord.allSatisfy(\.isUppercase),
              let dash = head.firstIndex(where: { $0 == "—" || $0 == "–" }), isPlace(head[..<dash]),
              let start = afterDash(in: sentence, from: dash, colonToo: false), sentence[start].isUppercase else { return nil }
        return start
    }

    /// A place and perhaps a date: at most 60 characters and eight words, no sentence punctuation.
    private static func isPlace(_ text: Substring) -> Bool {
        let trimmed = text.trimmingSuffix(while: \.isWhitespace)
        guard !trimmed.isEmpty, trimmed.count <= 60, trimmed.split(separator: " ").count <= 8 else { return false }
        return trimmed.allSatisfy { $0.isLetter || $0.isNumber || " .,/'’-".contains($0) }
    }

    /// The index after "  - " / " – " / " — " (or ": " for a bracketed agency) starting at `from`.
    private static func afterDash(in sentence: String, from: String.Index, colonToo: Bool) -> String.Index? {
        var index = from
        while index < sentence.endIndex, sentence[index] == " " { index = sentence.index(after: index) }
        guard index < sentence.endIndex, "-–—".contains(sentence[index]) || (colonToo && sentence[index] == ":") else { return nil }
        index = sentence.index(after: index)
        guard index < sentence.endIndex, sentence[index].isWhitespace else { return nil }
        while index < sentence.endIndex, sentence[index].isWhitespace { index = sentence.index(after: index) }
        return index < sentence.endIndex ? index : nil
    }

    /// Credit and copyright lines: "© dpa-infocom …", "Copyright …", "(Reporting by …)",
    /// "Editing by …" (before a name), "Our Standards: …", a dpa item id ("dpa:240112-99-123456/3"),
    /// a picture credit ("Foto: dpa/Kay Nietfeld").
    public static func isWireCredit(_ sentence: String) -> Bool {
        var text = Substring(sentence)
        // "© dpa", "(c) 2024 dpa", "Copyright 2024 …", "Copyright © …"; not "Copyright law …"
        // nor a list's "(c) Die Regierung …".
        if text.hasPrefix("©") { return true }
        for opening in ["(c) ", "(C) ", "Copyright "] where text.hasPrefix(opening) {
            if let next = text.dropFirst(opening.count).first, next.isNumber || next == "©" || next == "(" { return true }
        }
        if text.hasPrefix("(") { text = text.dropFirst() }
        // The opening, then a name: "Reporting by Markus Wacket", not "Reporting by phone is …".
        for opening in creditOpenings where text.hasPrefix(opening) && text.dropFirst(opening.count).first?.isUppercase == true { return true }
        // A picture credit: "Foto: dpa/Kay Nietfeld", "Photo: Reuters" (a few words, no sentence).
        for opening in pictureCredits where sentence.hasPrefix(opening) {
            let credit = sentence.dropFirst(opening.count)
            if credit.split(separator: " ").count <= 6, credit.last.map({ !".!?".contains($0) }) ?? false { return true }
        }
        if let range = sentence.range(of: "dpa:"), sentence[range.upperBound...].prefix(6).allSatisfy(\.isNumber),
           sentence[range.upperBound...].count >= 6 {
            return true
        }
        return false
    }

    /// A page's time stamp: "Stand: 14.11.2024, 16:05 Uhr", "Aktualisiert am 3. März 2024",
    /// "Updated: Nov 14, 2024 4:05 PM" (German news sites put "Stand:" under the headline or
    /// the last paragraph; the English version has its own or none, and the line joined to the
    /// sentence before it drew "Stand" / "state" into the glossary). An opening glossa knows,
    /// then at most eight words with a digit among them and no sentence end.
    public static func isTimestamp(_ sentence: String) -> Bool {
        guard let opening = timestampOpenings.first(where: { sentence.hasPrefix($0) }) else { return false }
        let rest = sentence.dropFirst(opening.count)
        guard rest.contains(where: \.isNumber), rest.split(separator: " ").count <= 8, let last = rest.last else { return false }
        // A sentence end only after a date's digit ("Stand: 14.11.2024."), not after a word
        // ("Stand der Ermittlungen vom 3. März ist unklar.").
        return !".!?".contains(last) || last == "." && rest.dropLast().last?.isNumber == true
    }

    static let timestampOpenings = [
        "Stand: ", "Stand ", "Aktualisiert: ", "Aktualisiert am ", "Zuletzt aktualisiert: ", "Zuletzt aktualisiert am ",
        "Veröffentlicht: ", "Veröffentlicht am ", "Erstellt: ", "Erstellt am ", "Datum: ",
        "Updated: ", "Updated ", "Last updated: ", "Last updated ", "Published: ", "Published ", "Posted: ", "Posted ", "Date: ",
    ]

    static let pictureCredits = [
        "Foto: ", "Fotos: ", "Bild: ", "Bilder: ", "Bildquelle: ", "Fotograf: ", "Photo: ", "Photos: ", "Picture: ",
        "Image: ", "Photograph: ", "Credit: ", "Photo credit: ",
    ]

    static let creditOpenings = [
        "Reporting by ", "Additional reporting by ", "Reporting and writing by ", "Writing by ", "Editing by ",
        "Compiled by ", "Our Standards: ", "Mitarbeit: ", "Redaktion: ",
    ]
}

private extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
