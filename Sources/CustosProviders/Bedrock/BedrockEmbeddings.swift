// SPDX-License-Identifier: Apache-2.0

import Foundation

/// OpenAI embeddings on Bedrock's embedding models through InvokeModel
/// (`POST /model/{modelId}/invoke`), whose bodies are each model family's own:
///
/// - Amazon Titan Text Embeddings (`amazon.titan-embed-text-*`): one text per call,
///   `{"inputText", "dimensions"?, "normalize"?}` → `{"embedding": [...], "inputTextTokenCount"}`;
///   an input list becomes one call per text.
/// - Cohere Embed (`cohere.embed-*`): `{"texts": [...], "input_type": "search_document"}` →
///   `{"embeddings": [[...]], ...}`; token counts come from the
///   `X-Amzn-Bedrock-Input-Token-Count` header.
///
/// The answer is OpenAI's `list` of `embedding` objects, as floats or, for
/// `encoding_format: base64` (what the OpenAI SDKs ask for by default), base64 of little-endian
/// float32. Token-array inputs have no text to send and are refused.
public enum BedrockEmbeddings {
    public enum Family: Sendable, Equatable {
        case titan
        case cohere
    }

    /// What one OpenAI embeddings request asks of Bedrock.
    public struct Plan: Sendable, Equatable {
        public let modelID: String
        public let family: Family
        /// One InvokeModel body per call, in input order.
        public let bodies: [[UInt8]]
        public let base64: Bool
    }

    /// The family of `modelID`, or `nil` when it is not an embedding model this adapter knows.
    public static func family(of modelID: String) -> Family? {
        let bare = modelID.split(separator: "/").last.map(String.init) ?? modelID
        if bare.hasPrefix("amazon.titan-embed-text") || bare.hasPrefix("amazon.titan-embed-g1-text") { return .titan }
        if bare.hasPrefix("cohere.embed") { return .cohere }
        return nil
    }

    public static func plan(fromOpenAI body: [UInt8]) throws(ProviderError) -> Plan {
        guard let object = JSONValue.parse(body)?.object, let modelID = object["model"]?.string else {
            throw .unsupported("the request body is not an embeddings request")
        }
        guard let family = family(of: modelID) else {
            throw .unsupported(
                "'\(modelID)' is not a Bedrock embedding model this gateway speaks (Titan Text Embeddings, Cohere Embed)",
                param: "model"
            )
        }
        let texts: [String]
        switch object["input"] {
        case .string(let text): texts = [text]
        case .array(let items) where items.allSatisfy({ $0.string != nil }): texts = items.compactMap(\.string)
        default: throw .unsupported("Bedrock embedding models take text inputs, not token arrays", param: "input")
        }
        let base64 = object["encoding_format"]?.string == "base64"
        let dimensions = object["dimensions"]?.int
        switch family {
        case .titan:
            let bodies = texts.map { text in
                var request: [String: JSONValue] = ["inputText": .string(text)]
                if let dimensions { request["dimensions"] = .integer(Int64(dimensions)) }
                return JSONValue.object(request).encoded()
            }
            return Plan(modelID: modelID, family: family, bodies: bodies, base64: base64)
        case .cohere:
            guard texts.count <= 96 else { throw .unsupported("Cohere Embed on Bedrock takes at most 96 texts per request", param: "input") }
            if dimensions != nil { throw .unsupported("Cohere Embed on Bedrock has fixed dimensions", param: "dimensions") }
            let request: JSONValue = .object(["texts": .array(texts.map(JSONValue.string)), "input_type": .string("search_document")])
            return Plan(modelID: modelID, family: family, bodies: [request.encoded()], base64: base64)
        }
    }

    /// One InvokeModel answer: its vectors and token count.
    public static func vectors(
        _ body: [UInt8],
        family: Family,
        tokenHeader: Int?
    ) throws(ProviderError) -> (vectors: [[Double]], tokens: Int) {
        guard let answer = JSONValue.parse(body) else {
            throw ProviderError(kind: .protocolViolation, detail: "Bedrock embeddings answer is not JSON", attempts: 1)
        }
        func vector(_ value: JSONValue?) -> [Double]? {
            guard let items = value?.array else { return nil }
            let numbers = items.compactMap(\.double)
            return numbers.count == items.count ? numbers : nil
        }
        switch family {
        case .titan:
            guard let embedding = vector(answer["embedding"]) else {
                throw ProviderError(kind: .protocolViolation, detail: "Titan answer has no embedding", attempts: 1)
            }
            return ([embedding], answer["inputTextTokenCount"]?.int ?? tokenHeader ?? 0)
        case .cohere:
            let list = answer["embeddings"]?.array ?? answer["embeddings"]?["float"]?.array
            guard let list else { throw ProviderError(kind: .protocolViolation, detail: "Cohere answer has no embeddings", attempts: 1) }
            var vectors: [[Double]] = []
            for item in list {
                guard let values = vector(item) else {
                    throw ProviderError(kind: .protocolViolation, detail: "Cohere answer holds a malformed embedding", attempts: 1)
                }
                vectors.append(values)
            }
            return (vectors, tokenHeader ?? 0)
        }
    }

    /// OpenAI's embeddings list.
    public static func openAIList(_ vectors: [[Double]], tokens: Int, model: String, base64: Bool) -> [UInt8] {
        var out = #"{"object":"list","data":["#
        for (index, vector) in vectors.enumerated() {
            if index > 0 { out += "," }
            out += #"{"object":"embedding","index":\#(index),"embedding":"#
            if base64 {
                var bytes: [UInt8] = []
                bytes.reserveCapacity(vector.count * 4)
                for value in vector {
                    let bits = Float(value).bitPattern.littleEndian
                    withUnsafeBytes(of: bits) { bytes += $0 }
                }
                out += "\"\(Data(bytes).base64EncodedString())\""
            } else {
                out += "[" + vector.map { "\($0)" }.joined(separator: ",") + "]"
            }
            out += "}"
        }
        out +=
            #"],"model":\#(String(decoding: ModelSplice.jsonStringLiteral(model), as: UTF8.self)),"usage":{"prompt_tokens":\#(tokens),"total_tokens":\#(tokens)}}"#
        return Array(out.utf8)
    }
}
