// SPDX-License-Identifier: Apache-2.0

import Crypto
import CustosGuard

/// Keyed, format-preserving masks for the `mask` action: a value is replaced by a string of the
/// same shape (`391-88-3549` → `527-14-0963`) drawn from HMAC-SHA256 under a key derived per
/// tenant from `guard.mask_key`. The same value always gets the same mask within a tenant (so an
/// answer that repeats it stays coherent) and a different one in another tenant; without the key
/// a mask cannot be linked back to its value.
struct ValueMasker: Sendable {
    private let master: SymmetricKey

    init(secret: String) {
        master = SymmetricKey(data: SHA256.hash(data: Array("custos-mask-key-v1\u{0}".utf8) + Array(secret.utf8)))
    }

    /// The masker of one tenant.
    func forTenant(_ tenant: String) -> TenantMasker {
        let key = SymmetricKey(data: HMAC<SHA256>.authenticationCode(for: Array("tenant\u{0}\(tenant)".utf8), using: master))
        return TenantMasker(key: key)
    }
}

/// The masks of one tenant's values.
struct TenantMasker: Sendable {
    let key: SymmetricKey

    /// The mask of `value`. The first 32 bytes of randomness are HMAC(kind, value); longer
    /// values (tokens, private keys) continue with HMAC over that block and a counter, so the
    /// cost grows with the value and no stretch of the mask repeats another.
    func mask(_ kind: SensitiveKind, _ value: ArraySlice<UInt8>) -> [UInt8] {
        let first = Array(HMAC<SHA256>.authenticationCode(for: [0] + Array(kind.rawValue.utf8) + [0] + Array(value), using: key))
        var stream = first
        stream.reserveCapacity(value.count + 32)
        var counter: UInt32 = 1
        while stream.count < value.count {
            let message = first + withUnsafeBytes(of: counter.bigEndian, Array.init)
            stream += Array(HMAC<SHA256>.authenticationCode(for: message, using: key))
            counter += 1
        }
        return Redaction.formatPreserving(value, stream: stream)
    }
}
