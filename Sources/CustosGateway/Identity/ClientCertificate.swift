// SPDX-License-Identifier: Apache-2.0

import Crypto
import Foundation
import NIOSSL
import SwiftASN1
import X509

/// The identity facts of a verified client certificate: what principals are matched on.
struct ClientCertificate: Sendable, Equatable {
    /// SHA-256 of the DER certificate, lower-case hex.
    let fingerprint: String
    let commonNames: [String]
    /// `rfc822Name` SANs, lower-cased.
    let emails: [String]
    /// `dNSName` SANs, lower-cased.
    let dnsNames: [String]

    init(der: [UInt8]) throws {
        let certificate = try Certificate(derEncoded: der)
        fingerprint = SHA256Hex.of(der)
        var names: [String] = []
        for rdn in certificate.subject {
            for attribute in rdn where attribute.type == .RDNAttributeType.commonName {
                names.append(String(describing: attribute.value))
            }
        }
        commonNames = names
        var emails: [String] = []
        var dns: [String] = []
        for name in (try? certificate.extensions.subjectAlternativeNames) ?? SubjectAlternativeNames() {
            switch name {
            case .rfc822Name(let email): emails.append(email.lowercased())
            case .dnsName(let host): dns.append(host.lowercased())
            default: break
            }
        }
        self.emails = emails
        self.dnsNames = dns
    }

    /// Whether `match` names this certificate.
    func matches(_ match: CertificateMatch) -> Bool {
        switch match {
        case .email(let email): emails.contains(email)
        case .dns(let host): dnsNames.contains(host)
        case .commonName(let name): commonNames.contains(name)
        case .fingerprint(let hex): fingerprint == hex
        }
    }
}

/// Verifies client certificate chains during the TLS handshake with swift-certificates: a path to
/// one of the configured CAs (RFC 5280: signatures, validity periods, basic constraints, CA key
/// usage), and a leaf fit for client authentication (extended key usage `clientAuth` when the
/// certificate restricts it, and `digitalSignature` when it has a key usage). Expired, wrong-CA
/// and self-signed certificates fail the handshake.
struct ClientCertificateVerifier: Sendable {
    let roots: [Certificate]

    init(roots: [Certificate]) {
        self.roots = roots
    }

    init(caBundlePath: String) throws {
        let pem = try String(contentsOfFile: caBundlePath, encoding: .utf8)
        roots = try PEMDocument.parseMultiple(pemString: pem).map { try Certificate(derEncoded: $0.derBytes) }
        guard !roots.isEmpty else { throw ClientCertificateError("no certificate in \(caBundlePath)") }
    }

    /// The handshake's verdict on a presented chain (leaf first).
    func verify(_ chain: [NIOSSLCertificate]) async -> NIOSSLVerificationResult {
        guard let leafDER = try? chain.first?.toDERBytes(), let leaf = try? Certificate(derEncoded: leafDER) else { return .failed }
        let intermediates = chain.dropFirst().compactMap { try? Certificate(derEncoded: $0.toDERBytes()) }
        var verifier = Verifier(rootCertificates: CertificateStore(roots)) {
            RFC5280Policy()
            ClientAuthenticationPolicy()
        }
        switch await verifier.validate(leaf: leaf, intermediates: CertificateStore(intermediates)) {
        case .validCertificate: return .certificateVerified
        case .couldNotValidate: return .failed
        }
    }
}

/// A leaf certificate must be usable for TLS client authentication.
struct ClientAuthenticationPolicy: VerifierPolicy {
    let verifyingCriticalExtensions: [ASN1ObjectIdentifier] = [.X509ExtensionID.extendedKeyUsage]

    func chainMeetsPolicyRequirements(chain: UnverifiedCertificateChain) async -> PolicyEvaluationResult {
        let leaf = chain.leaf
        if let usage = try? leaf.extensions.extendedKeyUsage, !usage.contains(.clientAuth), !usage.contains(.any) {
            return .failsToMeetPolicy(reason: "the certificate's extended key usage does not allow client authentication")
        }
        if let keyUsage = try? leaf.extensions.keyUsage, !keyUsage.digitalSignature {
            return .failsToMeetPolicy(reason: "the certificate's key usage does not allow digital signatures")
        }
        return .meetsPolicy
    }
}

struct ClientCertificateError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
