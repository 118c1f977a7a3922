// SPDX-License-Identifier: Apache-2.0

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on `<ledger>.lock`, held for the life of the process.
///
/// One SQLite ledger has exactly one sequencer. A second gateway process on the same file would
/// append entries the first never acknowledged; the first would then stop (fail closed) and every
/// call would get 503. Taking this lock at start turns that into a clear refusal to start. (Several
/// replicas share a ledger through PostgreSQL, where a sequencer is elected, not through SQLite.)
final class LedgerLock: Sendable {
    private let descriptor: Int32

    struct Held: Error, CustomStringConvertible {
        let path: String
        var description: String { "another custos process is using the ledger (lock `\(path)` is held); one SQLite ledger takes one gateway" }
    }

    init(ledgerPath: String) throws {
        let path = ledgerPath + ".lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Held(path: path) }
        // flock locks belong to the open file description: released when the process exits.
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw Held(path: path)
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
