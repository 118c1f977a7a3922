// SPDX-License-Identifier: Apache-2.0

import CustosGuard
import CustosLedger

/// What the guard found in the text a call sends a model: how many of each kind of sensitive
/// data, and the highest classification its markings state. Never the values.
///
/// The classification raises the call's policy context (`context.classification`), and the kinds
/// become `context.findings`, so policies decide with what the prompt actually holds, not only
/// with what the caller declared.
struct PromptInspection: Sendable {
    let counts: [SensitiveKind: Int]
    let marking: MarkingLevel?

    static let none = PromptInspection(counts: [:], marking: nil)

    /// Scans each text (message contents, text parts, tool-call arguments, embedding inputs).
    static func of(_ texts: [String], scanner: SensitiveDataScanner = SensitiveDataScanner()) -> PromptInspection {
        var counts: [SensitiveKind: Int] = [:]
        var marking: MarkingLevel?
        for text in texts {
            let result = scanner.scan(text)
            for finding in result.findings { counts[finding.kind, default: 0] += 1 }
            if let level = result.classification { marking = max(marking ?? level, level) }
        }
        return PromptInspection(counts: counts, marking: marking)
    }

    /// The marking's level on the gateway's classification scale.
    var classification: Classification? {
        marking.flatMap { Classification(rawValue: $0.name) }
    }

    /// Kind names, as policies see them in `context.findings`.
    var kinds: Set<String> { Set(counts.keys.map(\.rawValue)) }

    /// `{"direction": "request", "kinds": {"US_SSN": 2}, "marking": "secret"}` for ledger records.
    var ledgerValue: LedgerValue {
        .object([
            "direction": "request",
            "kinds": .object(Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, LedgerValue.integer(Int64($0.value))) })),
            "marking": .optional(marking?.name),
        ])
    }
}

extension CallContext {
    /// The context with what the prompt holds: its classification is the higher of the declared
    /// and the marked one; its findings are the kinds found.
    func inspected(_ inspection: PromptInspection) -> CallContext {
        var context = self
        if let marked = inspection.classification, marked > context.classification { context.classification = marked }
        context.findings.formUnion(inspection.kinds)
        return context
    }
}
