// SPDX-License-Identifier: Apache-2.0

/// A streamed chat completion chunk (`chat.completion.chunk`), located in its bytes so the text
/// of its deltas can be inspected and rewritten without re-encoding the rest.
public struct ChatCompletionChunk: Sendable {
    /// One choice's delta in the chunk.
    public struct Delta: Sendable {
        public let index: Int
        /// The `delta.content` string, when the delta has one.
        public let content: PromptString?
        /// Whether the choice finishes in this chunk (`finish_reason` is not null).
        public let finishes: Bool
    }

    public let bytes: [UInt8]
    public let deltas: [Delta]
    /// Where the `choices` array is (brackets included).
    let choicesRange: Range<Int>

    /// `nil` when `data` is not a JSON object with a `choices` array (relayed as is).
    public init?(data: [UInt8]) {
        guard let object = try? JSONScanner(data).rootObject(), let choices = object.member("choices"), choices.kind == .array else {
            return nil
        }
        var deltas: [Delta] = []
        for (position, element) in object.elements(choices).enumerated() where element.kind == .object {
            let choice = object.object(at: element.range)
            let index = choice.member("index").flatMap(choice.integer) ?? position
            let delta = choice.member("delta").flatMap(choice.object)
            let content = delta.flatMap { delta in
                delta.member("content").flatMap { member in delta.string(member).map { PromptString(range: member.valueRange, text: $0) } }
            }
            let finishes = choice.member("finish_reason").map { $0.kind != .null } ?? false
            deltas.append(Delta(index: index, content: content, finishes: finishes))
        }
        self.bytes = data
        self.deltas = deltas
        self.choicesRange = choices.valueRange
    }

    /// This chunk with its delta contents replaced (by the content's range).
    public func replacingContents(_ replacements: [Range<Int>: String]) -> [UInt8] {
        ChatCompletionAnswer.replacing(bytes, replacements)
    }

    /// A chunk like this one (same id, model, created) whose only choice is `index` with
    /// `delta.content` = `text` and no finish reason.
    public func contentChunk(index: Int, text: String) -> [UInt8] {
        let choices =
            Array(#"[{"index":\#(index),"delta":{"content":"#.utf8) + ModelSplice.jsonStringLiteral(text) + Array(#"},"finish_reason":null}]"#.utf8)
        return ModelSplice.splicing(bytes, [(choicesRange, choices)])
    }
}
