// SPDX-License-Identifier: Apache-2.0

/// Turns ConverseStream's events (decoded from the AWS event stream) into OpenAI
/// `chat.completion.chunk` server-sent events, one for one, as they arrive.
///
/// - `messageStart` → a chunk with `delta.role`; `contentBlockDelta` text → `delta.content`;
///   `contentBlockStart` with `toolUse` → a `tool_calls` entry (id, name) and its
///   `contentBlockDelta` input → `tool_calls[].function.arguments` pieces, indexed per tool as
///   OpenAI does; `messageStop` → a chunk with `finish_reason`; `metadata` → the usage chunk
///   (`choices: []`) when the caller asked for `stream_options.include_usage`.
/// - ``finish()`` gives `[DONE]` only if `messageStop` came: a stream cut short is not made to
///   look complete.
/// - An exception message (`:message-type: exception`) ends the translation with an error.
public struct ConverseStreamTranslator: Sendable {
    let id: String
    let model: String
    let created: Int
    let includeUsage: Bool
    private var stopped = false
    private var toolIndexes: [Int: Int] = [:]

    public init(id: String, model: String, created: Int, includeUsage: Bool) {
        self.id = id
        self.model = model
        self.created = created
        self.includeUsage = includeUsage
    }

    /// The OpenAI events for one Converse event.
    public mutating func translate(_ message: EventStreamMessage) throws(ProviderError) -> [ServerSentEvent] {
        guard message.isEvent else {
            let type = message.string(":exception-type") ?? message.string(":error-code") ?? "unknown"
            let detail = JSONValue.parse(message.payload)?["message"]?.string ?? String(decoding: message.payload.prefix(200), as: UTF8.self)
            throw ProviderError(kind: .protocolViolation, detail: "Bedrock stream exception \(type): \(detail)", attempts: 1)
        }
        guard let event = JSONValue.parse(message.payload) else {
            throw ProviderError(kind: .protocolViolation, detail: "Bedrock stream event is not JSON", attempts: 1)
        }
        switch message.string(":event-type") {
        case "messageStart":
            return [chunk(delta: #"{"role":"assistant","content":""}"#)]
        case "contentBlockStart":
            guard let use = event["start"]?["toolUse"] else { return [] }
            let block = event["contentBlockIndex"]?.int ?? 0
            let index = toolIndexes.count
            toolIndexes[block] = index
            let call =
                #"{"index":\#(index),"id":\#(literal(use["toolUseId"]?.string ?? "")),"type":"function","function":{"name":\#(literal(use["name"]?.string ?? "")),"arguments":""}}"#
            return [chunk(delta: #"{"tool_calls":[\#(call)]}"#)]
        case "contentBlockDelta":
            let delta = event["delta"]
            if let text = delta?["text"]?.string {
                return [chunk(delta: #"{"content":\#(literal(text))}"#)]
            }
            if let input = delta?["toolUse"]?["input"]?.string {
                let index = toolIndexes[event["contentBlockIndex"]?.int ?? 0] ?? 0
                return [chunk(delta: #"{"tool_calls":[{"index":\#(index),"function":{"arguments":\#(literal(input))}}]}"#)]
            }
            return []
        case "messageStop":
            stopped = true
            return [chunk(delta: "{}", finishReason: ConverseMapping.finishReason(event["stopReason"]?.string))]
        case "metadata":
            guard includeUsage, let usage = event["usage"] else { return [] }
            let body =
                #"{"id":\#(literal(id)),"object":"chat.completion.chunk","created":\#(created),"model":\#(literal(model)),"choices":[],"usage":\#(String(decoding: ConverseMapping.openAIUsage(usage).encoded(), as: UTF8.self))}"#
            return [ServerSentEvent(data: Array(body.utf8))]
        default:
            return []
        }
    }

    /// The end of the stream: `[DONE]` if the message finished, nothing otherwise.
    public func finish() -> [ServerSentEvent] { stopped ? [.done] : [] }

    private func chunk(delta: String, finishReason: String? = nil) -> ServerSentEvent {
        let finish = finishReason.map(literal) ?? "null"
        let body =
            #"{"id":\#(literal(id)),"object":"chat.completion.chunk","created":\#(created),"model":\#(literal(model)),"choices":[{"index":0,"delta":\#(delta),"logprobs":null,"finish_reason":\#(finish)}]}"#
        return ServerSentEvent(data: Array(body.utf8))
    }

    private func literal(_ text: String) -> String { String(decoding: ModelSplice.jsonStringLiteral(text), as: UTF8.self) }
}
