// SPDX-License-Identifier: Apache-2.0

import CustosGuard
import CustosPolicy
import CustosProviders
import CustosTestSupport
import Foundation
import Testing

@testable import CustosGateway

struct ConfigLoaderTests {
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test func exampleConfigLoads() throws {
        let path = Self.repositoryRoot.appendingPathComponent("examples/custos.yaml").path
        let config = try ConfigLoader.load(path: path)
        #expect(config.models.map(\.name) == ["fake-echo"])
        let deployment = try #require(config.models.first?.deployments.first)
        #expect(deployment.endpoint == "http://127.0.0.1:9099/v1")
        #expect(deployment.connectTimeout == .seconds(2))
        #expect(deployment.totalTimeout == .seconds(600))
        #expect(deployment.retry.maxAttempts == 3)
        #expect(deployment.retry.baseDelay == .milliseconds(100))
        #expect(deployment.credentials == .none)
        #expect(config.server.maxBodyBytes == 4 * 1024 * 1024)
        #expect(config.storage.sqlitePath.hasSuffix("/run/custos.db"))
        #expect(config.storage.sqlitePath.hasPrefix("/"))
        let tenant = try #require(config.tenant("demo-agency"))
        #expect(tenant.models == .all)
        #expect(tenant.principal("alice")?.clearance == .secret)
        #expect(tenant.principal("batch-service")?.models == .only(["fake-echo"]))
        #expect(config.ledger.origin == "custos.example/demo-agency")
        #expect(config.ledger.signingKey.description.hasSuffix("/run/ledger.key"))
        #expect(config.ledger.checkpointInterval == .seconds(1))
        #expect(config.ledger.access == .auditor)
        #expect(config.ledger.content?.sqlitePath.hasSuffix("/run/content.db") == true)
        #expect(tenant.retainContent)
    }

    static var badFixtures: [String] {
        let folder = Bundle.module.url(forResource: "Fixtures/bad", withExtension: nil)!
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().map {
            folder.appendingPathComponent($0).path
        }
    }

    /// Each broken file names its expected line, key path and problem on its first line.
    @Test(arguments: badFixtures)
    func brokenConfigNamesLineKeyAndProblem(_ path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let expectation = try #require(text.split(separator: "\n").first?.split(separator: ":", maxSplits: 1).last)
        let parts = expectation.dropFirst().split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        let (line, keyPath, problem) = (Int(parts[0]), String(parts[1]), String(parts[2]))
        #expect {
            try ConfigLoader.load(path: path)
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            let matches = error.line == line && error.keyPath == keyPath && error.problem.contains(problem) && error.file == path
            if !matches { Issue.record("got \(error)") }
            return matches && error.description.hasPrefix("\(path):\(line!):")
        }
    }

    @Test func providerSpecificSettings() throws {
        let config = try ConfigLoader.parse(
            yaml: """
                storage: {sqlite: {path: x.db}}
                ledger: {origin: t, sqlite: {path: x.ledger}, signing_key: {env: K}}
                models:
                  - name: m
                    deployments:
                      - {id: gov, provider: bedrock, region: us-gov-west-1, fips: true, jurisdiction: us, authorization: il5,
                         credentials: {aws: {web_identity: {role_arn: "arn:aws-us-gov:iam::1:role/custos", token_file: token}}},
                         circuit_breaker: {failures: 2, cool_down: 45s}}
                      - {id: profile, provider: bedrock, region: us-east-1, jurisdiction: us, authorization: fedramp-high,
                         credentials: {aws: {profile: prod, file: creds}}}
                      - {id: chain, provider: bedrock, region: us-gov-east-1, jurisdiction: us, authorization: fedramp-high}
                      - {id: az, provider: azure-openai, endpoint: "https://agency.openai.azure.us", upstream_model: gpt-4o,
                         credentials: {env: AZURE_TOKEN}, azure_auth: entra, region: usgovvirginia, jurisdiction: us, authorization: fedramp-high}
                policy: {files: [\(LiveGateway.policyFile)]}
                tenants: [{id: t, models: "*", principals: [{id: p}]}]
                """,
            file: "p.yaml",
            baseDirectory: "/etc/custos"
        )
        let deployments = config.models[0].deployments
        #expect(deployments[0].endpoint == "https://bedrock-runtime-fips.us-gov-west-1.amazonaws.com")
        #expect(
            deployments[0].awsCredentials
                == .webIdentity(roleARN: "arn:aws-us-gov:iam::1:role/custos", tokenFile: "/etc/custos/token", sessionName: nil, stsEndpoint: nil)
        )
        #expect(deployments[0].circuitBreaker == CircuitBreakerConfig(failures: 2, coolDown: .seconds(45)))
        #expect(deployments[1].endpoint == "https://bedrock-runtime.us-east-1.amazonaws.com")
        #expect(deployments[1].awsCredentials == .sharedFile(profile: "prod", path: "/etc/custos/creds"))
        #expect(deployments[2].awsCredentials == .chain)
        #expect(deployments[2].circuitBreaker == CircuitBreakerConfig())
        #expect(deployments[3].apiVersion == "2024-10-21" && deployments[3].entraToken)
        #expect(deployments[3].credentials == CredentialReference(source: .environment("AZURE_TOKEN")))
    }

    @Test func tlsSettingsAndTheirRefusals() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["chain.pem", "key.pem", "ca.pem"] {
            try "placeholder".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        func load(_ tls: String) throws -> GatewayConfig {
            try ConfigLoader.parse(
                yaml: """
                    server: {tls: \(tls)}
                    storage: {sqlite: {path: x.db}}
                    ledger: {origin: t, sqlite: {path: x.ledger}, signing_key: {env: K}}
                    models: [{name: m, deployments: [{id: d, provider: openai-compatible, endpoint: "https://e.example/v1", region: r, jurisdiction: us, authorization: none}]}]
                    policy: {files: [\(LiveGateway.policyFile)]}
                    tenants: [{id: t, models: "*", principals: [{id: p, certificates: [{email: P@Agency.gov}, {fingerprint: "AB:CD"}]}]}]
                    """,
                file: "tls.yaml",
                baseDirectory: folder.path
            )
        }
        let config = try load(
            "{certificate: chain.pem, private_key: key.pem, client_certificates: required, client_ca: ca.pem, min_version: \"1.3\", cipher_suites: [ECDHE-ECDSA-AES256-GCM-SHA384], revoked: [\"AA:bb\"]}"
        )
        let tls = try #require(config.server.tls)
        #expect(tls.clientCertificates == .required && tls.minimumVersion == "1.3")
        #expect(tls.cipherSuites == ["ECDHE-ECDSA-AES256-GCM-SHA384"] && tls.revokedFingerprints == ["aabb"])
        #expect(tls.certificatePath == folder.appendingPathComponent("chain.pem").path)
        #expect(config.tenants[0].principals[0].certificates == [.email("p@agency.gov"), .fingerprint("abcd")])
        #expect(throws: ConfigError.self) { try load("{certificate: chain.pem, private_key: key.pem, cipher_suites: [AES128-SHA]}") }
        #expect(throws: ConfigError.self) { try load("{certificate: chain.pem, private_key: key.pem, client_certificates: required}") }
        #expect(throws: ConfigError.self) { try load("{certificate: chain.pem, private_key: key.pem, min_version: \"1.1\"}") }
    }

    @Test func missingFileIsAConfigError() {
        #expect(throws: ConfigError.self) { try ConfigLoader.load(path: "/nonexistent/custos.yaml") }
    }

    @Test func credentialReferencesResolveLazily() throws {
        let yaml = """
            storage: {sqlite: {path: x.db}}
            models:
              - name: m
                deployments:
                  - id: d
                    provider: openai-compatible
                    endpoint: https://example.com/v1
                    credentials: {env: CUSTOS_TEST_UPSTREAM_KEY}
                    region: us-gov-west-1
                    jurisdiction: us
                    authorization: fedramp-high
            tenants: []
            ledger: {origin: custos.test/x, sqlite: {path: l.db}, signing_key: {file: ledger.key}}
            policy: {files: [\(LiveGateway.policyFile)]}
            """
        let config = try ConfigLoader.parse(yaml: yaml, file: "inline.yaml", baseDirectory: "/tmp")
        let reference = try #require(config.models.first?.deployments.first?.credentials)
        #expect(reference.description == "env:CUSTOS_TEST_UPSTREAM_KEY")
        #expect(try reference.resolve(environment: ["CUSTOS_TEST_UPSTREAM_KEY": " sk-abc \n"]) == "sk-abc")
        #expect {
            try reference.resolve(environment: [:])
        } throws: { error in
            let error = error as? ConfigError
            return error?.line == 8 && error?.keyPath == "models[0].deployments[0].credentials.env"
                && error?.problem == "environment variable `CUSTOS_TEST_UPSTREAM_KEY` is not set or empty"
        }
    }

    @Test(arguments: [
        ("250ms", Duration.milliseconds(250)), ("5s", .seconds(5)), ("1.5s", .milliseconds(1500)), ("2m", .seconds(120)),
        ("30d", .seconds(2_592_000)),
    ])
    func durations(_ text: String, _ expected: Duration) {
        #expect(DurationParser.parse(text) == expected)
    }

    @Test(arguments: ["", "5", "-1s", "s", "5 parsecs", "0s", "nan s"])
    func badDurations(_ text: String) {
        #expect(DurationParser.parse(text) == nil)
    }

    @Test func byteSizes() {
        #expect(ByteSizeParser.parse("4MiB") == 4_194_304)
        #expect(ByteSizeParser.parse("512KiB") == 524_288)
        #expect(ByteSizeParser.parse("1024") == 1024)
        #expect(ByteSizeParser.parse("0") == nil)
        #expect(ByteSizeParser.parse("lots") == nil)
    }
}

/// The `policy` section: files read in order, parse errors at the Cedar file's own line and column.
struct PolicyConfigTests {
    static func yaml(policy: String) -> String {
        """
        storage: {sqlite: {path: x.db}}
        models:
          - name: m
            deployments:
              - {id: d, provider: openai-compatible, endpoint: "https://example.com/v1", region: us-gov-west-1, jurisdiction: us,
                 authorization: il6}
        tenants: [{id: t, models: "*", allowed_regions: [us-gov-west-1], principals: [{id: p, clearance: top-secret}]}]
        ledger: {origin: custos.test/x, sqlite: {path: l.db}, signing_key: {file: ledger.key}}
        \(policy)
        """
    }

    static func folder(_ files: [String: String]) throws -> String {
        let directory = try ScratchFolder.folder()
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return directory.path
    }

    @Test func aFolderIsReadInNameOrderAndNumberedAsOneText() throws {
        let folder = try Self.folder([
            "b.cedar": "@id(\"second\")\npermit (principal, action, resource);",
            "a.cedar": "@id(\"first\")\nforbid (principal, action, resource) when { false };\n",
            "notes.txt": "not a policy",
        ])
        let config = try ConfigLoader.parse(yaml: Self.yaml(policy: "policy: {files: [\(folder)]}"), file: "c.yaml", baseDirectory: "/tmp")
        let policies = config.policy.policies
        #expect(policies.files.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["a.cedar", "b.cedar"])
        #expect(policies.policies.policies.map(\.id) == ["policy0", "policy1"])
        #expect(policies.name(of: "policy1") == "second")
        // The text is the files joined, each newline-terminated; the digest is its SHA-256.
        #expect(policies.text.hasSuffix("permit (principal, action, resource);\n"))
        #expect(policies.digest == SHA256Hex.of(Array(policies.text.utf8)))
        #expect(config.policy.forbidErrorsDeny)
        #expect(config.tenant("t")?.allowedRegions == ["us-gov-west-1"])
        #expect(config.models[0].deployments[0].maxClassification == .secret)
    }

    @Test func aPolicyThatDoesNotParseIsReportedAtItsLineAndColumn() throws {
        let folder = try Self.folder(["bad.cedar": "permit (principal, action, resource);\n\nforbid (principal, action, resource) when { 1 + };\n"])
        #expect {
            try ConfigLoader.parse(yaml: Self.yaml(policy: "policy: {files: [\(folder)/bad.cedar]}"), file: "c.yaml", baseDirectory: "/tmp")
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.file == folder + "/bad.cedar" && error.line == 3 && error.column != nil && error.problem.contains("policy.files")
        }
    }

    @Test func reusedPolicyNamesMissingFilesAndAMissingSectionAreRefused() throws {
        let folder = try Self.folder([
            "one.cedar": "@id(\"same\")\npermit (principal, action, resource);\n",
            "two.cedar": "\n@id(\"same\")\nforbid (principal, action, resource);\n",
        ])
        #expect {
            try ConfigLoader.parse(yaml: Self.yaml(policy: "policy: {files: [\(folder)]}"), file: "c.yaml", baseDirectory: "/tmp")
        } throws: { error in
            let error = error as? ConfigError
            return error?.file == folder + "/two.cedar" && error?.line == 2 && error?.problem.contains("`same` is already used") == true
        }
        #expect {
            try ConfigLoader.parse(yaml: Self.yaml(policy: "policy: {files: [nowhere.cedar]}"), file: "c.yaml", baseDirectory: "/tmp")
        } throws: { error in
            let error = error as? ConfigError
            return error?.keyPath == "policy.files[0]" && error?.problem.contains("no policy file") == true
        }
        #expect {
            try ConfigLoader.parse(yaml: Self.yaml(policy: ""), file: "c.yaml", baseDirectory: "/tmp")
        } throws: { error in
            (error as? ConfigError)?.problem == "missing required key `policy`"
        }
    }
}

struct GuardConfigTests {
    @Test func actionsPerKindWithADefault() throws {
        let yaml = PolicyConfigTests.yaml(policy: "policy: {files: [\(LiveGateway.policyFile)]}\nguard: {request: {default: allow, US_SSN: block}}")
        let config = try ConfigLoader.parse(yaml: yaml, file: "g.yaml", baseDirectory: "/tmp")
        #expect(config.guardActions.action(for: .usSSN) == .block)
        #expect(config.guardActions.action(for: .email) == .allow)
        #expect {
            try ConfigLoader.parse(
                yaml: PolicyConfigTests.yaml(policy: "policy: {files: [\(LiveGateway.policyFile)]}\nguard: {request: {SSN: block}}"),
                file: "g.yaml",
                baseDirectory: "/tmp"
            )
        } throws: { error in
            (error as? ConfigError)?.problem.contains("unknown key `SSN`") == true
        }
        #expect {
            try ConfigLoader.parse(
                yaml: PolicyConfigTests.yaml(policy: "policy: {files: [\(LiveGateway.policyFile)]}\nguard: {response: {EMAIL: mask}}"),
                file: "g.yaml",
                baseDirectory: "/tmp"
            )
        } throws: { error in
            (error as? ConfigError)?.problem.contains("give `mask_key`") == true
        }
    }
}
