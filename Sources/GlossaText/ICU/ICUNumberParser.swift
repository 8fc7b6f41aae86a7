import CICU

/// Parses numbers the way a locale writes them. Not thread-safe: one per task.
final class ICUNumberParser {
    private let handle: OpaquePointer

    init(locale: String) throws(ICUError) {
        var error: Int32 = 0
        let handle = glossa_number_parser_open(locale, &error)
        try ICUError.check(error, "opening a number parser for \(locale)")
        guard let handle else { throw ICUError(7, "opening a number parser") }
        self.handle = handle
    }

    deinit { glossa_number_parser_close(handle) }

    /// The value if the whole text is one number in this locale's notation.
    func parse(_ text: String) -> Double? {
        let units = Array(text.utf16)
        var value = 0.0
        let ok = units.withUnsafeBufferPointer { glossa_number_parse(handle, $0.baseAddress, Int32($0.count), &value) }
        return ok == 1 ? value : nil
    }
}
