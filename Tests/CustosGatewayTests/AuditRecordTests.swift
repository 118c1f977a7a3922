// SPDX-License-Identifier: Apache-2.0

import CustosLedger
import Foundation
import Testing

@testable import CustosGateway

/// The record layout and its timestamps.
struct AuditRecordTests {
    /// The hand-written RFC 3339 formatter agrees with Foundation's on dates across four centuries,
    /// leap days, month and year ends, before and after 1970.
    @Test func timestampsMatchFoundationsISO8601() {
        let reference = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!)
        var random = SystemRandomNumberGenerator()
        var dates: [Date] = [
            Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -0.001), Date(timeIntervalSince1970: 951_782_399.999),
            Date(timeIntervalSince1970: 951_782_400), Date(timeIntervalSince1970: 1_709_251_199.5), Date(timeIntervalSince1970: 4_107_542_399.999),
            Date(timeIntervalSince1970: -2_208_988_800),
        ]
        for _ in 0..<5_000 {
            dates.append(Date(timeIntervalSince1970: Double(Int64.random(in: -6_000_000_000_000...9_000_000_000_000, using: &random)) / 1000))
        }
        for date in dates {
            #expect(CallFacts.format(date) == date.formatted(reference), "\(date.timeIntervalSince1970)")
        }
    }

    @Test func requestRecordsCommitToRetainedContentWhenThereIsSome() throws {
        let call = CallFacts(
            requestID: "r1",
            instance: "i",
            endpoint: "/v1/chat/completions",
            method: "POST",
            sourceAddress: nil,
            started: .now,
            policySet: "00"
        )
        let plain = try CanonicalJSON.encode(AuditRecord.request(call, model: "m", requestBody: [1, 2], stream: false))
        #expect(!String(decoding: plain, as: UTF8.self).contains("content"))
        let commitment = ContentCommitment(keyID: "00112233aabbccdd", sha256: "ab", bytes: 30)
        let retained = try CanonicalJSON.encode(AuditRecord.request(call, model: "m", requestBody: [1, 2], stream: false, content: commitment))
        let request = try #require(try JSONSerialization.jsonObject(with: Data(retained)) as? [String: Any])["request"] as? [String: Any]
        let content = try #require(request?["content"] as? [String: Any])
        #expect(content["key_id"] as? String == "00112233aabbccdd" && content["bytes"] as? Int == 30 && content["alg"] as? String == "A256GCM")
        #expect(request?["bytes"] as? Int == 2)
    }
}
