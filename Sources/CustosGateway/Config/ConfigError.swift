// SPDX-License-Identifier: Apache-2.0

/// A configuration file Custos refuses to start with, naming the file, line, column, key and problem.
///
/// Printed as `custos.yaml:12:7: models[0].deployments[0].endpoint: must be an http or https URL`,
/// the form editors and CI logs turn into links.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file being read.
    public let file: String
    /// 1-based line of the offending node, when known.
    public let line: Int?
    /// 1-based column of the offending node, when known.
    public let column: Int?
    /// The key path, e.g. `tenants[1].principals[0].clearance`; empty for the document itself.
    public let keyPath: String
    /// What is wrong and, where it helps, what is expected.
    public let problem: String

    public init(file: String, line: Int?, column: Int?, keyPath: String, problem: String) {
        self.file = file
        self.line = line
        self.column = column
        self.keyPath = keyPath
        self.problem = problem
    }

    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return keyPath.isEmpty ? "\(location): \(problem)" : "\(location): \(keyPath): \(problem)"
    }
}
