/// Makes an SRX `beforebreak` pattern usable inside an ICU look-behind.
///
/// ICU requires a look-behind to have a bounded length, while SRX files (OmegaT's, Okapi's)
/// freely write `[\.\?!]+` or `\s*`. This rewrites every unbounded quantifier outside character
/// classes and `\Q…\E` quotes: `*` → `{0,L}`, `+` → `{1,L}`, `{n,}` → `{n,max(n,L)}`, keeping lazy
/// (`?`) and possessive (`+`) modifiers. A `beforebreak` match longer than `L` characters is the
/// one thing that changes meaning, so `L` is generous.
///
/// - Complexity: O(pattern length).
enum LookbehindBounds {
    static let defaultLimit = 24

    static func bounded(_ pattern: String, limit: Int = defaultLimit) -> String {
        let characters = Array(pattern)
        var output = ""
        output.reserveCapacity(characters.count + 16)
        var index = 0
        var classDepth = 0
        // True right after an atom that a quantifier can follow.
        var afterAtom = false
        while index < characters.count {
            let character = characters[index]
            if character == "\\" {
                guard index + 1 < characters.count else {
                    output.append(character)
                    break
                }
                let next = characters[index + 1]
                if next == "Q" && classDepth == 0 {
                    // Quoted literal run: copy through \E.
                    var end = index + 2
                    while end < characters.count && !(characters[end] == "\\" && end + 1 < characters.count && characters[end + 1] == "E") {
                        end += 1
                    }
                    let stop = min(end + 2, characters.count)
                    output.append(contentsOf: characters[index..<stop])
                    index = stop
                    afterAtom = true
                    continue
                }
                output.append(character)
                output.append(next)
                index += 2
                // \p{…} and \x{…} carry a braced argument.
                if (next == "p" || next == "P" || next == "x" || next == "N") && index < characters.count && characters[index] == "{" {
                    while index < characters.count {
                        output.append(characters[index])
                        index += 1
                        if characters[index - 1] == "}" { break }
                    }
                }
                if classDepth == 0 { afterAtom = true }
                continue
            }
            if classDepth > 0 {
                if character == "[" { classDepth += 1 }
                if character == "]" { classDepth -= 1 }
                output.append(character)
                index += 1
                if classDepth == 0 { afterAtom = true }
                continue
            }
            switch character {
            case "[":
                classDepth = 1
                output.append(character)
                index += 1
                // A leading ']' or '^]' is a literal inside the class.
                if index < characters.count && characters[index] == "^" {
                    output.append("^")
                    index += 1
                }
                if index < characters.count && characters[index] == "]" {
                    output.append("]")
                    index += 1
                }
                continue
            case "*", "+":
                if afterAtom {
                    output += character == "*" ? "{0,\(limit)}" : "{1,\(limit)}"
                    afterAtom = false
                } else {
                    output.append(character) // a possessive modifier
                }
            case "?":
                output.append(character)
                afterAtom = false
            case "{":
                // {n}, {n,m} stay; {n,} becomes {n,max(n,limit)}.
                var end = index + 1
                while end < characters.count && characters[end] != "}" { end += 1 }
                let body = String(characters[(index + 1)..<min(end, characters.count)])
                if afterAtom, body.hasSuffix(","), let lower = Int(body.dropLast()) {
                    output += "{\(lower),\(max(lower, limit))}"
                } else {
                    output += "{" + body + (end < characters.count ? "}" : "")
                }
                index = min(end + 1, characters.count)
                afterAtom = false
                continue
            case "(":
                output.append(character)
                afterAtom = false
                // Skip the group's flags/kind marker so that its '?' is not read as a quantifier.
                if index + 1 < characters.count && characters[index + 1] == "?" {
                    output.append("?")
                    index += 1
                }
            case "|":
                output.append(character)
                afterAtom = false
            default:
                output.append(character)
                afterAtom = true
            }
            index += 1
        }
        return output
    }
}
