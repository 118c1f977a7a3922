// SPDX-License-Identifier: Apache-2.0

import CustosProviders
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization

/// The credentials the fake's AWS side accepts: the static pair it was started with, and the
/// temporary ones its STS has issued (each with its session token and expiry).
final class FakeAWSAuthority: Sendable {
    private let accepted: Mutex<[String: AWSCredentials]>
    let stsLifetime: TimeInterval
    let stsCalls = Atomic<Int>(0)
    let signedRequests = Atomic<Int>(0)

    init(staticCredentials: AWSCredentials?, stsLifetime: TimeInterval) {
        var accepted: [String: AWSCredentials] = [:]
        if let staticCredentials { accepted[staticCredentials.accessKeyID] = staticCredentials }
        self.accepted = Mutex(accepted)
        self.stsLifetime = stsLifetime
    }

    func credentials(for keyID: String) -> AWSCredentials? { accepted.withLock { $0[keyID] } }

    /// Issues temporary credentials, as `AssumeRoleWithWebIdentity` does.
    func issue() -> AWSCredentials {
        stsCalls.add(1, ordering: .relaxed)
        let serial = UUID().uuidString.replacingOccurrences(of: "-", with: "").uppercased()
        let credentials = AWSCredentials(
            accessKeyID: "ASIA" + serial.prefix(16),
            secretAccessKey: String(serial.reversed()) + "fake",
            sessionToken: "FakeSessionToken" + serial,
            expiration: Date().addingTimeInterval(stsLifetime)
        )
        accepted.withLock { $0[credentials.accessKeyID] = credentials }
        return credentials
    }
}

/// The fake's Amazon Bedrock runtime and STS: Converse, ConverseStream (AWS event-stream framing
/// with both CRCs), InvokeModel for Titan and Cohere embeddings, and `AssumeRoleWithWebIdentity`.
/// Every Bedrock request must carry a valid SigV4 signature (service `bedrock`), checked with
/// ``SigV4Verifier``; bodies are checked the way Bedrock checks them (a conversation starts with
/// a user turn and alternates), and errors have Bedrock's shape (`{"message"}` and
/// `x-amzn-ErrorType`).
enum FakeBedrock {
    static func register(on router: Router<BasicRequestContext>, authority: FakeAWSAuthority, faults: FakeFaults, stats: FakeStats) {
        router.post("/model/**") { request, _ in
            try await handle(request, authority: authority, faults: faults, stats: stats)
        }
        // STS's query protocol: a form-encoded POST to the root.
        router.post("/") { request, _ in
            let body = String(buffer: try await request.body.collect(upTo: 1024 * 1024))
            var form: [String: String] = [:]
            for pair in body.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
                if parts.count == 2 { form[parts[0]] = parts[1] }
            }
            guard form["Action"] == "AssumeRoleWithWebIdentity", form["RoleArn"] != nil, let token = form["WebIdentityToken"], !token.isEmpty else {
                return xml(
                    .badRequest,
                    "<ErrorResponse><Error><Code>InvalidParameterValue</Code><Message>bad request</Message></Error></ErrorResponse>"
                )
            }
            let issued = authority.issue()
            let formatter = ISO8601DateFormatter()
            return xml(
                .ok,
                """
                <AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <AssumeRoleWithWebIdentityResult>
                    <Credentials>
                      <AccessKeyId>\(issued.accessKeyID)</AccessKeyId>
                      <SecretAccessKey>\(issued.secretAccessKey)</SecretAccessKey>
                      <SessionToken>\(issued.sessionToken ?? "")</SessionToken>
                      <Expiration>\(formatter.string(from: issued.expiration!))</Expiration>
                    </Credentials>
                  </AssumeRoleWithWebIdentityResult>
                </AssumeRoleWithWebIdentityResponse>
                """
            )
        }
    }

    static func handle(_ request: Request, authority: FakeAWSAuthority, faults: FakeFaults, stats: FakeStats) async throws -> Response {
        let body = Array(try await request.body.collect(upTo: 64 * 1024 * 1024).readableBytesView)
        let rawPath = request.uri.path
        let segments = rawPath.split(separator: "/").map(String.init)
        guard segments.count == 3, segments[0] == "model" else {
            return error(.notFound, "UnknownOperationException", "unknown operation \(rawPath)")
        }
        let modelID = segments[1].removingPercentEncoding ?? segments[1]
        let operation = segments[2]

        var headers: [(name: String, value: String)] = []
        for field in request.headers { headers.append((field.name.rawName, field.value)) }
        if !headers.contains(where: { $0.name.lowercased() == "host" }), let authority = request.head.authority {
            headers.append(("host", authority))
        }
        let signable = SignableRequest(method: "POST", path: rawPath, query: request.uri.query ?? "", headers: headers, body: body)
        do {
            _ = try SigV4Verifier(service: "bedrock").verify(signable) { authority.credentials(for: $0) }
            authority.signedRequests.add(1, ordering: .relaxed)
        } catch {
            return Self.error(.forbidden, error.code, error.message)
        }

        let fault = await faults.take(model: modelID)
        if let fault, let status = fault.status {
            var response = Self.error(HTTPResponse.Status(code: status), exceptionName(status), "injected failure \(status)")
            if let retryAfter = fault.retryAfter { response.headers[.retryAfter] = String(retryAfter) }
            return response
        }
        try await FakeUpstream.sleep(milliseconds: fault?.delayMilliseconds ?? 0)
        guard let object = JSONValue.parse(body) else { return error(.badRequest, "ValidationException", "the body is not JSON") }
        switch operation {
        case "converse", "converse-stream":
            stats.chatRequests.add(1, ordering: .relaxed)
            if let problem = validateConverse(object) { return error(.badRequest, "ValidationException", problem) }
            let answer = EchoAnswer(converse: object)
            if operation == "converse" { return json(.ok, answer.converseJSON()) }
            return converseStream(answer, fault: fault, stats: stats)
        case "invoke":
            return invoke(modelID: modelID, object)
        default:
            return error(.notFound, "UnknownOperationException", "unknown operation \(operation)")
        }
    }

    /// What Bedrock refuses before running a model.
    static func validateConverse(_ object: JSONValue) -> String? {
        guard let messages = object["messages"]?.array, !messages.isEmpty else { return "messages must not be empty" }
        var expected = "user"
        for (index, message) in messages.enumerated() {
            guard message["role"]?.string == expected else {
                return index == 0
                    ? "A conversation must start with a user message."
                    : "A conversation must alternate between user and assistant roles."
            }
            guard let content = message["content"]?.array, !content.isEmpty else { return "messages.\(index).content must not be empty" }
            expected = expected == "user" ? "assistant" : "user"
        }
        return nil
    }

    /// The fake's answer to a Converse request: `echo: ` and the last user turn's text (tool
    /// results included), or a tool call when `toolChoice` forces one.
    struct EchoAnswer {
        let text: String
        let tool: (name: String, input: String)?
        let inputTokens: Int

        init(converse: JSONValue) {
            var last = ""
            var words = 0
            for block in converse["system"]?.array ?? [] { words += (block["text"]?.string ?? "").split(separator: " ").count }
            for message in converse["messages"]?.array ?? [] {
                // Text blocks, and the text of tool results (so a test sees they arrived).
                let texts = (message["content"]?.array ?? []).flatMap { block -> [String] in
                    if let text = block["text"]?.string { return [text] }
                    return (block["toolResult"]?["content"]?.array ?? []).compactMap { $0["text"]?.string }
                }
                words += texts.joined(separator: " ").split(separator: " ").count
                if message["role"]?.string == "user", !texts.isEmpty { last = texts.joined(separator: " ") }
            }
            text = "echo: " + last
            inputTokens = max(1, words)
            let choice = converse["toolConfig"]?["toolChoice"]
            let firstTool = converse["toolConfig"]?["tools"]?.array?.first?["toolSpec"]?["name"]?.string
            if let name = choice?["tool"]?["name"]?.string ?? (choice?["any"] != nil ? firstTool : nil) {
                tool = (name, #"{"echo":\#(FakeJSON.string(last))}"#)
            } else {
                tool = nil
            }
        }

        var outputTokens: Int { tool == nil ? max(1, text.split(separator: " ").count) : 1 }

        var usageJSON: String {
            #"{"inputTokens":\#(inputTokens),"outputTokens":\#(outputTokens),"totalTokens":\#(inputTokens + outputTokens)}"#
        }

        func converseJSON() -> String {
            let content: String
            let stop: String
            if let tool {
                content = #"[{"toolUse":{"toolUseId":"tooluse_fake0","name":\#(FakeJSON.string(tool.name)),"input":\#(tool.input)}}]"#
                stop = "tool_use"
            } else {
                content = #"[{"text":\#(FakeJSON.string(text))}]"#
                stop = "end_turn"
            }
            return
                #"{"output":{"message":{"role":"assistant","content":\#(content)}},"stopReason":"\#(stop)","usage":\#(usageJSON),"metrics":{"latencyMs":1}}"#
        }

        /// One word per piece, spaces kept.
        var pieces: [String] { FakeChat.pieces(of: text) }
    }

    /// ConverseStream: messageStart, the content as deltas (each event padded with `p`, as Bedrock
    /// pads its events), contentBlockStop, messageStop, metadata; in AWS event-stream framing.
    static func converseStream(_ answer: EchoAnswer, fault: FakeFaults.Fault?, stats: FakeStats) -> Response {
        let body = ResponseBody { writer in
            func send(_ type: String, _ json: String) async throws {
                let padded = json.dropLast() + #","p":"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"}"#
                let message = EventStreamMessage.event(type, payload: Array(padded.utf8))
                try await writer.write(ByteBuffer(bytes: message.encoded()))
                stats.streamChunksWritten.add(1, ordering: .relaxed)
            }
            try await send("messageStart", #"{"role":"assistant"}"#)
            if let tool = answer.tool {
                try await send(
                    "contentBlockStart",
                    #"{"contentBlockIndex":0,"start":{"toolUse":{"toolUseId":"tooluse_fake0","name":\#(FakeJSON.string(tool.name))}}}"#
                )
                try await send("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"toolUse":{"input":\#(FakeJSON.string(tool.input))}}}"#)
            } else {
                for (index, piece) in answer.pieces.enumerated() {
                    if let limit = fault?.disconnectAfter, index >= limit {
                        try await FakeUpstream.sleep(milliseconds: FakeUpstream.disconnectGraceMilliseconds)
                        throw FakeError(status: .internalServerError, message: "injected disconnect")
                    }
                    try await FakeUpstream.sleep(milliseconds: fault?.chunkDelayMilliseconds ?? 0)
                    try await send("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":\#(FakeJSON.string(piece))}}"#)
                }
            }
            try await send("contentBlockStop", #"{"contentBlockIndex":0}"#)
            try await send("messageStop", #"{"stopReason":"\#(answer.tool == nil ? "end_turn" : "tool_use")"}"#)
            try await send("metadata", #"{"usage":\#(answer.usageJSON),"metrics":{"latencyMs":1}}"#)
            try await writer.finish(nil)
        }
        return Response(
            status: .ok,
            headers: [.contentType: "application/vnd.amazon.eventstream", HTTPField.Name("x-amzn-RequestId")!: UUID().uuidString],
            body: body
        )
    }

    /// InvokeModel for Titan Text Embeddings and Cohere Embed.
    static func invoke(modelID: String, _ object: JSONValue) -> Response {
        switch BedrockEmbeddings.family(of: modelID) {
        case .titan:
            guard let text = object["inputText"]?.string else { return error(.badRequest, "ValidationException", "inputText is required") }
            let dimensions = object["dimensions"]?.int ?? 1024
            guard [256, 512, 1024].contains(dimensions) else {
                return error(.badRequest, "ValidationException", "dimensions must be 256, 512 or 1024")
            }
            let vector = FakeEmbeddings.vector(for: Array(text.utf8), dimensions: dimensions)
            let tokens = max(1, text.split(separator: " ").count)
            return json(.ok, #"{"embedding":[\#(vector.map { "\($0)" }.joined(separator: ","))],"inputTextTokenCount":\#(tokens)}"#)
        case .cohere:
            guard let texts = object["texts"]?.array?.compactMap(\.string), !texts.isEmpty, object["input_type"]?.string != nil else {
                return error(.badRequest, "ValidationException", "texts and input_type are required")
            }
            let vectors = texts.map {
                "[" + FakeEmbeddings.vector(for: Array($0.utf8), dimensions: 1024).map { "\($0)" }.joined(separator: ",") + "]"
            }
            let tokens = texts.reduce(0) { $0 + max(1, $1.split(separator: " ").count) }
            var response = json(
                .ok,
                #"{"embeddings":[\#(vectors.joined(separator: ","))],"id":"fake-embed","response_type":"embeddings_floats","texts":[\#(texts.map(FakeJSON.string).joined(separator: ","))]}"#
            )
            response.headers[HTTPField.Name("X-Amzn-Bedrock-Input-Token-Count")!] = String(tokens)
            return response
        case nil:
            return error(.badRequest, "ValidationException", "the fake serves Titan and Cohere embedding models through InvokeModel")
        }
    }

    static func exceptionName(_ status: Int) -> String {
        switch status {
        case 400: "ValidationException"
        case 403: "AccessDeniedException"
        case 404: "ResourceNotFoundException"
        case 408: "ModelTimeoutException"
        case 429: "ThrottlingException"
        case 503: "ServiceUnavailableException"
        default: "InternalServerException"
        }
    }

    static func error(_ status: HTTPResponse.Status, _ type: String, _ message: String) -> Response {
        var response = json(status, #"{"message":\#(FakeJSON.string(message))}"#)
        response.headers[HTTPField.Name("x-amzn-ErrorType")!] = "\(type):http://internal.amazon.com/coral/com.amazon.bedrock/"
        return response
    }

    static func json(_ status: HTTPResponse.Status, _ text: String) -> Response { FakeUpstream.json(status, text) }

    static func xml(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/xml"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// Faults set from outside (`POST /_fake/faults`), for upstreams whose bodies cannot carry a
/// `custos_fake` directive (Bedrock, Azure) or to fail one deployment and not another. Keyed by
/// model id (Bedrock model, Azure deployment, OpenAI model), or `*` for all.
actor FakeFaults {
    struct Fault: Sendable {
        var status: Int?
        /// Fail only this many calls, then clear; `nil` for every call.
        var times: Int?
        var retryAfter: Int?
        var delayMilliseconds = 0
        var chunkDelayMilliseconds = 0
        var disconnectAfter: Int?
    }

    private var faults: [String: Fault] = [:]

    func set(model: String, _ fault: Fault) { faults[model] = fault }
    func clear() { faults = [:] }

    /// The fault for a call to `model` now, counting it against `times`.
    func take(model: String) -> Fault? {
        let key = faults[model] != nil ? model : "*"
        guard var fault = faults[key] else { return nil }
        if let times = fault.times {
            if times <= 1 { faults[key] = nil } else { fault.times = times - 1; faults[key] = fault }
        }
        return fault
    }

    static func parse(_ object: JSONValue) -> (model: String, fault: Fault) {
        var fault = Fault()
        fault.status = object["status"]?.int
        fault.times = object["times"]?.int
        fault.retryAfter = object["retry_after"]?.int
        fault.delayMilliseconds = max(0, object["delay_ms"]?.int ?? 0)
        fault.chunkDelayMilliseconds = max(0, object["chunk_delay_ms"]?.int ?? 0)
        fault.disconnectAfter = object["disconnect_after"]?.int
        return (object["model"]?.string ?? "*", fault)
    }
}
