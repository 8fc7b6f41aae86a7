/// A list item's bullet at the start of a sentence ("• Die Regierung senkt …", "- The
/// government is cutting …"): layout, not text. Left in, the memory would store it with the
/// sentence and the two versions' bullets (often different) would be a difference to match.
/// Numbers ("1. Einleitung") stay: they are words both versions share.
/// - Complexity: O(1).
public enum ListMarker {
    static let bullets: Set<Character> = ["•", "·", "▪", "■", "►", "▸", "‣", "◦", "○", "●", "*", "-", "–", "—", "→", "✓", "✔"]

    /// The sentence without its bullet and the space after it, or unchanged (also when nothing
    /// but the bullet would be left).
    public static func removed(from sentence: String) -> String {
        guard let first = sentence.first, bullets.contains(first) else { return sentence }
        let rest = sentence.dropFirst()
        guard let space = rest.first, space.isWhitespace else { return sentence }
        let text = rest.drop { $0.isWhitespace }
        return text.contains(where: { $0.isLetter || $0.isNumber }) ? String(text) : sentence
    }
}
