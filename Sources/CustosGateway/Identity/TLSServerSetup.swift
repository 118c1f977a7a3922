// SPDX-License-Identifier: Apache-2.0

import HummingbirdTLS
import NIOSSL

/// The TLS a gateway terminates (`server.tls`): its certificate and key, TLS 1.2 or later with
/// forward-secret AES-GCM suites only (NIST SP 800-52 Rev. 2), and client certificates as
/// configured, verified during the handshake by ``ClientCertificateVerifier`` (swift-certificates).
enum TLSServerSetup {
    /// The TLS 1.2 suites an operator may choose from (`cipher_suites`): forward-secret AEAD only,
    /// the ones NIST SP 800-52 Rev. 2 recommends. TLS 1.3's suites are fixed by the protocol.
    static let allowedSuites: [String: NIOTLSCipher] = [
        "ECDHE-ECDSA-AES128-GCM-SHA256": .TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        "ECDHE-RSA-AES128-GCM-SHA256": .TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        "ECDHE-ECDSA-AES256-GCM-SHA384": .TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        "ECDHE-RSA-AES256-GCM-SHA384": .TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
    ]
    /// The default: all of ``allowedSuites``.
    static let defaultSuites = [
        "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384",
    ]

    static func channelConfiguration(_ tls: TLSServerConfig, file: String) throws(ConfigError) -> TLSChannelConfiguration {
        func fail(_ problem: String) -> ConfigError {
            ConfigError(file: file, line: nil, column: nil, keyPath: "server.tls", problem: problem)
        }
        let chain: [NIOSSLCertificate]
        let key: NIOSSLPrivateKey
        do { chain = try NIOSSLCertificate.fromPEMFile(tls.certificatePath) } catch {
            throw fail("`\(tls.certificatePath)` is not a PEM certificate chain: \(error)")
        }
        do { key = try NIOSSLPrivateKey(file: tls.privateKeyPath, format: .pem) } catch {
            throw fail("`\(tls.privateKeyPath)` is not a PEM private key: \(error)")
        }
        guard !chain.isEmpty else { throw fail("`\(tls.certificatePath)` holds no certificate") }
        var configuration = TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        configuration.minimumTLSVersion = tls.minimumVersion == "1.3" ? .tlsv13 : .tlsv12
        configuration.cipherSuiteValues = tls.cipherSuites.compactMap { allowedSuites[$0] }
        switch tls.clientCertificates {
        case .none: configuration.certificateVerification = .none
        case .optional: configuration.certificateVerification = .optionalVerification
        case .required: configuration.certificateVerification = .noHostnameVerification
        }
        guard tls.clientCertificates != .none, let caPath = tls.clientCAPath else {
            return TLSChannelConfiguration(tlsConfiguration: configuration)
        }
        let verifier: ClientCertificateVerifier
        do {
            verifier = try ClientCertificateVerifier(caBundlePath: caPath)
            // Named in the handshake so clients (and PIV middleware) pick the right certificate.
            configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(caPath))
            configuration.sendCANameList = true
        } catch {
            throw fail("`\(caPath)` is not a PEM bundle of CA certificates: \(error)")
        }
        return TLSChannelConfiguration(tlsConfiguration: configuration) { certificates in await verifier.verify(certificates) }
    }
}
