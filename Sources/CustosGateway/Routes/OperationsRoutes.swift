// SPDX-License-Identifier: Apache-2.0

import Crypto
import Hummingbird
import Logging
import NIOCore

/// Liveness, readiness and metrics for the platform that runs Custos.
///
/// - `GET /healthz`: 200 while the process serves HTTP.
/// - `GET /readyz`: 200 when the configuration is loaded, the key storage answers a query and the
///   ledger can record (its sequencer has not stopped, its store answers); 503 with the failing
///   check otherwise, so a load balancer stops sending traffic.
/// - `GET /metrics`: Prometheus text format; with `server.metrics_token`, only for a bearer of that
///   secret (compared in constant time), 401 otherwise.
struct OperationsRoutes: Sendable {
    let keys: APIKeyStore
    let metrics: GatewayMetrics
    let ledger: AuditLedger
    /// SHA-256 of `server.metrics_token`; `nil` leaves `/metrics` open. Comparing digests keeps
    /// the comparison's time independent of the token's length and content.
    let metricsTokenDigest: [UInt8]?

    static func digest(_ secret: String) -> [UInt8] { Array(SHA256.hash(data: Array(secret.utf8))) }

    func register(on router: Router<GatewayRequestContext>) {
        router.get("/healthz") { _, _ in
            JSONResponse.make(status: .ok, body: Array(#"{"status":"ok"}"#.utf8))
        }
        router.get("/readyz") { _, context in
            var storage = "ok"
            do { try keys.checkReadable() } catch {
                context.logger.error("readiness check failed: key storage", metadata: ["error": "\(error)"])
                storage = "failed"
            }
            // A ledger that cannot record makes every call fail closed (503): not ready.
            var ledgerCheck = "ok"
            if let problem = await ledger.unavailability() {
                context.logger.error("readiness check failed: ledger", metadata: ["error": "\(problem)"])
                ledgerCheck = "failed"
            }
            let ready = storage == "ok" && ledgerCheck == "ok"
            let body =
                #"{"status":"\#(ready ? "ready" : "unavailable")","checks":{"config":"ok","storage":"\#(storage)","ledger":"\#(ledgerCheck)"}}"#
            return JSONResponse.make(status: ready ? .ok : .serviceUnavailable, body: Array(body.utf8))
        }
        router.get("/metrics") { request, _ in
            if let metricsTokenDigest {
                let presented = request.headers[.authorization].flatMap(Authenticator.bearerCredential)
                guard let presented, constantTimeEqual(Self.digest(presented), metricsTokenDigest) else {
                    throw GatewayError(
                        status: .unauthorized,
                        type: "invalid_request_error",
                        code: presented == nil ? "missing_api_key" : "invalid_api_key",
                        message: "Metrics need `Authorization: Bearer <server.metrics_token>`.",
                        extraHeaders: [.wwwAuthenticate: "Bearer realm=\"custos-metrics\""]
                    )
                }
            }
            let text = metrics.render()
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: text))
            )
        }
    }
}
