// SPDX-License-Identifier: Apache-2.0

import Foundation

/// Where a deployment's secret lives: an environment variable or a file, never the YAML itself.
///
/// The secret is read by ``resolve(environment:)`` when serving starts, so tools that only read
/// the config (`custos keys`, `custos config check`) never touch it. Its value is not kept here.
public struct CredentialReference: Sendable, Equatable, CustomStringConvertible {
    public enum Source: Sendable, Equatable {
        case none
        case environment(String)
        case file(String)
    }

    public var source: Source
    /// Where the reference was written, for the error when it cannot be resolved.
    var location: ConfigError?

    public init(source: Source) {
        self.source = source
    }

    init(source: Source, location: ConfigError) {
        self.source = source
        self.location = location
    }

    public static let none = CredentialReference(source: .none)

    public var description: String {
        switch source {
        case .none: "none"
        case .environment(let name): "env:\(name)"
        case .file(let path): "file:\(path)"
        }
    }

    /// Reads the secret.
    /// - Returns: the secret with surrounding whitespace removed, or `nil` for ``Source/none``.
    /// - Throws: ``ConfigError`` at the reference's place in the file when the variable is unset or
    ///   empty, or the file cannot be read.
    public func resolve(environment: [String: String]) throws(ConfigError) -> String? {
        func fail(_ problem: String) -> ConfigError {
            ConfigError(
                file: location?.file ?? "config",
                line: location?.line,
                column: location?.column,
                keyPath: location?.keyPath ?? "credentials",
                problem: problem
            )
        }
        switch source {
        case .none:
            return nil
        case .environment(let name):
            guard let value = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
                throw fail("environment variable `\(name)` is not set or empty")
            }
            return value
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else { throw fail("cannot read credentials file `\(path)`") }
            let value = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty else { throw fail("credentials file `\(path)` is empty") }
            return value
        }
    }

    public static func == (lhs: CredentialReference, rhs: CredentialReference) -> Bool { lhs.source == rhs.source }
}
