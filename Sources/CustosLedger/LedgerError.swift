// SPDX-License-Identifier: Apache-2.0

/// Why the ledger could not record something. Every case means the entry is NOT recorded; the
/// gateway answers 503 (with `Retry-After`) and sends nothing upstream.
public enum LedgerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The storage did not commit the batch; the sequencer remains usable.
    case notDurable(String)
    /// The storage is in a state the sequencer cannot explain; it refuses all appends until
    /// restarted (and reloaded from storage).
    case inconsistentStorage(String)

    public var description: String {
        switch self {
        case .notDurable(let detail): "ledger entry not durable: \(detail)"
        case .inconsistentStorage(let detail): "ledger stopped: \(detail)"
        }
    }
}
