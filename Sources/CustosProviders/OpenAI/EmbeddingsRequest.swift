// SPDX-License-Identifier: Apache-2.0

/// A validated `POST /v1/embeddings` body, read without re-encoding it.
///
/// Guarantees: `model` is a non-empty string; `input` is a non-empty string, an array of strings,
/// an array of token integers, or an array of token arrays; `encoding_format` is `float` or
/// `base64`; `dimensions` is a positive integer. Other fields pass through untouched.
public struct EmbeddingsRequest: InspectableRequest {
    /// The model name the caller asked for.
    public let model: String
    /// How many inputs are to be embedded.
    public let inputCount: Int

    private let object: JSONObject
    private let modelRange: Range<Int>

    static let rules: [String: FieldRule] = [
        "model": .string, "input": .stringOrArray, "encoding_format": .string,
        "dimensions": .integer(minimum: 1), "user": .string,
    ]

    /// Validates `body`.
    /// - Throws: ``JSONSyntaxError`` for malformed JSON, ``RequestValidationError`` naming the field otherwise.
    public init(body: [UInt8]) throws {
        let object = try JSONScanner(body).rootObject()
        try FieldRule.rejectDuplicateKeys(object)
        for member in object.members {
            try Self.rules[member.key]?.check(member, in: object, param: member.key)
        }
        guard let modelMember = object.member("model"), let model = object.string(modelMember), !model.isEmpty else {
            throw RequestValidationError.missing("model")
        }
        guard let input = object.member("input"), input.kind != .null else { throw RequestValidationError.missing("input") }
        var count = 1
        if input.kind == .array {
            let elements = object.elements(input)
            guard !elements.isEmpty else { throw RequestValidationError(param: "input", message: "'input' must not be empty") }
            let kinds = Set(elements.map(\.kind.description))
            guard kinds.count == 1, let kind = elements.first?.kind, [.string, .number, .array].contains(kind) else {
                throw RequestValidationError(
                    param: "input",
                    message: "invalid type for 'input': expected a string, an array of strings, or an array of token arrays"
                )
            }
            // An array of integers is one tokenised input; an array of strings or of arrays is a batch.
            count = kind == .number ? 1 : elements.count
        } else if let text = object.string(input), text.isEmpty {
            throw RequestValidationError(param: "input", message: "'input' must not be empty")
        }
        if let format = object.member("encoding_format"), let value = object.string(format), value != "float", value != "base64" {
            throw RequestValidationError(
                param: "encoding_format",
                message: "invalid value for 'encoding_format': expected 'float' or 'base64', got '\(value)'"
            )
        }
        self.object = object
        self.model = model
        self.modelRange = modelMember.valueRange
        self.inputCount = count
    }

    /// The input strings (token arrays carry no text to inspect).
    public var outputTokenLimit: Int? { 0 }

    public var promptStrings: [PromptString] {
        guard let input = object.member("input") else { return [] }
        if let text = object.string(input) { return [PromptString(range: input.valueRange, text: text)] }
        return object.elements(input).filter { $0.kind == .string }.map { PromptString(range: $0.range, text: object.string(at: $0.range)) }
    }

    /// Embeddings answers are never streamed.
    public var stream: Bool { false }

    public func body(forUpstreamModel upstreamModel: String, replacing replacements: [Range<Int>: String]) -> [UInt8] {
        ModelSplice.rewriting(object.bytes, modelRange: modelRange, model: upstreamModel, prompts: replacements)
    }

    /// The body to send upstream: the caller's bytes with `model` replaced by `upstreamModel`.
    public func body(forUpstreamModel upstreamModel: String) -> [UInt8] {
        ModelSplice.replacingModel(in: object.bytes, modelRange: modelRange, with: upstreamModel)
    }
}
