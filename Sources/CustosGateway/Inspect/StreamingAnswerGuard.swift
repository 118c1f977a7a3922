// SPDX-License-Identifier: Apache-2.0

import CustosGuard
import CustosLedger
import CustosProviders

/// The guard over a streamed chat answer: each choice's `delta.content` goes through a
/// ``StreamingRedactor``, so redacted values never leave, text is held back only as long as it
/// could still be part of a value, and a blocked kind ends the stream.
///
/// When no kind is redacted or blocked (`guard.response` records or allows everything), chunks
/// are relayed untouched and only observed. Chunks that are not chat completion chunks (errors,
/// the usage chunk's empty choices) pass as they are.
struct StreamingAnswerGuard: Sendable {
    let config: GuardConfig
    let masker: TenantMasker?
    /// Whether any kind is redacted, masked or blocked: chunks are rewritten, not only observed.
    let rewrites: Bool
    private var redactors: [Int: StreamingRedactor] = [:]
    private var template: ChatCompletionChunk?

    /// A blocked kind reached the answer: the stream must end.
    struct Blocked: Error {
        let kinds: [SensitiveKind]
    }

    init(config: GuardConfig, masker: TenantMasker? = nil) {
        self.config = config
        self.masker = masker
        self.rewrites = SensitiveKind.allCases.contains { [.redact, .mask, .block].contains(config.responseAction(for: $0)) }
    }

    private func redactor() -> StreamingRedactor {
        let config = self.config
        let masker = self.masker
        return StreamingRedactor(
            replacement: { finding, value in
                PromptInspection.replacement(finding, value, action: config.responseAction(for: finding.kind), masker: masker)
            },
            redacts: { kind in [.redact, .mask, .block].contains(config.responseAction(for: kind)) }
        )
    }

    /// The events to send for one upstream event (possibly none, possibly more than one).
    mutating func transform(_ event: ServerSentEvent) throws(Blocked) -> [ServerSentEvent] {
        guard let chunk = ChatCompletionChunk(data: event.data), !chunk.deltas.isEmpty else { return [event] }
        template = chunk
        var replacements: [Range<Int>: String] = [:]
        var before: [ServerSentEvent] = []
        for delta in chunk.deltas {
            var redactor = redactors[delta.index] ?? redactor()
            let known = redactor.findings.count
            var released: [UInt8] = []
            if let content = delta.content { released += redactor.feed(content.text.utf8) }
            if delta.finishes { released += redactor.finish() }
            redactors[delta.index] = redactor
            try checkBlocked(redactor.findings[known...])
            let text = String(decoding: released, as: UTF8.self)
            if let content = delta.content {
                replacements[content.range] = text
            } else if !text.isEmpty {
                // Held text flushed at a finish that carries no content: a chunk of its own first.
                before.append(ServerSentEvent(data: chunk.contentChunk(index: delta.index, text: text)))
            }
        }
        guard rewrites else { return [event] }
        return before + [ServerSentEvent(event: event.event, data: chunk.replacingContents(replacements), id: event.id)]
    }

    /// At the end of the stream: text still held for choices that never finished.
    mutating func finish() throws(Blocked) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for index in redactors.keys.sorted() {
            var redactor = redactors[index]!
            let known = redactor.findings.count
            let text = String(decoding: redactor.finish(), as: UTF8.self)
            redactors[index] = redactor
            try checkBlocked(redactor.findings[known...])
            if rewrites, !text.isEmpty, let template { events.append(ServerSentEvent(data: template.contentChunk(index: index, text: text))) }
        }
        return events
    }

    /// Throws if any of the findings just released is of a blocked kind (earlier ones were
    /// checked when they were released).
    private func checkBlocked(_ released: ArraySlice<Finding>) throws(Blocked) {
        let blocked = Set(released.map(\.kind).filter { config.responseAction(for: $0) == .block })
        if !blocked.isEmpty { throw Blocked(kinds: blocked.sorted()) }
    }

    /// What was found, for the RESPONSE record.
    var inspection: PromptInspection {
        var counts: [SensitiveKind: Int] = [:]
        var actions: [SensitiveKind: GuardAction] = [:]
        var marking: MarkingLevel?
        for redactor in redactors.values {
            for finding in redactor.findings {
                let action = config.responseAction(for: finding.kind)
                actions[finding.kind] = action
                if action != .allow { counts[finding.kind, default: 0] += 1 }
            }
            if let level = redactor.classification { marking = max(marking ?? level, level) }
        }
        return PromptInspection(
            direction: .response,
            counts: counts,
            actions: actions,
            marking: marking,
            replacements: [:],
            caveats: MarkingCaveats()
        )
    }
}
