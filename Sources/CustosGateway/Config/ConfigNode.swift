// SPDX-License-Identifier: Apache-2.0

import Foundation
import Yams

/// A YAML node together with its key path and source file, so every reading error can say where.
///
/// Reading is strict: a mapping's keys are checked against the keys the reader asks for (see
/// ``rejectUnknownKeys(allowed:)``), so a misspelt `timeout:` is an error rather than a silent default.
struct ConfigNode {
    let node: Node
    let path: String
    let file: String

    func error(_ problem: String) -> ConfigError {
        ConfigError(file: file, line: node.mark?.line, column: node.mark?.column, keyPath: path, problem: problem)
    }

    private func child(_ node: Node, _ component: String) -> ConfigNode {
        ConfigNode(node: node, path: path.isEmpty ? component : "\(path).\(component)", file: file)
    }

    // MARK: mappings

    var isMapping: Bool { node.mapping != nil }

    func mapping() throws(ConfigError) -> Node.Mapping {
        guard let mapping = node.mapping else { throw error("expected a mapping of keys to values, found \(kindName)") }
        return mapping
    }

    /// The value under `key`, or `nil` when the key is absent or its value is `null`.
    func optional(_ key: String) throws(ConfigError) -> ConfigNode? {
        let mapping = try mapping()
        guard let value = mapping[key] else { return nil }
        if value.null != nil { return nil }
        return child(value, key)
    }

    func required(_ key: String) throws(ConfigError) -> ConfigNode {
        guard let value = try optional(key) else { throw error("missing required key `\(key)`") }
        return value
    }

    func rejectUnknownKeys(allowed: Set<String>) throws(ConfigError) {
        for (key, _) in try mapping() {
            guard let name = key.string else { throw ConfigNode(node: key, path: path, file: file).error("keys must be strings") }
            if !allowed.contains(name) {
                let suggestion = allowed.sorted().joined(separator: ", ")
                throw ConfigNode(node: key, path: path.isEmpty ? name : "\(path).\(name)", file: file)
                    .error("unknown key `\(name)`; expected one of: \(suggestion)")
            }
        }
    }

    // MARK: sequences

    func sequence() throws(ConfigError) -> [ConfigNode] {
        guard let sequence = node.sequence else { throw error("expected a list, found \(kindName)") }
        return sequence.enumerated().map { index, element in
            ConfigNode(node: element, path: "\(path)[\(index)]", file: file)
        }
    }

    // MARK: scalars

    func string() throws(ConfigError) -> String {
        guard case .scalar(let scalar) = node else { throw error("expected a string, found \(kindName)") }
        return scalar.string
    }

    func nonEmptyString() throws(ConfigError) -> String {
        let value = try string().trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { throw error("must not be empty") }
        return value
    }

    func stringList() throws(ConfigError) -> [String] {
        var values: [String] = []
        for element in try sequence() { values.append(try element.nonEmptyString()) }
        return values
    }

    func bool() throws(ConfigError) -> Bool {
        guard case .scalar = node, let value = node.bool else { throw error("expected true or false, found `\(scalarText)`") }
        return value
    }

    func integer(in range: ClosedRange<Int>) throws(ConfigError) -> Int {
        guard case .scalar = node, let value = node.int else { throw error("expected an integer, found `\(scalarText)`") }
        guard range.contains(value) else { throw error("must be between \(range.lowerBound) and \(range.upperBound), found \(value)") }
        return value
    }

    /// A duration such as `250ms`, `5s`, `2m`, `12h`, `30d`.
    func duration() throws(ConfigError) -> Duration {
        guard let value = DurationParser.parse(try string()) else {
            throw error("expected a duration such as `500ms`, `5s`, `2m`, `1h` or `30d`, found `\(scalarText)`")
        }
        return value
    }

    /// A byte size such as `4MiB`, `512KiB` or a plain number of bytes.
    func byteSize() throws(ConfigError) -> Int {
        guard let value = ByteSizeParser.parse(try string()) else {
            throw error("expected a size such as `4MiB`, `512KiB` or a number of bytes, found `\(scalarText)`")
        }
        return value
    }

    /// One of `choices`; the error lists them.
    func oneOf(_ choices: [String]) throws(ConfigError) -> String {
        let value = try string()
        guard choices.contains(value) else {
            throw error("`\(value)` is not one of: \(choices.joined(separator: ", "))")
        }
        return value
    }

    private var scalarText: String {
        if case .scalar(let scalar) = node { return scalar.string }
        return kindName
    }

    private var kindName: String {
        switch node {
        case .scalar: "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
