// SPDX-License-Identifier: Apache-2.0

/// A validated `POST /v1/chat/completions` body, read without re-encoding it.
///
/// Guarantees: the body is RFC 8259 JSON, a single object without duplicate keys; `model` is a
/// non-empty string; `messages` is a non-empty array of objects each with a string `role`; the
/// fields OpenAI types strictly (`stream`, `max_tokens`, `temperature`, `tools`, ...) have their
/// types. Every other field is left alone and reaches the upstream byte for byte, so tools, JSON
/// mode and fields newer than this code keep working.
///
/// ```swift
/// let request = try ChatCompletionRequest(body: bytes)
/// let upstreamBody = request.body(forUpstreamModel: "gpt-4o-2024-08-06")
/// ```
public struct ChatCompletionRequest: InspectableRequest {
    /// The model name the caller asked for.
    public let model: String
    /// Whether the caller asked for server-sent events.
    public let stream: Bool
    /// Whether a streamed answer should end with a usage chunk (`stream_options.include_usage`).
    public let includeUsage: Bool
    /// The largest completion the caller allows (`max_completion_tokens`, else `max_tokens`).
    public let maxCompletionTokens: Int?
    /// Number of messages in the conversation.
    public let messageCount: Int

    private let object: JSONObject
    private let modelRange: Range<Int>

    /// Top-level fields whose types OpenAI checks; see the API reference for chat completions.
    static let rules: [String: FieldRule] = [
        "model": .string, "messages": .array, "stream": .bool, "stream_options": .object,
        "max_tokens": .integer(minimum: 1), "max_completion_tokens": .integer(minimum: 1),
        "n": .integer(minimum: 1), "temperature": .number, "top_p": .number,
        "presence_penalty": .number, "frequency_penalty": .number, "logprobs": .bool,
        "top_logprobs": .integer(minimum: 0), "seed": .integer(minimum: nil), "stop": .stringOrArray,
        "tools": .array, "tool_choice": .stringOrObject, "parallel_tool_calls": .bool,
        "response_format": .object, "user": .string, "logit_bias": .object, "metadata": .object,
        "store": .bool, "reasoning_effort": .string, "modalities": .array, "service_tier": .string,
    ]

    /// Validates `body`.
    /// - Throws: ``JSONSyntaxError`` for malformed JSON, ``RequestValidationError`` naming the field otherwise.
    public init(body: [UInt8]) throws {
        let object = try JSONScanner(body).rootObject()
        try FieldRule.rejectDuplicateKeys(object)
        for member in object.members {
            try Self.rules[member.key]?.check(member, in: object, param: member.key)
        }
        guard let modelMember = object.member("model"), let model = object.string(modelMember) else {
            throw RequestValidationError.missing("model")
        }
        guard !model.isEmpty else { throw RequestValidationError(param: "model", message: "'model' must not be empty") }
        guard let messages = object.member("messages"), messages.kind == .array else {
            throw RequestValidationError.missing("messages")
        }
        let elements = object.elements(messages)
        guard !elements.isEmpty else {
            throw RequestValidationError(param: "messages", message: "'messages' must contain at least one message")
        }
        for (index, element) in elements.enumerated() {
            guard element.kind == .object else {
                throw RequestValidationError.wrongType("messages[\(index)]", expected: "an object", found: element.kind)
            }
            let message = object.object(at: element.range)
            guard let role = message.member("role") else { throw RequestValidationError.missing("messages[\(index)].role") }
            guard role.kind == .string else {
                throw RequestValidationError.wrongType("messages[\(index)].role", expected: "a string", found: role.kind)
            }
        }
        var includeUsage = false
        if let options = object.member("stream_options"), let nested = object.object(options) {
            if let flag = nested.member("include_usage") {
                guard let value = nested.bool(flag) else {
                    throw RequestValidationError.wrongType("stream_options.include_usage", expected: "a boolean", found: flag.kind)
                }
                includeUsage = value
            }
        }
        self.object = object
        self.model = model
        self.modelRange = modelMember.valueRange
        self.stream = object.member("stream").flatMap { object.bool($0) } ?? false
        self.includeUsage = includeUsage
        self.maxCompletionTokens = (object.member("max_completion_tokens") ?? object.member("max_tokens")).flatMap { object.integer($0) }
        self.messageCount = elements.count
    }

    public var outputTokenLimit: Int? { maxCompletionTokens }

    /// The strings the caller sends the model: each message's `content` when it is a string, the
    /// `text` of each `{"type": "text"}` part when it is an array of parts, and the arguments of
    /// the tool calls the conversation carries. What the guard inspects and may rewrite.
    public var promptStrings: [PromptString] {
        guard let messages = object.member("messages") else { return [] }
        var strings: [PromptString] = []
        func add(_ object: JSONObject, _ member: JSONMember?) {
            guard let member, let text = object.string(member) else { return }
            strings.append(PromptString(range: member.valueRange, text: text))
        }
        for element in object.elements(messages) where element.kind == .object {
            let message = object.object(at: element.range)
            if let content = message.member("content") {
                if content.kind == .string {
                    add(message, content)
                } else {
                    for part in message.elements(content) where part.kind == .object {
                        let piece = message.object(at: part.range)
                        add(piece, piece.member("text"))
                    }
                }
            }
            if let calls = message.member("tool_calls") {
                for call in message.elements(calls) where call.kind == .object {
                    let callObject = message.object(at: call.range)
                    if let function = callObject.member("function").flatMap(callObject.object) { add(function, function.member("arguments")) }
                }
            }
        }
        return strings
    }

    public func body(forUpstreamModel upstreamModel: String, replacing replacements: [Range<Int>: String]) -> [UInt8] {
        ModelSplice.rewriting(object.bytes, modelRange: modelRange, model: upstreamModel, prompts: replacements)
    }

    /// The upstream body, asking a streamed answer to end with its usage even when the caller did
    /// not (`stream_options: {"include_usage": true}`), so the gateway learns what the call cost.
    /// The caller's own `stream_options` are replaced; nothing else changes.
    public func body(forUpstreamModel upstreamModel: String, replacing replacements: [Range<Int>: String], requestingUsage: Bool) -> [UInt8] {
        guard requestingUsage, stream, !includeUsage else { return body(forUpstreamModel: upstreamModel, replacing: replacements) }
        // One splice over the caller's bytes: the model, the prompt rewrites and the stream options.
        let options = Array(#"{"include_usage":true}"#.utf8)
        let usage: (range: Range<Int>, bytes: [UInt8])
        if let member = object.member("stream_options") {
            usage = (member.valueRange, options)
        } else {
            // A validated object: its first byte past any whitespace is `{`.
            let brace = object.bytes.firstIndex(of: UInt8(ascii: "{")) ?? 0
            usage = (brace + 1..<brace + 1, Array(#""stream_options":"#.utf8) + options + [UInt8(ascii: ",")])
        }
        var edits: [(range: Range<Int>, bytes: [UInt8])] = [(modelRange, ModelSplice.jsonStringLiteral(upstreamModel)), usage]
        for (range, text) in replacements { edits.append((range, ModelSplice.jsonStringLiteral(text))) }
        return ModelSplice.splicing(object.bytes, edits)
    }

    /// The body to send upstream: the caller's bytes with `model` replaced by `upstreamModel`.
    public func body(forUpstreamModel upstreamModel: String) -> [UInt8] {
        ModelSplice.replacingModel(in: object.bytes, modelRange: modelRange, with: upstreamModel)
    }
}
