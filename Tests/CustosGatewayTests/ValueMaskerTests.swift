// SPDX-License-Identifier: Apache-2.0

import CustosGuard
import Testing

@testable import CustosGateway

/// Masks keep a value's shape, are stable within a tenant and differ across tenants, however
/// long the value.
struct ValueMaskerTests {
    static let masker = ValueMasker(secret: "test-mask-secret")

    @Test func aMaskKeepsTheShapeAndIsStableWithinATenant() {
        let ssn = Array("391-88-3549".utf8)
        let first = Self.masker.forTenant("dhs").mask(.usSSN, ssn[...])
        #expect(first == Self.masker.forTenant("dhs").mask(.usSSN, ssn[...]))
        #expect(first != ssn)
        #expect(first.count == ssn.count && first[3] == UInt8(ascii: "-") && first[6] == UInt8(ascii: "-"))
        #expect(first.enumerated().allSatisfy { $0.offset == 3 || $0.offset == 6 || ($0.element >= 0x30 && $0.element <= 0x39) })
        #expect(Self.masker.forTenant("doe").mask(.usSSN, ssn[...]) != first)
        #expect(ValueMasker(secret: "another-secret").forTenant("dhs").mask(.usSSN, ssn[...]) != first)
    }

    @Test func aLongValuesMaskDoesNotRepeatItself() {
        // A private key's body can run to kilobytes; equal halves must not get equal masks.
        let half = [UInt8](repeating: UInt8(ascii: "A"), count: 8192)
        let mask = Self.masker.forTenant("dhs").mask(.privateKey, (half + half)[...])
        #expect(mask.count == 2 * half.count)
        #expect(mask[..<half.count] != mask[half.count...])
        #expect(mask.allSatisfy { $0 >= 0x41 && $0 <= 0x5A })
        // Fairly spread: every capital letter appears.
        #expect(Set(mask).count == 26)
    }
}
