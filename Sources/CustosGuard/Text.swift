// SPDX-License-Identifier: Apache-2.0

/// Byte-level helpers over UTF-8 text. Only ASCII is classified; every byte of a multi-byte
/// character counts as "other", so detectors never match inside one.
enum Bytes {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }
    @inline(__always) static func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) &- 0x61 < 6 }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
    /// Letters, digits and `_` (and any non-ASCII byte): what continues a word.
    @inline(__always) static func isWord(_ b: UInt8) -> Bool { isAlnum(b) || b == 0x5F || b >= 0x80 }
}

/// The text being scanned, with bounds-safe access and the context lookups detectors share.
/// One per scan (not shared across threads): context-word positions and CSV headers are found
/// once, the first time a detector asks.
final class ScanText {
    let bytes: [UInt8]
    var count: Int { bytes.count }

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Every context word in the text (``NumberDetectors/context``), by end position.
    lazy var contextHits: [(start: Int, end: Int, kind: SensitiveKind)] = NumberDetectors.findContextWords(self)
    /// Positions just after each sentence end (". " after a lowercase letter or digit).
    lazy var sentenceStarts: [Int] = {
        var starts: [Int] = []
        var position = 1
        while position + 1 < count {
            if bytes[position] == 0x2E, bytes[position + 1] == 0x20, Bytes.isLower(bytes[position - 1]) || Bytes.isDigit(bytes[position - 1]) {
                starts.append(position + 2)
            }
            position += 1
        }
        return starts
    }()
    /// CSV headers found so far, by the start of the line they were asked for.
    var csvHeaders: [Int: [String]?] = [:]

    @inline(__always) subscript(_ index: Int) -> UInt8 { index >= 0 && index < bytes.count ? bytes[index] : 0 }

    /// Whether `index` starts a word (no word byte before it).
    @inline(__always) func startsWord(_ index: Int) -> Bool { index == 0 || !Bytes.isWord(self[index - 1]) }

    /// Whether `index` ends a word (no word byte at it).
    @inline(__always) func endsWord(_ index: Int) -> Bool { index >= count || !Bytes.isWord(self[index]) }

    /// Length of the run of digits starting at `index`.
    func digitRun(_ index: Int) -> Int {
        var end = index
        while end < count, Bytes.isDigit(bytes[end]) { end += 1 }
        return end - index
    }

    /// Whether one of `words` (lowercase ASCII) occurs, case-insensitively and as a whole word,
    /// in the `window` bytes before `index`.
    func contextBefore(_ index: Int, window: Int, _ words: [[UInt8]]) -> Bool {
        let start = max(0, index - window)
        guard start < index else { return false }
        for word in words where word.count <= index - start {
            var position = start
            while position + word.count <= index {
                if matches(word, at: position), startsWord(position) || !Bytes.isLetter(word[0]),
                    endsWord(position + word.count) || !Bytes.isLetter(word[word.count - 1])
                {
                    return true
                }
                position += 1
            }
        }
        return false
    }

    /// Whether the first word after `index` (past spaces) is one of `words` (lowercase).
    func wordAfter(_ index: Int, in words: [[UInt8]]) -> Bool {
        var position = index
        while self[position] == 0x20 { position += 1 }
        return words.contains { matches($0, at: position) && endsWord(position + $0.count) }
    }

    /// Whether the lowercase ASCII `word` occurs at `index`, ignoring case.
    @inline(__always) func matches(_ word: some RandomAccessCollection<UInt8>, at index: Int) -> Bool {
        guard index >= 0, index + word.count <= count else { return false }
        var position = index
        for expected in word {
            if Bytes.lower(bytes[position]) != expected { return false }
            position += 1
        }
        return true
    }

    /// Whether `literal` (exact bytes) occurs at `index`.
    @inline(__always) func has(_ literal: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + literal.count <= count else { return false }
        for offset in 0..<literal.count where bytes[index + offset] != literal[offset] { return false }
        return true
    }

    /// The start of the line holding `index`.
    func lineStart(_ index: Int) -> Int {
        var position = index
        while position > 0, bytes[position - 1] != 0x0A { position -= 1 }
        return position
    }
}

extension Array where Element == [UInt8] {
    /// Lowercase keyword lists written as strings.
    init(words: String...) { self = words.map { [UInt8]($0.utf8) } }
}

/// A set of byte pairs as a 64 KiB bitmap: membership is one load and a mask.
struct BytePairSet: Sendable {
    private let bits: [UInt64]

    init(_ pairs: some Sequence<(UInt8, UInt8)>) {
        var bits = [UInt64](repeating: 0, count: 65_536 / 64)
        for (first, second) in pairs {
            let key = Int(first) << 8 | Int(second)
            bits[key >> 6] |= 1 << UInt64(key & 63)
        }
        self.bits = bits
    }

    @inline(__always) func contains(_ first: UInt8, _ second: UInt8) -> Bool {
        let key = Int(first) << 8 | Int(second)
        return bits[key >> 6] & (1 << UInt64(key & 63)) != 0
    }
}
