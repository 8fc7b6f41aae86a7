import CICU

/// A failure reported by ICU, with ICU's name for it (`U_REGEX_RULE_SYNTAX`).
public struct ICUError: Error, Hashable, Sendable, CustomStringConvertible {
    public let code: Int32
    public let operation: String

    init(_ code: Int32, _ operation: String) {
        self.code = code
        self.operation = operation
    }

    public var name: String { String(cString: glossa_error_name(code)) }
    public var description: String { "ICU \(operation) failed: \(name)" }

    /// Throws when `code` reports a failure.
    static func check(_ code: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if code != 0 { throw ICUError(code, operation()) }
    }
}

public enum ICU {
    /// The ICU version glossa runs with ("72.1").
    public static var version: String { String(cString: glossa_icu_version()) }
}
