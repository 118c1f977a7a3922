// SPDX-License-Identifier: Apache-2.0

public import Hummingbird
import NIOCore

/// Per-request state carried through the middleware chain and routes.
public struct GatewayRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's address, for the audit record and, later, policy (`context.sourceIp`).
    public let remoteAddress: String?
    /// Set by authentication.
    public var principal: Principal?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress?.ipAddress
    }
}
