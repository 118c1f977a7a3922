// SPDX-License-Identifier: Apache-2.0

public import Hummingbird
import NIOCore
import NIOSSL

/// Per-request state carried through the middleware chain and routes.
public struct GatewayRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's address, for the audit record and, later, policy (`context.sourceIp`).
    public let remoteAddress: String?
    /// Set by authentication.
    public var principal: Principal?
    /// The connection, for its TLS client certificate.
    private let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress?.ipAddress
        self.channel = source.channel
    }

    /// The client certificate the TLS handshake verified, if the connection is TLS and the
    /// client presented one (`nil` on plain HTTP).
    func clientCertificate() async -> ClientCertificate? {
        let channel = self.channel
        let der: [UInt8]? = try? await channel.eventLoop.submit {
            try channel.pipeline.syncOperations.handler(type: NIOSSLServerHandler.self).peerCertificate?.toDERBytes()
        }.get()
        return der.flatMap { try? ClientCertificate(der: $0) }
    }
}
