// SPDX-License-Identifier: Apache-2.0

import Crypto
import Foundation
import NIOSSL
import SwiftASN1
import Testing
import X509

@testable import CustosGateway

/// Client certificate identity and handshake verification, with certificates made here.
struct ClientCertificateTests {
    struct Issued {
        let certificate: Certificate
        let key: P256.Signing.PrivateKey
    }

    static let now = Date()

    static func name(_ common: String) throws -> DistinguishedName {
        try DistinguishedName {
            OrganizationName("Agency A")
            CommonName(common)
        }
    }

    static func authority(_ common: String) throws -> Issued {
        let key = P256.Signing.PrivateKey()
        let certificate = try Certificate(
            version: .v3,
            serialNumber: .init(),
            publicKey: .init(key.publicKey),
            notValidBefore: now - 86_400,
            notValidAfter: now + 86_400 * 365,
            issuer: try name(common),
            subject: try name(common),
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil))
                Critical(KeyUsage(keyCertSign: true))
            },
            issuerPrivateKey: .init(key)
        )
        return Issued(certificate: certificate, key: key)
    }

    static func leaf(
        _ common: String,
        by issuer: Issued?,
        usage: ExtendedKeyUsage.Usage = .clientAuth,
        validFrom: Date = now - 86_400,
        until: Date = now + 86_400 * 30
    ) throws -> Issued {
        let key = P256.Signing.PrivateKey()
        let certificate = try Certificate(
            version: .v3,
            serialNumber: .init(),
            publicKey: .init(key.publicKey),
            notValidBefore: validFrom,
            notValidAfter: until,
            issuer: issuer?.certificate.subject ?? (try name(common)),
            subject: try name(common),
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                try ExtendedKeyUsage([usage])
                SubjectAlternativeNames([.rfc822Name("Jane.Doe@Agency-A.gov"), .dnsName("Batch.Agency-A.gov")])
            },
            issuerPrivateKey: .init(issuer?.key ?? key)
        )
        return Issued(certificate: certificate, key: key)
    }

    static func der(_ certificate: Certificate) throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializer.serialize(certificate)
        return serializer.serializedBytes
    }

    @Test func identityFactsAndMatching() throws {
        let root = try Self.authority("Root")
        let bytes = try Self.der(try Self.leaf("Jane Doe", by: root).certificate)
        let identity = try ClientCertificate(der: bytes)
        #expect(identity.commonNames == ["Jane Doe"])
        #expect(identity.emails == ["jane.doe@agency-a.gov"])
        #expect(identity.dnsNames == ["batch.agency-a.gov"])
        #expect(identity.fingerprint == SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined())
        #expect(identity.matches(.email("jane.doe@agency-a.gov")))
        #expect(identity.matches(.dns("batch.agency-a.gov")))
        #expect(identity.matches(.commonName("Jane Doe")))
        #expect(identity.matches(.fingerprint(identity.fingerprint)))
        #expect(!identity.matches(.email("john@agency-a.gov")))
        #expect(!identity.matches(.commonName("jane doe")))
    }

    @Test func theHandshakeAcceptsOnlyGoodChains() async throws {
        let root = try Self.authority("Root")
        let other = try Self.authority("Other Root")
        let verifier = ClientCertificateVerifier(roots: [root.certificate])
        func verdict(_ issued: Issued) async throws -> NIOSSLVerificationResult {
            await verifier.verify([try NIOSSLCertificate(bytes: try Self.der(issued.certificate), format: .der)])
        }
        #expect(try await verdict(try Self.leaf("Jane", by: root)) == .certificateVerified)
        #expect(try await verdict(try Self.leaf("Old", by: root, validFrom: Self.now - 86_400 * 60, until: Self.now - 86_400)) == .failed)
        #expect(try await verdict(try Self.leaf("Early", by: root, validFrom: Self.now + 86_400, until: Self.now + 86_400 * 2)) == .failed)
        #expect(try await verdict(try Self.leaf("Jane", by: other)) == .failed)
        #expect(try await verdict(try Self.leaf("Jane", by: nil)) == .failed)
        #expect(try await verdict(try Self.leaf("Server", by: root, usage: .serverAuth)) == .failed)
        #expect(await verifier.verify([]) == .failed)
    }
}
