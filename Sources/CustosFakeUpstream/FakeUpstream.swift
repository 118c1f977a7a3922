// SPDX-License-Identifier: Apache-2.0

public import CustosProviders
import Foundation
public import Hummingbird
public import Logging
import NIOCore
import Synchronization

/// A deterministic OpenAI-compatible upstream for tests and benchmarks: `custos dev fake-upstream`.
///
/// It speaks `POST /v1/chat/completions` (streamed and not), `POST /v1/embeddings` and
/// `GET /v1/models` with OpenAI's exact wire formats, answers by echoing, and injects faults on
/// request (see ``FakeDirectives``). It is the project's only test double: no real model provider
/// is reachable from CI. It is labelled as fake in every answer (`system_fingerprint:
/// fp_custos_fake`, owner `custos-fake-upstream`).
///
/// ```swift
/// let app = FakeUpstream.makeApplication(host: "127.0.0.1", port: 9099, apiKey: nil, logger: logger)
/// try await app.runService()
/// ```
public enum FakeUpstream {
    /// The model the fake lists; it answers to any model name.
    public static let modelName = "fake-echo"

    /// Builds the fake's HTTP application.
    /// - Parameters:
    ///   - apiKey: when set, OpenAI requests must carry `Authorization: Bearer <apiKey>` and Azure
    ///     requests `api-key: <apiKey>` (or the bearer form), or get 401.
    ///   - awsCredentials: a static AWS key pair Bedrock requests may be signed with (besides the
    ///     temporary credentials the fake's STS issues).
    ///   - stsLifetime: how long the temporary credentials its STS issues last.
    ///   - onListening: called with the bound port.
    public static func makeApplication(
        host: String,
        port: Int,
        apiKey: String?,
        awsCredentials: AWSCredentials? = nil,
        stsLifetime: Double = 3600,
        logger: Logger,
        onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let router = Router()
        let failures = FailureCounter()
        let stats = FakeStats()
        let faults = FakeFaults()
        let authority = FakeAWSAuthority(staticCredentials: awsCredentials, stsLifetime: stsLifetime)
        let openAI = router.group("/v1").add(middleware: AuthMiddleware(apiKey: apiKey))
        openAI.post("/chat/completions") { request, _ in
            let object = try await parse(request)
            if let response = await injected(faults, model: object.member("model").flatMap { object.string($0) } ?? "") { return response }
            return try await chat(object, failures: failures, stats: stats)
        }
        openAI.post("/embeddings") { request, _ in
            let object = try await parse(request)
            if let response = await injected(faults, model: object.member("model").flatMap { object.string($0) } ?? "") { return response }
            let directives = FakeDirectives(from: object)
            if let failure = await failure(directives, failures: failures) { return failure }
            try await sleep(milliseconds: directives.delayMilliseconds)
            return json(.ok, FakeEmbeddings.responseJSON(request: object))
        }
        FakeAzure.register(on: router, apiKey: apiKey, faults: faults, failures: failures, stats: stats)
        FakeBedrock.register(on: router, authority: authority, faults: faults, stats: stats)
        // How many stream chunks the fake has handed to its socket: lets a test see back-pressure.
        router.get("/_fake/stats") { _, _ in
            json(
                .ok,
                #"{"stream_chunks_written":\#(stats.streamChunksWritten.load(ordering: .relaxed)),"chat_requests":\#(stats.chatRequests.load(ordering: .relaxed)),"sts_calls":\#(authority.stsCalls.load(ordering: .relaxed)),"signed_requests":\#(authority.signedRequests.load(ordering: .relaxed))}"#
            )
        }
        // Faults for the next calls to a model (or `*`): `{"model", "status", "times", "retry_after",
        // "delay_ms", "chunk_delay_ms", "disconnect_after"}`; DELETE clears them.
        router.post("/_fake/faults") { request, _ in
            guard let object = JSONValue.parse(Array(try await request.body.collect(upTo: 64 * 1024).readableBytesView)) else {
                throw FakeError(status: .badRequest, message: "faults must be a JSON object")
            }
            let (model, fault) = FakeFaults.parse(object)
            await faults.set(model: model, fault)
            return json(.ok, "{}")
        }
        router.delete("/_fake/faults") { _, _ in
            await faults.clear()
            return json(.ok, "{}")
        }
        openAI.get("/models") { _, _ in
            json(
                .ok,
                #"{"object":"list","data":[{"id":"\#(modelName)","object":"model","created":\#(FakeChat.created),"owned_by":"custos-fake-upstream"}]}"#
            )
        }
        return Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? port) },
            logger: logger
        )
    }

    static func parse(_ request: Request) async throws -> JSONObject {
        let buffer = try await request.body.collect(upTo: 64 * 1024 * 1024)
        do {
            return try JSONScanner(Array(buffer.readableBytesView)).rootObject()
        } catch {
            throw FakeError(status: .badRequest, message: "invalid JSON: \(error)")
        }
    }

    static func chat(_ object: JSONObject, failures: FailureCounter, stats: FakeStats) async throws -> Response {
        stats.chatRequests.add(1, ordering: .relaxed)
        let directives = FakeDirectives(from: object)
        if let failure = await failure(directives, failures: failures) { return failure }
        try await sleep(milliseconds: directives.delayMilliseconds)
        let chat = FakeChat(request: object, repeatCount: directives.repeatCount)
        let stream = object.member("stream").flatMap { object.bool($0) } ?? false
        guard stream else { return json(.ok, chat.completionJSON()) }

        let includeUsage =
            object.member("stream_options").flatMap { object.object($0) }.flatMap { options in
                options.member("include_usage").flatMap { options.bool($0) }
            } ?? false
        let body = ResponseBody { writer in
            func send(_ json: String) async throws {
                try await writer.write(ByteBuffer(string: "data: \(json)\n\n"))
                stats.streamChunksWritten.add(1, ordering: .relaxed)
            }
            try await send(chat.chunkJSON(delta: #"{"role":"assistant","content":"","refusal":null}"#, finishReason: nil, includeUsage: includeUsage))
            if let toolCall = chat.toolCall {
                let delta =
                    #"{"tool_calls":[{"index":0,"id":"call_fake0","type":"function","function":{"name":\#(FakeJSON.string(toolCall.name)),"arguments":\#(FakeJSON.string(toolCall.arguments))}}]}"#
                try await send(chat.chunkJSON(delta: delta, finishReason: nil, includeUsage: includeUsage))
            } else {
                try await chat.forEachPiece { index, piece in
                    if let limit = directives.disconnectAfter, index >= limit {
                        // Throwing from the body writer makes the server drop the connection
                        // mid-response: the client sees an incomplete chunked body. The chunks
                        // written first leave before the drop, as a real server's sent earlier
                        // would have (on a loaded machine they could still be queued here).
                        try await sleep(milliseconds: FakeUpstream.disconnectGraceMilliseconds)
                        throw FakeError(status: .internalServerError, message: "injected disconnect")
                    }
                    try await sleep(milliseconds: directives.chunkDelayMilliseconds)
                    try await send(chat.chunkJSON(delta: #"{"content":\#(FakeJSON.string(piece))}"#, finishReason: nil, includeUsage: includeUsage))
                }
            }
            try await send(chat.chunkJSON(delta: "{}", finishReason: chat.toolCall == nil ? "stop" : "tool_calls", includeUsage: includeUsage))
            if includeUsage { try await send(chat.usageChunkJSON()) }
            if !directives.omitDone { try await writer.write(ByteBuffer(string: "data: [DONE]\n\n")) }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"], body: body)
    }

    /// How long an injected disconnect waits for the chunks already written to leave.
    static let disconnectGraceMilliseconds = 100

    /// The OpenAI-shaped error for a fault set on `model` through `/_fake/faults`, if any.
    static func injected(_ faults: FakeFaults, model: String) async -> Response? {
        guard let fault = await faults.take(model: model) else { return nil }
        try? await sleep(milliseconds: fault.delayMilliseconds)
        guard let status = fault.status, status >= 400 else { return nil }
        var directives = FakeDirectives()
        directives.status = status
        directives.retryAfter = fault.retryAfter
        return await failure(directives, failures: FailureCounter())
    }

    /// The injected error response, if the directives ask for one now.
    static func failure(_ directives: FakeDirectives, failures: FailureCounter) async -> Response? {
        guard let status = directives.status, status >= 400 else { return nil }
        if let times = directives.failTimes {
            guard await failures.shouldFail(key: directives.key ?? "", times: times) else { return nil }
        }
        var response = json(
            HTTPResponse.Status(code: status),
            #"{"error":{"message":"injected failure \#(status)","type":"\#(status == 429 ? "requests" : "server_error")","param":null,"code":"fake_injected_\#(status)"}}"#
        )
        if let retryAfter = directives.retryAfter { response.headers[.retryAfter] = String(retryAfter) }
        return response
    }

    static func sleep(milliseconds: Int) async throws {
        if milliseconds > 0 { try await Task.sleep(for: .milliseconds(milliseconds)) }
    }

    static func json(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json", .contentLength: String(text.utf8.count)],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }
}

/// An error the fake answers with in OpenAI's shape.
struct FakeError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String

    var headers: HTTPFields { [:] }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        FakeUpstream.json(status, #"{"error":{"message":\#(FakeJSON.string(message)),"type":"invalid_request_error","param":null,"code":null}}"#)
    }
}

/// Checks `Authorization: Bearer <key>` when the fake was started with a key.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let apiKey: String?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let apiKey, request.headers[.authorization] != "Bearer \(apiKey)" {
            throw FakeError(status: .unauthorized, message: "fake upstream: wrong or missing API key")
        }
        return try await next(request, context)
    }
}

/// Counters a test can read through `GET /_fake/stats`.
final class FakeStats: Sendable {
    let streamChunksWritten = Atomic<Int>(0)
    let chatRequests = Atomic<Int>(0)
}
