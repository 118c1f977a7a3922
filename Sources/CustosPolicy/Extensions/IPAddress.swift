// SPDX-License-Identifier: Apache-2.0

/// An IPv4 or IPv6 address or CIDR range (`ip("10.0.0.1")`, `ip("10.0.0.0/8")`, `ip("::1")`).
///
/// A bare address is the range of one (`/32`, `/128`), so `ip("10.0.0.1") == ip("10.0.0.1/32")`.
public struct IPAddress: Hashable, Sendable, CustomStringConvertible {
    public let isV4: Bool
    /// The address as a 128-bit number (IPv4 in the low 32 bits).
    let address: (high: UInt64, low: UInt64)
    public let prefixLength: Int

    public static func == (lhs: IPAddress, rhs: IPAddress) -> Bool {
        lhs.isV4 == rhs.isV4 && lhs.address == rhs.address && lhs.prefixLength == rhs.prefixLength
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(isV4)
        hasher.combine(address.high)
        hasher.combine(address.low)
        hasher.combine(prefixLength)
    }

    public init?(parsing text: String) {
        var addressText = Substring(text)
        var prefix: Int?
        if let slash = text.firstIndex(of: "/") {
            addressText = text[..<slash]
            let digits = text[text.index(after: slash)...]
            guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy(\.isASCIIDigit), let value = Int(digits) else { return nil }
            // No leading zeros (Rust's parser refuses them).
            guard digits.count == 1 || digits.first != "0" else { return nil }
            prefix = value
        }
        if addressText.contains(":") {
            guard let value = Self.parseV6(addressText) else { return nil }
            guard (prefix ?? 128) <= 128 else { return nil }
            isV4 = false
            address = value
            prefixLength = prefix ?? 128
        } else {
            guard let value = Self.parseV4(addressText) else { return nil }
            guard (prefix ?? 32) <= 32 else { return nil }
            isV4 = true
            address = (0, UInt64(value))
            prefixLength = prefix ?? 32
        }
    }

    static func parseV4(_ text: Substring) -> UInt32? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var value: UInt32 = 0
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCIIDigit), part.count == 1 || part.first != "0",
                let octet = UInt32(part), octet <= 255
            else { return nil }
            value = value << 8 | octet
        }
        return value
    }

    static func parseV6(_ text: Substring) -> (high: UInt64, low: UInt64)? {
        // Split at "::" (at most once), parse hex groups; an embedded IPv4 tail is not accepted.
        let halves = String(text).splitting(by: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt16]? {
            if part.isEmpty { return [] }
            var result: [UInt16] = []
            for group in part.split(separator: ":", omittingEmptySubsequences: false) {
                guard !group.isEmpty, group.count <= 4, group.allSatisfy(\.isHexDigit), let value = UInt16(group, radix: 16) else { return nil }
                result.append(value)
            }
            return result
        }
        guard let head = groups(halves[0]) else { return nil }
        var all: [UInt16]
        if halves.count == 2 {
            guard let tail = groups(halves[1]), head.count + tail.count <= 7 else { return nil }
            all = head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        } else {
            guard head.count == 8 else { return nil }
            all = head
        }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for (index, group) in all.enumerated() {
            if index < 4 { high = high << 16 | UInt64(group) } else { low = low << 16 | UInt64(group) }
        }
        return (high, low)
    }

    /// The first and last address of the range, as 128-bit numbers.
    var bounds: (first: (UInt64, UInt64), last: (UInt64, UInt64)) {
        let width = isV4 ? 32 : 128
        let hostBits = width - prefixLength
        func mask(_ bits: Int) -> (UInt64, UInt64) {
            // The low `bits` bits set.
            if bits >= 128 { return (.max, .max) }
            if bits >= 64 { return ((1 << (bits - 64)) &- 1, .max) }
            return (0, bits == 0 ? 0 : (1 << bits) &- 1)
        }
        let host = mask(hostBits)
        let first = (address.high & ~host.0, address.low & ~host.1)
        let last = (address.high | host.0, address.low | host.1)
        return (first, last)
    }

    /// Whether this range lies within `other` (same IP version).
    public func isInRange(_ other: IPAddress) -> Bool {
        guard isV4 == other.isV4 else { return false }
        let mine = bounds
        let theirs = other.bounds
        return mine.first >= theirs.first && mine.last <= theirs.last
    }

    public var isLoopback: Bool {
        isInRange(isV4 ? IPAddress(parsing: "127.0.0.0/8")! : IPAddress(parsing: "::1/128")!)
    }

    public var isMulticast: Bool {
        isInRange(isV4 ? IPAddress(parsing: "224.0.0.0/4")! : IPAddress(parsing: "ff00::/8")!)
    }

    public var description: String {
        if isV4 {
            let value = address.low
            return "\(value >> 24 & 255).\(value >> 16 & 255).\(value >> 8 & 255).\(value & 255)/\(prefixLength)"
        }
        let groups = (0..<8).map { index -> String in
            let word = index < 4 ? address.high >> (48 - 16 * UInt64(index)) : address.low >> (48 - 16 * UInt64(index - 4))
            return String(word & 0xFFFF, radix: 16)
        }
        return groups.joined(separator: ":") + "/\(prefixLength)"
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
