// SPDX-License-Identifier: Apache-2.0

public import Foundation

/// AWS credentials: an access key pair, with the session token and expiry of temporary ones.
///
/// ``description`` never shows the secret or the token.
public struct AWSCredentials: Sendable, Equatable, CustomStringConvertible {
    public var accessKeyID: String
    public var secretAccessKey: String
    /// Present for temporary credentials (STS); sent as `X-Amz-Security-Token`.
    public var sessionToken: String?
    /// When temporary credentials stop working.
    public var expiration: Date?

    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
    }

    public var description: String {
        "AWSCredentials(\(accessKeyID), secret: <redacted>\(sessionToken == nil ? "" : ", temporary")\(expiration.map { ", expires \($0)" } ?? ""))"
    }

    /// Whether these should be replaced before use at `now`: they expire within `margin`.
    public func needsRefresh(at now: Date, margin: TimeInterval) -> Bool {
        guard let expiration else { return false }
        return expiration.timeIntervalSince(now) <= margin
    }
}

/// Where a deployment's AWS credentials come from, as configured.
public enum AWSCredentialSource: Sendable, Equatable, CustomStringConvertible {
    /// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and optionally `AWS_SESSION_TOKEN`.
    case environment
    /// A profile of the shared credentials file (`~/.aws/credentials`, or
    /// `AWS_SHARED_CREDENTIALS_FILE`, or `path`).
    case sharedFile(profile: String, path: String?)
    /// STS `AssumeRoleWithWebIdentity` with a token file, as EKS (IRSA) and other OIDC federations
    /// provide it; each value falls back to `AWS_ROLE_ARN`, `AWS_WEB_IDENTITY_TOKEN_FILE` and
    /// `AWS_ROLE_SESSION_NAME`. `stsEndpoint` overrides the regional STS endpoint.
    case webIdentity(roleARN: String?, tokenFile: String?, sessionName: String?, stsEndpoint: String?)
    /// The usual order: the environment's keys, then a web identity if its variables are set,
    /// then the shared file's profile (`AWS_PROFILE`, else `default`).
    case chain

    public var description: String {
        switch self {
        case .environment: "environment"
        case .sharedFile(let profile, let path): "shared file \(path ?? "~/.aws/credentials") [\(profile)]"
        case .webIdentity(let role, let file, _, _): "web identity \(role ?? "$AWS_ROLE_ARN") (\(file ?? "$AWS_WEB_IDENTITY_TOKEN_FILE"))"
        case .chain: "default chain"
        }
    }
}

/// Why credentials could not be had. The message says what to set or fix; it never holds a secret.
public struct AWSCredentialError: Error, Sendable, CustomStringConvertible, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Reads the shared credentials file's INI format: `[profile]` sections with
/// `aws_access_key_id`, `aws_secret_access_key` and `aws_session_token`.
public enum SharedCredentialsFile {
    /// The profile's credentials in `text`.
    public static func credentials(in text: String, profile: String) throws(AWSCredentialError) -> AWSCredentials {
        var section: String?
        var values: [String: String] = [:]
        var found = false
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                var name = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                // The config file spells sections `[profile name]`; the credentials file does not.
                if name.hasPrefix("profile ") { name = String(name.dropFirst("profile ".count)).trimmingCharacters(in: .whitespaces) }
                section = name
                if name == profile { found = true }
                continue
            }
            guard section == profile, let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            values[key] = value
        }
        guard found else { throw AWSCredentialError("the shared credentials file has no profile [\(profile)]") }
        guard let keyID = values["aws_access_key_id"], !keyID.isEmpty, let secret = values["aws_secret_access_key"], !secret.isEmpty else {
            throw AWSCredentialError("profile [\(profile)] needs aws_access_key_id and aws_secret_access_key")
        }
        let token = values["aws_session_token"].flatMap { $0.isEmpty ? nil : $0 }
        return AWSCredentials(accessKeyID: keyID, secretAccessKey: secret, sessionToken: token)
    }
}

/// Reads STS's `AssumeRoleWithWebIdentity` answer (the AWS query protocol's XML).
public enum STSResponse {
    /// The credentials in an `AssumeRoleWithWebIdentityResponse`.
    public static func credentials(_ xml: String) throws(AWSCredentialError) -> AWSCredentials {
        guard let keyID = element("AccessKeyId", in: xml), let secret = element("SecretAccessKey", in: xml),
            let token = element("SessionToken", in: xml), let expiry = element("Expiration", in: xml)
        else {
            let code = element("Code", in: xml).map { " (\($0))" } ?? ""
            let message = element("Message", in: xml).map { ": \($0)" } ?? ""
            throw AWSCredentialError("STS did not return credentials\(code)\(message)")
        }
        guard let expiration = parseISO8601(expiry) else { throw AWSCredentialError("STS returned an unreadable expiration `\(expiry)`") }
        return AWSCredentials(accessKeyID: keyID, secretAccessKey: secret, sessionToken: token, expiration: expiration)
    }

    /// The text of the first `<name>…</name>`, XML entities decoded.
    static func element(_ name: String, in xml: String) -> String? {
        guard let open = xml.range(of: "<\(name)>"), let close = xml.range(of: "</\(name)>", range: open.upperBound..<xml.endIndex) else {
            return nil
        }
        return String(xml[open.upperBound..<close.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func parseISO8601(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
