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

    func mask(_ kind: SensitiveKind, _ value: ArraySlice<UInt8>) -> [UInt8] {
        var stream: [UInt8] = []
        var block: UInt8 = 0
        while stream.count < value.count {
            let message = [block] + Array(kind.rawValue.utf8) + [0] + Array(value)
            stream += Array(HMAC<SHA256>.authenticationCode(for: message, using: key))
            block &+= 1
        }
        return Redaction.formatPreserving(value, stream: stream)
    }
}
