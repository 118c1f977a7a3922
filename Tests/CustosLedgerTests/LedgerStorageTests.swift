// SPDX-License-Identifier: Apache-2.0

import Foundation
import GRDB
import Testing

@testable import CustosLedger

/// The storage contract, run against every backend (PostgreSQL joins this list when it lands).
struct LedgerStorageTests {
    enum Backend: String, CaseIterable {
        case sqlite
        case sqliteThroughFaultWrapper
    }

    static func make(_ backend: Backend, path: String = TemporaryLedger.path()) throws -> any LedgerStorage {
        switch backend {
        case .sqlite: try SQLiteLedgerStorage(path: path)
        case .sqliteThroughFaultWrapper: FaultyStorage(inner: try SQLiteLedgerStorage(path: path))
        }
    }

    static func entries(_ range: Range<Int>) -> [StoredEntry] { range.map { StoredEntry(data: Array("entry \($0)".utf8)) } }

    @Test(arguments: Backend.allCases)
    func appendsDenselyAndReadsBack(_ backend: Backend) async throws {
        let storage = try Self.make(backend)
        #expect(try await storage.size() == 0)
        try storage.append(Self.entries(0..<3), startingAt: 0)
        try storage.append(Self.entries(3..<5), startingAt: 3)
        #expect(try await storage.size() == 5)
        let rows = try await storage.entries(in: 1..<4)
        #expect(rows.map(\.index) == [1, 2, 3])
        #expect(rows.map(\.data) == Self.entries(1..<4).map(\.data))
        #expect(rows.allSatisfy { $0.isIntact })
        #expect(try await storage.leafHashes(in: 0..<5) == Self.entries(0..<5).map(\.leafHash))
    }

    @Test(arguments: Backend.allCases)
    func refusesAppendsAtTheWrongIndex(_ backend: Backend) async throws {
        let storage = try Self.make(backend)
        try storage.append(Self.entries(0..<2), startingAt: 0)
        #expect(throws: LedgerStorageError.sizeMismatch(expected: 1, actual: 2)) {
            try storage.append(Self.entries(1..<2), startingAt: 1)
        }
        #expect(throws: LedgerStorageError.sizeMismatch(expected: 5, actual: 2)) {
            try storage.append(Self.entries(5..<6), startingAt: 5)
        }
        #expect(try await storage.size() == 2)
    }

    @Test(arguments: Backend.allCases)
    func survivesReopening(_ backend: Backend) async throws {
        let path = TemporaryLedger.path()
        do {
            let storage = try Self.make(backend, path: path)
            try storage.append(Self.entries(0..<4), startingAt: 0)
            try await storage.storeCheckpoint("note 4\n", treeSize: 4)
            try await storage.storeCheckpoint("note 2\n", treeSize: 2)
        }
        let reopened = try Self.make(backend, path: path)
        #expect(try await reopened.size() == 4)
        let latest = try await reopened.latestCheckpoint()
        #expect(latest?.treeSize == 4)
        #expect(latest?.note == "note 4\n")
    }

    @Test func returnsRowsAsStoredAndRefusesToRebuildOverAGap() async throws {
        let path = TemporaryLedger.path()
        let storage = try SQLiteLedgerStorage(path: path)
        try storage.append(Self.entries(0..<4), startingAt: 0)
        // An insider with database access edits one record and deletes another.
        let raw = try DatabaseQueue(path: path)
        try await raw.write { db in
            try db.execute(sql: "UPDATE ledger_entries SET data = X'00' WHERE idx = 1")
            try db.execute(sql: "DELETE FROM ledger_entries WHERE idx = 2")
        }
        let rows = try await storage.entries(in: 0..<4)
        #expect(rows.map(\.index) == [0, 1, 3])
        #expect(rows.map(\.isIntact) == [true, false, true])
        await #expect(throws: LedgerStorageError.missing(index: 2)) { try await storage.leafHashes(in: 0..<4) }
    }

    @Test(arguments: Backend.allCases)
    func listsEveryCheckpointSmallestFirst(_ backend: Backend) async throws {
        let storage = try Self.make(backend)
        try await storage.storeCheckpoint("note 4\n", treeSize: 4)
        try await storage.storeCheckpoint("note 2\n", treeSize: 2)
        #expect(try await storage.checkpoints().map(\.treeSize) == [2, 4])
    }

    @Test func auditingOpensOnlyAnExistingLedgerAndNeverWrites() async throws {
        let missing = TemporaryLedger.path()
        #expect(throws: LedgerStorageError.noSuchFile(missing)) { try SQLiteLedgerStorage(auditing: missing) }
        let path = TemporaryLedger.path()
        try SQLiteLedgerStorage(path: path).append(Self.entries(0..<2), startingAt: 0)
        let audited = try SQLiteLedgerStorage(auditing: path)
        #expect(try await audited.size() == 2)
        #expect(throws: (any Error).self) { try audited.append(Self.entries(2..<3), startingAt: 2) }
        #expect(try await SQLiteLedgerStorage(path: path).size() == 2)
    }
}
