// SPDX-License-Identifier: Apache-2.0

import AsyncHTTPClient
import CustosProviders
import Hummingbird
import Logging
import NIOCore

/// Relays an upstream server-sent event stream to the client, event by event, as it arrives.
///
/// Guarantees:
/// - Back-pressure end to end: the next upstream chunk is read only after the previous events were
///   written to the client, so a slow client slows the upstream read instead of filling memory.
///   What is held is one incomplete SSE line at most (bounded by ``ServerSentEventParser``).
/// - A stream that breaks (upstream error, disconnect, or an end without `data: [DONE]`) ends with
///   an OpenAI-shaped error event and no `[DONE]`, so SDKs raise instead of returning a truncated
///   answer as if it were complete.
/// - Nothing after `[DONE]` is relayed.
struct StreamRelay: Sendable {
    let modelName: String
    let deploymentID: String
    let includeUsage: Bool
    let metrics: GatewayMetrics
    let logger: Logger

    func responseBody(upstream: UpstreamResponse) -> ResponseBody {
        ResponseBody { writer in
            var parser = ServerSentEventParser()
            var sawDone = false
            var failure: String?
            var iterator = upstream.body.makeAsyncIterator()
            while !sawDone {
                let chunk: ByteBuffer?
                do {
                    chunk = try await iterator.next()
                } catch {
                    failure = "upstream connection failed mid-stream: \(error)"
                    break
                }
                guard let chunk else {
                    failure = "upstream stream ended before [DONE]"
                    break
                }
                let events: [ServerSentEvent]
                do {
                    events = try parser.feed(chunk.readableBytesView)
                } catch {
                    failure = "upstream sent an SSE line longer than \(ServerSentEventParser.maximumLineLength) bytes"
                    break
                }
                guard !events.isEmpty else { continue }
                var out = ByteBuffer()
                for event in events where !sawDone {
                    if event.isDone {
                        sawDone = true
                    } else if includeUsage, let usage = Usage.parse(responseBody: event.data) {
                        metrics.tokens(model: modelName, prompt: usage.promptTokens, completion: usage.completionTokens)
                    }
                    out.writeBytes(event.encoded())
                }
                // If the client has gone, this throws and the upstream request is cancelled with the iterator.
                try await writer.write(out)
            }
            if let failure {
                logger.error("stream relay failed", metadata: ["deployment": "\(deploymentID)", "detail": "\(failure)"])
                metrics.error(code: "upstream_stream_broken")
                let body = OpenAIErrorBody(
                    message: "The upstream model's stream broke off before it finished; the answer is incomplete.",
                    type: "server_error",
                    code: "upstream_stream_broken"
                )
                try await writer.write(ByteBuffer(bytes: ServerSentEvent.error(body).encoded()))
            } else {
                // Read the end of the body that follows [DONE] so the pooled connection can be reused.
                // One read only: an upstream that keeps talking after [DONE] is cut off, not awaited.
                _ = try? await iterator.next()
            }
            try await writer.finish(nil)
        }
    }
}
