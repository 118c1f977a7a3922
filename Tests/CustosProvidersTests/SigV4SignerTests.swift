// SPDX-License-Identifier: Apache-2.0

import Foundation
import Testing

@testable import CustosProviders

/// AWS's SigV4 test suite (header signing), from `Fixtures/sigv4` (see `Fixtures/SOURCE.md`).
struct SigV4SignerTests {
    struct SuiteCase: CustomStringConvertible, Sendable {
        let name: String
        let directory: URL
        var description: String { name }
    }

    static let suite: [SuiteCase] = {
        guard let root = Bundle.module.url(forResource: "Fixtures/sigv4", withExtension: nil),
            let names = try? FileManager.default.contentsOfDirectory(atPath: root.path)
        else { return [] }
        return names.sorted().map { SuiteCase(name: $0, directory: root.appendingPathComponent($0)) }
    }()

    @Test func suiteIsPresent() {
        #expect(Self.suite.count >= 35)
    }

    @Test(arguments: suite)
    func matchesTheSuite(_ suiteCase: SuiteCase) throws {
        func read(_ file: String) throws -> String {
            try String(contentsOf: suiteCase.directory.appendingPathComponent(file), encoding: .utf8)
        }
        let context = try JSONSerialization.jsonObject(with: Data(try read("context.json").utf8)) as! [String: Any]
        let credentialsJSON = context["credentials"] as! [String: String]
        let credentials = AWSCredentials(
            accessKeyID: credentialsJSON["access_key_id"]!,
            secretAccessKey: credentialsJSON["secret_access_key"]!,
            sessionToken: credentialsJSON["token"]
        )
        var signer = SigV4Signer(service: context["service"] as! String, region: context["region"] as! String)
        signer.normalizesPath = context["normalize"] as? Bool ?? true
        signer.addsContentHash = context["sign_body"] as? Bool ?? false
        signer.signsSessionToken = !(context["omit_session_token"] as? Bool ?? false)
        let date = try #require(ISO8601DateFormatter().date(from: context["timestamp"] as! String))

        let signature = signer.sign(try Self.parse(try read("request.txt")), credentials: credentials, date: date)
        #expect(signature.canonicalRequest == (try read("header-canonical-request.txt")))
        #expect(signature.stringToSign == (try read("header-string-to-sign.txt")))
        #expect(signature.signature == (try read("header-signature.txt")).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Parses the suite's `request.txt`: request line, headers (with folded continuation lines),
    /// blank line, body.
    static func parse(_ text: String) throws -> SignableRequest {
        let lines = text.components(separatedBy: "\n")
        let requestLine = lines[0]
        let method = String(requestLine.prefix { $0 != " " })
        let target = requestLine.dropFirst(method.count + 1).dropLast(" HTTP/1.1".count)
        let question = target.firstIndex(of: "?")
        let path = String(target[..<(question ?? target.endIndex)])
        let query = question.map { String(target[target.index(after: $0)...]) } ?? ""
        var headers: [(name: String, value: String)] = []
        var index = 1
        while index < lines.count, !lines[index].isEmpty {
            let line = lines[index]
            if line.first == " " || line.first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                headers.append((String(line[..<colon]), String(line[line.index(after: colon)...])))
            }
            index += 1
        }
        let body = index + 1 < lines.count ? lines[(index + 1)...].joined(separator: "\n") : ""
        return SignableRequest(method: method, path: path, query: query, headers: headers, body: Array(body.utf8))
    }

    @Test func bedrockModelIDsAreEncodedTwiceInTheCanonicalURI() {
        let signer = SigV4Signer(service: "bedrock", region: "us-gov-west-1")
        let path = "/model/\(SigV4Signer.percentEncoded("anthropic.claude-3-5-sonnet-20240620-v1:0", keepingSlash: false))/converse"
        #expect(path == "/model/anthropic.claude-3-5-sonnet-20240620-v1%3A0/converse")
        #expect(signer.canonicalURI(path) == "/model/anthropic.claude-3-5-sonnet-20240620-v1%253A0/converse")
    }

    @Test func addsTokenAndContentHashAndNeverShowsTheSecret() {
        let credentials = AWSCredentials(
            accessKeyID: "AKIDEXAMPLE",
            secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            sessionToken: "TOKEN"
        )
        let signer = SigV4Signer(service: "bedrock", region: "us-east-1")
        let request = SignableRequest(
            method: "POST",
            path: "/model/m/converse",
            headers: [("Host", "bedrock-runtime.us-east-1.amazonaws.com")],
            body: Array("{}".utf8)
        )
        let signature = signer.sign(request, credentials: credentials, date: Date(timeIntervalSince1970: 1_440_938_160))
        let names = signature.headers.map(\.name)
        #expect(names == ["X-Amz-Date", "X-Amz-Content-Sha256", "X-Amz-Security-Token", "Authorization"])
        #expect(signature.canonicalRequest.contains("x-amz-security-token:TOKEN"))
        #expect(signature.authorization.contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token"))
        #expect(!signature.authorization.contains("wJalr"))
        #expect(!"\(credentials)".contains("wJalr") && !"\(credentials)".contains("TOKEN"))
    }

    @Test func signingKeyChangesWithEveryScopePart() {
        let base = SigV4Signer.signingKey(secret: "s", day: "20150830", region: "us-east-1", service: "bedrock")
        for other in [
            SigV4Signer.signingKey(secret: "t", day: "20150830", region: "us-east-1", service: "bedrock"),
            SigV4Signer.signingKey(secret: "s", day: "20150831", region: "us-east-1", service: "bedrock"),
            SigV4Signer.signingKey(secret: "s", day: "20150830", region: "us-gov-west-1", service: "bedrock"),
            SigV4Signer.signingKey(secret: "s", day: "20150830", region: "us-east-1", service: "sts"),
        ] {
            #expect(other != base)
        }
    }

    @Test func amzDateRoundTrips() throws {
        let date = Date(timeIntervalSince1970: 1_440_938_160)
        let stamp = AmzDate(date)
        #expect(stamp.full == "20150830T123600Z")
        #expect(stamp.day == "20150830")
        #expect(AmzDate.parse(stamp.full) == date)
        #expect(AmzDate.parse("2015-08-30T12:36:00Z") == nil)
        // The hand-written civil date agrees with Foundation's calendar across leap years and centuries.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let moment = Date(timeIntervalSince1970: Double(Int64.random(in: -2_000_000_000...8_000_000_000, using: &generator)))
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: moment)
            let expected = String(
                format: "%04d%02d%02dT%02d%02d%02dZ",
                parts.year!,
                parts.month!,
                parts.day!,
                parts.hour!,
                parts.minute!,
                parts.second!
            )
            #expect(AmzDate(moment).full == expected)
            #expect(AmzDate.parse(expected) == moment)
        }
    }
}
