// SPDX-License-Identifier: Apache-2.0

import Foundation
import Testing

@testable import CustosPolicy

/// The official Cedar conformance corpus (cedar-policy/cedar-integration-tests, see
/// Fixtures/SOURCE.md): every request must get the reference decision, the same set of
/// determining policies and the same set of erroring policies.
struct CorpusTests {
    struct Outcome {
        var requests = 0
        var mismatches: [String] = []
        var skipped = 0
    }

    static var fixtures: URL { Bundle.module.url(forResource: "Fixtures", withExtension: nil)! }

    /// Runs the integration-test files (`*.json` naming policies, entities and requests) under `root`.
    static func run(tests: [URL], root: URL, skipping: Set<String> = [], useSchema: Bool = false) throws -> Outcome {
        var outcome = Outcome()
        for file in tests {
            let test = try PolicyJSON.parse(String(contentsOf: file, encoding: .utf8))
            guard case .string(let policiesPath) = test["policies"], case .string(let entitiesPath) = test["entities"],
                case .array(let requests) = test["requests"]
            else {
                outcome.mismatches.append("\(file.lastPathComponent): not an integration test")
                continue
            }
            let policyText = try String(contentsOf: root.appendingPathComponent(policiesPath), encoding: .utf8)
            let entityText = try String(contentsOf: root.appendingPathComponent(entitiesPath), encoding: .utf8)
            let policies: PolicySet
            let entities: Entities
            var schema: Schema?
            do {
                if useSchema, case .string(let schemaPath) = test["schema"] {
                    schema = try Schema(parsing: String(contentsOf: root.appendingPathComponent(schemaPath), encoding: .utf8))
                }
                policies = try PolicySet(parsing: policyText)
                entities = try Entities(json: entityText, schema: schema)
            } catch {
                outcome.requests += requests.count
                outcome.mismatches.append("\(file.lastPathComponent): \(error)")
                continue
            }
            for (index, request) in requests.enumerated() {
                outcome.requests += 1
                let name = "\(file.deletingLastPathComponent().lastPathComponent)/\(file.lastPathComponent)#\(index)"
                if skipping.contains(name) {
                    outcome.skipped += 1
                    continue
                }
                do {
                    let cedarRequest = try Request(json: request, schema: schema)
                    let response = Authorizer().authorize(cedarRequest, policies: policies, entities: entities)
                    guard case .string(let decision) = request["decision"], case .array(let reasons) = request["reason"],
                        case .array(let errors) = request["errors"]
                    else {
                        outcome.mismatches.append("\(name): malformed expectation")
                        continue
                    }
                    let expectedReasons = Set(reasons.compactMap { if case .string(let s) = $0 { s } else { nil } })
                    let expectedErrors = Set(errors.compactMap { if case .string(let s) = $0 { s } else { nil } })
                    let gotErrors = Set(response.errors.map(\.policyID))
                    if response.decision.rawValue != decision || Set(response.reasons) != expectedReasons || gotErrors != expectedErrors {
                        outcome.mismatches.append(
                            "\(name): expected \(decision) \(expectedReasons.sorted()) errors \(expectedErrors.sorted()), got "
                                + "\(response.decision.rawValue) \(response.reasons) errors \(response.errors.map { "\($0.policyID): \($0.error)" })"
                        )
                    }
                } catch {
                    outcome.mismatches.append("\(name): \(error)")
                }
            }
        }
        return outcome
    }

    static func jsonFiles(under folder: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "json", !url.lastPathComponent.hasSuffix(".entities.json"),
                url.deletingLastPathComponent().lastPathComponent != "sandbox_a",
                url.deletingLastPathComponent().lastPathComponent != "sandbox_b"
            {
                files.append(url)
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test func theSampleAgreesWithTheReference() throws {
        let root = Self.fixtures.appendingPathComponent("corpus-sample")
        // With the schemas, entity references and extension values that the hand-written data
        // leaves implicit (`{"type": "Account", "id": "ahmad"}` for an attribute declared
        // `Account`) are read as the reference reads them.
        let outcome = try Self.run(tests: Self.jsonFiles(under: root), root: root, useSchema: true)
        #expect(outcome.requests == 269)
        #expect(outcome.skipped == 0)
        #expect(outcome.mismatches.isEmpty, "\(outcome.mismatches.count) mismatches: \(outcome.mismatches.prefix(10).joined(separator: "\n"))")
    }

    @Test func theWholeCorpusAgreesWithTheReference() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("custos-cedar-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/tar")
        tar.arguments = ["-xzf", Self.fixtures.appendingPathComponent("corpus-tests.tar.gz").path, "-C", folder.path]
        try tar.run()
        tar.waitUntilExit()
        #expect(tar.terminationStatus == 0)
        // With each test's schema, as the reference harness runs them.
        let outcome = try Self.run(tests: Self.jsonFiles(under: folder.appendingPathComponent("corpus-tests")), root: folder, useSchema: true)
        #expect(outcome.requests == 62_472)
        #expect(outcome.mismatches.isEmpty, "\(outcome.mismatches.count) mismatches: \(outcome.mismatches.prefix(15).joined(separator: "\n"))")
    }
}
