import CICU

/// An ICU break iterator (sentence or word) for one locale. Not thread-safe: one per task.
final class ICUBreaker {
    enum Kind { case sentence, word }

    private let handle: OpaquePointer

    init(_ kind: Kind, locale: String) throws(ICUError) {
        var error: Int32 = 0
        let handle = glossa_breaker_open(kind == .word ? GLOSSA_BREAK_WORD : GLOSSA_BREAK_SENTENCE, locale, &error)
        try ICUError.check(error, "opening a \(kind) break iterator for \(locale)")
        guard let handle else { throw ICUError(7, "opening a break iterator") }
        self.handle = handle
    }

    deinit { glossa_breaker_close(handle) }

    /// Points the iterator at `text`, which must stay alive while `next()` is called.
    func setText(_ text: UnsafeBufferPointer<UInt16>) {
        var error: Int32 = 0
        glossa_breaker_set_text(handle, text.baseAddress, Int32(text.count), &error)
    }

    /// The next boundary (the first call gives 0), or nil at the end.
    func next() -> Int? {
        let position = glossa_breaker_next(handle)
        return position < 0 ? nil : Int(position)
    }

    /// For word iterators: what the piece ending at the last boundary was.
    var wordStatus: GlossaWordStatus { glossa_breaker_word_status(handle) }
}
