// SPDX-License-Identifier: Apache-2.0

/// A record key or attribute name with Cedar's string equality and hashing: by Unicode scalar
/// (code point), never by Swift's canonical equivalence (`"\u{e9}" == "e\u{301}"` is true in Swift
/// and false in Cedar). Fingerprinted once, so a policy's attribute accesses (whose keys are made
/// when it is parsed) hash one word per lookup.
public struct ScalarKey: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let text: String
    private let fingerprint: Int

    public init(_ text: String) {
        self.text = text
        var hasher = Hasher()
        CodePoints.hash(text, into: &hasher)
        self.fingerprint = hasher.finalize()
    }

    public init(stringLiteral text: String) { self.init(text) }

    public static func == (lhs: ScalarKey, rhs: ScalarKey) -> Bool {
        lhs.fingerprint == rhs.fingerprint && CodePoints.equal(lhs.text, rhs.text)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

    /// UTF-8 byte order is code point order.
    public static func < (lhs: ScalarKey, rhs: ScalarKey) -> Bool { lhs.text.utf8.lexicographicallyPrecedes(rhs.text.utf8) }

    public var description: String { text }
}

/// Code-point comparison and hashing of strings over their UTF-8 bytes, in place: equal UTF-8
/// bytes are exactly equal scalar sequences. (`String.utf8.elementsEqual` gives the same answer
/// but walks the view an index at a time; this compares contiguous buffers.)
enum CodePoints {
    @inline(__always)
    static func equal(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var a = a
        var b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
    }

    @inline(__always)
    static func hash(_ text: String, into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)  // no UTF-8 byte is 0xFF: separates concatenated parts
    }
}
