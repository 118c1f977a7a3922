// SPDX-License-Identifier: Apache-2.0

import CustosLedger
import CustosProviders
import Foundation

/// The ledger records of one call, with the content NIST SP 800-53 AU-3 asks of audit records:
/// what happened (event, endpoint, outcome, status), when (RFC 3339 UTC, milliseconds), where
/// (gateway instance, source address, deployment and its region), the source (principal, tenant,
/// authentication method and credential id), the object (model asked for, deployment used), and
/// digests of what was sent and received.
///
/// Never in a record: prompt or answer text, API keys or any other secret. A REQUEST and its
/// RESPONSE share `request_id`.
enum AuditRecord {
    /// Version of the record layout, so verifiers can evolve with it.
    static let version: LedgerValue = 1

    /// Written, and durable, before anything is sent to a provider.
    /// `content`: where the body is retained (sealed), for tenants that retain content.
    static func request(_ call: CallFacts, model: String, requestBody: [UInt8], stream: Bool, content: ContentCommitment? = nil) -> LedgerValue {
        var record = common("REQUEST", call)
        record["model"] = .string(model)
        var extra: [String: LedgerValue] = ["stream": .bool(stream)]
        if let content { extra["content"] = content.ledgerValue }
        record["request"] = digest(requestBody, extra: extra)
        return .object(record)
    }

    /// Written after the answer or the failure.
    static func response(
        _ call: CallFacts,
        model: String,
        deployment: DeploymentConfig?,
        status: Int,
        outcome: String,
        errorCode: String?,
        usage: Usage?,
        responseDigest: (sha256: String, bytes: Int)?,
        content: RetainedResponse = .notRetained,
        inspection: PromptInspection? = nil
    ) -> LedgerValue {
        var record = common("RESPONSE", call)
        if let inspection { record["findings"] = inspection.ledgerValue }
        record["model"] = .string(model)
        record["deployment"] =
            deployment.map { deployment in
                .object([
                    "id": .string(deployment.id), "provider": .string(deployment.provider.rawValue), "region": .string(deployment.region),
                    "jurisdiction": .string(deployment.jurisdiction), "authorization": .string(deployment.authorization.rawValue),
                ])
            } ?? .null
        if let deployment, let verdict = call.decision?.verdict.deployments.first(where: { $0.deployment.id == deployment.id }) {
            record["policy"] = .object([
                "set": .string(call.policySet),
                "decision": .string(verdict.allowed ? "allow" : "deny"),
                "determining": .array(verdict.determining.map(LedgerValue.string)),
                "erroring": .array(verdict.erroring.map { .string($0.policy) }),
            ])
        }
        if !call.attempts.isEmpty { record["attempts"] = .array(call.attempts.map(\.ledgerValue)) }
        record["status"] = .integer(Int64(status))
        record["outcome"] = .string(outcome)
        record["error_code"] = .optional(errorCode)
        record["usage"] =
            usage.map { usage in
                .object([
                    "prompt_tokens": .integer(Int64(usage.promptTokens)), "completion_tokens": .integer(Int64(usage.completionTokens)),
                    "total_tokens": .integer(Int64(usage.totalTokens)),
                ])
            } ?? .null
        record["latency_ms"] = .integer(Int64(call.elapsedMilliseconds))
        record["response"] =
            responseDigest.map { digest in
                var object: [String: LedgerValue] = ["sha256": .string(digest.sha256), "bytes": .integer(Int64(digest.bytes))]
                switch content {
                case .notRetained: break
                case .retained(let commitment): object["content"] = commitment.ledgerValue
                case .omitted(let reason): object["content"] = .object(["omitted": .string(reason)])
                }
                return .object(object)
            } ?? .null
        return .object(record)
    }

    /// Written when the gateway starts: the policy set it enforces (its whole text and digest) and
    /// the entities it built from its configuration (Cedar JSON), so every decision recorded under
    /// this digest can be replayed by an auditor with any Cedar implementation.
    static func policySet(_ policy: PolicyDecisionPoint, instance: String) -> LedgerValue {
        .object([
            "v": version,
            "event": "POLICY_SET",
            "time": .string(CallFacts.format(Date())),
            "gateway": .object(["instance": .string(instance)]),
            "policy": .object([
                "set": .string(policy.policies.digest),
                "text": .string(policy.policies.text),
                "files": .array(
                    policy.policies.files.map { file in .object(["path": .string(file.path), "sha256": .string(SHA256Hex.of(Array(file.text.utf8)))])
                    }
                ),
                "forbid_errors_deny": .bool(policy.forbidErrorsDeny),
            ]),
            "entities": policy.entities.json,
        ])
    }

    /// An administrative change (a key created or revoked through the admin API), by whom.
    static func admin(_ facts: PrincipalAction, change: LedgerValue) -> LedgerValue {
        var record = facts.fields("ADMIN", endpoint: "/admin/keys", method: "ADMIN")
        record["change"] = change
        return .object(record)
    }

    /// A CONTENT_READ record: someone asked for a retained body through the ledger API. Every
    /// authenticated attempt is recorded (served or refused, and why) before anything is sent,
    /// so reading a tenant's prompts and answers leaves evidence of who read which, and when.
    static func contentRead(
        _ facts: PrincipalAction,
        endpoint: String,
        content: (requestID: String, part: String),
        status: Int,
        outcome: String
    ) -> LedgerValue {
        var record = facts.fields("CONTENT_READ", endpoint: endpoint, method: "GET")
        record["content"] = .object(["request_id": .string(content.requestID), "part": .string(content.part)])
        record["status"] = .integer(Int64(status))
        record["outcome"] = .string(outcome)
        return .object(record)
    }

    /// Who did something outside a proxied call (an admin change, a content read), and where.
    struct PrincipalAction {
        let requestID: String
        let instance: String
        let sourceAddress: String?
        let principal: Principal
        let policySet: String

        /// The fields every record has, for this action.
        func fields(_ event: String, endpoint: String, method: String) -> [String: LedgerValue] {
            var call = CallFacts(
                requestID: requestID,
                instance: instance,
                endpoint: endpoint,
                method: method,
                sourceAddress: sourceAddress,
                started: .now,
                policySet: policySet
            )
            call.principal = principal
            return common(event, call)
        }
    }

    /// RFC 3339 UTC for whole seconds since the epoch.
    static func rfc3339(seconds: Int64) -> String { CallFacts.format(millisecondsSinceEpoch: seconds * 1000) }

    /// A call refused before anything was forwarded (bad key, bad body, unknown model, too large).
    static func rejected(_ call: CallFacts, status: Int, errorCode: String) -> LedgerValue {
        var record = common("REJECTED", call)
        record["status"] = .integer(Int64(status))
        record["error_code"] = .string(errorCode)
        return .object(record)
    }

    private static func common(_ event: String, _ call: CallFacts) -> [String: LedgerValue] {
        var record = commonFields(event, call)
        if event != "RESPONSE", let inspection = call.inspection { record["findings"] = inspection.ledgerValue }
        return record
    }

    private static func commonFields(_ event: String, _ call: CallFacts) -> [String: LedgerValue] {
        [
            "v": version,
            "event": .string(event),
            "request_id": .string(call.requestID),
            "time": .string(call.timestamp),
            "gateway": .object(["instance": .string(call.instance)]),
            "endpoint": .string(call.endpoint),
            "method": .string(call.method),
            "source": .object([
                "address": .optional(call.sourceAddress),
                "principal": .optional(call.principal?.id),
                "tenant": .optional(call.principal?.tenant),
                "auth_method": .optional(call.principal?.authMethod.rawValue),
                "credential_id": .optional(call.principal?.credentialID),
            ]),
            "policy": policy(event == "RESPONSE" ? nil : call.decision, set: call.policySet),
        ]
    }

    /// The policy set's digest, and the whole decision where one was made (REQUEST, REJECTED);
    /// RESPONSE records name the set and the verdict of the deployment that answered.
    private static func policy(_ decision: (verdict: ModelDecision, context: CallContext)?, set: String) -> LedgerValue {
        var object: [String: LedgerValue] = ["set": .string(set)]
        if let decision { object.merge(DecisionRecord.value(decision.verdict, context: decision.context)) { _, new in new } }
        return .object(object)
    }

    static func digest(_ bytes: [UInt8], extra: [String: LedgerValue] = [:]) -> LedgerValue {
        var object: [String: LedgerValue] = ["sha256": .string(SHA256Hex.of(bytes)), "bytes": .integer(Int64(bytes.count))]
        object.merge(extra) { _, new in new }
        return .object(object)
    }
}

/// Whether a RESPONSE record's answer was retained.
enum RetainedResponse: Sendable {
    /// The tenant does not retain content.
    case notRetained
    case retained(ContentCommitment)
    /// The tenant retains content but this answer was not kept, and why (e.g. too large).
    case omitted(String)
}

extension Int64 {
    /// Quotient and non-negative remainder (floor division), for dates before 1970 too.
    fileprivate func floorDivided(by divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let remainder = ((self % divisor) + divisor) % divisor
        return ((self - remainder) / divisor, remainder)
    }
}

/// Facts about one call gathered along the request path, for its records.
struct CallFacts: Sendable {
    let requestID: String
    let instance: String
    let endpoint: String
    let method: String
    let sourceAddress: String?
    let started: ContinuousClock.Instant
    /// Digest of the active policy set (``ActivePolicySet/digest``).
    let policySet: String
    var principal: Principal? = nil
    /// The authorization decision, once made, and the context it was made in.
    var decision: (verdict: ModelDecision, context: CallContext)? = nil
    /// What the guard found in the prompt, once inspected.
    var inspection: PromptInspection? = nil
    /// Every upstream attempt (and every deployment skipped), once dispatched.
    var attempts: [AttemptRecord] = []
    /// What the call took from its quotas, settled when it ends.
    var reservation: QuotaReservation? = nil

    var timestamp: String { Self.format(Date()) }

    var elapsedMilliseconds: Int {
        let elapsed = ContinuousClock.now - started
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }

    /// RFC 3339, UTC, milliseconds: `2026-11-26T22:30:00.123Z`. Written by hand from the civil
    /// date (two records per call: Foundation's format styles cost several microseconds each).
    static func format(_ date: Date) -> String {
        // Whole seconds, then the truncated millisecond of the fraction, as Foundation computes them.
        let interval = date.timeIntervalSince1970
        let wholeSeconds = interval.rounded(.down)
        return format(millisecondsSinceEpoch: Int64(wholeSeconds) * 1000 + min(999, Int64((interval - wholeSeconds) * 1000)))
    }

    /// RFC 3339, UTC, milliseconds, of a time given in milliseconds since the Unix epoch.
    static func format(millisecondsSinceEpoch milliseconds: Int64) -> String {
        let (days, dayMilliseconds) = milliseconds.floorDivided(by: 86_400_000)
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        let seconds = dayMilliseconds / 1000
        var text = ""
        text.reserveCapacity(24)
        func pad(_ value: Int64, _ width: Int) {
            let digits = String(value)
            text += String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        pad(year, 4)
        text += "-"
        pad(month, 2)
        text += "-"
        pad(day, 2)
        text += "T"
        pad(seconds / 3600, 2)
        text += ":"
        pad(seconds / 60 % 60, 2)
        text += ":"
        pad(seconds % 60, 2)
        text += "."
        pad(dayMilliseconds % 1000, 3)
        text += "Z"
        return text
    }

    /// Year, month, day of the proleptic Gregorian calendar for days since 1970-01-01 (Howard
    /// Hinnant's `civil_from_days`).
    static func civilDate(daysSinceEpoch days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
