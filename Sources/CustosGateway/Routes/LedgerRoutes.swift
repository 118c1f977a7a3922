// SPDX-License-Identifier: Apache-2.0

import CustosLedger
import HTTPTypes
import Hummingbird
import NIOCore

/// The audit ledger served as a C2SP tlog-tiles log, for auditors (principals with the `auditor`
/// role), so any tlog-tiles client can verify it without Custos code:
///
/// - `GET /ledger/checkpoint`: the newest signed checkpoint (`text/plain`).
/// - `GET /ledger/tile/<L>/<N>[.p/<W>]`: hash tiles.
/// - `GET /ledger/tile/entries/<N>[.p/<W>]`: entry bundles (the canonical JSON records).
///
/// Tiles and bundles are immutable once their path exists ("This endpoint is immutable, so its
/// caching headers SHOULD be long-lived"); the checkpoint is not.
struct LedgerRoutes: Sendable {
    static let auditorRole = "auditor"

    let authenticator: Authenticator
    let ledger: AuditLedger

    func register(on router: Router<GatewayRequestContext>) {
        router.get("/ledger/checkpoint") { request, _ in
            try authorize(request)
            guard let note = try await ledger.sequencer.latestCheckpoint() else {
                throw GatewayError(
                    status: .notFound,
                    type: "invalid_request_error",
                    code: "no_checkpoint",
                    message: "The ledger has not signed a checkpoint yet."
                )
            }
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(string: note))
            )
        }
        router.get("/ledger/tile/**") { request, context in
            try authorize(request)
            let path = context.parameters.getCatchAll().joined(separator: "/")
            let bytes: [UInt8]?
            if path.hasPrefix("entries/") {
                guard let bundle = EntryBundleID(indexPath: Substring(path.dropFirst("entries/".count))) else { throw Self.notFound(path) }
                bytes = try await ledger.sequencer.entryBundle(bundle)
            } else {
                guard let tile = TileID(path: "tile/" + path) else { throw Self.notFound(path) }
                bytes = await ledger.sequencer.tileBytes(tile)
            }
            guard let bytes else { throw Self.notFound(path) }
            return Response(
                status: .ok,
                headers: [.contentType: "application/octet-stream", .cacheControl: "public, max-age=31536000, immutable"],
                body: .init(byteBuffer: ByteBuffer(bytes: bytes))
            )
        }
    }

    private func authorize(_ request: Request) throws {
        let principal = try authenticator.authenticate(authorization: request.headers[.authorization])
        guard principal.roles.contains(Self.auditorRole) else {
            throw GatewayError(
                status: .forbidden,
                type: "permission_error",
                code: "auditor_role_required",
                message: "Reading the audit ledger needs the `auditor` role."
            )
        }
    }

    static func notFound(_ path: String) -> GatewayError {
        GatewayError(
            status: .notFound,
            type: "invalid_request_error",
            code: "no_such_tile",
            message: "No tile or entry bundle `\(path)` in this ledger (yet)."
        )
    }
}
