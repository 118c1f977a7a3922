// SPDX-License-Identifier: Apache-2.0

public import AsyncHTTPClient
import Foundation
import NIOCore

/// What the gateway asks a deployment to do, always in OpenAI's terms.
public enum ProviderOperation: Sendable, Equatable {
    case chatCompletions(stream: Bool)
    case embeddings

    public var isStreaming: Bool { self == .chatCompletions(stream: true) }
}

/// One deployment's client: takes OpenAI-shaped requests, speaks the provider's wire format,
/// and gives back OpenAI-shaped answers.
///
/// Guarantees of every implementation:
/// - `body` is an OpenAI request body whose `model` is already the upstream model name.
/// - Retries (with the deployment's ``RetryPolicy``) happen only before anything is returned,
///   on connect errors, 429 and 5xx; each attempt is reported to `onAttempt`.
/// - A returned ``ProviderAnswer`` is a success whose body has not been read yet (or, when the
///   provider needed several calls, is complete); every failure is a ``ProviderError``.
public protocol ModelProvider: Sendable {
    func send(
        _ operation: ProviderOperation,
        body: [UInt8],
        onAttempt: @Sendable (UpstreamAttempt) -> Void
    ) async throws(ProviderError) -> ProviderAnswer

    /// Closes connections; calls in flight fail.
    func shutdown() async throws
}

/// A successful answer, in OpenAI's format once read.
public struct ProviderAnswer: Sendable {
    /// How the upstream's bytes become OpenAI's.
    enum Translation: Sendable {
        /// Already OpenAI's format (OpenAI-compatible and Azure upstreams).
        case none
        /// A Converse answer.
        case converse(model: String, id: String, created: Int)
        /// A ConverseStream event stream.
        case converseStream(ConverseStreamTranslator)
    }

    enum Source: Sendable {
        case http(HTTPClientResponse.Body, Translation)
        case complete([UInt8])
    }

    let source: Source
    /// Attempts it took, the successful one included.
    public let attempts: Int

    init(source: Source, attempts: Int) {
        self.source = source
        self.attempts = attempts
    }

    /// An OpenAI-compatible upstream's answer, relayed as it is.
    public static func relayed(_ body: HTTPClientResponse.Body, attempts: Int) -> ProviderAnswer {
        ProviderAnswer(source: .http(body, .none), attempts: attempts)
    }

    /// Reads a non-streamed answer whole, in OpenAI's format.
    /// - Throws: ``ProviderError`` of kind `.protocolViolation` when it is longer than `limit`
    ///   bytes or not what the provider's format promises, `.timeout`/`.connect` when reading fails.
    public func collect(upTo limit: Int) async throws(ProviderError) -> [UInt8] {
        switch source {
        case .complete(let bytes):
            return bytes
        case .http(let body, let translation):
            let bytes: [UInt8]
            do {
                bytes = Array(try await body.collect(upTo: limit).readableBytesView)
            } catch is NIOTooManyBytesError {
                throw ProviderError(kind: .protocolViolation, detail: "answer larger than \(limit) bytes", attempts: attempts)
            } catch {
                throw UpstreamHTTPClient.classify(error, attempts: attempts)
            }
            switch translation {
            case .none: return bytes
            case .converse(let model, let id, let created):
                return try ConverseMapping.answer(fromConverse: bytes, model: model, id: id, created: created)
            case .converseStream:
                throw ProviderError(kind: .protocolViolation, detail: "a streamed answer cannot be collected", attempts: attempts)
            }
        }
    }

    /// The answer as OpenAI server-sent events, read as the caller asks for them.
    public func events() -> ProviderEventStream {
        switch source {
        case .complete(let bytes): ProviderEventStream(decoder: .complete(bytes))
        case .http(let body, .none): ProviderEventStream(iterator: body.makeAsyncIterator(), decoder: .sse(ServerSentEventParser()))
        case .http(let body, .converseStream(let translator)):
            ProviderEventStream(iterator: body.makeAsyncIterator(), decoder: .eventStream(EventStreamDecoder(), translator))
        case .http(_, .converse):
            // A non-streamed Converse answer has no events: asking for them is a caller's mistake.
            ProviderEventStream(decoder: .invalid("a non-streamed answer has no events"))
        }
    }
}

/// OpenAI server-sent events from an upstream answer, pulled one network read at a time (so a
/// slow client slows the upstream read: back-pressure).
public struct ProviderEventStream {
    enum Decoder: Sendable {
        case sse(ServerSentEventParser)
        case eventStream(EventStreamDecoder, ConverseStreamTranslator)
        case complete([UInt8])
        case invalid(String)
    }

    /// Why the stream could not go on.
    public enum Failure: Error, Sendable {
        /// Reading from the upstream failed.
        case read(any Error)
        /// The upstream's framing or content was invalid.
        case format(String)
    }

    private var iterator: HTTPClientResponse.Body.AsyncIterator?
    private var decoder: Decoder
    private var ended = false

    init(iterator: HTTPClientResponse.Body.AsyncIterator? = nil, decoder: Decoder) {
        self.iterator = iterator
        self.decoder = decoder
    }

    /// The events of the next network read (possibly none); `nil` once the upstream body ended.
    /// An OpenAI `[DONE]` arrives as an event (``ServerSentEvent/isDone``); for translated
    /// streams it is produced only when the provider's stream finished properly.
    public mutating func next() async throws(Failure) -> [ServerSentEvent]? {
        if ended { return nil }
        if case .complete = decoder {
            ended = true
            return []
        }
        if case .invalid(let reason) = decoder {
            ended = true
            throw .format(reason)
        }
        let chunk: ByteBuffer?
        do {
            chunk = try await iterator?.next()
        } catch {
            throw .read(error)
        }
        guard let chunk else {
            ended = true
            iterator = nil
            if case .eventStream(let decoder, let translator) = decoder {
                guard decoder.pendingByteCount == 0 else { throw .format("the event stream ended inside a message") }
                let final = translator.finish()
                return final.isEmpty ? nil : final
            }
            return nil
        }
        switch decoder {
        case .sse(var parser):
            defer { decoder = .sse(parser) }
            do {
                return try parser.feed(chunk.readableBytesView)
            } catch {
                throw .format("upstream sent an SSE line longer than \(ServerSentEventParser.maximumLineLength) bytes")
            }
        case .eventStream(var frames, var translator):
            defer { decoder = .eventStream(frames, translator) }
            var events: [ServerSentEvent] = []
            do {
                for message in try frames.feed(chunk.readableBytesView) { events += try translator.translate(message) }
            } catch let error as EventStreamError {
                throw .format(error.description)
            } catch let error as ProviderError {
                throw .format(error.detail)
            } catch {
                throw .format("\(error)")
            }
            return events
        case .complete, .invalid:
            return nil
        }
    }

    /// Reads and discards what follows the end of an answer (one read), so the pooled connection
    /// can be reused.
    public mutating func drain() async {
        _ = try? await iterator?.next()
    }
}
