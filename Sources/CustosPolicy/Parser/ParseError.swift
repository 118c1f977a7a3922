// SPDX-License-Identifier: Apache-2.0

/// Why policy text does not parse, and where.
public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public let location: SourceLocation
    public let message: String

    public var description: String { "\(location.line):\(location.column): \(message)" }
}
