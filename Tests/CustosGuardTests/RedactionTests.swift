// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

struct RedactionTests {
    static let samples = [
        "Client David Simpson (DOB 1/5/1969, SSN 391 88 3549) can be reached at 1-832-983-5337 or d.simpson@example.com.",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
        "SECRET//NOFORN\n\n(S//NF) Host 10.20.30.40 beaconed to 2001:db8::1 — café ☕ 4111-1111-1111-1111",
    ]

    @Test(arguments: samples)
    func redactedTextKeepsNoDetectedValue(_ text: String) {
        let bytes = Array(text.utf8)
        let result = SensitiveDataScanner().scan(bytes)
        #expect(!result.findings.isEmpty)
        let redacted = String(decoding: Redaction.typed(bytes, result.findings), as: UTF8.self)
        for finding in result.findings {
            let value = String(decoding: bytes[finding.range], as: UTF8.self)
            #expect(!redacted.contains(value), "\(value) survived in \(redacted)")
            #expect(redacted.contains("[\(finding.kind.rawValue)]"))
        }
        // Rescanning the redacted text finds nothing but placeholders' neighbours.
        #expect(SensitiveDataScanner().scan(Array(redacted.utf8)).findings.allSatisfy { $0.kind == .classificationMarking })
    }

    @Test func scalarOffsetsCountCharactersNotBytes() {
        let bytes = Array("é☕a".utf8)  // 2 + 3 + 1 bytes
        #expect(Redaction.scalarOffsets(bytes, [0, 2, 5, 6]) == [0, 1, 2, 3])
    }
}
