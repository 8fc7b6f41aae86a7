/// The last characters a `beforebreak` pattern needs before a candidate boundary, read off the
/// pattern's tail, so that the segmenter can skip a rule with a few comparisons instead of an
/// ICU call. `\b\d{1,2}\.` needs "." and, before it, a digit; `\p{Ll}str\.` needs "str.". Most
/// sentence ends ("…Brüssel.") fail such a test on the first or second character.
///
/// Conservative by construction: the signature only lists what every match must end with. A
/// pattern with a top-level `|`, inline flags, or a tail it does not understand gets an empty
/// signature, which admits every position (the rule is then always asked).
struct TailSignature: Equatable {
    /// A small set of UTF-16 code units kept inline (no heap, no reference counting): a bit per
    /// ASCII character and up to eight others.
    struct UnitSet: Equatable {
        var ascii: (low: UInt64, high: UInt64) = (0, 0)
        /// Up to eight non-ASCII units, 16 bits each, packed into two words (plain integers:
        /// SIMD types are unspecialised and slow in debug builds).
        var others: (UInt64, UInt64) = (0, 0)
        var otherCount = 0

        init?(_ units: Set<UInt16>) {
            for unit in units.sorted() {
                if unit < 64 {
                    ascii.low |= 1 << UInt64(unit)
                } else if unit < 128 {
                    ascii.high |= 1 << UInt64(unit - 64)
                } else {
                    guard otherCount < 8 else { return nil }
                    let shift = UInt64((otherCount % 4) * 16)
                    if otherCount < 4 { others.0 |= UInt64(unit) << shift } else { others.1 |= UInt64(unit) << shift }
                    otherCount += 1
                }
            }
        }

        private func other(_ index: Int) -> UInt16 {
            let word = index < 4 ? others.0 : others.1
            return UInt16(truncatingIfNeeded: word >> UInt64((index % 4) * 16))
        }

        var units: Set<UInt16> {
            var result = Set<UInt16>()
            for unit in 0..<128 where contains(UInt16(unit)) { result.insert(UInt16(unit)) }
            for index in 0..<otherCount { result.insert(other(index)) }
            return result
        }

        @inline(__always)
        func contains(_ unit: UInt16) -> Bool {
            if unit < 64 { return ascii.low & (1 << UInt64(unit)) != 0 }
            if unit < 128 { return ascii.high & (1 << UInt64(unit - 64)) != 0 }
            var index = 0
            while index < otherCount {
                if other(index) == unit { return true }
                index += 1
            }
            return false
        }

        static func == (lhs: UnitSet, rhs: UnitSet) -> Bool {
            lhs.ascii == rhs.ascii && lhs.others == rhs.others && lhs.otherCount == rhs.otherCount
        }
    }

    enum CharacterClass: Equatable {
        case units(UnitSet)
        case digit, upper, lower, letter, space
        /// What `\\b` before a word character needs: a non-word character, or the start.
        case nonWord
        /// What `^` needs (multi-line): a line break, or the start.
        case lineStart

        /// True for the zero-width conditions, which the start of the text also satisfies.
        var acceptsStart: Bool { self == .nonWord || self == .lineStart }

        var isWordClass: Bool {
            switch self {
            case .digit, .upper, .lower, .letter: return true
            default: return false
            }
        }

        /// A set of literal characters (nil if it has more than eight beyond ASCII).
        static func set(_ units: Set<UInt16>) -> CharacterClass? {
            UnitSet(units).map { .units($0) }
        }

        @inline(__always)
        func contains(_ unit: UInt16) -> Bool {
            switch self {
            case .units(let set): return set.contains(unit)
            case .digit: return unit >= 0x30 && unit <= 0x39 || (unit >= 0x80 && Unicode.Scalar(unit)?.properties.numericType == .decimal)
            case .space: return UTF16Classes.isSpace(unit)
            case .upper:
                if unit < 0x80 { return unit >= 0x41 && unit <= 0x5A }
                return scalar(unit)?.properties.isUppercase ?? false
            case .lower:
                if unit < 0x80 { return unit >= 0x61 && unit <= 0x7A }
                return scalar(unit)?.properties.isLowercase ?? false
            case .letter:
                if unit < 0x80 { return (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A }
                return scalar(unit)?.properties.isAlphabetic ?? true
            case .nonWord: return !UTF16Classes.isWord(unit)
            case .lineStart: return UTF16Classes.isLineBreak(unit)
            }
        }

        private func scalar(_ unit: UInt16) -> Unicode.Scalar? {
            if unit < 0x80 { return Unicode.Scalar(UInt8(unit)) }
            return Unicode.Scalar(unit)
        }
    }

    /// Classes of the characters before the candidate, nearest first.
    var classes: [CharacterClass]

    static let maximumLength = 4

    /// True if the text before `position` could end a match of the pattern.
    @inline(__always)
    func admits(_ text: UnsafeBufferPointer<UInt16>, at position: Int) -> Bool {
        var offset = 0
        while offset < classes.count {
            let index = position - 1 - offset
            guard index >= 0 else { return classes[offset].acceptsStart }
            guard classes[offset].contains(text[index]) else { return false }
            offset += 1
        }
        return true
    }

    private struct Atom {
        /// The classes of the characters the atom ends with, nearest first (one for a single
        /// character; several for a group whose alternatives all end alike).
        var trailing: [CharacterClass]?
        var minimum: Int
        var fixed: Bool

        init(characterClass: CharacterClass?, minimum: Int, fixed: Bool) {
            trailing = characterClass.map { [$0] }
            self.minimum = minimum
            self.fixed = fixed
        }

        init(trailing: [CharacterClass]?, minimum: Int, fixed: Bool) {
            self.trailing = trailing
            self.minimum = minimum
            self.fixed = fixed
        }
    }

    init(pattern: String) {
        classes = []
        guard !pattern.contains("(?i"), !pattern.contains("(?x"), let atoms = TailSignature.atoms(Array(pattern)) else { return }
        atomLoop: for atom in atoms.reversed() {
            guard atom.minimum >= 1, let trailing = atom.trailing, let characterClass = trailing.first else { break }
            if characterClass == .nonWord {
                // \b says something only about a word character that follows it.
                if classes.last?.isWordClass == true { classes.append(.nonWord) }
                break
            }
            for member in trailing {
                classes.append(member)
                if classes.count == TailSignature.maximumLength { break atomLoop }
            }
            if !atom.fixed || trailing.count > 1 || characterClass == .lineStart { break }
        }
    }

    /// The top-level atoms of a pattern, or nil if it has a top-level alternation.
    private static func atoms(_ characters: [Character]) -> [Atom]? {
        var atoms: [Atom] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            var atom: Atom?
            switch character {
            case "\\":
                guard index + 1 < characters.count else { return atoms }
                let next = characters[index + 1]
                index += 2
                switch next {
                case "b": atom = Atom(characterClass: .nonWord, minimum: 1, fixed: true)
                case "B", "A", "z", "Z", "G": continue // zero-width
                case "d": atom = Atom(characterClass: .digit, minimum: 1, fixed: true)
                case "s": atom = Atom(characterClass: .space, minimum: 1, fixed: true)
                case "p", "P", "x", "N", "u", "U":
                    var name = ""
                    if index < characters.count, characters[index] == "{" {
                        while index < characters.count, characters[index] != "}" {
                            name.append(characters[index])
                            index += 1
                        }
                        index += 1
                        name.removeFirst()
                    }
                    let known: [String: CharacterClass] = ["Lu": .upper, "Ll": .lower, "L": .letter, "Nd": .digit]
                    atom = Atom(characterClass: next == "p" ? known[name] : nil, minimum: 1, fixed: true)
                default:
                    let isLiteral = next.isPunctuation || next.isSymbol || next == " "
                    atom = Atom(characterClass: isLiteral ? literal(next) : nil, minimum: 1, fixed: true)
                }
            case "[":
                var end = index + 1
                var members: [Character] = []
                var simple = true
                if end < characters.count, characters[end] == "^" { simple = false }
                while end < characters.count, characters[end] != "]" || end == index + 1 {
                    let member = characters[end]
                    if member == "[" || member == "-" && end != index + 1 { simple = false }
                    if member == "\\" {
                        guard end + 1 < characters.count else { return nil }
                        let escaped = characters[end + 1]
                        if escaped.isLetter || escaped.isNumber { simple = false }
                        members.append(escaped)
                        end += 2
                        continue
                    }
                    members.append(member)
                    end += 1
                }
                index = end + 1
                let units = members.flatMap { Array(String($0).utf16) }
                atom = Atom(characterClass: simple && members.allSatisfy({ String($0).utf16.count == 1 }) ? .set(Set(units)) : nil, minimum: 1, fixed: true)
            case "(":
                // A group: zero-width if it is a look-around, else an atom we do not read.
                let lookaround = index + 2 < characters.count && characters[index + 1] == "?" &&
                    (characters[index + 2] == "=" || characters[index + 2] == "!" ||
                     (characters[index + 2] == "<" && index + 3 < characters.count && (characters[index + 3] == "=" || characters[index + 3] == "!")))
                var depth = 0
                var end = index
                var inClass = false
                while end < characters.count {
                    let member = characters[end]
                    if member == "\\" {
                        end += 2
                        continue
                    }
                    if inClass {
                        if member == "]" { inClass = false }
                    } else if member == "[" {
                        inClass = true
                    } else if member == "(" {
                        depth += 1
                    } else if member == ")" {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    end += 1
                }
                let groupStart = index
                index = end + 1
                if lookaround { continue }
                atom = Atom(trailing: groupTail(characters, from: groupStart, to: min(end, characters.count)), minimum: 1, fixed: false)
            case "|":
                return nil
            case "^":
                index += 1
                atom = Atom(characterClass: .lineStart, minimum: 1, fixed: true)
            case "$":
                index += 1
                continue
            case ".":
                index += 1
                atom = Atom(characterClass: nil, minimum: 1, fixed: true)
            default:
                index += 1
                atom = Atom(characterClass: literal(character), minimum: 1, fixed: true)
            }
            guard var current = atom else { continue }
            // A quantifier after the atom.
            if index < characters.count {
                switch characters[index] {
                case "?", "*":
                    current.minimum = 0
                    current.fixed = false
                    index += 1
                case "+":
                    current.fixed = false
                    index += 1
                case "{":
                    var end = index + 1
                    while end < characters.count, characters[end] != "}" { end += 1 }
                    let bounds = String(characters[(index + 1)..<min(end, characters.count)]).split(separator: ",", omittingEmptySubsequences: false)
                    current.minimum = Int(bounds.first ?? "") ?? 0
                    current.fixed = bounds.count == 1 && current.minimum == 1
                    index = end + 1
                default: break
                }
                // Lazy or possessive modifier.
                if index < characters.count, characters[index] == "?" || characters[index] == "+" { index += 1 }
            }
            atoms.append(current)
        }
        return atoms
    }

    /// The last characters of a group `(…)`, `(?:…)` or `(?<name>…)`, position by position, as far
    /// as every alternative ends in known characters: "(?:usw|etc)" ends in {w, c} after
    /// {s, t} after {u, e}; "(?:\\.\\.\\.|…)" in {., …}. Nil when nothing is known.
    private static func groupTail(_ characters: [Character], from start: Int, to end: Int) -> [CharacterClass]? {
        var contentStart = start + 1
        if contentStart < end, characters[contentStart] == "?" {
            guard contentStart + 1 < end else { return nil }
            if characters[contentStart + 1] == ":" {
                contentStart += 2
            } else if characters[contentStart + 1] == "<" {
                while contentStart < end, characters[contentStart] != ">" { contentStart += 1 }
                contentStart += 1
            } else {
                return nil // flags or another construct
            }
        }
        guard contentStart <= end else { return nil }
        var alternatives: [String] = []
        var current = ""
        var depth = 0
        var inClass = false
        var index = contentStart
        while index < end {
            let character = characters[index]
            if character == "\\", index + 1 < end {
                current.append(character)
                current.append(characters[index + 1])
                index += 2
                continue
            }
            if inClass {
                if character == "]" { inClass = false }
            } else if character == "[" {
                inClass = true
            } else if character == "(" {
                depth += 1
            } else if character == ")" {
                depth -= 1
            } else if character == "|" && depth == 0 {
                alternatives.append(current)
                current = ""
                index += 1
                continue
            }
            current.append(character)
            index += 1
        }
        alternatives.append(current)
        var unions: [Set<UInt16>]?
        for alternative in alternatives {
            var sets: [Set<UInt16>] = []
            for member in TailSignature(pattern: alternative).classes {
                guard case .units(let units) = member else { break }
                sets.append(units.units)
            }
            guard !sets.isEmpty else { return nil }
            if let current = unions {
                let depth = min(current.count, sets.count)
                unions = (0..<depth).map { current[$0].union(sets[$0]) }
            } else {
                unions = sets
            }
        }
        let classes = (unions ?? []).compactMap { CharacterClass.set($0) }
        return classes.isEmpty ? nil : classes
    }

    private static func literal(_ character: Character) -> CharacterClass? {
        let units = Array(String(character).utf16)
        return units.count == 1 ? .set([units[0]]) : nil
    }
}
