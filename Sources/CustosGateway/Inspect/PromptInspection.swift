// SPDX-License-Identifier: Apache-2.0

import CustosGuard
import CustosLedger
import CustosProviders

/// What the guard found in the text a call sends a model, and what is done about it: how many of
/// each kind of sensitive data, the action configured for each (`guard.request`), the texts to
/// forward in place of those holding redacted values, and the highest classification the
/// markings state. Never the values.
///
/// The classification raises the call's policy context (`context.classification`), whatever is
/// redacted: removing a banner does not declassify the text. The kinds that still reach the
/// model (recorded or allowed, not redacted) become `context.findings`.
struct PromptInspection: Sendable {
    let direction: GuardDirection
    let counts: [SensitiveKind: Int]
    let actions: [SensitiveKind: GuardAction]
    let marking: MarkingLevel?
    /// Replacement texts for prompt strings that held redacted values, by their body range.
    let replacements: [Range<Int>: String]
    /// SCI compartments and dissemination controls the markings state.
    let caveats: MarkingCaveats

    /// Scans each string and applies `config`'s actions for `direction` (`masker` for `mask`;
    /// without one a masked value is replaced by its placeholder).
    static func of(
        _ strings: [PromptString],
        direction: GuardDirection = .request,
        config: GuardConfig,
        masker: TenantMasker? = nil,
        scanner: SensitiveDataScanner = SensitiveDataScanner()
    ) -> PromptInspection {
        of(ScannedStrings(strings, scanner: scanner), direction: direction, config: config, masker: masker)
    }

    /// Applies `config`'s actions for `direction` to strings already scanned: a prompt judged
    /// twice (by the configuration, then under a permit's obligations) is scanned once.
    static func of(
        _ scanned: ScannedStrings,
        direction: GuardDirection = .request,
        config: GuardConfig,
        masker: TenantMasker? = nil
    ) -> PromptInspection {
        var counts: [SensitiveKind: Int] = [:]
        var actions: [SensitiveKind: GuardAction] = [:]
        var marking: MarkingLevel?
        var replacements: [Range<Int>: String] = [:]
        var caveats = MarkingCaveats()
        for (string, bytes, result) in scanned.items {
            var replaced: [Finding] = []
            for finding in result.findings {
                let action = config.action(for: finding.kind, in: direction)
                actions[finding.kind] = action
                if action != .allow { counts[finding.kind, default: 0] += 1 }
                if action == .redact || action == .mask { replaced.append(finding) }
            }
            if let level = result.classification { marking = max(marking ?? level, level) }
            caveats.formUnion(result.caveats)
            if !replaced.isEmpty {
                let output = Redaction.replacing(bytes, replaced) { finding, value in
                    Self.replacement(finding, value, action: config.action(for: finding.kind, in: direction), masker: masker)
                }
                replacements[string.range] = String(decoding: output, as: UTF8.self)
            }
        }
        return PromptInspection(
            direction: direction,
            counts: counts,
            actions: actions,
            marking: marking,
            replacements: replacements,
            caveats: caveats
        )
    }

    /// What a redacted or masked value becomes.
    static func replacement(_ finding: Finding, _ value: ArraySlice<UInt8>, action: GuardAction, masker: TenantMasker?) -> [UInt8] {
        if action == .mask, let masker { return masker.mask(finding.kind, value) }
        return Redaction.placeholder(finding.kind)
    }

    /// Kinds whose action refuses the call.
    var blocked: [SensitiveKind] { actions.filter { $0.value == .block }.map(\.key).sorted() }

    /// The marking's level on the gateway's classification scale.
    var classification: Classification? {
        marking.flatMap { Classification(rawValue: $0.name) }
    }

    /// Kind names that reach the model (not redacted), as policies see them in `context.findings`.
    var kinds: Set<String> { Set(actions.filter { $0.value != .redact && $0.value != .mask }.map(\.key.rawValue)) }

    /// `{"direction": "request", "kinds": {"US_SSN": 2}, "actions": {"US_SSN": "redact"},
    /// "marking": "secret"}` for ledger records (allowed kinds are left out).
    var ledgerValue: LedgerValue {
        .object([
            "direction": .string(direction.rawValue),
            "kinds": .object(Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, LedgerValue.integer(Int64($0.value))) })),
            "actions": .object(
                Dictionary(
                    uniqueKeysWithValues: actions.filter { $0.value != .allow }.map { ($0.key.rawValue, LedgerValue.string($0.value.rawValue)) }
                )
            ),
            "marking": .optional(marking?.name),
            "compartments": .array(caveats.compartments.sorted().map(LedgerValue.string)),
            "controls": .array(caveats.controls.sorted().map(LedgerValue.string)),
        ])
    }
}

/// The strings a call sends or receives, each with what the guard found in it: scanned once,
/// judged under as many sets of actions as the call needs.
struct ScannedStrings: Sendable {
    let items: [(string: PromptString, bytes: [UInt8], result: ScanResult)]

    init(_ strings: [PromptString], scanner: SensitiveDataScanner = SensitiveDataScanner()) {
        items = strings.map { string in
            let bytes = Array(string.text.utf8)
            return (string, bytes, scanner.scan(bytes))
        }
    }
}

extension CallContext {
    /// The context with what the prompt holds: its classification is the higher of the declared
    /// and the marked one; its compartments add the SCI compartments the markings name (so
    /// need-to-know applies to them); its findings are the kinds that reach the model.
    func inspected(_ inspection: PromptInspection) -> CallContext {
        var context = self
        if let marked = inspection.classification, marked > context.classification { context.classification = marked }
        context.compartments.formUnion(inspection.caveats.compartments)
        context.findings.formUnion(inspection.kinds)
        return context
    }
}
