// SPDX-License-Identifier: Apache-2.0

/// Scans text that arrives in pieces (a streamed answer) and releases it as soon as it is safe,
/// with the same findings and the same redacted output as scanning the whole text at once.
///
/// Only a bounded tail is held: the last ``holdBack`` bytes (the longest possible finding, plus a
/// margin for the few bytes detectors read after a match), moved back further only when a
/// finding is still open across the release point. Text is released in steps of at least
/// ``releaseStep`` bytes, so a stream of token-sized pieces is scanned once per step rather than
/// once per piece; at most `holdBack + releaseStep - 1` bytes (319 by default: the longest
/// finding, 256, and 63) wait at any time, except while a credential longer than that (a private
/// key, a long token) is arriving: it waits whole, up to ``SensitiveDataScanner/longestSecret``
/// bytes, and goes out redacted once it has ended (one still going after that many bytes is
/// taken to run to the end of the stream, as in a whole text: its placeholder goes out at once,
/// and the rest of the stream is withheld as it arrives, neither held nor scanned again, while
/// its finding grows with it). Released text is kept as context for later
/// detectors (a label such as "SSN:" before a number) up to ``context`` bytes, at least
/// ``SensitiveDataScanner/longestLookBehind``. One lookup reaches further in a whole text: a
/// CSV block's or pipe table's header line; in a stream, a row more than ``context`` bytes below
/// its header is judged by the context words near it alone.
///
/// When no kind is redacted (`redacts` is false for every kind), the output is the input as it
/// comes, and the text is scanned in batches of ``observationBatch`` bytes instead of at every
/// piece: the findings are the same, they only arrive later (all of them by ``finish()``). A
/// stream of token-sized pieces then costs about what scanning it whole does, instead of a scan
/// of the held-back text and its context per piece.
///
/// ```swift
/// var redactor = StreamingRedactor { kind in kind == .usSSN }
/// for chunk in chunks { send(redactor.feed(chunk)) }
/// send(redactor.finish())
/// ```
public struct StreamingRedactor: Sendable {
    /// How many bytes at the end of the text so far wait: at least
    /// ``SensitiveDataScanner/longestFinding`` (a shorter hold-back is raised to it, since it
    /// could release part of a value before the value is recognised).
    public let holdBack: Int
    /// The least new text, beyond ``holdBack``, that makes a piece release anything.
    public let releaseStep: Int
    /// How many released bytes are kept before the held text as context for its detectors: at
    /// least ``SensitiveDataScanner/longestLookBehind`` (a smaller value is raised to it).
    public let context: Int
    /// Findings released so far, at byte offsets of the whole stream.
    public private(set) var findings: [Finding] = []
    /// The highest marking level released so far.
    public private(set) var classification: MarkingLevel?

    private let scanner = SensitiveDataScanner()
    private let redacts: @Sendable (SensitiveKind) -> Bool
    private let replacement: @Sendable (Finding, ArraySlice<UInt8>) -> [UInt8]
    /// No kind is redacted: the text passes as it comes and is scanned in batches.
    private let observesOnly: Bool
    /// How much text an observing redactor gathers before it scans.
    public static let observationBatch = 16 * 1024
    private var pending: [UInt8] = []
    private var released: [UInt8] = []
    /// Stream offset of `pending[0]`.
    private var offset = 0
    /// While a long credential is still arriving, the held text's length at which to look again.
    private var nextAttempt = 0
    /// How many times the held text has been scanned (what a stream's pieces cost).
    private(set) var scans = 0
    /// The last finding is a credential that runs to the end of the stream
    /// (``SecretDetectors/toTextEnd(_:_:_:)``): every byte that arrives is part of it.
    private var endsInCredential = false

    /// - Parameters:
    ///   - replacement: what a redacted value becomes (by default `[KIND]`).
    ///   - redacts: whether values of a kind are replaced in the output.
    public init(
        holdBack: Int = SensitiveDataScanner.longestFinding + 32,
        releaseStep: Int = 32,
        context: Int = 512,
        replacement: @escaping @Sendable (Finding, ArraySlice<UInt8>) -> [UInt8] = { finding, _ in Redaction.placeholder(finding.kind) },
        redacts: @escaping @Sendable (SensitiveKind) -> Bool
    ) {
        self.holdBack = max(holdBack, SensitiveDataScanner.longestFinding)
        self.releaseStep = max(1, releaseStep)
        self.context = max(context, SensitiveDataScanner.longestLookBehind)
        self.replacement = replacement
        self.redacts = redacts
        self.observesOnly = !SensitiveKind.allCases.contains(where: redacts)
    }

    /// Takes the next piece; returns the output that is now safe to send (possibly empty).
    /// (Inlinable so that a caller's sequence is copied by code specialised to it, not through
    /// the runtime's generic metadata once per piece.)
    @inlinable public mutating func feed(_ bytes: some Sequence<UInt8>) -> [UInt8] { feed(Array(bytes)) }

    /// Takes the next piece; returns the output that is now safe to send (possibly empty).
    public mutating func feed(_ bytes: [UInt8]) -> [UInt8] {
        if endsInCredential {
            let credential = findings[findings.count - 1]
            findings[findings.count - 1] = Finding(
                kind: credential.kind,
                range: credential.range.lowerBound..<(credential.range.upperBound + bytes.count)
            )
            return observesOnly || !redacts(credential.kind) ? bytes : []
        }
        if observesOnly {
            pending += bytes
            if pending.count > holdBack + Self.observationBatch { _ = release(upTo: pending.count - holdBack) }
            return bytes
        }
        pending += bytes
        guard pending.count >= max(holdBack + releaseStep, nextAttempt) else { return [] }
        return release(upTo: pending.count - holdBack)
    }

    /// The end of the stream: everything still held, scanned and released.
    public mutating func finish() -> [UInt8] {
        if endsInCredential { return [] }
        let rest = release(upTo: pending.count, final: true)
        return observesOnly ? [] : rest
    }

    private mutating func release(upTo limit: Int, final: Bool = false) -> [UInt8] {
        let window = released + pending
        let result = window.withUnsafeBufferPointer { scanner.scan($0, continues: !final) }
        scans += 1
        var cut = limit
        // A credential that runs to the end of the stream: what comes before it goes out now,
        // then its placeholder, and nothing after it is held.
        var runaway: Finding?
        if !final, let last = result.findings.last, last.range.upperBound == window.count,
            last.range.count > SensitiveDataScanner.longestSecret
        {
            runaway = last
            cut = last.range.lowerBound - released.count
        }
        // Never cut through a finding: hold it back whole.
        var arriving = false
        for finding in result.findings where finding != runaway {
            let start = finding.range.lowerBound - released.count
            let end = finding.range.upperBound - released.count
            if start < cut, end > cut, !final { cut = max(0, start) }
            arriving = arriving || (end == pending.count && finding.range.count > SensitiveDataScanner.longestFinding)
        }
        // A credential longer than any other value runs to the end: nothing of it can go until
        // it has ended, so look again only once the held text has grown by half (a 16 KiB key
        // arriving in 4-byte pieces is scanned a dozen times, not four thousand).
        nextAttempt = arriving && !final ? (pending.count - cut) * 3 / 2 : 0  // counted after the release below
        var output: [UInt8] = []
        var position = 0
        for finding in result.findings {
            let start = finding.range.lowerBound - released.count
            let end = finding.range.upperBound - released.count
            // Findings in the released context were handled when their text went out.
            guard start >= 0, end <= cut else { continue }
            findings.append(Finding(kind: finding.kind, range: (offset + start)..<(offset + end)))
            if finding.kind == .classificationMarking || finding.kind == .portionMarking {
                if let level = MarkingLevel.of(window[finding.range]) { classification = max(classification ?? level, level) }
            }
            guard redacts(finding.kind) else { continue }
            output += pending[position..<start]
            output += replacement(finding, pending[start..<end])
            position = end
        }
        output += pending[position..<cut]
        if let runaway {
            let start = runaway.range.lowerBound - released.count
            findings.append(Finding(kind: runaway.kind, range: (offset + start)..<(offset + pending.count)))
            output += redacts(runaway.kind) ? replacement(runaway, pending[start...]) : Array(pending[start...])
            endsInCredential = true
            pending = []
            released = []
            return output
        }
        released = Array((released + pending[0..<cut]).suffix(context))
        pending.removeFirst(cut)
        offset += cut
        return output
    }
}

extension MarkingLevel {
    /// The level a banner or portion mark states (its first word).
    static func of(_ marking: ArraySlice<UInt8>) -> MarkingLevel? {
        let text = marking.drop { $0 == 0x28 }
        for (word, level) in MarkingDetectors.levels where text.starts(with: word) { return level }
        for (word, level) in MarkingDetectors.portionLevels where text.starts(with: word) { return level }
        return nil
    }
}
