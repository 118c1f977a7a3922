// SPDX-License-Identifier: Apache-2.0

import AsyncHTTPClient
import CustosFakeUpstream
import CustosLedger
import CustosProviders
import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import Testing

@testable import CustosGateway

/// A real gateway and a real fake upstream listening on loopback, for one test.
///
/// Both are built with the production builders (``buildApplication(_:logger:)`` and
/// ``FakeUpstream/makeApplication(host:port:apiKey:logger:onListening:)``) and spoken to over HTTP.
struct LiveGateway {
    let port: Int
    let fakePort: Int
    let keys: APIKeyStore
    /// A key for `agency-a/alice`, who may use every model.
    let aliceKey: String
    /// A key for `agency-a/bob`, who may use only `fake-echo`.
    let bobKey: String
    /// The gateway's ledger, read as an auditor would.
    let ledger: SQLiteLedgerStorage
    /// The public key of the ledger's checkpoints.
    let ledgerKey: NoteVerifierKey
    /// Where the content store is, when retention is configured (see ``retainingContent(_:)``).
    let contentPath: String
    /// The ledger's SQLite file.
    let ledgerPath: String

    static let logger: Logger = {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        return logger
    }()

    /// Turns content retention on for agency-a (agency-b does not retain).
    static func retainingContent(_ yaml: String) -> String {
        yaml.replacingOccurrences(
            of: "checkpoint_interval: 100ms}",
            with: "checkpoint_interval: 100ms, content: {sqlite: {path: custos.db.content}, master_key: {env: CUSTOS_TEST_CONTENT_KEY}}}"
        ).replacingOccurrences(of: "  - id: agency-a\n", with: "  - id: agency-a\n    retain_content: true\n")
    }

    /// The shipped default policy set.
    static var policyFile: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("policies/default.cedar").path
    }

    /// The test configuration: models exercising every upstream outcome.
    static func yaml(fakePort: Int, database: String) -> String {
        """
        server: {host: 127.0.0.1, port: 0, max_body_size: 64KiB, key_cache: 300ms}
        storage: {sqlite: {path: \(database)}}
        ledger: {origin: custos.test/live, sqlite: {path: \(database).ledger}, signing_key: {env: CUSTOS_TEST_LEDGER_KEY}, checkpoint_interval: 100ms}
        models:
          - name: fake-echo
            deployments:
              - {id: fake-a, provider: openai-compatible, endpoint: "http://127.0.0.1:\(fakePort)/v1", upstream_model: fake-upstream-model,
                 region: local, jurisdiction: us, authorization: none,
                 retry: {max_attempts: 3, base_delay: 5ms, max_delay: 20ms}, timeouts: {connect: 5s, read: 20s}}
          - name: slow
            deployments:
              - {id: fake-slow, provider: openai-compatible, endpoint: "http://127.0.0.1:\(fakePort)/v1", region: local, jurisdiction: us,
                 authorization: none, retry: {max_attempts: 1}, timeouts: {read: 400ms}}
          - name: restricted
            deployments:
              - {id: fake-r, provider: openai-compatible, endpoint: "http://127.0.0.1:\(fakePort)/v1", region: local, jurisdiction: us, authorization: none}
          - name: unreachable
            deployments:
              - {id: dead, provider: openai-compatible, endpoint: "http://127.0.0.1:1/v1", region: local, jurisdiction: us, authorization: none,
                 retry: {max_attempts: 2, base_delay: 5ms}}
          - name: failover
            deployments:
              - {id: dead-first, provider: openai-compatible, endpoint: "http://127.0.0.1:1/v1", region: local, jurisdiction: us, authorization: none,
                 retry: {max_attempts: 1}}
              - {id: fake-second, provider: openai-compatible, endpoint: "http://127.0.0.1:\(fakePort)/v1", upstream_model: second,
                 region: local, jurisdiction: us, authorization: none}
        policy: {files: [\(policyFile)]}
        tenants:
          - id: agency-a
            models: "*"
            principals:
              - {id: alice, clearance: secret}
              - {id: bob, models: [fake-echo]}
              - {id: audra, roles: [auditor], models: []}
          - id: agency-b
            models: [fake-echo]
            principals: [{id: carol}, {id: bert, roles: [auditor], models: []}]
        """
    }

    /// The AWS key pair the fake's Bedrock accepts, given to the gateway as its environment's.
    static let awsKeyID = "AKIDLIVETEST"
    static let awsSecret = "live/test+secret"

    /// The secret `/metrics` asks for when a test's configuration sets `server.metrics_token`.
    static let metricsToken = "scrape-secret-\(UUID().uuidString)"

    /// The master key of the content store, when a test's configuration turns retention on.
    static let contentMasterKey = ContentMasterKey.generate()

    /// Writes `text` as a Cedar file in a fresh temporary folder, runs `body` with its path, and
    /// removes the folder.
    static func withPolicyFile<T>(_ text: String, _ body: (String) async throws -> T) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("custos-policy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("extra.cedar").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try await body(path)
    }

    /// A `configure` for ``run(configure:_:)`` that adds the policy file at `path` after the
    /// default set (and sets `forbid_errors_deny` when given).
    static func addingPolicy(_ path: String, forbidErrorsDeny: Bool? = nil) -> (String) -> String {
        { yaml in
            yaml.replacingOccurrences(
                of: "policy: {files: [\(policyFile)]}",
                with: "policy: {files: [\(policyFile), \(path)]\(forbidErrorsDeny.map { ", forbid_errors_deny: \($0)" } ?? "")}"
            )
        }
    }

    /// Starts both servers, runs `body`, then stops them; `configure` may rewrite the YAML first.
    static func run(configure: (String) -> String = { $0 }, _ body: (LiveGateway) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("custos-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        try await withThrowingTaskGroup(of: Void.self) { group in
            let (fakePorts, fakeContinuation) = AsyncStream.makeStream(of: Int.self)
            let fake = FakeUpstream.makeApplication(
                host: "127.0.0.1",
                port: 0,
                apiKey: nil,
                awsCredentials: AWSCredentials(accessKeyID: awsKeyID, secretAccessKey: awsSecret),
                logger: logger
            ) { fakeContinuation.yield($0) }
            group.addTask { try await fake.run() }
            var fakeIterator = fakePorts.makeAsyncIterator()
            let fakePort = try #require(await fakeIterator.next())

            let database = directory.appendingPathComponent("custos.db").path
            let config = try ConfigLoader.parse(
                yaml: configure(yaml(fakePort: fakePort, database: database)),
                file: "live.yaml",
                baseDirectory: directory.path
            )
            let keys = try APIKeyStore(path: database)
            let alice = try keys.create(tenant: "agency-a", principal: "alice", expiresAt: nil, label: nil).0
            let bob = try keys.create(tenant: "agency-a", principal: "bob", expiresAt: nil, label: nil).0

            let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
            let ledgerKey = try NoteSignerKey.generate(name: "custos.test/live")
            let environment = [
                "CUSTOS_TEST_LEDGER_KEY": ledgerKey.privateText, "CUSTOS_TEST_CONTENT_KEY": contentMasterKey.privateText,
                "AWS_ACCESS_KEY_ID": awsKeyID, "AWS_SECRET_ACCESS_KEY": awsSecret, "CUSTOS_TEST_METRICS_TOKEN": metricsToken,
            ]
            var options = GatewayOptions(config: config, environment: environment) { continuation.yield($0) }
            // Quota windows by a fixed clock: a test's calls all fall in one minute.
            let fixed = Date()
            options.quotaClock = { fixed }
            let app = try await buildApplication(options, logger: logger)
            group.addTask { try await app.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())

            let gateway = LiveGateway(
                port: port,
                fakePort: fakePort,
                keys: keys,
                aliceKey: alice.secret,
                bobKey: bob.secret,
                ledger: try SQLiteLedgerStorage(path: database + ".ledger"),
                ledgerKey: ledgerKey.verifierKey,
                contentPath: database + ".content",
                ledgerPath: database + ".ledger"
            )
            do {
                try await body(gateway)
            } catch {
                group.cancelAll()
                throw error
            }
            group.cancelAll()
        }
    }

    struct Reply {
        let status: Int
        let headers: [String: String]
        let body: [UInt8]

        var text: String { String(decoding: body, as: UTF8.self) }

        func json() throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any])
        }

        /// The OpenAI error object, checking the shape on the way.
        func error() throws -> [String: Any] {
            let error = try #require(try json()["error"] as? [String: Any])
            #expect(error["message"] is String)
            #expect(error["type"] is String)
            #expect(error.keys.contains("param") && error.keys.contains("code"))
            return error
        }

        /// The `data:` payloads of an SSE body.
        var events: [String] {
            text.components(separatedBy: "\n\n").compactMap { block in
                block.hasPrefix("data: ") ? String(block.dropFirst(6)) : nil
            }
        }
    }

    func request(
        _ method: HTTPMethod,
        _ path: String,
        key: String?,
        body: String? = nil,
        headers extra: [(String, String)] = []
    ) async throws -> Reply {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = method
        if let key { request.headers.add(name: "Authorization", value: "Bearer \(key)") }
        for (name, value) in extra { request.headers.add(name: name, value: value) }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let bytes = try await response.body.collect(upTo: 64 * 1024 * 1024)
        var headers: [String: String] = [:]
        for header in response.headers { headers[header.name.lowercased()] = header.value }
        return Reply(status: Int(response.status.code), headers: headers, body: Array(bytes.readableBytesView))
    }

    /// The fake upstream's counters (`GET /_fake/stats`).
    func fakeStats() async throws -> [String: Any] {
        let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: "http://127.0.0.1:\(fakePort)/_fake/stats"), timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1024)
        return try #require(try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any])
    }

    func chat(_ model: String = "fake-echo", content: String = "hello world", key: String? = nil, extra: String = "") async throws -> Reply {
        let body = #"{"model":"\#(model)","messages":[{"role":"user","content":"\#(content)"}]\#(extra)}"#
        return try await request(.POST, "/v1/chat/completions", key: key ?? aliceKey, body: body)
    }
}
