// SPDX-License-Identifier: Apache-2.0

/// A JSON text that is not valid RFC 8259 JSON, with the byte offset where reading stopped.
///
/// The message follows the project's wording rules: lowercase, one line, no trailing period.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset into the document where the problem was found.
    public let offset: Int
    /// What is wrong, e.g. `expected ':' after object key`.
    public let message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String { "\(message) at byte \(offset)" }
}
