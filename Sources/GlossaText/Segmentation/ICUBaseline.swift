import CICU

/// ICU's sentence break iterator alone, with none of glossa's work: the practical limit that
/// the segmentation benchmark compares glossa against, measured over the same buffer.
public enum ICUBaseline {
    /// Counts ICU's sentence boundaries line by line (UTF-8 → UTF-16 conversion per line, as
    /// glossa does), so the figure includes the conversion any UTF-8 input needs.
    public static func countSentenceBoundaries(utf8 bytes: UnsafeBufferPointer<UInt8>, locale: String) -> Int {
        guard let breaker = try? ICUBreaker(.sentence, locale: locale) else { return 0 }
        var buffer = UTF16Buffer()
        var count = 0
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if end > start, buffer.assign(utf8: UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                buffer.withUnsafeBufferPointer { text in
                    breaker.setText(text)
                    while breaker.next() != nil { count += 1 }
                }
            }
            start = end + 1
        }
        return count
    }
}
