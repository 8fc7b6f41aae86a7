/// What counts as an acronym, for the term linker (a word spelled alike in both languages is a
/// term, not a name) and for TBX (its "acronym" term type).
public enum Acronym {
    /// Two capitals or more and no lower-case letter: "NATO", "THW", "U.S.", "DE-AT", "ÄÖÜ";
    /// not "BfArM", "G7", "Nato".
    /// - Complexity: O(length), over scalars without building a String (the term linker asks
    ///   this for every pair it scores).
    public static func isAcronym(_ word: String) -> Bool {
        var letters = 0
        for scalar in word.unicodeScalars {
            if scalar.isASCII {
                if scalar.value >= 0x61 && scalar.value <= 0x7A { return false }
                if scalar.value >= 0x41 && scalar.value <= 0x5A { letters += 1 }
            } else if scalar.properties.isAlphabetic {
                guard scalar.properties.isUppercase else { return false }
                letters += 1
            }
        }
        return letters >= 2
    }
}
