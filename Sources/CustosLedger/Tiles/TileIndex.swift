// SPDX-License-Identifier: Apache-2.0

/// The `<N>` path encoding of c2sp.org/tlog-tiles: "a non-negative integer encoded into
/// zero-padded 3-digit path elements. All but the last path element MUST begin with an `x`. For
/// example, index 1234067 will be encoded as `x001/x234/067`."
enum TileIndex {
    static func encode(_ index: UInt64) -> String {
        var groups: [String] = []
        var rest = index
        repeat {
            let group = String(rest % 1000)
            groups.append(String(repeating: "0", count: 3 - group.count) + group)
            rest /= 1000
        } while rest > 0
        groups.reverse()
        return groups.enumerated().map { offset, group in offset < groups.count - 1 ? "x" + group : group }.joined(separator: "/")
    }

    /// Parses `x001/x234/067` strictly: three digits per element, `x` on all but the last.
    static func decode(_ text: Substring) -> UInt64? {
        let elements = text.split(separator: "/", omittingEmptySubsequences: false)
        // 20 decimal digits cover UInt64; more than 7 groups cannot be a valid index.
        guard !elements.isEmpty, elements.count <= 7 else { return nil }
        var value: UInt64 = 0
        for (offset, element) in elements.enumerated() {
            var digits = element
            if offset < elements.count - 1 {
                guard digits.first == "x" else { return nil }
                digits = digits.dropFirst()
            }
            guard digits.count == 3, digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                let group = UInt64(digits)
            else { return nil }
            let (scaled, overflow) = value.multipliedReportingOverflow(by: 1000)
            guard !overflow else { return nil }
            let (sum, overflowAdd) = scaled.addingReportingOverflow(group)
            guard !overflowAdd else { return nil }
            value = sum
        }
        return value
    }
}
