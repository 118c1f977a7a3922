// SPDX-License-Identifier: Apache-2.0

/// Why an expression has no value (Cedar's error kinds). A policy whose condition errors is
/// skipped and reported, never satisfied.
public enum EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    case entityDoesNotExist(EntityUID)
    case attributeDoesNotExist(String, on: String)
    case tagDoesNotExist(String, on: EntityUID)
    case typeError(String)
    case overflow(String)
    case extensionError(String)

    public var description: String {
        switch self {
        case .entityDoesNotExist(let uid): "entity \(uid) does not exist"
        case .attributeDoesNotExist(let name, let owner): "\(owner) does not have the attribute `\(name)`"
        case .tagDoesNotExist(let name, let uid): "\(uid) does not have the tag `\(name)`"
        case .typeError(let detail): "type error: \(detail)"
        case .overflow(let detail): "integer overflow: \(detail)"
        case .extensionError(let detail): "extension error: \(detail)"
        }
    }
}
