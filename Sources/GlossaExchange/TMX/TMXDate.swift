/// TMX dates (`creationdate`, `changedate`, `lastusagedate`) in the form TMX 1.4b asks for,
/// `YYYYMMDDThhmmssZ` (UTC). Tools write others: ISO 8601 with dashes and an offset
/// ("2022-01-13T11:28:25+01:00"), a date alone ("2022-01-13", "20220113"), German
/// ("13.01.2022 11:28"), C's `ctime` (OPUS: "Thu Jan 13 11:28:25 2022"). The reader rewrites
/// those, so exports carry dates every CAT tool parses and `export --since` compares them; a
/// time without an offset is taken as UTC. What none of these forms reads is left as written.
/// - Complexity: O(length), no Foundation formatter.
enum TMXDate {
    /// The date in TMX's form, or nil when it already is in it or cannot be read.
    static func normalized(_ text: String) -> String? {
        if isCanonical(text) { return nil }
        let bytes = Array(text.utf8)
        guard let moment = compact(bytes) ?? iso(bytes) ?? german(bytes) ?? ctime(bytes) else { return nil }
        return moment.formatted
    }

    /// A date and time of day, UTC once an offset is applied.
    struct Moment {
        var year, month, day, hour, minute, second: Int

        var isValid: Bool {
            (1...9999).contains(year) && (1...12).contains(month) && (1...Self.days(inMonth: month, of: year)).contains(day)
                && (0...23).contains(hour) && (0...59).contains(minute) && (0...60).contains(second)
        }

        var formatted: String {
            func padded(_ value: Int, _ width: Int) -> String {
                let digits = String(value)
                return String(repeating: "0", count: max(0, width - digits.count)) + digits
            }
            return padded(year, 4) + padded(month, 2) + padded(day, 2) + "T" + padded(hour, 2) + padded(minute, 2) + padded(min(second, 59), 2) + "Z"
        }

        /// The same moment `minutes` later (negative: earlier), across days, months and years.
        func adding(minutes: Int) -> Moment {
            let total = (Self.daysFromCivil(year, month, day) * 1440) + hour * 60 + minute + minutes
            let days = total >= 0 ? total / 1440 : (total - 1439) / 1440
            let rest = total - days * 1440
            let (y, m, d) = Self.civil(fromDays: days)
            return Moment(year: y, month: m, day: d, hour: rest / 60, minute: rest % 60, second: second)
        }

        static func days(inMonth month: Int, of year: Int) -> Int {
            switch month {
            case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }

        /// Days since 1970-01-01 (Howard Hinnant's algorithm, proleptic Gregorian).
        static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yearOfEra = y - era * 400
            let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            return era * 146_097 + dayOfEra - 719_468
        }

        static func civil(fromDays days: Int) -> (Int, Int, Int) {
            let z = days + 719_468
            let era = (z >= 0 ? z : z - 146_096) / 146_097
            let dayOfEra = z - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let mp = (5 * dayOfYear + 2) / 153
            let day = dayOfYear - (153 * mp + 2) / 5 + 1
            let month = mp < 10 ? mp + 3 : mp - 9
            return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
        }
    }

    /// Reads fixed-width digits and single characters off the bytes, left to right.
    struct Scanner {
        let bytes: [UInt8]
        var index = 0

        var atEnd: Bool { index == bytes.count }

        mutating func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<(index + count)] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += count
            return value
        }

        /// One or two digits ("3" or "03").
        mutating func shortNumber() -> Int? {
            guard let first = digits(1) else { return nil }
            if let second = digits(1) { return first * 10 + second }
            return first
        }

        mutating func skip(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func skipSpaces() { while index < bytes.count, bytes[index] == 0x20 { index += 1 } }

        /// "hh:mm" or "hh:mm:ss", with a fraction of a second dropped.
        mutating func time() -> (Int, Int, Int)? {
            guard let hour = digits(2), skip(0x3A), let minute = digits(2) else { return nil }
            var second = 0
            if skip(0x3A) {
                guard let value = digits(2) else { return nil }
                second = value
                if skip(0x2E) || skip(0x2C) { while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 } }
            }
            return (hour, minute, second)
        }
    }

    /// Whether the text is in TMX's form already (the common case: checked without copying).
    static func isCanonical(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == 16 else { return false }
        for (offset, byte) in utf8.enumerated() {
            switch offset {
            case 8: if byte != 0x54 { return false }
            case 15: if byte != 0x5A { return false }
            default: if !(0x30...0x39).contains(byte) { return false }
            }
        }
        return true
    }

    /// "20220113", "20220113T112825" (TMX's form without its "Z").
    static func compact(_ bytes: [UInt8]) -> Moment? {
        var scanner = Scanner(bytes: bytes)
        guard let year = scanner.digits(4), let month = scanner.digits(2), let day = scanner.digits(2) else { return nil }
        var moment = Moment(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        if scanner.skip(0x54) {
            guard let hour = scanner.digits(2), let minute = scanner.digits(2), let second = scanner.digits(2) else { return nil }
            (moment.hour, moment.minute, moment.second) = (hour, minute, second)
            _ = scanner.skip(0x5A)
        }
        return scanner.atEnd && moment.isValid ? moment : nil
    }

    /// "2022-01-13", "2022-01-13T11:28:25Z", "2022-01-13 11:28:25.123+01:00", "…-0500".
    static func iso(_ bytes: [UInt8]) -> Moment? {
        var scanner = Scanner(bytes: bytes)
        guard let year = scanner.digits(4), scanner.skip(0x2D), let month = scanner.digits(2), scanner.skip(0x2D),
              let day = scanner.digits(2) else { return nil }
        var moment = Moment(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        var offset = 0
        if scanner.skip(0x54) || scanner.skip(0x20) {
            guard let (hour, minute, second) = scanner.time() else { return nil }
            (moment.hour, moment.minute, moment.second) = (hour, minute, second)
            scanner.skipSpaces()
            if !scanner.skip(0x5A) {
                let sign = scanner.skip(0x2B) ? 1 : scanner.skip(0x2D) ? -1 : 0
                if sign != 0 {
                    guard let hours = scanner.digits(2) else { return nil }
                    _ = scanner.skip(0x3A)
                    let minutes = scanner.digits(2) ?? 0
                    offset = sign * (hours * 60 + minutes)
                }
            }
        }
        guard scanner.atEnd, moment.isValid else { return nil }
        return offset == 0 ? moment : moment.adding(minutes: -offset)
    }

    /// "13.01.2022", "3.1.2022 11:28", "13.01.2022 11:28:25".
    static func german(_ bytes: [UInt8]) -> Moment? {
        var scanner = Scanner(bytes: bytes)
        guard let day = scanner.shortNumber(), scanner.skip(0x2E), let month = scanner.shortNumber(), scanner.skip(0x2E),
              let year = scanner.digits(4) else { return nil }
        var moment = Moment(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        scanner.skipSpaces()
        if !scanner.atEnd {
            guard let (hour, minute, second) = scanner.time() else { return nil }
            (moment.hour, moment.minute, moment.second) = (hour, minute, second)
        }
        return scanner.atEnd && moment.isValid ? moment : nil
    }

    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// C's `ctime`: "Thu Jan 13 11:28:25 2022" ("Jan  3" with two spaces).
    static func ctime(_ bytes: [UInt8]) -> Moment? {
        let words = bytes.split(separator: 0x20)
        guard words.count == 5, words[0].count == 3,
              let month = monthNames.firstIndex(of: String(decoding: words[1], as: UTF8.self).lowercased()) else { return nil }
        var dayScanner = Scanner(bytes: Array(words[2]))
        var timeScanner = Scanner(bytes: Array(words[3]))
        var yearScanner = Scanner(bytes: Array(words[4]))
        guard let day = dayScanner.shortNumber(), dayScanner.atEnd, let (hour, minute, second) = timeScanner.time(), timeScanner.atEnd,
              let year = yearScanner.digits(4), yearScanner.atEnd else { return nil }
        let moment = Moment(year: year, month: month + 1, day: day, hour: hour, minute: minute, second: second)
        return moment.isValid ? moment : nil
    }
}
