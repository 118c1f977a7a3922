// SPDX-License-Identifier: Apache-2.0

import AsyncHTTPClient
import CustosFakeUpstream
import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization
import Testing

@testable import CustosProviders

@Suite(.timeLimit(.minutes(1)))
struct AWSCredentialProviderTests {
    /// A clock the test moves by hand.
    final class ManualClock: Sendable {
        let date = Mutex(Date())
        var now: Date { date.withLock { $0 } }
        func advance(_ seconds: TimeInterval) { date.withLock { $0 += seconds } }
    }

    @Test func readsTheEnvironment() async throws {
        let provider = AWSCredentialProvider(
            source: .environment,
            environment: ["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "s3cr3t", "AWS_SESSION_TOKEN": "tok"],
            region: "us-gov-west-1",
            httpClient: .shared
        )
        #expect(try await provider.credentials() == AWSCredentials(accessKeyID: "AKID", secretAccessKey: "s3cr3t", sessionToken: "tok"))
        let missing = AWSCredentialProvider(source: .environment, environment: [:], region: "us-east-1", httpClient: .shared)
        await #expect(throws: AWSCredentialError("set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")) { try await missing.credentials() }
    }

    @Test func readsSharedFileProfilesAndRereadsARotatedFile() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("aws-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = """
            # comment
            [default]
            aws_access_key_id = AKIDDEFAULT
            aws_secret_access_key = default-secret

            [profile gov]
            aws_access_key_id=AKIDGOV
            aws_secret_access_key=gov-secret
            aws_session_token = gov-token
            """
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let clock = ManualClock()
        let provider = AWSCredentialProvider(
            source: .sharedFile(profile: "gov", path: path),
            environment: [:],
            region: "us-gov-east-1",
            httpClient: .shared,
            now: { clock.now }
        )
        #expect(try await provider.credentials().accessKeyID == "AKIDGOV")
        #expect(try await provider.credentials().sessionToken == "gov-token")
        try text.replacingOccurrences(of: "AKIDGOV", with: "AKIDROTATED").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try await provider.credentials().accessKeyID == "AKIDGOV")  // cached
        clock.advance(301)
        #expect(try await provider.credentials().accessKeyID == "AKIDROTATED")

        #expect(throws: AWSCredentialError("the shared credentials file has no profile [nope]")) {
            try SharedCredentialsFile.credentials(in: text, profile: "nope")
        }
        #expect(throws: AWSCredentialError.self) { try SharedCredentialsFile.credentials(in: "[x]\naws_access_key_id=A\n", profile: "x") }
    }

    @Test func webIdentityAssumesTheRoleAndRefreshesBeforeExpiry() async throws {
        try await withFakeSTS { sts, stats in
            let tokenFile = FileManager.default.temporaryDirectory.appendingPathComponent("token-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: tokenFile) }
            try "eyJhbGciOiJSUzI1NiJ9.fake.jwt".write(toFile: tokenFile, atomically: true, encoding: .utf8)
            let clock = ManualClock()
            let provider = AWSCredentialProvider(
                source: .webIdentity(
                    roleARN: "arn:aws-us-gov:iam::123456789012:role/custos",
                    tokenFile: tokenFile,
                    sessionName: "t",
                    stsEndpoint: sts
                ),
                environment: [:],
                region: "us-gov-west-1",
                httpClient: .shared,
                now: { clock.now }
            )
            // Many callers at once share one STS call.
            let first = try await withThrowingTaskGroup(of: AWSCredentials.self) { group in
                for _ in 0..<20 { group.addTask { try await provider.credentials() } }
                var all: [AWSCredentials] = []
                for try await credentials in group { all.append(credentials) }
                return all
            }
            #expect(Set(first.map(\.accessKeyID)).count == 1)
            #expect(first[0].accessKeyID.hasPrefix("ASIA") && first[0].sessionToken != nil && first[0].expiration != nil)
            #expect(try await stats() == 1)
            #expect(try await provider.credentials() == first[0])
            #expect(try await stats() == 1)

            clock.advance(3600 - 200)  // within the five-minute margin of expiry
            let refreshed = try await provider.credentials()
            #expect(refreshed.accessKeyID != first[0].accessKeyID)
            #expect(try await stats() == 2)
        }
    }

    @Test func aFailedRefreshKeepsValidCredentialsButNeverExpiredOnes() async throws {
        let tokenFile = FileManager.default.temporaryDirectory.appendingPathComponent("token-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: tokenFile) }
        try "jwt".write(toFile: tokenFile, atomically: true, encoding: .utf8)
        let clock = ManualClock()
        try await withFakeSTS { sts, _ in
            let provider = AWSCredentialProvider(
                source: .webIdentity(roleARN: "arn:aws:iam::1:role/r", tokenFile: tokenFile, sessionName: nil, stsEndpoint: sts),
                environment: [:],
                region: "us-east-1",
                httpClient: .shared,
                now: { clock.now }
            )
            let issued = try await provider.credentials()
            try FileManager.default.removeItem(atPath: tokenFile)  // the next refresh fails
            clock.advance(3600 - 100)  // refresh due, credentials still valid
            #expect(try await provider.credentials() == issued)
            clock.advance(200)  // now expired
            await #expect(throws: AWSCredentialError.self) { try await provider.credentials() }
        }
    }

    @Test func readsSTSErrors() {
        #expect(throws: AWSCredentialError("STS did not return credentials (AccessDenied): Not authorized")) {
            try STSResponse.credentials("<ErrorResponse><Error><Code>AccessDenied</Code><Message>Not authorized</Message></Error></ErrorResponse>")
        }
    }

    /// Runs `body` with the fake upstream's STS endpoint and a reader of its STS call count.
    func withFakeSTS(_ body: (String, @escaping @Sendable () async throws -> Int) async throws -> Void) async throws {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        try await withThrowingTaskGroup(of: Void.self) { group in
            let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
            let fake = FakeUpstream.makeApplication(host: "127.0.0.1", port: 0, apiKey: nil, stsLifetime: 3600, logger: logger) {
                continuation.yield($0)
            }
            group.addTask { try await fake.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            let stats: @Sendable () async throws -> Int = {
                let response = try await HTTPClient.shared.execute(
                    HTTPClientRequest(url: "http://127.0.0.1:\(port)/_fake/stats"),
                    timeout: .seconds(10)
                )
                let body = try await response.body.collect(upTo: 4096)
                let object = try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
                return object?["sts_calls"] as? Int ?? -1
            }
            do {
                try await body("http://127.0.0.1:\(port)/", stats)
            } catch {
                group.cancelAll()
                throw error
            }
            group.cancelAll()
        }
    }
}
