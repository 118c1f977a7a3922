// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Reads a gateway's `/ledger` endpoints for the auditor commands, with an optional API key.
struct LedgerClient: Sendable {
    let base: String
    let apiKey: String?
    let client: HTTPClient

    init(url: String, apiKey: String?) {
        self.base = url.hasSuffix("/") ? String(url.dropLast()) : url
        self.apiKey = apiKey
        self.client = HTTPClient(eventLoopGroupProvider: .singleton)
    }

    /// The body at `path` (relative to the ledger URL), `nil` on 404; other statuses throw.
    func get(_ path: String) async throws -> [UInt8]? {
        var request = HTTPClientRequest(url: "\(base)/\(path)")
        if let apiKey { request.headers.add(name: "Authorization", value: "Bearer \(apiKey)") }
        let response = try await client.execute(request, timeout: .seconds(60))
        let body = try await response.body.collect(upTo: 256 * 1024 * 1024)
        if response.status == .notFound { return nil }
        guard response.status == .ok else {
            throw ValidationError("GET \(path): HTTP \(response.status.code) \(String(buffer: body))")
        }
        return Array(body.readableBytesView)
    }

    func shutdown() async {
        try? await client.shutdown()
    }
}
