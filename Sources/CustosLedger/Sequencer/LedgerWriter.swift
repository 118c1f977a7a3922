// SPDX-License-Identifier: Apache-2.0

import Foundation
import Synchronization

/// The sequencer's group-commit writer: one thread of its own that takes every entry waiting,
/// commits them to storage in one blocking call, extends the durable tree, and resumes the
/// waiting callers itself.
///
/// Guarantees:
/// - A caller is resumed with an index only after the storage committed its entry, and after the
///   tree includes it (so a checkpoint signed after `append` returns covers the entry).
/// - Entries that arrive while a commit is in progress go together in the next one (group
///   commit), up to `maximumBatch` per storage transaction.
/// - A failed commit is resolved before anything else is written: a batch that persisted anyway
///   is acknowledged, one that did not is failed, and a store that moved in a way this writer
///   did not cause stops the writer for good (every waiting and later entry fails).
/// - A commit that has not returned after `commitTimeout` (a disk that stalls rather than fails)
///   fails its callers and everyone waiting with ``LedgerError/notDurable(_:)``, and every new
///   entry at once, until the commit returns; what it wrote is then part of the tree as usual
///   (its callers were told "not recorded", which only errs on the side of refusing).
///
/// Why a thread rather than a task: a durable commit blocks on the disk's flush. On a thread of
/// its own it never holds up an event loop, and a lone request pays one wake-up each way (caller
/// to writer, writer to caller) instead of the four an actor hop, a spawned task and an
/// asynchronous database queue cost (measured in BENCHMARKS.md).
final class LedgerWriter: Sendable {
    typealias Waiter = CheckedContinuation<UInt64, any Error>

    private struct Waiting {
        let entry: StoredEntry
        let waiter: Waiter
    }

    /// What only the submitting callers, the writer thread and the stall watchdog touch, under
    /// ``queue``'s lock.
    private struct Queue {
        var waiting: [Waiting] = []
        var fatal: LedgerError?
        var stopping = false
        /// The batch being committed, until the commit returns or the watchdog gives up on it.
        var inFlight: [Waiting] = []
        var inFlightSince: ContinuousClock.Instant?
        /// Set by the watchdog: the in-flight callers were already failed.
        var abandoned = false
    }

    private let storage: any LedgerStorage
    private let maximumBatch: Int
    private let observer: Sequencer.CommitObserver?
    /// The tree as durably stored: extended only by the writer thread, read by anyone.
    private let tree: Mutex<MerkleTree>
    private let queue: ConditionProtected<Queue>
    /// Signalled when the thread has returned.
    private let finished: DispatchSemaphore
    /// Gives up on a commit that has not returned after this long.
    private let commitTimeout: Duration
    private let watchdog: Watchdog

    init(storage: any LedgerStorage, tree: MerkleTree, maximumBatch: Int, commitTimeout: Duration, observer: Sequencer.CommitObserver?) {
        self.storage = storage
        self.maximumBatch = max(1, maximumBatch)
        self.observer = observer
        self.tree = Mutex(tree)
        self.queue = ConditionProtected(Queue())
        self.commitTimeout = commitTimeout
        // Checks a few times per timeout (at most once a second); costs nothing per entry.
        let watchdog = Watchdog(period: min(commitTimeout / 4, .seconds(1)))
        self.watchdog = watchdog
        let finished = DispatchSemaphore(value: 0)
        self.finished = finished
        // The thread holds the writer only while it runs, so once `stop()` has returned the
        // owner's reference is the last one and the storage closes when the owner lets go.
        let thread = Thread { [weak self] in
            // Named from inside: on Linux that is what names the OS thread (for top, perf).
            Thread.current.name = "custos-ledger"
            self?.runUntilStopped()
            finished.signal()
        }
        thread.start()
        watchdog.start { [weak self] in self?.abandonStalledCommit() }
    }

    /// Reads the durable tree.
    func withTree<Result: Sendable, Failure: Error>(_ body: (MerkleTree) throws(Failure) -> Result) throws(Failure) -> Result {
        try tree.withLock { (tree) throws(Failure) -> Result in try body(tree) }
    }

    /// Number of durable entries.
    var treeSize: UInt64 { tree.withLock { $0.size } }

    /// Why the writer stopped, if it did.
    var fatal: LedgerError? { queue.withLock { $0.fatal } }

    /// Why entries are refused right now: the writer stopped, or a commit has stalled.
    var unavailability: LedgerError? {
        queue.withLock { queue in queue.fatal ?? (queue.abandoned ? Self.stalled(commitTimeout) : nil) }
    }

    private static func stalled(_ timeout: Duration) -> LedgerError {
        .notDurable("the ledger's storage has not finished a commit within \(timeout); entries are refused until it does")
    }

    /// Queues `entry`; `waiter` is resumed with its index once durable, or with the error.
    func submit(_ entry: StoredEntry, waiter: Waiter) {
        let timeout = commitTimeout
        let refusal: LedgerError? = queue.withLockSignalling { queue in
            if let fatal = queue.fatal { return (fatal, false) }
            if queue.abandoned { return (Self.stalled(timeout), false) }
            queue.waiting.append(Waiting(entry: entry, waiter: waiter))
            return (nil, true)
        }
        if let refusal { waiter.resume(throwing: refusal) }
    }

    /// Lets the thread finish what waits and return, and waits for it. Called when the sequencer
    /// goes away (never from the writer thread).
    func stop() {
        queue.withLockSignalling { queue in
            queue.stopping = true
            return ((), true)
        }
        watchdog.stop()
        finished.wait()
    }

    /// Runs on the watchdog's timer: fails the callers of a commit older than the timeout, and
    /// everyone queued behind it (they would wait for the same disk).
    private func abandonStalledCommit() {
        let timeout = commitTimeout
        let victims: [Waiting] = queue.withLock { queue in
            guard let since = queue.inFlightSince, !queue.abandoned, ContinuousClock.now - since > timeout else { return [] }
            queue.abandoned = true
            defer { queue.waiting.removeAll() }
            return queue.inFlight + queue.waiting
        }
        for item in victims { item.waiter.resume(throwing: Self.stalled(timeout)) }
    }

    // MARK: - The writer thread

    private func runUntilStopped() {
        while let batch = nextBatch() {
            commit(batch)
        }
    }

    /// Blocks until entries wait (or the writer is stopping with none left: `nil`).
    private func nextBatch() -> [Waiting]? {
        queue.waitUntil({ !$0.waiting.isEmpty || $0.stopping }) { queue in
            guard !queue.waiting.isEmpty else { return nil }
            let count = min(queue.waiting.count, maximumBatch)
            let batch = Array(queue.waiting.prefix(count))
            queue.waiting.removeFirst(count)
            return batch
        }
    }

    private func commit(_ batch: [Waiting]) {
        // Only this thread extends the tree, so its size is where this batch starts.
        let start = tree.withLock { $0.size }
        let entries = batch.map(\.entry)
        let started = ContinuousClock.now
        queue.withLock { queue in
            queue.inFlight = batch
            queue.inFlightSince = started
        }
        let outcome = Result { try storage.append(entries, startingAt: start) }
        // A failed commit is resolved (reading the store back) while still in flight, so the
        // watchdog covers a store that stalls on those reads too.
        let verdict: LedgerError?
        switch outcome {
        case .success:
            observer?(batch.count, .now - started)
            verdict = nil
        case .failure(let error):
            verdict = resolveFailure(of: batch, from: start, after: error)
        }
        // Whoever takes the batch out of flight resumes its callers: this thread, unless the
        // watchdog gave up on the commit first.
        let abandoned = queue.withLock { queue in
            defer { (queue.inFlight, queue.inFlightSince, queue.abandoned) = ([], nil, false) }
            return queue.abandoned
        }
        settle(batch, from: start, verdict: verdict, resuming: !abandoned)
    }

    private func acknowledge(_ batch: [Waiting], from start: UInt64, resuming: Bool = true) {
        // The batch is durable: the tree may include it, then its callers may proceed.
        tree.withLock { tree in
            for item in batch { tree.append(leafHash: item.entry.leafHash) }
        }
        guard resuming else { return }
        for (offset, item) in batch.enumerated() {
            item.waiter.resume(returning: start + UInt64(offset))
        }
    }

    /// A commit failed: finds out whether it persisted anyway (a crash-like failure after the
    /// commit: `nil`, the batch is durable), did not (``LedgerError/notDurable(_:)``), or the store
    /// is in a state this writer did not cause (``LedgerError/inconsistentStorage(_:)``).
    private func resolveFailure(of batch: [Waiting], from start: UInt64, after error: any Error) -> LedgerError? {
        let end = start + UInt64(batch.count)
        let hashes = batch.map(\.entry.leafHash)
        let storage = self.storage
        return Self.blocking {
            let stored = try await storage.size()
            if stored == start { return .notDurable("\(error)") }
            if stored == end, try await storage.leafHashes(in: start..<end) == hashes { return nil }
            return .inconsistentStorage("storage holds \(stored) entries after a failed append of \(start)..<\(end)")
        } ifUnreadable: { readError in
            .inconsistentStorage("cannot read storage after a failed append: \(readError)")
        }
    }

    /// Acts on a batch's verdict: durable (`nil`), not durable (this batch fails; the writer stays
    /// usable), or inconsistent (the writer stops for good). Callers already failed by the
    /// watchdog are not resumed again.
    private func settle(_ batch: [Waiting], from start: UInt64, verdict: LedgerError?, resuming: Bool) {
        let callers = resuming ? batch : []
        switch verdict {
        case nil:
            acknowledge(batch, from: start, resuming: resuming)
        case .notDurable(let reason)?:
            for item in callers { item.waiter.resume(throwing: LedgerError.notDurable(reason)) }
        case let fatal?:
            let stranded = queue.withLock { queue in
                queue.fatal = fatal
                defer { queue.waiting.removeAll() }
                return queue.waiting
            }
            for item in callers + stranded { item.waiter.resume(throwing: fatal) }
        }
    }

    /// Runs the storage's asynchronous reads from this thread and waits for them. Safe only
    /// because this thread is not one a task runs on; used only after a failed commit.
    private static func blocking(
        _ work: @escaping @Sendable () async throws -> LedgerError?,
        ifUnreadable: @escaping @Sendable (any Error) -> LedgerError
    ) -> LedgerError? {
        let done = DispatchSemaphore(value: 0)
        let result = Mutex<LedgerError??>(nil)
        Task {
            let verdict: LedgerError?
            do { verdict = try await work() } catch { verdict = ifUnreadable(error) }
            result.withLock { $0 = .some(verdict) }
            done.signal()
        }
        done.wait()
        return result.withLock { $0 } ?? nil
    }
}
