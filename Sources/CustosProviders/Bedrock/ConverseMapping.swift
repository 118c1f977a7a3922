// SPDX-License-Identifier: Apache-2.0

import Foundation

/// Translates OpenAI chat completions to and from Amazon Bedrock's Converse API
/// (`POST /model/{modelId}/converse` and `/converse-stream`), following the shapes of Bedrock's
/// published service model (`bedrock-runtime` 2023-09-30).
///
/// Request, OpenAI → Converse:
/// - `system` and `developer` messages become `system` text blocks; `user` content (a string or
///   text and `image_url` parts, images as `data:` URLs) becomes text and image blocks; an
///   `assistant`'s text and `tool_calls` become text and `toolUse` blocks; `tool` messages become
///   `toolResult` blocks of a user turn. Consecutive turns of one role are merged (Converse
///   requires user and assistant turns to alternate).
/// - `max_completion_tokens`/`max_tokens`, `temperature`, `top_p`, `stop` → `inferenceConfig`;
///   `tools` and `tool_choice` (`auto`, `required`, a named function; `none` drops the tools
///   unless the conversation already used them) → `toolConfig`.
/// - Fields with no Converse equivalent that change what comes back (`n` > 1, `logprobs`,
///   `logit_bias`, a `response_format` other than text, images by remote URL, token-array
///   prompts) are refused with a ``ProviderError`` of kind `.unsupported` naming the field, so
///   a caller never gets a silently different answer. Hints without an equivalent (`seed`,
///   penalties, `user`, `metadata`, `store`, `parallel_tool_calls`) are dropped.
///
/// Answer, Converse → OpenAI: text blocks joined as `content`, `toolUse` blocks as `tool_calls`
/// (arguments as JSON text), `stopReason` → `finish_reason`, `usage` → `usage`.
public enum ConverseMapping {
    /// The model id and the Converse body for an OpenAI chat completion body, and whether the
    /// caller asked for a usage chunk at the end of a stream.
    public static func request(fromOpenAI body: [UInt8]) throws(ProviderError) -> (modelID: String, body: [UInt8], includeUsage: Bool) {
        guard let object = JSONValue.parse(body)?.object else { throw .unsupported("the request body is not a JSON object") }
        guard let modelID = object["model"]?.string, !modelID.isEmpty else { throw .unsupported("the request has no model") }
        if let n = object["n"]?.int, n > 1 { throw .unsupported("'n' greater than 1 is not available on Bedrock deployments", param: "n") }
        if object["logprobs"]?.bool == true { throw .unsupported("'logprobs' is not available on Bedrock deployments", param: "logprobs") }
        if let bias = object["logit_bias"]?.object, !bias.isEmpty {
            throw .unsupported("'logit_bias' is not available on Bedrock deployments", param: "logit_bias")
        }
        if let format = object["response_format"]?["type"]?.string, format != "text" {
            throw .unsupported("'response_format' of type \(format) is not available on Bedrock deployments", param: "response_format")
        }

        var system: [JSONValue] = []
        var turns: [(role: String, content: [JSONValue])] = []
        func append(_ role: String, _ blocks: [JSONValue]) {
            guard !blocks.isEmpty else { return }
            if let last = turns.last, last.role == role {
                turns[turns.count - 1].content += blocks
            } else {
                turns.append((role, blocks))
            }
        }
        var usesTools = false
        for (index, message) in (object["messages"]?.array ?? []).enumerated() {
            let role = message["role"]?.string ?? ""
            let param = "messages[\(index)]"
            switch role {
            case "system", "developer":
                for text in try texts(message["content"], param: param) { system.append(.object(["text": .string(text)])) }
            case "user":
                append("user", try userBlocks(message["content"], param: param))
            case "assistant":
                var blocks = try texts(message["content"], param: param).map { JSONValue.object(["text": .string($0)]) }
                for call in message["tool_calls"]?.array ?? [] {
                    usesTools = true
                    let function = call["function"]
                    let arguments = function?["arguments"]?.string ?? "{}"
                    guard let input = JSONValue.parse(Array(arguments.utf8)) else {
                        throw .unsupported("tool call arguments are not JSON", param: "\(param).tool_calls")
                    }
                    blocks.append(
                        .object([
                            "toolUse": .object([
                                "toolUseId": .string(call["id"]?.string ?? ""), "name": .string(function?["name"]?.string ?? ""),
                                "input": input,
                            ])
                        ])
                    )
                }
                append("assistant", blocks)
            case "tool":
                usesTools = true
                let text = try texts(message["content"], param: param).joined(separator: "\n")
                append(
                    "user",
                    [
                        .object([
                            "toolResult": .object([
                                "toolUseId": .string(message["tool_call_id"]?.string ?? ""),
                                "content": .array([.object(["text": .string(text)])]),
                            ])
                        ])
                    ]
                )
            default:
                throw .unsupported("message role '\(role)' is not available on Bedrock deployments", param: "\(param).role")
            }
        }

        var converse: [String: JSONValue] = ["messages": .array(turns.map { .object(["role": .string($0.role), "content": .array($0.content)]) })]
        if !system.isEmpty { converse["system"] = .array(system) }
        var inference: [String: JSONValue] = [:]
        if let maxTokens = object["max_completion_tokens"]?.int ?? object["max_tokens"]?.int { inference["maxTokens"] = .integer(Int64(maxTokens)) }
        if let temperature = object["temperature"]?.double { inference["temperature"] = .number(temperature) }
        if let topP = object["top_p"]?.double { inference["topP"] = .number(topP) }
        switch object["stop"] {
        case .string(let stop): inference["stopSequences"] = .array([.string(stop)])
        case .array(let stops): inference["stopSequences"] = .array(stops.filter { $0.string != nil })
        default: break
        }
        if !inference.isEmpty { converse["inferenceConfig"] = .object(inference) }
        if let toolConfig = try toolConfig(object, usesTools: usesTools) { converse["toolConfig"] = toolConfig }
        let includeUsage = object["stream_options"]?["include_usage"]?.bool ?? false
        return (modelID, JSONValue.object(converse).encoded(), includeUsage)
    }

    /// The `toolConfig` for OpenAI's `tools` and `tool_choice`.
    static func toolConfig(_ object: [String: JSONValue], usesTools: Bool) throws(ProviderError) -> JSONValue? {
        let tools = object["tools"]?.array ?? []
        guard !tools.isEmpty else { return nil }
        var specs: [JSONValue] = []
        for tool in tools {
            guard tool["type"]?.string == "function", let function = tool["function"], let name = function["name"]?.string else {
                throw .unsupported("only function tools are available on Bedrock deployments", param: "tools")
            }
            var spec: [String: JSONValue] = [
                "name": .string(name),
                "inputSchema": .object(["json": function["parameters"] ?? .object(["type": .string("object"), "properties": .object([:])])]),
            ]
            if let description = function["description"]?.string, !description.isEmpty { spec["description"] = .string(description) }
            specs.append(.object(["toolSpec": .object(spec)]))
        }
        var config: [String: JSONValue] = ["tools": .array(specs)]
        switch object["tool_choice"] {
        case .string("none"):
            // Converse has no "none"; the tools stay only if earlier turns used them (Bedrock requires it).
            if !usesTools { return nil }
        case .string("required"): config["toolChoice"] = .object(["any": .object([:])])
        case .string("auto"): config["toolChoice"] = .object(["auto": .object([:])])
        case .object(let choice):
            guard let name = choice["function"]?["name"]?.string else { throw .unsupported("tool_choice names no function", param: "tool_choice") }
            config["toolChoice"] = .object(["tool": .object(["name": .string(name)])])
        default: break
        }
        return .object(config)
    }

    /// The text of a message's `content`: a string, or the `text` of its text parts.
    static func texts(_ content: JSONValue?, param: String) throws(ProviderError) -> [String] {
        switch content {
        case .string(let text): return text.isEmpty ? [] : [text]
        case .array(let parts):
            var texts: [String] = []
            for part in parts {
                switch part["type"]?.string {
                case "text": if let text = part["text"]?.string, !text.isEmpty { texts.append(text) }
                case "refusal": if let text = part["refusal"]?.string, !text.isEmpty { texts.append(text) }
                default:
                    throw .unsupported("content parts of type '\(part["type"]?.string ?? "?")' are not available here", param: "\(param).content")
                }
            }
            return texts
        default: return []
        }
    }

    /// A user turn's blocks: text and images (from `data:` URLs).
    static func userBlocks(_ content: JSONValue?, param: String) throws(ProviderError) -> [JSONValue] {
        guard case .array(let parts) = content else {
            return try texts(content, param: param).map { .object(["text": .string($0)]) }
        }
        var blocks: [JSONValue] = []
        for part in parts {
            switch part["type"]?.string {
            case "text":
                if let text = part["text"]?.string, !text.isEmpty { blocks.append(.object(["text": .string(text)])) }
            case "image_url":
                let url = part["image_url"]?["url"]?.string ?? ""
                guard let image = dataURLImage(url) else {
                    throw .unsupported(
                        "Bedrock deployments take images as data: URLs (png, jpeg, gif, webp), not remote URLs",
                        param: "\(param).content"
                    )
                }
                blocks.append(.object(["image": .object(["format": .string(image.format), "source": .object(["bytes": .string(image.base64)])])]))
            default:
                throw .unsupported(
                    "content parts of type '\(part["type"]?.string ?? "?")' are not available on Bedrock deployments",
                    param: "\(param).content"
                )
            }
        }
        return blocks
    }

    /// `data:image/png;base64,…` → (`png`, the base64 text).
    static func dataURLImage(_ url: String) -> (format: String, base64: String)? {
        guard url.hasPrefix("data:image/"), let comma = url.firstIndex(of: ",") else { return nil }
        let header = url[url.index(url.startIndex, offsetBy: 11)..<comma]
        guard header.hasSuffix(";base64") else { return nil }
        var format = String(header.dropLast(7)).lowercased()
        if format == "jpg" { format = "jpeg" }
        guard ["png", "jpeg", "gif", "webp"].contains(format) else { return nil }
        return (format, String(url[url.index(after: comma)...]))
    }

    // MARK: answers

    /// OpenAI's `finish_reason` for a Converse `stopReason`.
    public static func finishReason(_ stopReason: String?) -> String {
        switch stopReason {
        case "tool_use": "tool_calls"
        case "max_tokens", "model_context_window_exceeded": "length"
        case "guardrail_intervened", "content_filtered": "content_filter"
        default: "stop"
        }
    }

    /// An OpenAI chat completion for a Converse answer.
    public static func answer(fromConverse body: [UInt8], model: String, id: String, created: Int) throws(ProviderError) -> [UInt8] {
        guard let answer = JSONValue.parse(body), let message = answer["output"]?["message"] else {
            throw ProviderError(kind: .protocolViolation, detail: "Bedrock answer has no output.message", attempts: 1)
        }
        var text = ""
        var calls: [JSONValue] = []
        for block in message["content"]?.array ?? [] {
            if let part = block["text"]?.string { text += part }
            if let use = block["toolUse"] {
                calls.append(
                    .object([
                        "id": .string(use["toolUseId"]?.string ?? ""), "type": .string("function"),
                        "function": .object([
                            "name": .string(use["name"]?.string ?? ""),
                            "arguments": .string(String(decoding: (use["input"] ?? .object([:])).encoded(), as: UTF8.self)),
                        ]),
                    ])
                )
            }
        }
        var openAIMessage: [String: JSONValue] = ["role": .string("assistant"), "content": calls.isEmpty || !text.isEmpty ? .string(text) : .null]
        if !calls.isEmpty { openAIMessage["tool_calls"] = .array(calls) }
        var completion: [String: JSONValue] = [
            "id": .string(id), "object": .string("chat.completion"), "created": .integer(Int64(created)), "model": .string(model),
            "choices": .array([
                .object([
                    "index": .integer(0), "message": .object(openAIMessage), "logprobs": .null,
                    "finish_reason": .string(finishReason(answer["stopReason"]?.string)),
                ])
            ]),
        ]
        if let usage = answer["usage"] { completion["usage"] = openAIUsage(usage) }
        return JSONValue.object(completion).encoded()
    }

    static func openAIUsage(_ usage: JSONValue) -> JSONValue {
        let input = usage["inputTokens"]?.int ?? 0
        let output = usage["outputTokens"]?.int ?? 0
        return .object([
            "prompt_tokens": .integer(Int64(input)), "completion_tokens": .integer(Int64(output)),
            "total_tokens": .integer(Int64(usage["totalTokens"]?.int ?? input + output)),
        ])
    }
}
