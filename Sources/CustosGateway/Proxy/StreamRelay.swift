// SPDX-License-Identifier: Apache-2.0

import CustosGuard
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
/// - `[DONE]` is held back until ``onFinish`` (the RESPONSE record) succeeds: if the outcome cannot
///   be recorded, the stream ends with an error event instead, so no call completes unrecorded.
struct StreamRelay: Sendable {
    let modelName: String
    let deploymentID: String
    /// The caller asked for the usage chunk (`stream_options.include_usage`).
    let includeUsage: Bool
    /// The gateway asked the upstream for usage the caller did not ask for (to settle quotas): it
    /// is read, and its usage-only chunk is not relayed.
    var readsHiddenUsage = false
    /// When set, the relayed bytes are also kept (up to this many) for content retention.
    let retainLimit: Int?
    /// Inspects (and, as configured, redacts) the answer's text; a blocked kind ends the stream.
    var answerGuard: StreamingAnswerGuard? = nil
    let metrics: GatewayMetrics
    let logger: Logger
    /// Records the outcome; throwing turns the end of the stream into an error event.
    let onFinish: @Sendable (Outcome) async throws -> Void

    /// How a relayed stream ended.
    struct Outcome: Sendable {
        /// `nil` when the upstream finished with `[DONE]`.
        let failure: String?
        let usage: Usage?
        /// SHA-256 and length of the bytes relayed to the client (before `[DONE]`).
        let digest: (sha256: String, bytes: Int)
        /// The relayed bytes, when retained and within ``StreamRelay/retainLimit``.
        let retained: [UInt8]?
        /// What the guard found in the answer, when it inspected it.
        var inspection: PromptInspection? = nil
        /// Kinds whose action is `block` that reached the answer: the stream was ended.
        var blocked: [String] = []
    }

    /// Whether a chunk's `choices` is empty (the usage chunk of `include_usage`).
    static func hasNoChoices(_ data: [UInt8]) -> Bool {
        guard let object = try? JSONScanner(data).rootObject(), let choices = object.member("choices") else { return false }
        return object.elements(choices).isEmpty
    }

    func responseBody(upstream: ProviderAnswer) -> ResponseBody {
        ResponseBody { writer in
            var sawDone = false
            var failure: String?
            var usage: Usage?
            var digest = StreamingDigest()
            var retained: [UInt8]? = retainLimit == nil ? nil : []
            var answerGuard = self.answerGuard
            var blocked: [String] = []
            var stream = upstream.events()
            while !sawDone {
                let next: [ServerSentEvent]?
                do throws(ProviderEventStream.Failure) {
                    next = try await stream.next()
                } catch {
                    failure =
                        switch error {
                        case .read(let cause): "upstream connection failed mid-stream: \(cause)"
                        case .format(let detail): "upstream stream is malformed: \(detail)"
                        }
                    break
                }
                guard let events = next else {
                    failure = "upstream stream ended before [DONE]"
                    break
                }
                guard !events.isEmpty else { continue }
                var out: [UInt8] = []
                do throws(StreamingAnswerGuard.Blocked) {
                    for event in events where !sawDone {
                        if event.isDone {
                            sawDone = true  // held back until the outcome is recorded
                            // Text the guard still holds goes out before the end.
                            for flushed in try answerGuard?.finish() ?? [] { out += flushed.encoded() }
                            continue
                        }
                        if includeUsage || readsHiddenUsage, let found = Usage.parse(responseBody: event.data) {
                            usage = found
                            metrics.tokens(model: modelName, prompt: found.promptTokens, completion: found.completionTokens)
                            // The usage-only chunk (no choices) the caller did not ask for stays here.
                            if !includeUsage, Self.hasNoChoices(event.data) { continue }
                        }
                        for relayed in try answerGuard?.transform(event) ?? [event] { out += relayed.encoded() }
                    }
                } catch {
                    blocked = error.kinds.map(\.rawValue)
                    failure = "the answer holds data of kinds this gateway does not return: \(blocked.joined(separator: ", "))"
                }
                guard !out.isEmpty else { continue }
                digest.update(out)
                if let limit = retainLimit, retained != nil {
                    if retained!.count + out.count <= limit { retained! += out } else { retained = nil }
                }
                // If the client has gone, this throws and the upstream request is cancelled with the iterator.
                if !out.isEmpty { try await writer.write(ByteBuffer(bytes: out)) }
                if !blocked.isEmpty { break }
            }
            if failure == nil {
                // Read the end of the body that follows [DONE] so the pooled connection can be reused.
                // One read only: an upstream that keeps talking after [DONE] is cut off, not awaited.
                await stream.drain()
            }
            do {
                try await onFinish(
                    Outcome(
                        failure: failure,
                        usage: usage,
                        digest: digest.finalize(),
                        retained: retained,
                        inspection: answerGuard?.inspection,
                        blocked: blocked
                    )
                )
            } catch {
                failure = failure ?? "the answer could not be recorded in the audit ledger: \(error)"
            }
            if !blocked.isEmpty {
                logger.notice("streamed answer blocked", metadata: ["deployment": "\(deploymentID)", "kinds": "\(blocked)"])
                metrics.error(code: "sensitive_data_blocked")
                let error = GatewayError.sensitiveDataBlocked(blocked)
                try await writer.write(ByteBuffer(bytes: ServerSentEvent.error(error.body).encoded()))
            } else if let failure {
                logger.error("stream relay failed", metadata: ["deployment": "\(deploymentID)", "detail": "\(failure)"])
                metrics.error(code: "upstream_stream_broken")
                let body = OpenAIErrorBody(
                    message: "The upstream model's stream broke off before it finished; the answer is incomplete.",
                    type: "server_error",
                    code: "upstream_stream_broken"
                )
                try await writer.write(ByteBuffer(bytes: ServerSentEvent.error(body).encoded()))
            } else {
                try await writer.write(ByteBuffer(bytes: ServerSentEvent.done.encoded()))
            }
            try await writer.finish(nil)
        }
    }
}
