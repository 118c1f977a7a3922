// SPDX-License-Identifier: Apache-2.0

import CustosLedger
import HTTPTypes
import Hummingbird
import NIOCore

/// The audit ledger served as a C2SP tlog-tiles log, for auditors (principals the policy lets
/// do `Action::"readLedger"`: in the default set, those with the `auditor` role) or, with
/// `ledger.access: public`, for anyone, so any tlog-tiles client can verify it
/// without Custos code:
///
/// - `GET /ledger/checkpoint`: the newest signed checkpoint (`text/plain`).
/// - `GET /ledger/tile/<L>/<N>[.p/<W>]`: hash tiles.
/// - `GET /ledger/tile/entries/<N>[.p/<W>]`: entry bundles (the canonical JSON records).
/// - `GET /ledger/proof/inclusion?index=&size=`, `GET /ledger/proof/consistency?from=&to=`: RFC 9162
///   proofs as JSON (`{"leaf_index", "tree_size", "hashes": [base64...]}`), for clients that do not
///   fetch tiles.
/// - `GET /ledger/entries/{index}`: one record's canonical JSON.
/// - `GET /ledger/content/{request_id}/{request|response}`: retained content, sealed (AES-256-GCM,
///   `nonce || ciphertext || tag`), for auditors of the same tenant only, whatever `access` says.
///   Every authenticated attempt, served or refused, is itself recorded (a CONTENT_READ record)
///   before the answer goes out; if that record cannot be made durable the content is not served.
///
/// Tiles and bundles are immutable once their path exists ("This endpoint is immutable, so its
/// caching headers SHOULD be long-lived"); the checkpoint is not.
struct LedgerRoutes: Sendable {
    let authenticator: Authenticator
    let policy: PolicyDecisionPoint
    let ledger: AuditLedger
    /// This gateway's instance id, for the records of content reads.
    let instanceID: String

    func register(on router: Router<GatewayRequestContext>) {
        router.get("/ledger/checkpoint") { request, context in
            try await authorize(request, context)
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
        router.get("/ledger/proof/inclusion") { request, context in
            try await authorize(request, context)
            let index = try Self.number(request, "index")
            let size = try Self.number(request, "size")
            let proof: InclusionProof
            do { proof = try await ledger.sequencer.inclusionProof(index: index, treeSize: size) } catch { throw Self.badProof(error) }
            return Self.proofResponse(["leaf_index": "\(index)", "tree_size": "\(size)"], proof.hashes)
        }
        router.get("/ledger/proof/consistency") { request, context in
            try await authorize(request, context)
            let from = try Self.number(request, "from")
            let to = try Self.number(request, "to")
            let proof: ConsistencyProof
            do { proof = try await ledger.sequencer.consistencyProof(firstSize: from, secondSize: to) } catch { throw Self.badProof(error) }
            return Self.proofResponse(["first_size": "\(from)", "second_size": "\(to)"], proof.hashes)
        }
        router.get("/ledger/entries/:index") { request, context in
            try await authorize(request, context)
            guard let text = context.parameters.get("index"), let index = UInt64(text), let entry = try await ledger.sequencer.entry(at: index) else {
                throw Self.notFound("entries/\(context.parameters.get("index") ?? "")")
            }
            return JSONResponse.make(status: .ok, body: entry)
        }
        router.get("/ledger/content/:requestID/:part") { request, context in
            let principal = try await authenticator.authenticate(request, context)
            let requestID = context.parameters.get("requestID") ?? ""
            let part = context.parameters.get("part") ?? ""
            let sealed: (tenant: String, keyID: String, sealed: [UInt8])
            do {
                sealed = try await retained(requestID: requestID, part: part, for: principal)
            } catch let refusal as GatewayError {
                try await recordRead(
                    request,
                    context,
                    principal,
                    requestID: requestID,
                    part: part,
                    status: refusal.status,
                    outcome: refusal.code ?? refusal.type
                )
                throw refusal
            }
            // Recorded before a byte of it is sent; if the record cannot be made durable, nothing is.
            try await recordRead(request, context, principal, requestID: requestID, part: part, status: .ok, outcome: "served")
            return Response(
                status: .ok,
                headers: [
                    .contentType: "application/octet-stream", .cacheControl: "no-store",
                    HTTPField.Name("custos-content-key-id")!: sealed.keyID, HTTPField.Name("custos-content-tenant")!: sealed.tenant,
                ],
                body: .init(byteBuffer: ByteBuffer(bytes: sealed.sealed))
            )
        }
        router.get("/ledger/tile/**") { request, context in
            try await authorize(request, context)
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

    /// The sealed body an auditor asked for, or the refusal: not an auditor (403), no such
    /// content (404), another tenant's (403).
    private func retained(requestID: String, part partName: String, for principal: Principal) async throws -> (
        tenant: String, keyID: String, sealed: [UInt8]
    ) {
        guard policy.mayReadLedger(principal) else { throw GatewayError.ledgerForbidden() }
        guard let store = ledger.content else { throw Self.noContent("This gateway retains no content.") }
        guard !requestID.isEmpty, let part = ContentPart(rawValue: partName) else {
            throw Self.noContent("Ask for `/ledger/content/{request_id}/request` or `.../response`.")
        }
        guard let found = try await store.sealed(requestID: requestID, part: part) else {
            throw Self.noContent("No retained \(part.rawValue) for request \(requestID) (not retained, or not this ledger's).")
        }
        guard found.tenant == principal.tenant else {
            throw GatewayError(
                status: .forbidden,
                type: "permission_error",
                code: "other_tenant_content",
                message: "Auditors read the retained content of their own tenant only."
            )
        }
        return found
    }

    /// Appends the CONTENT_READ record of one attempt; throws the 503 to answer with if it cannot.
    private func recordRead(
        _ request: Request,
        _ context: GatewayRequestContext,
        _ principal: Principal,
        requestID: String,
        part: String,
        status: HTTPResponse.Status,
        outcome: String
    ) async throws {
        try await ledger.record(
            AuditRecord.contentRead(
                AuditRecord.PrincipalAction(
                    requestID: context.id,
                    instance: instanceID,
                    sourceAddress: context.remoteAddress,
                    principal: principal,
                    policySet: policy.policies.digest
                ),
                endpoint: request.uri.path,
                content: (requestID, part),
                status: Int(status.code),
                outcome: outcome
            )
        )
    }

    /// The log itself: public, or auditors only, as configured.
    private func authorize(_ request: Request, _ context: GatewayRequestContext) async throws {
        guard ledger.access != .public else { return }
        _ = try await authenticateAuditor(request, context)
    }

    private func authenticateAuditor(_ request: Request, _ context: GatewayRequestContext) async throws -> Principal {
        let principal = try await authenticator.authenticate(request, context)
        guard policy.mayReadLedger(principal) else { throw GatewayError.ledgerForbidden() }
        return principal
    }

    static func noContent(_ message: String) -> GatewayError {
        GatewayError(status: .notFound, type: "invalid_request_error", code: "no_such_content", message: message)
    }

    static func number(_ request: Request, _ name: String) throws -> UInt64 {
        guard let text = request.uri.queryParameters.get(name), let value = UInt64(text) else {
            throw GatewayError.badRequest("Give `\(name)` as a non-negative integer.", param: name)
        }
        return value
    }

    static func badProof(_ error: any Error) -> GatewayError {
        GatewayError.badRequest("No such proof in this ledger: \(error).", code: "no_such_proof")
    }

    static func proofResponse(_ fields: [String: String], _ hashes: [Digest]) -> Response {
        let members = fields.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value)" }
        let list = hashes.map { "\"\($0.base64)\"" }.joined(separator: ",")
        return JSONResponse.make(status: .ok, body: Array("{\(members.joined(separator: ",")),\"hashes\":[\(list)]}".utf8))
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
