/// A rule's `afterbreak`, read natively when it is one of the trivial patterns that nearly every
/// abbreviation rule uses (`\s`, `\s+`: a white-space character follows; `\s*` or nothing: any
/// text follows), else an ICU pattern. At an abbreviation ("Dr. Müller") this spares an ICU call,
/// which costs about as much as everything else the segmenter does there.
enum AfterBreak {
    case anything
    case space
    case pattern(ICURegex)

    /// - Throws: the ICU syntax error of a pattern that is not trivial.
    init(_ pattern: String) throws(ICURegex.SyntaxError) {
        switch pattern {
        case "", "\\s*", "\\s{0,}": self = .anything
        case "\\s", "\\s+", "[\\s]", "[\\s]+", "\\s{1,}": self = .space
        default: self = .pattern(try ICURegex(pattern, options: .multiline))
        }
    }

    func setText(_ text: UnsafeBufferPointer<UInt16>) {
        if case .pattern(let regex) = self { regex.setText(text) }
    }

    /// True if the text from `position` on matches.
    @inline(__always)
    func matches(at position: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        switch self {
        case .anything: return true
        case .space: return position < text.count && Self.isRegexSpace(text[position])
        case .pattern(let regex): return regex.matches(at: position)
        }
    }

    /// ICU's `\s` (Unicode White_Space), which unlike glossa's trimming leaves out U+200B and U+FEFF.
    @inline(__always)
    static func isRegexSpace(_ unit: UInt16) -> Bool {
        UTF16Classes.isSpace(unit) && unit != 0x200B && unit != 0xFEFF
    }
}
