// SPDX-License-Identifier: Apache-2.0

/// Cedar string equality and hashing: by Unicode scalar (code point), never by Swift's canonical
/// equivalence (`"\u{e9}" == "e\u{301}"` is true in Swift and false in Cedar).
struct ScalarKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: ScalarKey, rhs: ScalarKey) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

    func hash(into hasher: inout Hasher) {
        for byte in text.utf8 { hasher.combine(byte) }
    }

    /// UTF-8 byte order is code point order.
    static func < (lhs: ScalarKey, rhs: ScalarKey) -> Bool { lhs.text.utf8.lexicographicallyPrecedes(rhs.text.utf8) }

    var description: String { text }
}
