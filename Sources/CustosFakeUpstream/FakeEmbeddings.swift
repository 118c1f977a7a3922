// SPDX-License-Identifier: Apache-2.0

import CustosProviders
import Foundation

/// The fake's embeddings: deterministic unit vectors derived from each input's bytes, in OpenAI's
/// `list` of `embedding` objects. `encoding_format: base64` packs little-endian float32, which is
/// what the OpenAI Python SDK requests by default and decodes.
struct FakeEmbeddings: Sendable {
    /// Used when the request gives no `dimensions`.
    static let defaultDimensions = 16

    static func responseJSON(request: JSONObject) -> String {
        let model = request.member("model").flatMap { request.string($0) } ?? "fake-embedding"
        let dimensions = min(request.member("dimensions").flatMap { request.integer($0) } ?? defaultDimensions, 8192)
        let base64 = request.member("encoding_format").flatMap { request.string($0) } == "base64"
        var inputs: [[UInt8]] = []
        var tokens = 0
        if let input = request.member("input") {
            if let text = request.string(input) {
                inputs = [Array(text.utf8)]
            } else {
                let elements = request.elements(input)
                if elements.first?.kind == .number {
                    inputs = [Array(request.bytes[input.valueRange])]  // one tokenised input
                } else {
                    inputs = elements.map { element in
                        element.kind == .string ? Array(request.string(at: element.range).utf8) : Array(request.bytes[element.range])
                    }
                }
            }
        }
        var data: [String] = []
        for (index, input) in inputs.enumerated() {
            tokens += max(1, input.split(separator: UInt8(ascii: " ")).count)
            let vector = Self.vector(for: input, dimensions: dimensions)
            let embedding: String
            if base64 {
                var bytes: [UInt8] = []
                bytes.reserveCapacity(vector.count * 4)
                for value in vector {
                    withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
                }
                embedding = "\"" + Data(bytes).base64EncodedString() + "\""
            } else {
                embedding = "[" + vector.map { "\($0)" }.joined(separator: ",") + "]"
            }
            data.append(#"{"object":"embedding","index":\#(index),"embedding":\#(embedding)}"#)
        }
        return
            #"{"object":"list","data":[\#(data.joined(separator: ","))],"model":\#(FakeJSON.string(model)),"usage":{"prompt_tokens":\#(tokens),"total_tokens":\#(tokens)}}"#
    }

    /// A unit-length vector that depends only on `input` and `dimensions`.
    static func vector(for input: [UInt8], dimensions: Int) -> [Float] {
        var values: [Float] = []
        values.reserveCapacity(dimensions)
        var state = FakeJSON.fnv1a(input)
        for _ in 0..<dimensions {
            state = FakeJSON.fnv1a(withUnsafeBytes(of: state) { Array($0) }, seed: state)
            values.append(Float(Int64(bitPattern: state) % 10_000) / 10_000)
        }
        let norm = (values.reduce(0) { $0 + $1 * $1 }).squareRoot()
        return norm > 0 ? values.map { $0 / norm } : values
    }
}
