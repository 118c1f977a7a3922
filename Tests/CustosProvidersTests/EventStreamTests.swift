// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosProviders

struct EventStreamTests {
    static let messages: [EventStreamMessage] = [
        .event("messageStart", payload: Array(#"{"role":"assistant"}"#.utf8)),
        .event("contentBlockDelta", payload: Array(#"{"contentBlockIndex":0,"delta":{"text":"Hello, wörld"}}"#.utf8)),
        EventStreamMessage(
            headers: [
                EventStreamHeader(name: "flag", value: .bool(true)), EventStreamHeader(name: "off", value: .bool(false)),
                EventStreamHeader(name: "b", value: .byte(-3)), EventStreamHeader(name: "s", value: .short(-300)),
                EventStreamHeader(name: "i", value: .integer(70_000)), EventStreamHeader(name: "l", value: .long(-5_000_000_000)),
                EventStreamHeader(name: "bytes", value: .bytes([0, 1, 255])), EventStreamHeader(name: "t", value: .timestamp(1_700_000_000_123)),
                EventStreamHeader(name: "u", value: .uuid(Array(0..<16))),
            ],
            payload: []
        ),
        .exception("throttlingException", payload: Array(#"{"message":"slow down"}"#.utf8)),
    ]

    @Test func crc32MatchesTheStandardCheckValue() {
        // The CRC-32/ISO-HDLC check value of "123456789".
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test func decodesWhatItEncodes() throws {
        var decoder = EventStreamDecoder()
        let bytes = Self.messages.flatMap { $0.encoded() }
        #expect(try decoder.feed(bytes) == Self.messages)
        #expect(decoder.pendingByteCount == 0)
    }

    @Test func everySplitPointDecodesIdentically() throws {
        let bytes = Self.messages.flatMap { $0.encoded() }
        for split in 0...bytes.count {
            var decoder = EventStreamDecoder()
            var decoded = try decoder.feed(bytes[..<split])
            decoded += try decoder.feed(bytes[split...])
            #expect(decoded == Self.messages, "split at \(split)")
        }
    }

    @Test func byteByByteDecodesIdentically() throws {
        var decoder = EventStreamDecoder()
        var decoded: [EventStreamMessage] = []
        for byte in Self.messages.flatMap({ $0.encoded() }) { decoded += try decoder.feed([byte]) }
        #expect(decoded == Self.messages)
    }

    @Test func aCorruptedPayloadFailsTheMessageCRC() {
        var bytes = Self.messages[1].encoded()
        bytes[bytes.count - 8] ^= 0x01
        var decoder = EventStreamDecoder()
        #expect {
            try decoder.feed(bytes)
        } throws: { error in
            guard case .messageChecksum = error as? EventStreamError else { return false }
            return true
        }
        // Once failed, it stays failed.
        #expect(throws: EventStreamError.self) { try decoder.feed(Self.messages[0].encoded()) }
    }

    @Test func aCorruptedLengthFailsThePreludeCRC() {
        var bytes = Self.messages[0].encoded()
        bytes[3] ^= 0x40
        var decoder = EventStreamDecoder()
        #expect {
            try decoder.feed(bytes)
        } throws: { error in
            guard case .preludeChecksum = error as? EventStreamError else { return false }
            return true
        }
    }

    @Test func refusesAMessageLongerThanTheLimitWithoutBufferingIt() {
        var prelude: [UInt8] = []
        prelude.appendBigEndian(UInt32(EventStreamDecoder.maximumMessageLength + 1))
        prelude.appendBigEndian(UInt32(0))
        prelude.appendBigEndian(CRC32.checksum(prelude))
        var decoder = EventStreamDecoder()
        #expect(throws: EventStreamError.messageTooLong(EventStreamDecoder.maximumMessageLength + 1)) { try decoder.feed(prelude) }
    }

    @Test func aHeaderRunningPastItsSectionIsMalformed() {
        // A string header claiming 200 bytes inside a 10-byte header section.
        var headers: [UInt8] = [1, UInt8(ascii: "a"), 7, 0, 200]
        headers += [UInt8](repeating: 0, count: 5)
        var bytes: [UInt8] = []
        bytes.appendBigEndian(UInt32(16 + headers.count))
        bytes.appendBigEndian(UInt32(headers.count))
        bytes.appendBigEndian(CRC32.checksum(bytes))
        bytes += headers
        bytes.appendBigEndian(CRC32.checksum(bytes))
        var decoder = EventStreamDecoder()
        #expect {
            try decoder.feed(bytes)
        } throws: { error in
            guard case .malformed = error as? EventStreamError else { return false }
            return true
        }
    }
}
