// SPDX-License-Identifier: Apache-2.0

import CustosLedger
import Foundation
import Logging
import ServiceLifecycle

/// The gateway's side of the ledger: appends records (failing closed) and publishes checkpoints.
///
/// - ``record(_:)`` returns only once the record is durable; if it cannot be, it throws the 503
///   the caller must answer with, and the caller forwards nothing.
/// - As a lifecycle service it signs a checkpoint at least every `checkpoint_interval` while
///   records arrive, and a last one on graceful shutdown, after the HTTP server has drained (the
///   service group stops services in reverse order, the server first).
final class AuditLedger: Service, Sendable {
    let sequencer: Sequencer
    /// Retained content of the tenants in ``retainingTenants``; `nil` when nobody retains.
    let content: ContentStore?
    let access: LedgerAccess
    private let retainingTenants: Set<String>
    private let lock: LedgerLock
    private let interval: Duration
    private let logger: Logger

    init(
        config: LedgerConfig,
        retainingTenants: Set<String>,
        environment: [String: String],
        metrics: GatewayMetrics,
        logger: Logger
    ) async throws {
        guard let keyText = try config.signingKey.resolve(environment: environment) else {
            throw ConfigError(file: "config", line: nil, column: nil, keyPath: "ledger.signing_key", problem: "no signing key")
        }
        let signer: NoteSignerKey
        do {
            signer = try NoteSignerKey(parsing: keyText)
        } catch {
            throw ConfigError(
                file: config.signingKey.location?.file ?? "config",
                line: config.signingKey.location?.line,
                column: config.signingKey.location?.column,
                keyPath: "ledger.signing_key",
                problem: "not a ledger signing key (\(error)); create one with `custos keys ledger-init`"
            )
        }
        guard signer.name == config.origin else {
            throw ConfigError(
                file: config.signingKey.location?.file ?? "config",
                line: config.signingKey.location?.line,
                column: config.signingKey.location?.column,
                keyPath: "ledger.signing_key",
                problem: "the key is named `\(signer.name)` but the ledger origin is `\(config.origin)`; they must match"
            )
        }
        try FileManager.default.createDirectory(
            at: URL(fileURLWithPath: config.sqlitePath).deletingLastPathComponent(),
            withIntermediateDirectories: true
        )
        if let retention = config.content {
            self.content = try retention.openStore(environment: environment)
        } else {
            self.content = nil
        }
        self.retainingTenants = config.content == nil ? [] : retainingTenants
        self.access = config.access
        self.lock = try LedgerLock(ledgerPath: config.sqlitePath)
        let storage = try SQLiteLedgerStorage(path: config.sqlitePath)
        self.sequencer = try await Sequencer(storage: storage, signer: signer, origin: config.origin, commitTimeout: config.commitTimeout) {
            entries,
            duration in
            metrics.ledgerCommit(entries: entries, duration: duration)
        }
        self.interval = config.checkpointInterval
        self.logger = logger
    }

    /// Seals and stores one body of `call` if its tenant retains content; returns what the
    /// record must commit to, or `nil` when the tenant does not retain. Throws the 503 to answer
    /// with when retention is on and the content cannot be made durable.
    func retain(_ body: [UInt8], of call: CallFacts, part: ContentPart) async throws(GatewayError) -> ContentCommitment? {
        guard let content, retainsContent(of: call), let tenant = call.principal?.tenant else { return nil }
        do {
            return try await content.retain(body, tenant: tenant, requestID: call.requestID, part: part)
        } catch {
            throw .contentStoreUnavailable("\(error)")
        }
    }

    /// Whether the caller's tenant retains content.
    func retainsContent(of call: CallFacts) -> Bool {
        guard let tenant = call.principal?.tenant else { return false }
        return retainingTenants.contains(tenant)
    }

    /// Retains an answer (`nil`: the tenant retains but this answer was not kept, see `omitted`).
    func retainResponse(_ body: [UInt8]?, of call: CallFacts, omitted: String = "") async throws(GatewayError) -> RetainedResponse {
        guard retainsContent(of: call) else { return .notRetained }
        guard let body else { return .omitted(omitted) }
        return try await retain(body, of: call, part: .response).map(RetainedResponse.retained) ?? .notRetained
    }

    /// Appends `record`; returns its ledger index once durable.
    @discardableResult
    func record(_ record: LedgerValue) async throws(GatewayError) -> UInt64 {
        let bytes: [UInt8]
        do {
            bytes = try CanonicalJSON.encode(record)
        } catch {
            throw .internalError("audit record not encodable: \(error)")
        }
        do {
            return try await sequencer.append(bytes)
        } catch {
            throw .ledgerUnavailable("\(error)")
        }
    }

    /// What keeps the ledger from recording, for readiness: the sequencer stopped or a commit
    /// stalled (``Sequencer/unavailability``), or the store does not answer. `nil` when it can record.
    func unavailability() async -> String? {
        if let problem = sequencer.unavailability { return "\(problem)" }
        do {
            _ = try await sequencer.storedSize()
            return nil
        } catch {
            return "ledger storage unreadable: \(error)"
        }
    }

    func run() async throws {
        var signedSize: UInt64? = await sequencer.size
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: self.interval) }
            } catch {
                break
            }
            signedSize = await publishIfGrown(since: signedSize)
        }
        _ = await publishIfGrown(since: signedSize, force: true)
    }

    private func publishIfGrown(since signedSize: UInt64?, force: Bool = false) async -> UInt64? {
        let size = await sequencer.size
        guard force || size != signedSize else { return signedSize }
        do {
            _ = try await sequencer.publishCheckpoint()
            return size
        } catch {
            logger.error("cannot publish a ledger checkpoint", metadata: ["error": "\(error)"])
            return signedSize
        }
    }
}
