import GlossaCore

/// Collects the quirks of a file as diagnostics: each kind once, at its first place, with how
/// often it occurred, so a million upper-case `<TU>` tags make one line, not a million.
struct QuirkLog {
    private var order: [String] = []
    private var entries: [String: (diagnostic: Diagnostic, count: Int)] = [:]

    mutating func note(_ kind: String, _ message: String, at location: SourceLocation) {
        record(kind, Diagnostic(.note, message, at: location))
    }

    mutating func warn(_ kind: String, _ message: String, at location: SourceLocation) {
        record(kind, Diagnostic(.warning, message, at: location))
    }

    private mutating func record(_ kind: String, _ diagnostic: Diagnostic) {
        if entries[kind] != nil {
            entries[kind]!.count += 1
        } else {
            order.append(kind)
            entries[kind] = (diagnostic, 1)
        }
    }

    var diagnostics: [Diagnostic] {
        order.map { kind in
            var (diagnostic, count) = entries[kind]!
            if count > 1 { diagnostic.message += " (\(count) times; first here)" }
            return diagnostic
        }
    }
}
