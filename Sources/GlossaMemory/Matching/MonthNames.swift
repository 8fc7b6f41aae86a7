import GlossaCore

/// Month names as placeables, like numbers: "am 12. März 2024" asked as "am 3. April 2025"
/// differs only in a date, and the translation ("12 March 2024") can take the query's date
/// ("3 April 2025"), as CAT tools treat dates. German and English names, full and short
/// ("März", "Mär", "March", "Mar"), written with their capital (English "may" in lower case is a
/// verb).
/// - Complexity: one dictionary lookup per capitalised token asked about.
enum MonthNames {
    static let names: [String: [[String]]] = [
        // Per language: full names, then short ones, January first.
        "de": [["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
               ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]],
        "en": [["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
               ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]],
    ]

    /// Month (1–12) by lower-case name, in either language (Austrian "Jänner" and "Sept" too).
    static let byName: [String: Int] = {
        var table: [String: Int] = ["jänner": 1, "sept": 9]
        for lists in names.values {
            for list in lists {
                for (index, name) in list.enumerated() { table[name.lowercased()] = index + 1 }
            }
        }
        return table
    }()

    /// The month a token names, if it is a capitalised month name.
    static func month(of token: MatchTokens.Token, in text: String) -> Int? {
        guard !token.isNumber, (3...9).contains(token.key.count), text[token.range].first?.isUppercase == true else { return nil }
        return byName[token.key]
    }

    /// `month`'s name in `language`, short if `written` (the name it replaces) is short, in
    /// capitals if it is; nil for a language glossa has no names for.
    static func name(_ month: Int, in language: LanguageTag, like written: Substring) -> String? {
        guard let lists = names[language.language], (1...12).contains(month) else { return nil }
        let isShort = lists[1].contains { $0.lowercased() == written.lowercased() } && !lists[0].contains { $0.lowercased() == written.lowercased() }
        let name = lists[isShort ? 1 : 0][month - 1]
        return written.count > 1 && written.allSatisfy(\.isUppercase) ? name.uppercased() : name
    }
}
