// SPDX-License-Identifier: Apache-2.0

/// The text of a non-streamed chat completion, located in its bytes so it can be inspected and
/// rewritten without re-encoding the rest: each choice's `message.content` and the arguments of
/// its tool calls. An answer that is not the expected JSON has no such text (and is relayed as is).
public enum ChatCompletionAnswer {
    public static func contentStrings(_ body: [UInt8]) -> [PromptString] {
        guard let object = try? JSONScanner(body).rootObject(), let choices = object.member("choices") else { return [] }
        var strings: [PromptString] = []
        for choice in object.elements(choices) where choice.kind == .object {
            let choiceObject = object.object(at: choice.range)
            guard let message = choiceObject.member("message").flatMap(choiceObject.object) else { continue }
            if let content = message.member("content"), let text = message.string(content) {
                strings.append(PromptString(range: content.valueRange, text: text))
            }
            if let calls = message.member("tool_calls") {
                for call in message.elements(calls) where call.kind == .object {
                    let callObject = message.object(at: call.range)
                    if let function = callObject.member("function").flatMap(callObject.object), let arguments = function.member("arguments"),
                        let text = function.string(arguments)
                    {
                        strings.append(PromptString(range: arguments.valueRange, text: text))
                    }
                }
            }
        }
        return strings
    }

    /// `body` with each string at a key's range replaced by the value (JSON-encoded).
    public static func replacing(_ body: [UInt8], _ replacements: [Range<Int>: String]) -> [UInt8] {
        guard !replacements.isEmpty else { return body }
        return ModelSplice.splicing(body, replacements.map { ($0.key, ModelSplice.jsonStringLiteral($0.value)) })
    }
}
