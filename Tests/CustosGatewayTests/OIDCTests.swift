// SPDX-License-Identifier: Apache-2.0

import AsyncHTTPClient
import Crypto
import CryptoExtras
import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import Synchronization
import Testing

@testable import CustosGateway

/// An OpenID Connect issuer on loopback, made by the test: discovery document, JWKS (swappable,
/// fetches counted) and keys of every supported kind to sign tokens with.
final class TestIssuer: Sendable {
    let rsa = try! _RSA.Signing.PrivateKey(keySize: .bits2048)
    let ec = P256.Signing.PrivateKey()
    let ed = Curve25519.Signing.PrivateKey()
    let jwks = Mutex<String>("")
    let fetches = Atomic<Int>(0)
    let port = Mutex<Int>(0)

    var url: String { "http://127.0.0.1:\(port.withLock { $0 })" }

    init() {
        jwks.withLock {
            $0 = Self.set([jwk(rsa: rsa.publicKey, kid: "rsa-1"), jwk(ec: ec.publicKey, kid: "ec-1"), jwk(ed: ed.publicKey, kid: "ed-1")])
        }
    }

    static func set(_ keys: [String]) -> String { #"{"keys":[\#(keys.joined(separator: ","))]}"# }

    func jwk(rsa key: _RSA.Signing.PublicKey, kid: String) -> String {
        let primitives = try! key.getKeyPrimitives()
        let (n, e) = (primitives.modulus, primitives.publicExponent)
        return #"{"kty":"RSA","kid":"\#(kid)","use":"sig","n":"\#(Base64URL.encode(n))","e":"\#(Base64URL.encode(e))"}"#
    }

    func jwk(ec key: P256.Signing.PublicKey, kid: String) -> String {
        let raw = Array(key.rawRepresentation)
        return #"{"kty":"EC","crv":"P-256","kid":"\#(kid)","x":"\#(Base64URL.encode(raw[0..<32]))","y":"\#(Base64URL.encode(raw[32..<64]))"}"#
    }

    func jwk(ed key: Curve25519.Signing.PublicKey, kid: String) -> String {
        #"{"kty":"OKP","crv":"Ed25519","kid":"\#(kid)","x":"\#(Base64URL.encode(key.rawRepresentation))"}"#
    }

    /// Runs the issuer's HTTP server for `body`.
    func serving(_ body: () async throws -> Void) async throws {
        var logger = Logger(label: "issuer")
        logger.logLevel = .critical
        let router = Router()
        router.get("/.well-known/openid-configuration") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: #"{"issuer":"\#(self.url)","jwks_uri":"\#(self.url)/jwks"}"#))
            )
        }
        router.get("/jwks") { _, _ in
            self.fetches.add(1, ordering: .relaxed)
            return Response(
                status: .ok,
                headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: self.jwks.withLock { $0 }))
            )
        }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) },
            logger: logger
        )
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            var iterator = ports.makeAsyncIterator()
            let bound = try #require(await iterator.next())
            port.withLock { $0 = bound }
            do { try await body() } catch {
                group.cancelAll()
                throw error
            }
            group.cancelAll()
        }
    }

    /// A signed compact JWS.
    func token(alg: String = "RS256", kid: String? = "rsa-1", claims: [String: Any], header extra: [String: Any] = [:]) -> String {
        var header: [String: Any] = ["alg": alg, "typ": "JWT"]
        if let kid { header["kid"] = kid }
        header.merge(extra) { $1 }
        let input =
            Base64URL.encode(try! JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])) + "."
            + Base64URL.encode(try! JSONSerialization.data(withJSONObject: claims, options: [.sortedKeys]))
        let data = Data(input.utf8)
        let signature: [UInt8]
        switch alg {
        case "RS256": signature = Array(try! rsa.signature(for: SHA256.hash(data: data), padding: .insecurePKCS1v1_5).rawRepresentation)
        case "PS256": signature = Array(try! rsa.signature(for: SHA256.hash(data: data), padding: .PSS).rawRepresentation)
        case "ES256": signature = Array(try! ec.signature(for: SHA256.hash(data: data)).rawRepresentation)
        case "EdDSA": signature = Array(try! ed.signature(for: data))
        case "none": return input + "."
        default: fatalError("test issuer does not sign \(alg)")
        }
        return input + "." + Base64URL.encode(signature)
    }

    func claims(_ extra: [String: Any] = [:], now: Date = Date()) -> [String: Any] {
        var claims: [String: Any] = [
            "iss": url, "aud": "custos-test", "sub": "oidc-user", "agency": "agency-a",
            "exp": Int(now.timeIntervalSince1970) + 300, "iat": Int(now.timeIntervalSince1970), "groups": ["analyst"],
            "clearance": "secret",
        ]
        claims.merge(extra) { $1 }
        return claims
    }
}

@Suite(.serialized, .timeLimit(.minutes(2)))
struct OIDCTests {
    static func identity(_ issuers: [TestIssuer]) -> (String) -> String {
        { yaml in
            let entries = issuers.map { issuer in
                "    - {issuer: \"\(issuer.url)\", audience: custos-test, algorithms: [RS256, PS256, ES256, EdDSA], tenant_claim: agency, roles_claim: groups, clearance_claim: clearance, clock_skew: 30s}"
            }
            return
                yaml
                .replacingOccurrences(of: "policy:", with: "identity:\n  oidc:\n" + entries.joined(separator: "\n") + "\npolicy:")
                .replacingOccurrences(
                    of: "{id: fake-r, provider: openai-compatible,",
                    with: "{id: fake-r, max_classification: top-secret, provider: openai-compatible,"
                )
        }
    }

    @Test func tokensOfEveryAlgorithmAuthenticateAndAreRecorded() async throws {
        let issuer = TestIssuer()
        try await issuer.serving {
            try await LiveGateway.run(configure: Self.identity([issuer])) { gateway in
                for (alg, kid) in [("RS256", "rsa-1"), ("PS256", "rsa-1"), ("ES256", "ec-1"), ("EdDSA", "ed-1")] {
                    let token = issuer.token(alg: alg, kid: kid, claims: issuer.claims())
                    let reply = try await gateway.chat(key: token)
                    #expect(reply.status == 200, "\(alg): \(reply.text)")
                }
                let request = try #require(try await LedgerOnPathTests.records(gateway).last { $0["event"] as? String == "REQUEST" })
                let source = try #require(request["source"] as? [String: Any])
                #expect(source["auth_method"] as? String == "oidc")
                #expect(source["credential_id"] as? String == issuer.url)
                #expect(source["principal"] as? String == "oidc-user" && source["tenant"] as? String == "agency-a")
                // Four tokens, one JWKS fetch: the keys are cached.
                #expect(issuer.fetches.load(ordering: .relaxed) == 1)
            }
        }
    }

    @Test func theWellKnownAttacksAreRefused() async throws {
        let issuer = TestIssuer()
        let other = TestIssuer()
        try await issuer.serving {
            try await other.serving {
                try await LiveGateway.run(configure: Self.identity([issuer, other])) { gateway in
                    let now = Date()
                    let good = issuer.claims()
                    // HS256 "signed" with the RSA public key's bytes as the HMAC secret.
                    let n = try issuer.rsa.publicKey.getKeyPrimitives().modulus
                    let hsInput =
                        Base64URL.encode(Array(#"{"alg":"HS256","kid":"rsa-1","typ":"JWT"}"#.utf8)) + "."
                        + Base64URL.encode(try JSONSerialization.data(withJSONObject: good, options: [.sortedKeys]))
                    let hsMAC = HMAC<SHA256>.authenticationCode(for: Data(hsInput.utf8), using: SymmetricKey(data: n))
                    let tampered: String = {
                        let parts = issuer.token(claims: good).split(separator: ".").map(String.init)
                        let forged = Base64URL.encode(
                            try! JSONSerialization.data(withJSONObject: issuer.claims(["agency": "agency-b"]), options: [.sortedKeys])
                        )
                        return [parts[0], forged, parts[2]].joined(separator: ".")
                    }()
                    let attacks: [(String, String)] = [
                        ("alg none", issuer.token(alg: "none", claims: good)),
                        ("HS256 with the public key", hsInput + "." + Base64URL.encode(hsMAC)),
                        ("unknown kid", issuer.token(kid: "rsa-999", claims: good)),
                        ("kid path trick", issuer.token(kid: "../../../../etc/passwd", claims: good)),
                        ("expired", issuer.token(claims: issuer.claims(["exp": Int(now.timeIntervalSince1970) - 120]))),
                        ("not yet valid", issuer.token(claims: issuer.claims(["nbf": Int(now.timeIntervalSince1970) + 600]))),
                        ("issued in the future", issuer.token(claims: issuer.claims(["iat": Int(now.timeIntervalSince1970) + 600]))),
                        ("wrong issuer", issuer.token(claims: issuer.claims(["iss": "https://evil.example"]))),
                        ("wrong audience", issuer.token(claims: issuer.claims(["aud": "someone-else"]))),
                        ("tampered payload", tampered),
                        // The second issuer's key, with the same kid, claiming to be the first issuer.
                        ("second issuer, same kid", other.token(claims: issuer.claims())),
                        ("no exp", issuer.token(claims: good.filter { $0.key != "exp" })),
                        ("unknown tenant", issuer.token(claims: issuer.claims(["agency": "agency-z"]))),
                        ("crit header", issuer.token(claims: good, header: ["crit": ["exp"]])),
                        ("ES256 header on an RSA key", issuer.token(alg: "ES256", kid: "rsa-1", claims: good)),
                    ]
                    for (name, token) in attacks {
                        let reply = try await gateway.chat(key: token)
                        #expect(reply.status == 401, "\(name) got \(reply.status)")
                        #expect(try reply.error()["code"] as? String == "invalid_api_key", "\(name)")
                    }
                    // The second issuer's own token with that kid is fine: keys are per issuer.
                    #expect(try await gateway.chat(key: other.token(claims: other.claims())).status == 200)
                    // An API key still works beside tokens.
                    #expect(try await gateway.chat().status == 200)
                }
            }
        }
    }

    @Test func claimsBecomeTheUsersPolicyAttributes() async throws {
        let issuer = TestIssuer()
        try await issuer.serving {
            try await LiveGateway.run(configure: Self.identity([issuer])) { gateway in
                // Marked SECRET: the default set lets only a principal cleared for it send it.
                let marked = #","messages":[{"role":"user","content":"SECRET//NOFORN the plan"}]"#
                let cleared = issuer.token(claims: issuer.claims(["clearance": "secret"]))
                let uncleared = issuer.token(claims: issuer.claims(["clearance": "unclassified", "sub": "intern"]))
                let body = { (key: String) in
                    try await gateway.request(.POST, "/v1/chat/completions", key: key, body: #"{"model":"restricted"\#(marked)}"#)
                }
                #expect(try await body(cleared).status != 403)
                let refused = try await body(uncleared)
                #expect(refused.status == 403)
                #expect(try refused.error()["message"] as? String ?? "" != "")
                // Roles from the groups claim: an auditor group reads the ledger.
                let auditor = issuer.token(claims: issuer.claims(["groups": ["auditor"], "sub": "aud-1"]))
                #expect(try await gateway.request(.GET, "/ledger/checkpoint", key: auditor).status != 403)
                #expect(try await gateway.request(.GET, "/ledger/checkpoint", key: cleared).status == 403)
            }
        }
    }

    @Test func policiesSeeHowTheCallerAuthenticated() async throws {
        let issuer = TestIssuer()
        let policy = FileManager.default.temporaryDirectory.appendingPathComponent("sso-\(UUID().uuidString).cedar")
        try #"""
        @id("sso-for-restricted")
        forbid (principal, action == Action::"invoke", resource == Deployment::"fake-r")
        when { context.authMethod == "api-key" };
        """#.write(to: policy, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: policy) }
        try await issuer.serving {
            let configure: (String) -> String = { yaml in
                Self.identity([issuer])(yaml).replacingOccurrences(
                    of: "policy: {files: [\(LiveGateway.policyFile)]}",
                    with: "policy: {files: [\(LiveGateway.policyFile), \(policy.path)]}"
                )
            }
            try await LiveGateway.run(configure: configure) { gateway in
                let byKey = try await gateway.chat("restricted")
                #expect(byKey.status == 403)
                #expect((try byKey.error()["message"] as? String)?.contains("sso-for-restricted") == true)
                #expect(try await gateway.chat("restricted", key: issuer.token(claims: issuer.claims())).status == 200)
                let request = try #require(try await LedgerOnPathTests.records(gateway).last { $0["event"] as? String == "REQUEST" })
                let context = try #require((request["policy"] as? [String: Any])?["context"] as? [String: Any])
                #expect(context["authMethod"] as? String == "oidc")
            }
        }
    }

    @Test func rotatedKeysAreFetchedAndMadeUpKidsDoNotFloodTheIssuer() async throws {
        let issuer = TestIssuer()
        try await issuer.serving {
            var config = OIDCIssuerConfig(issuer: issuer.url, audiences: ["custos-test"], algorithms: ["RS256", "ES256"])
            config.tenantClaim = "agency"
            config.rolesClaim = "groups"
            config.clearanceClaim = "clearance"
            let oidc = OIDCIssuer(config: config, client: .shared, minimumRefreshInterval: 0.5)
            let gatewayConfig = try ConfigLoader.parse(
                yaml: LiveGateway.yaml(fakePort: 1, database: "/tmp/x.db"),
                file: "x.yaml",
                baseDirectory: "/tmp"
            )
            let now = Date()
            _ = try await oidc.principal(from: try CompactJWT(issuer.token(claims: issuer.claims())), config: gatewayConfig, now: now)
            #expect(issuer.fetches.load(ordering: .relaxed) == 1)
            // Made-up kids within the interval: refused without fetching again.
            for index in 0..<20 {
                await #expect(throws: JWTError.self) {
                    try await oidc.principal(
                        from: try CompactJWT(issuer.token(kid: "made-up-\(index)", claims: issuer.claims())),
                        config: gatewayConfig,
                        now: now
                    )
                }
            }
            #expect(issuer.fetches.load(ordering: .relaxed) == 1)
            // The issuer rotates to a new EC key; after the interval its tokens are accepted.
            let rotated = P256.Signing.PrivateKey()
            issuer.jwks.withLock { $0 = TestIssuer.set([issuer.jwk(ec: rotated.publicKey, kid: "ec-2")]) }
            var header = Base64URL.encode(Array(#"{"alg":"ES256","kid":"ec-2"}"#.utf8))
            header += "." + Base64URL.encode(try JSONSerialization.data(withJSONObject: issuer.claims(), options: [.sortedKeys]))
            let token = header + "." + Base64URL.encode(try rotated.signature(for: SHA256.hash(data: Data(header.utf8))).rawRepresentation)
            let principal = try await oidc.principal(from: try CompactJWT(token), config: gatewayConfig, now: now.addingTimeInterval(1))
            #expect(principal.id == "oidc-user" && principal.roles == ["analyst"] && principal.clearance == .secret)
            #expect(issuer.fetches.load(ordering: .relaxed) == 2)
            // The old key is gone with the rotation.
            await #expect(throws: JWTError.self) {
                try await oidc.principal(
                    from: try CompactJWT(issuer.token(claims: issuer.claims())),
                    config: gatewayConfig,
                    now: now.addingTimeInterval(1)
                )
            }
        }
    }
}
