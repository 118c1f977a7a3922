// SPDX-License-Identifier: Apache-2.0

/// An incremental server-sent events reader: feed bytes as they arrive, take complete events out.
///
/// From the WHATWG HTML standard, § 9.2.6 "Interpreting an event stream": lines end in CRLF, LF or
/// CR; a line starting with `:` is a comment; `field: value` loses one leading space from the
/// value; a blank line dispatches the event; an event whose data buffer is empty is not dispatched.
///
/// Guarantees: never holds more than one incomplete line plus one event in progress, and refuses
/// (``LineTooLong``) a line longer than ``maximumLineLength`` so a hostile upstream cannot make the
/// gateway buffer without bound.
public struct ServerSentEventParser: Sendable {
    /// A single SSE line longer than this is an error. OpenAI chunks are a few hundred bytes; a
    /// tool-call argument chunk can be larger, so the bound is generous but finite.
    public static let maximumLineLength = 8 * 1024 * 1024

    /// Raised when the upstream sends a line longer than ``maximumLineLength``.
    public struct LineTooLong: Error, Sendable {}

    private var line: [UInt8] = []
    private var lastWasCR = false
    private var sawFirstLine = false
    private var data: [UInt8] = []
    private var hasData = false
    private var event: String?
    private var id: String?

    public init() {}

    /// Whether bytes of an unfinished line or event are held.
    public var hasPartialEvent: Bool { !line.isEmpty || hasData }

    /// Consumes `bytes` and returns the events they complete, in order.
    public mutating func feed(_ bytes: some Sequence<UInt8>) throws(LineTooLong) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in bytes {
            switch byte {
            case 0x0A:
                if lastWasCR {
                    lastWasCR = false
                    continue
                }
                if let event = endLine() { events.append(event) }
            case 0x0D:
                lastWasCR = true
                if let event = endLine() { events.append(event) }
            default:
                lastWasCR = false
                guard line.count < Self.maximumLineLength else { throw LineTooLong() }
                line.append(byte)
            }
        }
        return events
    }

    private mutating func endLine() -> ServerSentEvent? {
        defer { line.removeAll(keepingCapacity: true) }
        // A UTF-8 byte order mark at the very start of the stream is ignored.
        if !sawFirstLine {
            sawFirstLine = true
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
        }
        if line.isEmpty { return dispatch() }
        if line.first == UInt8(ascii: ":") { return nil }
        let name: ArraySlice<UInt8>
        var value: ArraySlice<UInt8>
        if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
            name = line[..<colon]
            value = line[(colon + 1)...]
            if value.first == UInt8(ascii: " ") { value = value.dropFirst() }
        } else {
            name = line[...]
            value = []
        }
        switch String(decoding: name, as: UTF8.self) {
        case "data":
            if hasData { data.append(0x0A) }
            data.append(contentsOf: value)
            hasData = true
        case "event": event = String(decoding: value, as: UTF8.self)
        case "id": id = String(decoding: value, as: UTF8.self)
        default: break  // `retry` and unknown fields are ignored, as the standard says
        }
        return nil
    }

    private mutating func dispatch() -> ServerSentEvent? {
        defer {
            data.removeAll(keepingCapacity: true)
            hasData = false
            event = nil
        }
        guard hasData else { return nil }
        return ServerSentEvent(event: event, data: data, id: id)
    }
}
