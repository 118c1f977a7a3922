// SPDX-License-Identifier: Apache-2.0

/// Token counts an upstream reported for one call (`usage` in OpenAI responses).
public struct Usage: Sendable, Equatable {
    public var promptTokens: Int
    public var completionTokens: Int
    public var totalTokens: Int

    public init(promptTokens: Int, completionTokens: Int, totalTokens: Int) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.totalTokens = totalTokens
    }

    /// Reads `usage` from a response body or a stream chunk; `nil` if it is absent or `null`.
    ///
    /// Embeddings responses carry no `completion_tokens`; it reads as 0.
    public static func parse(responseBody bytes: [UInt8]) -> Usage? {
        guard let object = try? JSONScanner(bytes).rootObject(), let member = object.member("usage"),
            let usage = object.object(member)
        else { return nil }
        func count(_ key: String) -> Int { usage.member(key).flatMap { usage.integer($0) } ?? 0 }
        let prompt = count("prompt_tokens")
        let completion = count("completion_tokens")
        let total = usage.member("total_tokens").flatMap { usage.integer($0) } ?? prompt + completion
        return Usage(promptTokens: prompt, completionTokens: completion, totalTokens: total)
    }
}
