// SPDX-License-Identifier: Apache-2.0

import Foundation

/// The error body every OpenAI endpoint returns, `{"error": {"message", "type", "param", "code"}}`.
///
/// OpenAI SDKs read `message` for the exception text and `code` / `type` for the kind; the HTTP
/// status picks the exception class. `param` and `code` are `null` when they do not apply, as
/// OpenAI sends them.
public struct OpenAIErrorBody: Codable, Sendable, Equatable {
    /// The inner error object.
    public struct Detail: Codable, Sendable, Equatable {
        public var message: String
        public var type: String
        public var param: String?
        public var code: String?

        public init(message: String, type: String, param: String? = nil, code: String? = nil) {
            self.message = message
            self.type = type
            self.param = param
            self.code = code
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(message, forKey: .message)
            try container.encode(type, forKey: .type)
            // OpenAI sends explicit nulls; SDKs tolerate either, but byte-compatibility wants nulls.
            try container.encode(param, forKey: .param)
            try container.encode(code, forKey: .code)
        }
    }

    public var error: Detail

    public init(message: String, type: String, param: String? = nil, code: String? = nil) {
        self.error = Detail(message: message, type: type, param: param, code: code)
    }

    /// The body as JSON bytes, keys in OpenAI's order (`message`, `type`, `param`, `code`).
    ///
    /// Written by hand: Foundation's encoder on Linux does not keep key order.
    public func jsonBytes() -> [UInt8] {
        func literal(_ value: String?) -> [UInt8] {
            value.map(ModelSplice.jsonStringLiteral) ?? Array("null".utf8)
        }
        var out = Array(#"{"error":{"message":"#.utf8)
        out += literal(error.message)
        out += Array(#","type":"#.utf8) + literal(error.type)
        out += Array(#","param":"#.utf8) + literal(error.param)
        out += Array(#","code":"#.utf8) + literal(error.code)
        out += Array("}}".utf8)
        return out
    }

    /// Reads an OpenAI-shaped error body, or `nil` when the bytes are something else.
    public static func parse(_ bytes: [UInt8]) -> OpenAIErrorBody? {
        try? JSONDecoder().decode(OpenAIErrorBody.self, from: Data(bytes))
    }
}
