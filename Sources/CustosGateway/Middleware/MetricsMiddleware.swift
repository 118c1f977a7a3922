// SPDX-License-Identifier: Apache-2.0

import Hummingbird

/// Counts requests by route template and status, and times them to the response head.
///
/// It sits outside ``ErrorMiddleware``, so it sees the final status of failed requests too.
struct MetricsMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext
    let metrics: GatewayMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let response = try await next(request, context)
        let route = context.endpointPath ?? "unmatched"
        metrics.request(route: route, status: Int(response.status.code), duration: .now - started)
        return response
    }
}
