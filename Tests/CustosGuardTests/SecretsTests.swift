// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// Private keys, JSON Web Tokens and bearer tokens: found whole however long, in the forms
/// people paste them, and not in the texts that only talk about them.
struct SecretsTests {
    /// Deterministic base64 text shaped like a key's body (no real key: the detector reads the
    /// PEM framing, not the ASN.1 inside). `lines` lines of 64 characters, the last one shorter.
    static func body(lines: Int, seed: UInt64 = 1) -> [String] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var state = seed
        func next() -> Character {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return alphabet[Int(state >> 58)]
        }
        return (0..<lines).map { line in String((0..<(line == lines - 1 ? 24 : 64)).map { _ in next() }) + (line == lines - 1 ? "==" : "") }
    }

    static func pem(_ label: String, lines: Int = 26, separator: String = "\n", headers: [String] = []) -> String {
        (["-----BEGIN \(label)-----"] + headers + body(lines: lines) + ["-----END \(label)-----"]).joined(separator: separator)
    }

    /// A signed JWT: a real header, a payload of `claims` bytes, a `signature`-character signature.
    static func jwt(payloadClaims: Int = 60, signature: Int = 43) -> String {
        let header = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"  // {"alg":"RS256","typ":"JWT"}
        let payload = "eyJzdWIiOiIxMjM0NTY3ODkwIiwi" + String(repeating: "Zm9vYmFy", count: payloadClaims / 8) + "fQ"
        let sig = String(String(repeating: "Qx7_-kP2", count: signature / 8 + 1).prefix(signature))
        return header + "." + payload + "." + sig
    }

    @Test(arguments: ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "PGP PRIVATE KEY BLOCK"])
    func aPrivateKeyBlockIsFoundWholeFromBeginToEnd(_ label: String) {
        let key = Self.pem(label)
        #expect(key.utf8.count > SensitiveDataScanner.longestFinding * 4)
        DetectorTests.expect("Why does ssh reject this?\n\n\(key)\n\nThanks.", .privateKey, key)
        DetectorTests.expect("```\r\n" + Self.pem(label, separator: "\r\n") + "\r\n```", .privateKey, Self.pem(label, separator: "\r\n"))
    }

    @Test func keysArePastedInJSONStringsOnOneLineAndEncrypted() {
        // A service account file: line breaks written `\n` inside the JSON string.
        let escaped = Self.pem("PRIVATE KEY", separator: "\\n")
        DetectorTests.expect("{\"type\": \"service_account\", \"private_key\": \"\(escaped)\\n\", \"client_id\": \"1\"}", .privateKey, escaped)
        // Pasted where line breaks became spaces.
        let oneLine = Self.pem("RSA PRIVATE KEY", separator: " ")
        DetectorTests.expect("key: \(oneLine) end", .privateKey, oneLine)
        // A legacy encrypted key's header lines come before its body.
        let encrypted = Self.pem("RSA PRIVATE KEY", headers: ["Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC,3F17F5316E2BAC89", ""])
        DetectorTests.expect(encrypted, .privateKey, encrypted)
    }

    @Test func aKeyCutShortIsStillAKeyThroughItsLastLine() {
        let lines = Self.body(lines: 10)
        let truncated = "-----BEGIN RSA PRIVATE KEY-----\n" + lines.prefix(6).joined(separator: "\n")
        DetectorTests.expect(truncated + "\n\nand the rest was lost", .privateKey, truncated)
        DetectorTests.expect(truncated, .privateKey, truncated)
    }

    @Test func publicMaterialAndProseAboutKeysAreNotKeys() {
        DetectorTests.expectNone(Self.pem("CERTIFICATE"), .privateKey)
        DetectorTests.expectNone(Self.pem("PUBLIC KEY"), .privateKey)
        DetectorTests.expectNone("The file starts with -----BEGIN PRIVATE KEY----- and ends with its END line.", .privateKey)
        DetectorTests.expectNone("-----BEGIN PRIVATE KEY-----\n(paste yours here)\n-----END PRIVATE KEY-----", .privateKey)
        DetectorTests.expectNone("-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----", .privateKey)
        DetectorTests.expectNone("----- BEGIN PRIVATE KEY -----", .privateKey)
    }

    @Test func jsonWebTokensOfAnyLengthAreFoundWhole() {
        let short = Self.jwt()
        DetectorTests.expect("Authorization header had \(short). Is it expired?", .apiToken, short)
        // RS256 signatures are 342 characters: longer than every other kind's longest finding.
        let long = Self.jwt(payloadClaims: 400, signature: 342)
        #expect(long.utf8.count > SensitiveDataScanner.longestFinding * 2)
        DetectorTests.expect("token=\(long)&state=1", .apiToken, long)
        // The encrypted form's five segments.
        let encrypted =
            "eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGe.48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6ji.XFBoMYUZodetZdvTiFvSkQ"
        DetectorTests.expect("jwe \(encrypted) here", .apiToken, encrypted)
        // Unsigned: an empty signature, its dot kept.
        let unsigned = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9."
        DetectorTests.expect("try \(unsigned) now", .apiToken, unsigned)
    }

    @Test func lookAlikesOfTokensAreNot() {
        // The header must decode to a JSON object; two segments and a period end a sentence.
        DetectorTests.expectNone("see eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0. Then", .apiToken)
        DetectorTests.expectNone("eyJmb29iYXJiYXpxdXV4cXV1eHF1dXg.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6y", .apiToken)
        DetectorTests.expectNone("the eyJ prefix is base64 for a brace and a quote", .apiToken)
        DetectorTests.expectNone("Bearer tokens expire after an hour; bearer authentication is described in RFC 6750.", .apiToken)
        DetectorTests.expectNone("Bearer abcdefghijklmnopqrstuvwxyz", .apiToken)
    }

    @Test func bearerTokensAreTheCredentialAfterTheScheme() {
        DetectorTests.expect(
            "curl -H \"Authorization: Bearer 7f3a9c2e1b4d8f6a0c5e9b2d4f7a1c3e\" https://api.example.gov",
            .apiToken,
            "7f3a9c2e1b4d8f6a0c5e9b2d4f7a1c3e"
        )
        DetectorTests.expect("authorization: bearer ya29.a0AfH6SMBx-3kq_9Lz~T+/w== next", .apiToken, "ya29.a0AfH6SMBx-3kq_9Lz~T+/w==")
    }

    @Test func prefixedTokensLongerThanTheLongestFindingAreFoundWhole() {
        let token = "sk-proj-" + String(repeating: "aB3_x", count: 80)
        #expect(token.utf8.count > SensitiveDataScanner.longestFinding)
        DetectorTests.expect("OPENAI_API_KEY=\(token)\n", .apiToken, token)
    }

    @Test func aCredentialCutOffByTheEndOfAStreamSoFarRunsToTheEnd() {
        // The redactor's view: more of the stream follows these bytes.
        let key = Self.pem("PRIVATE KEY")
        for prefix in [key.utf8.count / 2, key.utf8.count - 3, "-----BEGIN PRIVATE KEY-----\n".utf8.count + 10] {
            let bytes = Array("intro\n".utf8) + Array(key.utf8.prefix(prefix))
            let findings = bytes.withUnsafeBufferPointer { SensitiveDataScanner().scan($0, continues: true).findings }
            #expect(findings == [Finding(kind: .privateKey, range: 6..<bytes.count)], "prefix \(prefix)")
        }
        let token = Array(("x " + Self.jwt()).utf8)
        for prefix in [20, 40, 37, 38, token.count - 1] {
            let bytes = Array(token.prefix(prefix))
            let findings = bytes.withUnsafeBufferPointer { SensitiveDataScanner().scan($0, continues: true).findings }
            #expect(findings == [Finding(kind: .apiToken, range: 2..<bytes.count)], "prefix \(prefix)")
        }
        // A whole text ends where it ends: the cut-off token is no JWT.
        #expect(DetectorTests.found(String(decoding: token.prefix(60), as: UTF8.self)).isEmpty)
    }

    @Test func aKeyStillGoingAtTheLongestSecretTakesTheRestOfTheText() {
        // Fail closed: no end is looked for past 1 MiB, and nothing after it is let through.
        let body = String(repeating: "QUJD", count: SensitiveDataScanner.longestSecret / 3)
        let text = Array(("Key:\n-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\nThanks").utf8)
        let findings = SensitiveDataScanner().scan(text).findings
        #expect(findings == [Finding(kind: .privateKey, range: 5..<text.count)])
        // One that ends within it ends where it ends.
        let short = Array(("-----BEGIN PRIVATE KEY-----\n" + String(repeating: "QUJD", count: 1000) + "\n-----END PRIVATE KEY-----\nThanks").utf8)
        #expect(SensitiveDataScanner().scan(short).findings.map(\.range.upperBound) == [short.count - 7])
    }

    @Test func aTokenStillGoingAtTheLongestSecretTakesTheRestOfTheText() {
        let token = "ghp_" + String(repeating: "a1B2", count: SensitiveDataScanner.longestSecret / 2)
        let text = Array(("x " + token + " and then the SSN 123-45-6789").utf8)
        #expect(SensitiveDataScanner().scan(text).findings == [Finding(kind: .apiToken, range: 2..<text.count)])
        let bearer = Array(("Authorization: Bearer " + String(repeating: "Ab1.", count: SensitiveDataScanner.longestSecret / 3) + " ok").utf8)
        #expect(SensitiveDataScanner().scan(bearer).findings == [Finding(kind: .apiToken, range: 22..<bearer.count)])
        // A JSON Web Token whose payload passes the longest secret: its header is checked, then
        // the rest is taken.
        let jwt = Self.jwt()
        let header = jwt.split(separator: ".")[0]
        let long = Array(("t=" + header + "." + String(repeating: "eyJx", count: SensitiveDataScanner.longestSecret / 3) + ".sig rest").utf8)
        #expect(SensitiveDataScanner().scan(long).findings.map(\.kind) == [.apiToken])
        #expect(SensitiveDataScanner().scan(long).findings.first?.range.upperBound == long.count)
    }

    @Test func aWordInsideAFoundTokenStartsNoOtherToken() {
        // `sk-sk-sk-…`: every part starts a word; one walk finds the token, which is still going
        // at the longest secret and so takes the rest.
        let text = Array(String(repeating: "sk-", count: SensitiveDataScanner.longestSecret / 3 + 10_000).utf8)
        let findings = SensitiveDataScanner().scan(text).findings
        #expect(findings == [Finding(kind: .apiToken, range: 0..<text.count)])
    }

    @Test func aTokenStartingInsideALongBase64URLRunIsStillFound() {
        // The first `eyJ` reads far past a header's length and is no token; the one after the
        // last `-` is, and what the first read is not read again.
        let token = Self.jwt()
        let noise = "eyJ" + String(repeating: "AbC-", count: 600)
        DetectorTests.expect("see \(noise)\(token) here", .apiToken, token)
        let repeated = String(repeating: "eyJhbGciOiJIUzI1NiJ9-", count: 300)
        #expect(DetectorTests.found(repeated + token).map(\.1) == [token])
    }

    @Test func everyKnownTokenPrefixIsFoundAtItsLeastLength() {
        for (prefix, minimum) in IdentifierDetectors.tokenPrefixes {
            let rest = String(String(repeating: "a1B2c3D4e5", count: minimum / 10 + 2).prefix(minimum))
            var token = String(decoding: prefix, as: UTF8.self) + rest
            if prefix == IdentifierDetectors.sendGrid { token = "SG." + rest.prefix(22) + "." + rest.dropFirst(22) }
            DetectorTests.expect("the key \(token) leaked", .apiToken, token)
            let short = String(decoding: prefix, as: UTF8.self) + rest.dropFirst(2)
            DetectorTests.expectNone("the key \(short) leaked", .apiToken)
        }
        // Words that begin as prefixes do are words: `what`, `data`, `should`, `document`.
        DetectorTests.expectNone("what data should the document show when the python numpy import fails", .apiToken)
    }
}
