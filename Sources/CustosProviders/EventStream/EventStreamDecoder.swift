// SPDX-License-Identifier: Apache-2.0

/// Why event-stream bytes could not be decoded.
public enum EventStreamError: Error, Sendable, Equatable, CustomStringConvertible {
    case preludeChecksum(expected: UInt32, computed: UInt32)
    case messageChecksum(expected: UInt32, computed: UInt32)
    case messageTooLong(Int)
    case malformed(String)

    public var description: String {
        switch self {
        case .preludeChecksum(let expected, let computed): "event-stream prelude CRC mismatch (sent \(expected), computed \(computed))"
        case .messageChecksum(let expected, let computed): "event-stream message CRC mismatch (sent \(expected), computed \(computed))"
        case .messageTooLong(let length): "event-stream message of \(length) bytes exceeds the limit"
        case .malformed(let detail): "malformed event-stream message: \(detail)"
        }
    }
}

/// Decodes AWS event-stream messages from bytes as they arrive, in chunks of any size.
///
/// Guarantees: a message is returned only once all its bytes arrived and both its prelude and
/// message CRC-32 match; the result does not depend on how the bytes were split (tested at
/// every split point). A message longer than ``maximumMessageLength`` (16 MiB, the format's
/// limit) is an error rather than a reason to buffer without bound. After an error the decoder
/// stays failed: the stream cannot be trusted past a corrupt frame.
public struct EventStreamDecoder: Sendable {
    public static let maximumMessageLength = 16 * 1024 * 1024
    static let maximumHeadersLength = 128 * 1024

    private var buffer: [UInt8] = []
    private var start = 0
    private var failed: EventStreamError?

    public init() {}

    /// Bytes received and not yet part of a complete message.
    public var pendingByteCount: Int { buffer.count - start }

    /// Adds `bytes` and returns the messages they complete.
    public mutating func feed(_ bytes: some Sequence<UInt8>) throws(EventStreamError) -> [EventStreamMessage] {
        if let failed { throw failed }
        buffer.append(contentsOf: bytes)
        var messages: [EventStreamMessage] = []
        do {
            while let message = try next() { messages.append(message) }
        } catch {
            failed = error
            throw error
        }
        if start > 0, start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        return messages
    }

    private mutating func next() throws(EventStreamError) -> EventStreamMessage? {
        guard buffer.count - start >= 12 else { return nil }
        let total = Int(readUInt32(at: start))
        let headersLength = Int(readUInt32(at: start + 4))
        let preludeCRC = readUInt32(at: start + 8)
        let computedPrelude = CRC32.checksum(buffer[start..<start + 8])
        guard preludeCRC == computedPrelude else { throw .preludeChecksum(expected: preludeCRC, computed: computedPrelude) }
        guard total <= Self.maximumMessageLength else { throw .messageTooLong(total) }
        guard total >= 16, headersLength <= Self.maximumHeadersLength, headersLength <= total - 16 else {
            throw .malformed("lengths \(total)/\(headersLength) are inconsistent")
        }
        guard buffer.count - start >= total else { return nil }
        let messageCRC = readUInt32(at: start + total - 4)
        let computedMessage = CRC32.checksum(buffer[start..<start + total - 4])
        guard messageCRC == computedMessage else { throw .messageChecksum(expected: messageCRC, computed: computedMessage) }
        let headers = try Self.headers(buffer[start + 12..<start + 12 + headersLength])
        let payload = Array(buffer[start + 12 + headersLength..<start + total - 4])
        start += total
        return EventStreamMessage(headers: headers, payload: payload)
    }

    private func readUInt32(at index: Int) -> UInt32 {
        UInt32(buffer[index]) << 24 | UInt32(buffer[index + 1]) << 16 | UInt32(buffer[index + 2]) << 8 | UInt32(buffer[index + 3])
    }

    static func headers(_ bytes: ArraySlice<UInt8>) throws(EventStreamError) -> [EventStreamHeader] {
        var headers: [EventStreamHeader] = []
        var index = bytes.startIndex
        func take(_ count: Int) throws(EventStreamError) -> ArraySlice<UInt8> {
            guard count >= 0, bytes.endIndex - index >= count else { throw .malformed("a header runs past the headers' end") }
            defer { index += count }
            return bytes[index..<index + count]
        }
        func integer(_ count: Int) throws(EventStreamError) -> UInt64 {
            try take(count).reduce(0) { $0 << 8 | UInt64($1) }
        }
        while index < bytes.endIndex {
            let nameLength = Int(try integer(1))
            let name = String(decoding: try take(nameLength), as: UTF8.self)
            let type = try integer(1)
            let value: EventStreamHeader.Value
            switch type {
            case 0: value = .bool(true)
            case 1: value = .bool(false)
            case 2: value = .byte(Int8(truncatingIfNeeded: try integer(1)))
            case 3: value = .short(Int16(truncatingIfNeeded: try integer(2)))
            case 4: value = .integer(Int32(truncatingIfNeeded: try integer(4)))
            case 5: value = .long(Int64(bitPattern: try integer(8)))
            case 6: value = .bytes(Array(try take(Int(try integer(2)))))
            case 7: value = .string(String(decoding: try take(Int(try integer(2))), as: UTF8.self))
            case 8: value = .timestamp(Int64(bitPattern: try integer(8)))
            case 9: value = .uuid(Array(try take(16)))
            default: throw .malformed("unknown header value type \(type)")
            }
            headers.append(EventStreamHeader(name: name, value: value))
        }
        return headers
    }
}
