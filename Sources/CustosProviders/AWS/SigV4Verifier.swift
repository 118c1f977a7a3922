// SPDX-License-Identifier: Apache-2.0

import Crypto
public import Foundation

/// Why a request's SigV4 signature was refused; the message says which check failed.
public struct SigV4VerificationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// AWS's error code for the failure (`IncompleteSignatureException`,
    /// `UnrecognizedClientException`, `InvalidSignatureException`, ...).
    public let code: String
    public let message: String
    public var description: String { "\(code): \(message)" }
}

/// Checks `AWS4-HMAC-SHA256` signatures as an AWS service does: the server side of
/// ``SigV4Signer``, used by the fake Bedrock upstream so tests prove what Custos sends is
/// signed correctly (and by botocore's signer too).
///
/// Checks: the `Authorization` header's form; a known access key; `X-Amz-Date` present, within
/// ``allowedSkew`` of now and on the scope's day; `host` and `x-amz-date` among the signed
/// headers; a session token that matches the credentials' own when they are temporary; an
/// `X-Amz-Content-Sha256` (when sent) equal to the body's hash; and the signature itself,
/// recomputed over the signed headers only.
public struct SigV4Verifier: Sendable {
    public let service: String
    public var allowedSkew: TimeInterval = 15 * 60

    public init(service: String) {
        self.service = service
    }

    /// Verifies `request` (its path as received on the wire); returns the access key id.
    /// - Parameter credentials: the credentials for an access key id, if it is known.
    public func verify(
        _ request: SignableRequest,
        now: Date = Date(),
        credentials: (String) -> AWSCredentials?
    ) throws(SigV4VerificationError) -> String {
        func fail(_ code: String, _ message: String) -> SigV4VerificationError { SigV4VerificationError(code: code, message: message) }
        guard let authorization = request.header("authorization"), authorization.hasPrefix("AWS4-HMAC-SHA256 ") else {
            throw fail("MissingAuthenticationTokenException", "missing AWS4-HMAC-SHA256 Authorization header")
        }
        var fields: [String: String] = [:]
        for part in authorization.dropFirst("AWS4-HMAC-SHA256 ".count).split(separator: ",") {
            let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if pair.count == 2 { fields[String(pair[0])] = String(pair[1]) }
        }
        guard let credential = fields["Credential"], let signedHeaderList = fields["SignedHeaders"], let signature = fields["Signature"] else {
            throw fail("IncompleteSignatureException", "Authorization needs Credential, SignedHeaders and Signature")
        }
        let scope = credential.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard scope.count == 5, scope[4] == "aws4_request" else { throw fail("IncompleteSignatureException", "malformed credential scope") }
        let (keyID, day, region, scopeService) = (scope[0], scope[1], scope[2], scope[3])
        guard scopeService == service else {
            throw fail("InvalidSignatureException", "credential scope names service \(scopeService), not \(service)")
        }
        guard let known = credentials(keyID) else {
            throw fail("UnrecognizedClientException", "the security token included in the request is invalid")
        }
        guard let amzDate = request.header("x-amz-date"), let signedAt = AmzDate.parse(amzDate) else {
            throw fail("IncompleteSignatureException", "missing or malformed X-Amz-Date")
        }
        guard abs(signedAt.timeIntervalSince(now)) <= allowedSkew else { throw fail("InvalidSignatureException", "signature expired") }
        guard amzDate.hasPrefix(day) else { throw fail("InvalidSignatureException", "credential scope date does not match X-Amz-Date") }
        if let expiration = known.expiration, expiration <= now {
            throw fail("ExpiredTokenException", "the security token included in the request is expired")
        }
        let signedNames = signedHeaderList.split(separator: ";").map(String.init)
        guard signedNames.contains("host"), signedNames.contains("x-amz-date") else {
            throw fail("InvalidSignatureException", "host and x-amz-date must be signed")
        }
        if let token = known.sessionToken {
            guard signedNames.contains("x-amz-security-token"), request.header("x-amz-security-token") == token else {
                throw fail("UnrecognizedClientException", "temporary credentials need their session token, signed")
            }
        }
        let bodyHash = SigV4Signer.hex(SHA256.hash(data: request.body))
        if let declared = request.header("x-amz-content-sha256"), declared != bodyHash {
            throw fail("InvalidSignatureException", "X-Amz-Content-Sha256 does not match the body")
        }
        var signed = request
        signed.headers = request.headers.filter { signedNames.contains($0.name.lowercased()) && $0.name.lowercased() != "x-amz-date" }
        guard Set(signed.headers.map { $0.name.lowercased() }).count == signedNames.count - 1 else {
            throw fail("InvalidSignatureException", "a signed header is missing from the request")
        }
        var signer = SigV4Signer(service: service, region: region)
        signer.addsContentHash = false
        let expected = signer.sign(
            signed,
            credentials: AWSCredentials(accessKeyID: keyID, secretAccessKey: known.secretAccessKey),
            date: signedAt
        )
        guard Self.constantTimeEqual(expected.signature, signature) else {
            throw fail(
                "InvalidSignatureException",
                "The request signature we calculated does not match the signature you provided. Canonical request:\n\(expected.canonicalRequest)"
            )
        }
        return keyID
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
