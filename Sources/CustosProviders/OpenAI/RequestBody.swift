// SPDX-License-Identifier: Apache-2.0

/// A JSON string of a request body that carries text for the model: where its literal is (quotes
/// included) and its decoded text.
public struct PromptString: Sendable {
    public let range: Range<Int>
    public let text: String

    public init(range: Range<Int>, text: String) {
        self.range = range
        self.text = text
    }
}

/// A proxied request whose prompt text can be inspected and rewritten before it is forwarded.
public protocol InspectableRequest: Sendable {
    /// The model name the caller asked for.
    var model: String { get }
    /// Whether the answer is streamed.
    var stream: Bool { get }
    /// The strings that carry text for the model, in document order.
    var promptStrings: [PromptString] { get }
    /// The most output tokens the call can produce: `0` for embeddings, the completion limit for
    /// chat, `nil` when the caller set none.
    var outputTokenLimit: Int? { get }
    /// The body to send upstream: `model` replaced by `upstreamModel`, and each prompt string
    /// whose range is a key of `replacements` replaced by that text (JSON-encoded).
    func body(forUpstreamModel upstreamModel: String, replacing replacements: [Range<Int>: String]) -> [UInt8]
}

/// Splices a new value for the top-level `model` field into a request body, leaving every other
/// byte exactly as the client sent it.
enum ModelSplice {
    /// `bytes` with each range replaced by its bytes; ranges must not overlap.
    static func splicing(_ bytes: [UInt8], _ replacements: [(range: Range<Int>, bytes: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var position = 0
        for replacement in replacements.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            out.append(contentsOf: bytes[position..<replacement.range.lowerBound])
            out.append(contentsOf: replacement.bytes)
            position = replacement.range.upperBound
        }
        out.append(contentsOf: bytes[position...])
        return out
    }

    /// The model and prompt replacements of a request body.
    static func rewriting(_ bytes: [UInt8], modelRange: Range<Int>, model: String, prompts: [Range<Int>: String]) -> [UInt8] {
        if prompts.isEmpty { return replacingModel(in: bytes, modelRange: modelRange, with: model) }
        var replacements: [(range: Range<Int>, bytes: [UInt8])] = [(modelRange, jsonStringLiteral(model))]
        for (range, text) in prompts { replacements.append((range, jsonStringLiteral(text))) }
        return splicing(bytes, replacements)
    }

    static func replacingModel(in bytes: [UInt8], modelRange: Range<Int>, with model: String) -> [UInt8] {
        let encoded = jsonStringLiteral(model)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - modelRange.count + encoded.count)
        out.append(contentsOf: bytes[..<modelRange.lowerBound])
        out.append(contentsOf: encoded)
        out.append(contentsOf: bytes[modelRange.upperBound...])
        return out
    }

    /// `value` as a JSON string literal with the minimal escaping RFC 8259 requires.
    static func jsonStringLiteral(_ value: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return out
    }
}
