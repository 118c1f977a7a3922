// SPDX-License-Identifier: Apache-2.0

public import CustosLedger
public import CustosPolicy
public import Foundation
public import HTTPTypes

/// What a policy knows about a call besides who asks and which deployment would answer: the
/// record `CallContext` of `policies/custos.cedarschema`.
///
/// - `classification`: the data's classification rank: the higher of the markings the guard finds
///   in the prompt (``PromptInspection``) and what the caller declares in the
///   `Custos-Classification` header; UNCLASSIFIED when neither. Declaring can only restrict where
///   the data may go.
/// - `compartments`: need-to-know compartments the data is marked with (`Custos-Compartments`,
///   comma-separated).
/// - `findings`: kinds of sensitive data the guard found (`US_SSN`, `AWS_SECRET_KEY` ...), never values.
/// - `sourceIp`: the client's address; left out when unknown, so a policy that needs it errors
///   (and an erroring forbid denies).
/// - `time`: when the call arrived, to the millisecond.
/// - `authMethod`: how the caller proved who they are: `api-key` or `oidc` (so a policy can, say,
///   require single sign-on for some deployments).
public struct CallContext: Sendable {
    public var classification: Classification
    public var compartments: Set<String>
    public var findings: Set<String>
    public var sourceIP: IPAddress?
    public var millisecondsSinceEpoch: Int64
    public var authMethod: String = Principal.AuthMethod.apiKey.rawValue

    public init(
        classification: Classification = .unclassified,
        compartments: Set<String> = [],
        findings: Set<String> = [],
        sourceIP: IPAddress? = nil,
        millisecondsSinceEpoch: Int64 = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
    ) {
        self.classification = classification
        self.compartments = compartments
        self.findings = findings
        self.sourceIP = sourceIP
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
    }

    /// Header a caller declares its data's classification in (`secret`, `TS`, `cui` ...).
    public static let classificationHeader = HTTPField.Name("Custos-Classification")!
    /// Header a caller declares the data's compartments in, comma-separated.
    public static let compartmentsHeader = HTTPField.Name("Custos-Compartments")!

    /// The context of a call from its headers and source address.
    /// - Throws: 400 naming the header when a declaration cannot be read.
    static func of(headers: HTTPFields, sourceAddress: String?, principal: Principal) throws(GatewayError) -> CallContext {
        var context = CallContext(sourceIP: sourceAddress.flatMap(IPAddress.init(parsing:)))
        context.authMethod = principal.authMethod.rawValue
        if let declared = headers[classificationHeader] {
            guard let level = Classification(marking: declared) else {
                throw .badRequest(
                    "`\(classificationHeader)` must be one of UNCLASSIFIED, CUI, CONFIDENTIAL, SECRET, TOP SECRET (or U, C, S, TS).",
                    param: classificationHeader.rawName,
                    code: "invalid_classification"
                )
            }
            context.classification = level
        }
        if let declared = headers[compartmentsHeader] {
            let names = declared.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard names.allSatisfy({ $0.count <= 64 && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } }), names.count <= 32
            else {
                throw .badRequest(
                    "`\(compartmentsHeader)` must be a comma-separated list of at most 32 compartment names (letters, digits, `-`, `_`).",
                    param: compartmentsHeader.rawName,
                    code: "invalid_compartments"
                )
            }
            context.compartments = Set(names)
        }
        return context
    }

    /// The record policies see as `context`.
    public var cedar: CedarRecord {
        var fields: [String: Value] = [
            "classification": .long(Int64(classification.rank)),
            "compartments": .set(CedarSet(compartments.map(Value.string))),
            "findings": .set(CedarSet(findings.map(Value.string))),
            "time": .ext(.datetime(CedarDatetime(millisecondsSinceEpoch: millisecondsSinceEpoch))),
            "authMethod": .string(authMethod),
        ]
        if let sourceIP { fields["sourceIp"] = .ext(.ipaddr(sourceIP)) }
        return CedarRecord(fields)
    }

    /// The same record in Cedar's JSON format, as ledger records carry it for replay.
    public var json: LedgerValue { PolicyEntities.json(.record(cedar)) }
}
