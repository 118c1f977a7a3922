// SPDX-License-Identifier: Apache-2.0

/// The digit values of a number-shaped value (separators left out), held in place: up to 24
/// digits in three words, so validating a candidate allocates nothing. Digits past the 24th are
/// counted but not kept (no value the detectors validate is that long).
struct DigitString {
    private var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
    /// How many digits were appended.
    private(set) var count = 0

    static let capacity = 24

    init() {}

    /// The digits of `text[range]`, skipping anything that is not a digit.
    init(_ text: ScanText, _ range: Range<Int>) {
        for position in range where Bytes.isDigit(text[position]) { append(text[position] &- 0x30) }
    }

    /// Appends one digit value (0–9).
    mutating func append(_ digit: UInt8) {
        let shift = UInt64(count & 7) * 8
        switch count >> 3 {
        case 0: words.0 |= UInt64(digit) << shift
        case 1: words.1 |= UInt64(digit) << shift
        case 2: words.2 |= UInt64(digit) << shift
        default: break
        }
        count += 1
    }

    /// The digit at `offset` (0 past the kept digits).
    subscript(_ offset: Int) -> UInt8 {
        let word: UInt64
        switch offset >> 3 {
        case 0: word = words.0
        case 1: word = words.1
        case 2: word = words.2
        default: return 0
        }
        return UInt8(truncatingIfNeeded: word >> (UInt64(offset & 7) * 8))
    }

    /// The number the first `length` digits spell (`length` at most 18).
    func prefixValue(_ length: Int) -> Int {
        var value = 0
        for offset in 0..<min(length, count) { value = value * 10 + Int(self[offset]) }
        return value
    }

    /// Whether every digit is the same (`111111111`).
    var isRepdigit: Bool {
        for offset in 1..<max(count, 1) where self[offset] != self[0] { return false }
        return true
    }
}
