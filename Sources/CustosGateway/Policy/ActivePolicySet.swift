// SPDX-License-Identifier: Apache-2.0

public import CustosPolicy

/// The Cedar policies a gateway enforces, read from the operator's files in order, with the
/// digest that every ledger record carries.
///
/// Guarantees once built: every file parsed; policy ids are those of the files' concatenation
/// (`policy0` … across files, as Cedar numbers one text); `@id` annotations are unique, so a
/// decision's reasons name exactly one policy each; ``digest`` is the SHA-256 of ``text``, so an
/// auditor holding the text (the ledger's `POLICY_SET` record carries it) can check the digest
/// and replay any recorded decision with any Cedar implementation.
public struct ActivePolicySet: Sendable {
    /// One policy file as read.
    public struct File: Sendable {
        public let path: String
        public let text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// Why a policy set cannot be built; ``file``, ``line`` and ``column`` locate it.
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let column: Int
        public let message: String

        public var description: String { "\(file):\(line):\(column): \(message)" }
    }

    public let files: [File]
    public let policies: PolicySet
    /// The text the policy set is, byte for byte: the files concatenated in order, each ending
    /// with a newline (one is added to a file without).
    public let text: String
    /// Lowercase hex SHA-256 of ``text`` (UTF-8).
    public let digest: String
    private let names: [String: String]
    /// The guard obligations of each permit that states some (``GuardObligations``), by Cedar id.
    private let obligations: [String: GuardObligations]

    /// Parses `files` in order.
    public init(files: [File]) throws(LoadError) {
        var policies: [Policy] = []
        var text = ""
        var names: [String: String] = [:]
        var owners: [String: (file: String, policy: Policy)] = [:]
        var obligations: [String: GuardObligations] = [:]
        for file in files {
            let set: PolicySet
            do {
                set = try PolicySet(parsing: file.text, firstIndex: policies.count)
            } catch {
                throw LoadError(file: file.path, line: error.location.line, column: error.location.column, message: error.message)
            }
            for policy in set.policies {
                let name = policy.annotatedID ?? policy.id
                if let first = owners[name] {
                    throw LoadError(
                        file: file.path,
                        line: policy.location.line,
                        column: policy.location.column,
                        message:
                            "policy name `\(name)` is already used at \(first.file):\(first.policy.location.line); every @id must be unique so decisions name one policy"
                    )
                }
                owners[name] = (file.path, policy)
                names[policy.id] = name
                do throws(GuardObligations.Problem) {
                    let stated = try GuardObligations.of(annotations: policy.annotations)
                    if !stated.isEmpty {
                        guard policy.effect == .permit else {
                            throw GuardObligations.Problem(
                                description: "guard obligations go on a `permit` (the condition it lets a call through on); `\(name)` is a `forbid`"
                            )
                        }
                        obligations[policy.id] = stated
                    }
                } catch {
                    throw LoadError(file: file.path, line: policy.location.line, column: policy.location.column, message: error.description)
                }
            }
            policies += set.policies
            text += file.text
            if !file.text.isEmpty, !file.text.hasSuffix("\n") { text += "\n" }
        }
        self.files = files
        self.policies = PolicySet(policies: policies)
        self.text = text
        self.digest = SHA256Hex.of(Array(text.utf8))
        self.names = names
        self.obligations = obligations
    }

    /// What the guard must do when the policy with Cedar id `policyID` permits a call (empty
    /// for a policy without `@guard_…` annotations).
    public func obligations(of policyID: String) -> GuardObligations { obligations[policyID] ?? GuardObligations() }

    /// Whether some policy's obligation masks a kind (then `guard.mask_key` is needed).
    public var obligationsMask: Bool { obligations.values.contains(where: \.masks) }

    /// The name decisions use for a policy: its `@id`, or Cedar's `policy<N>` when it has none.
    public func name(of policyID: String) -> String { names[policyID] ?? policyID }
}
