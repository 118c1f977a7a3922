// SPDX-License-Identifier: Apache-2.0

/// One message of the AWS event-stream encoding (`application/vnd.amazon.eventstream`), used by
/// Bedrock's ConverseStream and InvokeModelWithResponseStream.
///
/// Wire layout, all integers big-endian: total length (4), headers length (4), prelude CRC-32 of
/// the first 8 bytes (4), headers, payload, message CRC-32 of everything before it (4).
public struct EventStreamMessage: Sendable, Equatable {
    public var headers: [EventStreamHeader]
    public var payload: [UInt8]

    public init(headers: [EventStreamHeader], payload: [UInt8]) {
        self.headers = headers
        self.payload = payload
    }

    /// The value of a string header (`:event-type`, `:message-type`, `:exception-type`, ...).
    public func string(_ name: String) -> String? {
        for header in headers where header.name == name {
            if case .string(let value) = header.value { return value }
        }
        return nil
    }

    /// `:message-type` is `event`.
    public var isEvent: Bool { string(":message-type") == "event" }

    /// An event message (`:message-type: event`) of type `eventType` with a JSON payload.
    public static func event(_ eventType: String, payload: [UInt8]) -> EventStreamMessage {
        json(kind: "event", type: eventType, payload: payload)
    }

    /// An exception message (`:message-type: exception`), as a service reports a failure mid-stream.
    public static func exception(_ exceptionType: String, payload: [UInt8]) -> EventStreamMessage {
        json(kind: "exception", type: exceptionType, payload: payload)
    }

    /// A JSON message with `:<kind>-type`, `:content-type` and `:message-type` headers.
    private static func json(kind: String, type: String, payload: [UInt8]) -> EventStreamMessage {
        EventStreamMessage(
            headers: [
                EventStreamHeader(name: ":\(kind)-type", value: .string(type)),
                EventStreamHeader(name: ":content-type", value: .string("application/json")),
                EventStreamHeader(name: ":message-type", value: .string(kind)),
            ],
            payload: payload
        )
    }

    /// The message's bytes.
    public func encoded() -> [UInt8] {
        var headerBytes: [UInt8] = []
        for header in headers { header.encode(into: &headerBytes) }
        let total = 12 + headerBytes.count + payload.count + 4
        var out: [UInt8] = []
        out.reserveCapacity(total)
        out.appendBigEndian(UInt32(total))
        out.appendBigEndian(UInt32(headerBytes.count))
        out.appendBigEndian(CRC32.checksum(out))
        out += headerBytes
        out += payload
        out.appendBigEndian(CRC32.checksum(out))
        return out
    }
}

/// A header of an event-stream message: a name and a typed value.
public struct EventStreamHeader: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case bool(Bool)
        case byte(Int8)
        case short(Int16)
        case integer(Int32)
        case long(Int64)
        case bytes([UInt8])
        case string(String)
        /// Milliseconds since the epoch.
        case timestamp(Int64)
        case uuid([UInt8])
    }

    public var name: String
    public var value: Value

    public init(name: String, value: Value) {
        self.name = name
        self.value = value
    }

    func encode(into out: inout [UInt8]) {
        let name = Array(self.name.utf8)
        out.append(UInt8(name.count))
        out += name
        switch value {
        case .bool(let flag): out.append(flag ? 0 : 1)
        case .byte(let value):
            out.append(2)
            out.append(UInt8(bitPattern: value))
        case .short(let value):
            out.append(3)
            out.appendBigEndian(UInt16(bitPattern: value))
        case .integer(let value):
            out.append(4)
            out.appendBigEndian(UInt32(bitPattern: value))
        case .long(let value):
            out.append(5)
            out.appendBigEndian(UInt64(bitPattern: value))
        case .bytes(let bytes):
            out.append(6)
            out.appendBigEndian(UInt16(bytes.count))
            out += bytes
        case .string(let text):
            out.append(7)
            let bytes = Array(text.utf8)
            out.appendBigEndian(UInt16(bytes.count))
            out += bytes
        case .timestamp(let millis):
            out.append(8)
            out.appendBigEndian(UInt64(bitPattern: millis))
        case .uuid(let bytes):
            out.append(9)
            out += bytes.prefix(16)
            if bytes.count < 16 { out += [UInt8](repeating: 0, count: 16 - bytes.count) }
        }
    }
}

extension Array where Element == UInt8 {
    mutating func appendBigEndian<T: FixedWidthInteger>(_ value: T) {
        var big = value.bigEndian
        Swift.withUnsafeBytes(of: &big) { append(contentsOf: $0) }
    }
}
