// SPDX-License-Identifier: Apache-2.0

/// A request body that is valid JSON but not a valid request for its endpoint, naming the field.
///
/// The gateway answers it with 400 and `param` set to ``param``, as OpenAI does.
public struct RequestValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The offending field as a path, e.g. `messages[2].role`; `nil` for the body as a whole.
    public let param: String?
    /// What is wrong, phrased for the caller.
    public let message: String

    public init(param: String?, message: String) {
        self.param = param
        self.message = message
    }

    public var description: String { message }

    static func wrongType(_ param: String, expected: String, found: JSONKind) -> RequestValidationError {
        RequestValidationError(param: param, message: "invalid type for '\(param)': expected \(expected), but got \(found)")
    }

    static func missing(_ param: String) -> RequestValidationError {
        RequestValidationError(param: param, message: "missing required parameter: '\(param)'")
    }
}
