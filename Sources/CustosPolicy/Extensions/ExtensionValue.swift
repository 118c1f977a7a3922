// SPDX-License-Identifier: Apache-2.0

/// Values of Cedar's extension types: `decimal`, `ipaddr`, `datetime`, `duration`.
public enum ExtensionValue: Hashable, Sendable, CustomStringConvertible {
    case decimal(CedarDecimal)
    case ipaddr(IPAddress)
    case datetime(CedarDatetime)
    case duration(CedarDuration)

    public var typeName: String {
        switch self {
        case .decimal: "decimal"
        case .ipaddr: "ipaddr"
        case .datetime: "datetime"
        case .duration: "duration"
        }
    }

    public var description: String {
        switch self {
        case .decimal(let value): "decimal(\"\(value)\")"
        case .ipaddr(let value): "ip(\"\(value)\")"
        case .datetime(let value): "datetime(\"\(value.millisecondsSinceEpoch)ms\")"
        case .duration(let value): "duration(\"\(value.milliseconds)ms\")"
        }
    }

    /// Builds a value with an extension constructor (`ip`, `decimal`, `datetime`, `duration`).
    static func construct(_ function: String, _ argument: String) -> ExtensionValue? {
        switch function {
        case "decimal": CedarDecimal(parsing: argument).map(ExtensionValue.decimal)
        case "ip": IPAddress(parsing: argument).map(ExtensionValue.ipaddr)
        case "datetime": CedarDatetime(parsing: argument).map(ExtensionValue.datetime)
        case "duration": CedarDuration(parsing: argument).map(ExtensionValue.duration)
        default: nil
        }
    }

    static let constructors: Set<String> = ["decimal", "ip", "datetime", "duration"]
}

/// A fixed-point decimal with four fractional digits, ±922337203685477.5807.
public struct CedarDecimal: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The value times 10,000.
    public let scaled: Int64

    /// Parses `-?[0-9]+\.[0-9]{1,4}`.
    public init?(parsing text: String) {
        var bytes = Array(text.utf8)
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes.removeFirst() }
        guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")) else { return nil }
        let whole = bytes[..<dot]
        let fraction = bytes[(dot + 1)...]
        guard !whole.isEmpty, !fraction.isEmpty, fraction.count <= 4 else { return nil }
        guard whole.allSatisfy(Self.isDigit), fraction.allSatisfy(Self.isDigit) else { return nil }
        var value: Int64 = 0
        for digit in whole + fraction + Array(repeating: UInt8(ascii: "0"), count: 4 - fraction.count) {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            // Accumulate negatively so the minimum is reachable.
            let (next, o2) = times.subtractingReportingOverflow(Int64(digit - UInt8(ascii: "0")))
            guard !o1, !o2 else { return nil }
            value = next
        }
        if !negative {
            guard value != .min else { return nil }
            value = -value
        }
        scaled = value
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    public static func < (lhs: CedarDecimal, rhs: CedarDecimal) -> Bool { lhs.scaled < rhs.scaled }

    public var description: String {
        let magnitude = scaled.magnitude
        let fraction = String(magnitude % 10_000)
        return (scaled < 0 ? "-" : "") + "\(magnitude / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}

/// A point in time: milliseconds since the Unix epoch, UTC.
public struct CedarDatetime: Hashable, Sendable, Comparable {
    public let millisecondsSinceEpoch: Int64

    public init(millisecondsSinceEpoch: Int64) { self.millisecondsSinceEpoch = millisecondsSinceEpoch }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDThh:mm:ssZ`, `YYYY-MM-DDThh:mm:ss.SSSZ`, and the last two with
    /// a `+hhmm` / `-hhmm` offset instead of `Z`.
    public init?(parsing text: String) {
        let b = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int64? {
            guard range.upperBound <= b.count else { return nil }
            var value: Int64 = 0
            for index in range {
                guard b[index] >= UInt8(ascii: "0"), b[index] <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int64(b[index] - UInt8(ascii: "0"))
            }
            return value
        }
        guard b.count >= 10, let year = number(0..<4), b[4] == UInt8(ascii: "-"), let month = number(5..<7), b[7] == UInt8(ascii: "-"),
            let day = number(8..<10)
        else { return nil }
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        var milliseconds = Self.daysFromCivil(year: year, month: month, day: day) * 86_400_000
        if b.count == 10 {
            millisecondsSinceEpoch = milliseconds
            return
        }
        guard b.count >= 20, b[10] == UInt8(ascii: "T"), let hour = number(11..<13), b[13] == UInt8(ascii: ":"), let minute = number(14..<16),
            b[16] == UInt8(ascii: ":"), let second = number(17..<19), hour < 24, minute < 60, second < 60
        else { return nil }
        milliseconds += ((hour * 60 + minute) * 60 + second) * 1000
        var position = 19
        if b[position] == UInt8(ascii: ".") {
            guard let fraction = number((position + 1)..<(position + 4)) else { return nil }
            milliseconds += fraction
            position += 4
        }
        guard position < b.count else { return nil }
        switch b[position] {
        case UInt8(ascii: "Z"):
            guard position + 1 == b.count else { return nil }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard position + 5 == b.count, let offsetHours = number((position + 1)..<(position + 3)),
                let offsetMinutes = number((position + 3)..<(position + 5)), offsetHours < 24, offsetMinutes < 60
            else { return nil }
            let offset = (offsetHours * 60 + offsetMinutes) * 60_000
            // `+0100` is one hour ahead of UTC: subtract it to get UTC.
            milliseconds += b[position] == UInt8(ascii: "+") ? -offset : offset
        default: return nil
        }
        millisecondsSinceEpoch = milliseconds
    }

    public static func < (lhs: CedarDatetime, rhs: CedarDatetime) -> Bool { lhs.millisecondsSinceEpoch < rhs.millisecondsSinceEpoch }

    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

/// A length of time in milliseconds.
public struct CedarDuration: Hashable, Sendable, Comparable {
    public let milliseconds: Int64

    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    /// Parses `-?` then one or more of `<n>d`, `<n>h`, `<n>m`, `<n>s`, `<n>ms`, in that order.
    public init?(parsing text: String) {
        var b = Array(text.utf8)
        let negative = b.first == UInt8(ascii: "-")
        if negative { b.removeFirst() }
        guard !b.isEmpty else { return nil }
        let units: [(String, Int64)] = [("d", 86_400_000), ("h", 3_600_000), ("m", 60_000), ("s", 1000), ("ms", 1)]
        var nextUnit = 0
        var total: Int64 = 0
        var index = 0
        while index < b.count {
            var number: Int64 = 0
            let start = index
            while index < b.count, b[index] >= UInt8(ascii: "0"), b[index] <= UInt8(ascii: "9") {
                let (times, o1) = number.multipliedReportingOverflow(by: 10)
                let (next, o2) = times.addingReportingOverflow(Int64(b[index] - UInt8(ascii: "0")))
                guard !o1, !o2 else { return nil }
                number = next
                index += 1
            }
            guard index > start, index < b.count else { return nil }
            var unit: String
            if b[index] == UInt8(ascii: "m"), index + 1 < b.count, b[index + 1] == UInt8(ascii: "s") {
                unit = "ms"
                index += 2
            } else {
                unit = String(UnicodeScalar(b[index]))
                index += 1
            }
            guard let position = units[nextUnit...].firstIndex(where: { $0.0 == unit }) else { return nil }
            nextUnit = position + 1
            let (part, o1) = number.multipliedReportingOverflow(by: units[position].1)
            // Accumulate negatively so the minimum is reachable.
            let (sum, o2) = total.subtractingReportingOverflow(part)
            guard !o1, !o2 else { return nil }
            total = sum
        }
        if !negative {
            guard total != .min else { return nil }
            total = -total
        }
        milliseconds = total
    }

    public static func < (lhs: CedarDuration, rhs: CedarDuration) -> Bool { lhs.milliseconds < rhs.milliseconds }
}
