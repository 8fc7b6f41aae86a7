import CICU

/// A compiled ICU regular expression. Not thread-safe (it holds the text and the match state).
final class ICURegex {
    private let handle: OpaquePointer
    let pattern: String

    struct Options: OptionSet {
        let rawValue: UInt32
        static let caseInsensitive = Options(rawValue: UInt32(GLOSSA_REGEX_CASE_INSENSITIVE))
        static let multiline = Options(rawValue: UInt32(GLOSSA_REGEX_MULTILINE))
    }

    /// A pattern ICU refused, with the UTF-16 offset where it stopped.
    struct SyntaxError: Error {
        let name: String
        let offset: Int
    }

    init(_ pattern: String, options: Options = []) throws(SyntaxError) {
        let units = Array(pattern.utf16)
        var error: Int32 = 0
        var offset: Int32 = 0
        let handle = units.withUnsafeBufferPointer {
            glossa_regex_open($0.baseAddress, Int32($0.count), options.rawValue, &error, &offset)
        }
        guard error == 0, let handle else {
            throw SyntaxError(name: String(cString: glossa_error_name(error)), offset: Int(offset))
        }
        self.handle = handle
        self.pattern = pattern
    }

    deinit { glossa_regex_close(handle) }

    /// Points the regex at `text`, which must stay alive while it is matched.
    func setText(_ text: UnsafeBufferPointer<UInt16>) {
        var error: Int32 = 0
        glossa_regex_set_text(handle, text.baseAddress, Int32(text.count), &error)
    }

    /// True if the pattern matches starting exactly at `position`.
    func matches(at position: Int) -> Bool {
        var error: Int32 = 0
        return glossa_regex_looking_at(handle, Int32(position), &error) == 1 && error == 0
    }

    /// Finds the next match at or after `position` (nil: after the previous match).
    func find(from position: Int?) -> Bool {
        var error: Int32 = 0
        return glossa_regex_find(handle, Int32(position ?? -1), &error) == 1 && error == 0
    }

    /// Start of `group` in the last match, nil if it did not take part.
    func start(of group: Int = 0) -> Int? {
        var error: Int32 = 0
        let value = glossa_regex_start(handle, Int32(group), &error)
        return error != 0 || value < 0 ? nil : Int(value)
    }

    func end(of group: Int = 0) -> Int? {
        var error: Int32 = 0
        let value = glossa_regex_end(handle, Int32(group), &error)
        return error != 0 || value < 0 ? nil : Int(value)
    }

    func groupNumber(named name: String) -> Int? {
        var error: Int32 = 0
        let value = glossa_regex_group_number(handle, name, &error)
        return error != 0 || value < 0 ? nil : Int(value)
    }

    /// True if the pattern matches the whole of `text` (for SRX language patterns, which
    /// callers compile wrapped as `(?:PATTERN)$`).
    func matchesWhole(_ text: String) -> Bool {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { buffer in
            setText(buffer)
            return matches(at: 0) && end() == buffer.count
        }
    }
}
