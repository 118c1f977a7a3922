// SPDX-License-Identifier: Apache-2.0

import CustosProviders

/// The fake's chat completion: a deterministic echo of the last user message, in OpenAI's exact
/// `chat.completion` and `chat.completion.chunk` shapes (OpenAI API reference, "Chat").
///
/// - Plain requests get `echo: <text>`.
/// - `response_format: {"type": "json_object"}` gets the echo as a JSON object string.
/// - `tools` with `tool_choice: "required"` or a named function gets one tool call to that function
///   (the first tool for `required`) with `{"echo": <text>}` as arguments and `finish_reason: tool_calls`.
struct FakeChat: Sendable {
    let model: String
    let id: String
    /// The answer once; a stream repeats its pieces ``repeatCount`` times without materialising them.
    let baseText: String
    let repeatCount: Int
    let toolCall: (name: String, arguments: String)?
    let promptTokens: Int

    /// Fixed so identical requests produce identical bytes.
    static let created = 1_700_000_000

    init(request: JSONObject, repeatCount: Int) {
        model = request.member("model").flatMap { request.string($0) } ?? "fake"
        id = "chatcmpl-fake" + FakeJSON.hex(FakeJSON.fnv1a(request.bytes))
        var lastUser = ""
        var words = 0
        if let messages = request.member("messages") {
            for element in request.elements(messages) where element.kind == .object {
                let message = request.object(at: element.range)
                let content = Self.text(of: message)
                words += content.split(whereSeparator: \.isWhitespace).count
                if message.member("role").flatMap({ message.string($0) }) == "user" { lastUser = content }
            }
        }
        promptTokens = max(1, words)
        var echo = "echo: " + lastUser
        self.repeatCount = repeatCount

        var toolCall: (String, String)?
        if let tools = request.member("tools"), let first = request.elements(tools).first, first.kind == .object {
            let choice = request.member("tool_choice")
            var chosen: String?
            if let choice, request.string(choice) == "required" {
                let tool = request.object(at: first.range)
                chosen = tool.member("function").flatMap { tool.object($0) }.flatMap { fn in fn.member("name").flatMap { fn.string($0) } }
            } else if let choice, let object = request.object(choice) {
                chosen = object.member("function").flatMap { object.object($0) }.flatMap { fn in fn.member("name").flatMap { fn.string($0) } }
            }
            if let chosen { toolCall = (chosen, "{\"echo\":\(FakeJSON.string(lastUser))}") }
        }
        self.toolCall = toolCall
        if let format = request.member("response_format"), let object = request.object(format),
            object.member("type").flatMap({ object.string($0) }) == "json_object"
        {
            echo = "{\"echo\":\(FakeJSON.string(lastUser))}"
        }
        self.baseText = echo
    }

    /// The whole answer (for non-streamed replies): the base text repeated, space-separated.
    var text: String { repeatCount == 1 ? baseText : Array(repeating: baseText, count: repeatCount).joined(separator: " ") }

    /// A message's text: a string `content`, or the `text` parts of an array `content`.
    static func text(of message: JSONObject) -> String {
        guard let content = message.member("content") else { return "" }
        if let string = message.string(content) { return string }
        var parts: [String] = []
        for element in message.elements(content) where element.kind == .object {
            let part = message.object(at: element.range)
            if let text = part.member("text").flatMap({ part.string($0) }) { parts.append(text) }
        }
        return parts.joined(separator: " ")
    }

    /// The base text split into stream pieces: one per word, spaces kept.
    var basePieces: [String] { Self.pieces(of: baseText) }

    /// `text` split into stream pieces: one per word, each keeping the space after it.
    static func pieces(of text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == " " {
                pieces.append(current)
                current = ""
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// Calls `body` with each stream piece of the (repeated) answer, generating them as it goes so
    /// a long stream costs no memory up front.
    func forEachPiece(_ body: (Int, String) async throws -> Void) async rethrows {
        let pieces = basePieces
        var index = 0
        for repetition in 0..<repeatCount {
            for (offset, piece) in pieces.enumerated() {
                // Repetitions are joined by a space, as in ``text``.
                let joined = offset == pieces.count - 1 && repetition < repeatCount - 1 && !piece.hasSuffix(" ") ? piece + " " : piece
                try await body(index, joined)
                index += 1
            }
        }
    }

    var completionTokens: Int { toolCall == nil ? max(1, basePieces.count * repeatCount) : 1 }

    var usageJSON: String {
        #"{"prompt_tokens":\#(promptTokens),"completion_tokens":\#(completionTokens),"total_tokens":\#(promptTokens + completionTokens)}"#
    }

    func completionJSON() -> String {
        let message: String
        let finish: String
        if let toolCall {
            message =
                #"{"role":"assistant","content":null,"tool_calls":[{"id":"call_fake0","type":"function","function":{"name":\#(FakeJSON.string(toolCall.name)),"arguments":\#(FakeJSON.string(toolCall.arguments))}}],"refusal":null}"#
            finish = "tool_calls"
        } else {
            message = #"{"role":"assistant","content":\#(FakeJSON.string(text)),"refusal":null}"#
            finish = "stop"
        }
        return
            #"{"id":"\#(id)","object":"chat.completion","created":\#(Self.created),"model":\#(FakeJSON.string(model)),"choices":[{"index":0,"message":\#(message),"logprobs":null,"finish_reason":"\#(finish)"}],"usage":\#(usageJSON),"system_fingerprint":"fp_custos_fake"}"#
    }

    /// One `chat.completion.chunk`; `usage` is `null` on every chunk when usage was requested.
    func chunkJSON(delta: String, finishReason: String?, includeUsage: Bool) -> String {
        let finish = finishReason.map { "\"\($0)\"" } ?? "null"
        let usage = includeUsage ? #","usage":null"# : ""
        return
            #"{"id":"\#(id)","object":"chat.completion.chunk","created":\#(Self.created),"model":\#(FakeJSON.string(model)),"system_fingerprint":"fp_custos_fake","choices":[{"index":0,"delta":\#(delta),"logprobs":null,"finish_reason":\#(finish)}]\#(usage)}"#
    }

    /// The final usage chunk of `stream_options.include_usage`: empty `choices`, filled `usage`.
    func usageChunkJSON() -> String {
        #"{"id":"\#(id)","object":"chat.completion.chunk","created":\#(Self.created),"model":\#(FakeJSON.string(model)),"system_fingerprint":"fp_custos_fake","choices":[],"usage":\#(usageJSON)}"#
    }
}
