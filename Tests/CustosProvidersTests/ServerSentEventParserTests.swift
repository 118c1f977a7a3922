// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosProviders

struct ServerSentEventParserTests {
    static let stream = "data: {\"a\":1}\n\n: keep-alive comment\n\nevent: delta\nid: 7\ndata: line1\ndata: line2\n\ndata:[DONE]\n\n"

    static let expected = [
        ServerSentEvent(data: Array(#"{"a":1}"#.utf8)),
        ServerSentEvent(event: "delta", data: Array("line1\nline2".utf8), id: "7"),
        ServerSentEvent(data: Array("[DONE]".utf8), id: "7"),
    ]

    @Test func parsesWholeStream() throws {
        var parser = ServerSentEventParser()
        let events = try parser.feed(Array(Self.stream.utf8))
        #expect(events == Self.expected)
        #expect(events.last?.isDone == true)
        #expect(!parser.hasPartialEvent)
    }

    /// Upstream chunks split events anywhere; every split point must give the same events.
    @Test func everySplitPointGivesTheSameEvents() throws {
        let bytes = Array(Self.stream.utf8)
        for split in 0...bytes.count {
            var parser = ServerSentEventParser()
            let events = try parser.feed(bytes[..<split]) + parser.feed(bytes[split...])
            #expect(events == Self.expected, "split at \(split)")
        }
    }

    @Test func acceptsCRLFAndCR() throws {
        var parser = ServerSentEventParser()
        let crlf = try parser.feed(Array("data: x\r\n\r\ndata: y\r\r".utf8))
        #expect(crlf.map(\.data) == [Array("x".utf8), Array("y".utf8)])
        var split = ServerSentEventParser()
        let first = try split.feed(Array("data: z\r".utf8))
        let second = try split.feed(Array("\n\r\n".utf8))
        #expect((first + second).map(\.data) == [Array("z".utf8)])
    }

    @Test func encodedEventsRoundTrip() throws {
        var parser = ServerSentEventParser()
        let encoded = Self.expected.flatMap { $0.encoded() }
        #expect(try parser.feed(encoded) == Self.expected)
    }

    @Test func errorEventHasOpenAIShape() {
        let event = ServerSentEvent.error(OpenAIErrorBody(message: "m", type: "server_error", code: "c"))
        #expect(
            String(decoding: event.encoded(), as: UTF8.self) == #"data: {"error":{"message":"m","type":"server_error","param":null,"code":"c"}}"#
                + "\n\n"
        )
    }

    @Test func refusesUnboundedLines() {
        var parser = ServerSentEventParser()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1024 * 1024)
        #expect(throws: ServerSentEventParser.LineTooLong.self) {
            for _ in 0..<9 { _ = try parser.feed(chunk) }
        }
    }
}
