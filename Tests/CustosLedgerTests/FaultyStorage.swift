// SPDX-License-Identifier: Apache-2.0

import CustosTestSupport
import Foundation
import Synchronization

@testable import CustosLedger

/// Wraps a real storage and injects failures on request (after sunlight's test harness): a write
/// that fails without persisting, one that persists and still reports failure, and a foreign writer.
final class FaultyStorage: LedgerStorage {
    enum Fault: Sendable, Equatable {
        case failAndNotPersist, failButPersist
        /// The disk stalls this many seconds, then the write goes through.
        case stall(seconds: Double)
        /// The write fails without persisting, and the next read of the size stalls this long.
        case failThenStallReads(seconds: Double)
    }

    struct Injected: Error {}

    let inner: any LedgerStorage
    private let state = Mutex<(faults: [Fault], appendCalls: Int, batchSizes: [Int], stallNextRead: Double)>(([], 0, [], 0))

    init(inner: any LedgerStorage) {
        self.inner = inner
    }

    func inject(_ fault: Fault) { state.withLock { $0.faults.append(fault) } }
    var appendCalls: Int { state.withLock { $0.appendCalls } }
    var batchSizes: [Int] { state.withLock { $0.batchSizes } }

    func size() async throws -> UInt64 {
        let stall = state.withLock { state in
            defer { state.stallNextRead = 0 }
            return state.stallNextRead
        }
        if stall > 0 { try await Task.sleep(for: .seconds(stall)) }
        return try await inner.size()
    }

    func append(_ entries: [StoredEntry], startingAt index: UInt64) throws {
        let fault: Fault? = state.withLock { state in
            state.appendCalls += 1
            state.batchSizes.append(entries.count)
            return state.faults.isEmpty ? nil : state.faults.removeFirst()
        }
        switch fault {
        case .failAndNotPersist: throw Injected()
        case .failButPersist:
            try inner.append(entries, startingAt: index)
            throw Injected()
        case .failThenStallReads(let seconds):
            state.withLock { $0.stallNextRead = seconds }
            throw Injected()
        case .stall(let seconds):
            Thread.sleep(forTimeInterval: seconds)
            try inner.append(entries, startingAt: index)
        case nil: try inner.append(entries, startingAt: index)
        }
    }

    func leafHashes(in range: Range<UInt64>) async throws -> [Digest] { try await inner.leafHashes(in: range) }
    func entries(in range: Range<UInt64>) async throws -> [StoredRow] { try await inner.entries(in: range) }
    func storeCheckpoint(_ note: String, treeSize: UInt64) async throws { try await inner.storeCheckpoint(note, treeSize: treeSize) }
    func latestCheckpoint() async throws -> (treeSize: UInt64, note: String)? { try await inner.latestCheckpoint() }
    func checkpoints() async throws -> [(treeSize: UInt64, note: String)] { try await inner.checkpoints() }
}

enum TemporaryLedger {
    static func path() -> String {
        ScratchFolder.path("ledger.db")
    }
}
