// SPDX-License-Identifier: Apache-2.0

/// One server-sent event as the WHATWG HTML standard (§ 9.2 "Server-sent events") defines it.
///
/// OpenAI streams send only `data:` fields; `event` and `id` are kept so other upstreams relay intact.
public struct ServerSentEvent: Sendable, Equatable {
    /// The `event:` field, if any.
    public var event: String?
    /// The `data:` lines joined with `\n`, as bytes.
    public var data: [UInt8]
    /// The `id:` field, if any.
    public var id: String?

    public init(event: String? = nil, data: [UInt8], id: String? = nil) {
        self.event = event
        self.data = data
        self.id = id
    }

    /// The terminal `[DONE]` sentinel of an OpenAI stream.
    public var isDone: Bool { data == Self.doneData }

    static let doneData = Array("[DONE]".utf8)

    /// The event in wire form, ending with the blank line that dispatches it.
    public func encoded() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(data.count + 16)
        if let event {
            out.append(contentsOf: Array("event: ".utf8))
            out.append(contentsOf: Array(event.utf8))
            out.append(0x0A)
        }
        if let id {
            out.append(contentsOf: Array("id: ".utf8))
            out.append(contentsOf: Array(id.utf8))
            out.append(0x0A)
        }
        // A data value with line breaks becomes several `data:` lines; the reader rejoins them.
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            out.append(contentsOf: Array("data: ".utf8))
            out.append(contentsOf: line)
            out.append(0x0A)
        }
        out.append(0x0A)
        return out
    }

    /// `data: [DONE]` followed by the blank line.
    public static let done = ServerSentEvent(data: doneData)

    /// An error event in OpenAI's shape. OpenAI SDKs raise `APIError` when a stream carries one,
    /// so a failure after the first byte is never mistaken for a short, successful answer.
    public static func error(_ body: OpenAIErrorBody) -> ServerSentEvent {
        ServerSentEvent(data: body.jsonBytes())
    }
}
