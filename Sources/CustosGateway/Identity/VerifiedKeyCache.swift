// SPDX-License-Identifier: Apache-2.0

import Foundation
import Synchronization

/// Remembers, for a short time, which key digests the database confirmed, so most requests skip
/// the SQLite lookup (measured at about a sixth of a proxied call's CPU; BENCHMARKS.md).
///
/// Guarantees:
/// - Only keys the store confirmed are cached; unknown digests always go to the database, so a
///   caller spraying random keys cannot fill the cache.
/// - An entry is used for at most ``lifetime``; a revocation made by another process (the CLI,
///   another replica) is therefore seen within that time. Expiry is checked on every use against
///   the record's own `expiresAt`, so an expiring key stops at its exact second.
/// - At most ``capacity`` entries; when full, the cache is emptied rather than grown.
final class VerifiedKeyCache: Sendable {
    /// How long a confirmation is trusted. Zero disables the cache.
    let lifetime: Duration
    let capacity: Int

    private struct Entry {
        let record: APIKeyRecord
        let verifiedAt: ContinuousClock.Instant
    }

    private let entries = Mutex<[Data: Entry]>([:])

    init(lifetime: Duration, capacity: Int = 10_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The cached record for `digest`, if it was confirmed less than ``lifetime`` ago.
    func record(for digest: Data, now: ContinuousClock.Instant = .now) -> APIKeyRecord? {
        guard lifetime > .zero else { return nil }
        return entries.withLock { entries in
            guard let entry = entries[digest] else { return nil }
            guard now - entry.verifiedAt < lifetime else {
                entries[digest] = nil
                return nil
            }
            return entry.record
        }
    }

    /// Remembers that the database confirmed `record` for `digest`.
    func remember(_ record: APIKeyRecord, for digest: Data, now: ContinuousClock.Instant = .now) {
        guard lifetime > .zero else { return }
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[digest] = Entry(record: record, verifiedAt: now)
        }
    }

    /// Forgets `digest` at once (a revocation made through this process).
    func forget(_ digest: Data) {
        _ = entries.withLock { $0.removeValue(forKey: digest) }
    }
}
