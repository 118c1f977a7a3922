// SPDX-License-Identifier: Apache-2.0

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Markdown's bold markers around a field's label (`**Name:** Janet`, `**First name**: Janet`,
/// `- **Patient:** Sonya`), as chat assistants and wikis write forms: the scan reads them as
/// spaces, so the label names its value as it does unmarked. Nothing else changes: every other
/// byte stays where it was, so findings keep their places in the original text.
///
/// Only a pair that opens after a line's start, a space, a tab, `|` or `-`, holds up to
/// ``longestLabel`` bytes of a label's characters on one line, and touches a colon (inside its
/// closing `**` or right after it) or fills a table's cell (`| **Owner** | Janet |`) is read so; `**` anywhere else, in a password or a masked
/// number (`***-**-1234`), stays as it is.
enum MarkdownLabels {
    /// The longest label between the markers.
    static let longestLabel = 40

    /// The text with the markers around its labels turned into spaces, or nil when it has none
    /// (most texts: the C library's `memchr`, which reads many bytes at a time, finds no `*`).
    static func unmarked(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = bytes.baseAddress, bytes.count >= 6 else { return nil }
        var copy: [UInt8]?
        var index = 0
        while index + 1 < bytes.count {
            guard let star = memchr(base + index, 0x2A, bytes.count - index) else { break }
            index = UnsafeRawPointer(star) - UnsafeRawPointer(base)
            if index + 1 < bytes.count, bytes[index + 1] == 0x2A, let close = closingMarker(bytes, opening: index) {
                if copy == nil { copy = Array(bytes) }
                for position in [index, index + 1, close, close + 1] { copy![position] = 0x20 }
                index = close + 2
                continue
            }
            // Past the run of `*` (a marker opens only at its run's start).
            while index < bytes.count, bytes[index] == 0x2A { index += 1 }
        }
        return copy
    }

    /// Where the `**` closing a label opened at `opening` starts, when the pair marks a label.
    static func closingMarker(_ bytes: UnsafeBufferPointer<UInt8>, opening: Int) -> Int? {
        func byte(_ index: Int) -> UInt8 { index >= 0 && index < bytes.count ? bytes[index] : 0 }
        let previous = byte(opening - 1)
        guard opening == 0 || previous == 0x0A || previous == 0x20 || previous == 0x09 || previous == 0x7C || previous == 0x2D,
            Bytes.isLetter(byte(opening + 2))
        else { return nil }
        var close = opening + 3
        while close < opening + 2 + longestLabel, isLabelByte(byte(close)) { close += 1 }
        guard byte(close) == 0x2A, byte(close + 1) == 0x2A, byte(close + 2) != 0x2A, byte(close - 1) != 0x20 else { return nil }
        if byte(close - 1) == 0x3A || byte(close + 2) == 0x3A { return close }
        // Or a key's whole cell in a table (`| **Owner** | Janet |`).
        var after = close + 2
        while byte(after) == 0x20 { after += 1 }
        var before = opening - 1
        while byte(before) == 0x20 { before -= 1 }
        return byte(after) == 0x7C && byte(before) == 0x7C ? close : nil
    }

    /// What a label may hold: letters, digits, spaces and `'` `/` `#` `(` `)` `-` `.` `,` `&` `:`.
    @inline(__always) static func isLabelByte(_ byte: UInt8) -> Bool {
        Bytes.isAlnum(byte) || byte == 0x20 || byte == 0x27 || byte == 0x2F || byte == 0x23 || byte == 0x28 || byte == 0x29
            || byte == 0x2D || byte == 0x2E || byte == 0x2C || byte == 0x26 || byte == 0x3A
    }
}
