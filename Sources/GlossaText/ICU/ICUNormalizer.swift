import CICU

/// Unicode normalization through ICU's unorm2.
enum ICUNormalizer {
    enum Form {
        case nfc, nfd, nfkc, nfkcCasefold

        var c: GlossaNormalForm {
            switch self {
            case .nfc: return GLOSSA_NFC
            case .nfd: return GLOSSA_NFD
            case .nfkc: return GLOSSA_NFKC
            case .nfkcCasefold: return GLOSSA_NFKC_CASEFOLD
            }
        }
    }

    /// `units` in the normal form. Cost: a quick check, then one ICU pass only if needed.
    static func normalize(_ units: [UInt16], _ form: Form) -> [UInt16] {
        var error: Int32 = 0
        let already = units.withUnsafeBufferPointer { glossa_is_normalized(form.c, $0.baseAddress, Int32($0.count), &error) }
        if already == 1 && error == 0 { return units }
        var capacity = units.count * 2 + 16
        while true {
            var output = [UInt16](repeating: 0, count: capacity)
            error = 0
            let length = units.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { destination in
                    glossa_normalize(form.c, source.baseAddress, Int32(source.count), destination.baseAddress, Int32(destination.count), &error)
                }
            }
            if error == 0 {
                output.removeSubrange(Int(length)...)
                return output
            }
            guard Int(length) > capacity else { return units } // ICU failed otherwise: keep the text as it is
            capacity = Int(length) + 1
        }
    }

    static func normalize(_ text: String, _ form: Form) -> String {
        // ASCII is in every normal form except case folding.
        if form != .nfkcCasefold, text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        let result = normalize(Array(text.utf16), form)
        return String(decoding: result, as: UTF16.self)
    }
}
