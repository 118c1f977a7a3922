// SPDX-License-Identifier: Apache-2.0

public import AsyncHTTPClient
public import Foundation
import NIOCore
import NIOHTTP1
import Synchronization

/// Hands out current AWS credentials for one deployment, refreshing them before they expire.
///
/// Guarantees:
/// - Temporary credentials (web identity) are replaced when they are within ``refreshMargin`` of
///   expiry; concurrent callers share one refresh.
/// - If a refresh fails while the current credentials are still valid, those are used and the
///   refresh is tried again on the next call; expired credentials are never handed out.
/// - Credentials from the shared file are read again every ``fileRereadInterval``, so a rotated
///   file takes effect without a restart.
public actor AWSCredentialProvider {
    public let source: AWSCredentialSource
    /// Refresh this long before expiry (AWS SDKs use 5 to 15 minutes).
    public let refreshMargin: TimeInterval = 300
    public let fileRereadInterval: TimeInterval = 300
    private let environment: [String: String]
    private let region: String
    private let httpClient: HTTPClient
    private let now: @Sendable () -> Date
    private var current: AWSCredentials? {
        didSet { snapshot.withLock { $0 = current } }
    }
    /// The current credentials, readable without a hop onto the actor.
    private nonisolated let snapshot = Mutex<AWSCredentials?>(nil)
    private var readAt: Date?
    private var refreshing: Task<AWSCredentials, any Error>?

    /// - Parameters:
    ///   - source: where the credentials come from.
    ///   - environment: the process environment (for the variables each source falls back to).
    ///   - region: the deployment's region, for the STS endpoint.
    ///   - httpClient: used for STS calls.
    public init(
        source: AWSCredentialSource,
        environment: [String: String],
        region: String,
        httpClient: HTTPClient,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.source = source
        self.environment = environment
        self.region = region
        self.httpClient = httpClient
        self.now = now
    }

    /// The credentials held now, when they need no refresh: the common case, answered without
    /// waiting for the actor. Shared-file credentials always take the actor's path (it re-reads).
    public nonisolated func fresh(at now: Date) -> AWSCredentials? {
        if case .sharedFile = source { return nil }
        guard let held = snapshot.withLock({ $0 }), !held.needsRefresh(at: now, margin: refreshMargin) else { return nil }
        return held
    }

    /// Credentials valid now.
    public func credentials() async throws(AWSCredentialError) -> AWSCredentials {
        let now = now()
        if let current, !current.needsRefresh(at: now, margin: refreshMargin), !isStaleFile(now) { return current }
        let task: Task<AWSCredentials, any Error>
        if let refreshing {
            task = refreshing
        } else {
            task = Task { try await self.load() }
            refreshing = task
        }
        do {
            let fresh = try await task.value
            if refreshing == task {
                refreshing = nil
                current = fresh
                readAt = now
            }
            return fresh
        } catch {
            if refreshing == task { refreshing = nil }
            // Still-valid credentials outlive a failed refresh; expired ones never do.
            if let current, current.expiration.map({ $0 > now }) ?? true { return current }
            throw error as? AWSCredentialError ?? AWSCredentialError("AWS credentials could not be loaded: \(error)")
        }
    }

    private func isStaleFile(_ now: Date) -> Bool {
        guard case .sharedFile = source, let readAt else { return false }
        return now.timeIntervalSince(readAt) > fileRereadInterval
    }

    /// Resolves the source once (no caching).
    func load() async throws(AWSCredentialError) -> AWSCredentials {
        switch source {
        case .environment:
            return try fromEnvironment()
        case .sharedFile(let profile, let path):
            return try fromSharedFile(profile: profile, path: path)
        case .webIdentity(let role, let tokenFile, let sessionName, let stsEndpoint):
            return try await fromWebIdentity(role: role, tokenFile: tokenFile, sessionName: sessionName, stsEndpoint: stsEndpoint)
        case .chain:
            if environment["AWS_ACCESS_KEY_ID"] != nil { return try fromEnvironment() }
            if environment["AWS_WEB_IDENTITY_TOKEN_FILE"] != nil {
                return try await fromWebIdentity(role: nil, tokenFile: nil, sessionName: nil, stsEndpoint: nil)
            }
            return try fromSharedFile(profile: environment["AWS_PROFILE"] ?? "default", path: nil)
        }
    }

    private func fromEnvironment() throws(AWSCredentialError) -> AWSCredentials {
        guard let keyID = environment["AWS_ACCESS_KEY_ID"], !keyID.isEmpty,
            let secret = environment["AWS_SECRET_ACCESS_KEY"], !secret.isEmpty
        else { throw AWSCredentialError("set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY") }
        let token = environment["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        return AWSCredentials(accessKeyID: keyID, secretAccessKey: secret, sessionToken: token)
    }

    private func fromSharedFile(profile: String, path: String?) throws(AWSCredentialError) -> AWSCredentials {
        let file =
            path ?? environment["AWS_SHARED_CREDENTIALS_FILE"]
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.aws/credentials")
        guard let data = FileManager.default.contents(atPath: file) else {
            throw AWSCredentialError("cannot read the shared credentials file `\(file)`")
        }
        return try SharedCredentialsFile.credentials(in: String(decoding: data, as: UTF8.self), profile: profile)
    }

    private func fromWebIdentity(role: String?, tokenFile: String?, sessionName: String?, stsEndpoint: String?) async throws(AWSCredentialError)
        -> AWSCredentials
    {
        guard let role = role ?? environment["AWS_ROLE_ARN"] else { throw AWSCredentialError("web identity needs role_arn (or AWS_ROLE_ARN)") }
        guard let tokenFile = tokenFile ?? environment["AWS_WEB_IDENTITY_TOKEN_FILE"] else {
            throw AWSCredentialError("web identity needs token_file (or AWS_WEB_IDENTITY_TOKEN_FILE)")
        }
        // The token file is re-read on every refresh: the platform rotates it.
        guard let data = FileManager.default.contents(atPath: tokenFile) else {
            throw AWSCredentialError("cannot read the web identity token file `\(tokenFile)`")
        }
        let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else { throw AWSCredentialError("the web identity token file `\(tokenFile)` is empty") }
        let session = sessionName ?? environment["AWS_ROLE_SESSION_NAME"] ?? "custos-\(Int(now().timeIntervalSince1970))"
        let endpoint = stsEndpoint ?? AWSEndpoints.sts(region: region)
        let form = [
            ("Action", "AssumeRoleWithWebIdentity"), ("Version", "2011-06-15"), ("RoleArn", role),
            ("RoleSessionName", session), ("WebIdentityToken", token),
        ].map { "\($0.0)=\(SigV4Signer.percentEncoded($0.1, keepingSlash: false))" }.joined(separator: "&")
        var request = HTTPClientRequest(url: endpoint)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded; charset=utf-8")
        request.headers.add(name: "Accept", value: "text/xml")
        request.body = .bytes(ByteBuffer(string: form))
        let status: UInt
        let body: String
        do {
            let response = try await httpClient.execute(request, timeout: .seconds(10))
            status = response.status.code
            body = String(buffer: try await response.body.collect(upTo: 256 * 1024))
        } catch {
            throw AWSCredentialError("STS at \(endpoint) could not be reached: \(error)")
        }
        guard status == 200 else {
            let code = STSResponse.element("Code", in: body).map { " \($0)" } ?? ""
            throw AWSCredentialError("STS AssumeRoleWithWebIdentity for \(role) failed with HTTP \(status)\(code)")
        }
        return try STSResponse.credentials(body)
    }
}

/// AWS endpoint names for a region: commercial, GovCloud and FIPS.
public enum AWSEndpoints {
    /// `https://bedrock-runtime[-fips].REGION.amazonaws.com` (GovCloud regions included).
    public static func bedrockRuntime(region: String, fips: Bool) -> String {
        "https://bedrock-runtime\(fips ? "-fips" : "").\(region).\(domain(region: region))"
    }

    /// The regional STS endpoint.
    public static func sts(region: String) -> String {
        "https://sts.\(region).\(domain(region: region))/"
    }

    static func domain(region: String) -> String {
        if region.hasPrefix("cn-") { return "amazonaws.com.cn" }
        return "amazonaws.com"
    }
}
