// SPDX-License-Identifier: Apache-2.0

import Hummingbird
import Logging
import NIOCore

/// Liveness, readiness and metrics for the platform that runs Custos.
///
/// - `GET /healthz`: 200 while the process serves HTTP.
/// - `GET /readyz`: 200 when the configuration is loaded and storage answers a query; 503 with
///   the failing check otherwise, so a load balancer stops sending traffic.
/// - `GET /metrics`: Prometheus text format.
struct OperationsRoutes: Sendable {
    let keys: APIKeyStore
    let metrics: GatewayMetrics

    func register(on router: Router<GatewayRequestContext>) {
        router.get("/healthz") { _, _ in
            JSONResponse.make(status: .ok, body: Array(#"{"status":"ok"}"#.utf8))
        }
        router.get("/readyz") { _, context in
            do {
                try keys.checkReadable()
                return JSONResponse.make(status: .ok, body: Array(#"{"status":"ready","checks":{"config":"ok","storage":"ok"}}"#.utf8))
            } catch {
                context.logger.error("readiness check failed", metadata: ["error": "\(error)"])
                return JSONResponse.make(
                    status: .serviceUnavailable,
                    body: Array(#"{"status":"unavailable","checks":{"config":"ok","storage":"failed"}}"#.utf8)
                )
            }
        }
        router.get("/metrics") { _, _ in
            let text = metrics.render()
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: text))
            )
        }
    }
}
