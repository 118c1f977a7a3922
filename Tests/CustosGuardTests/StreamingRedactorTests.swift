// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// A streamed text, split anywhere, gives the same findings and the same redacted output as the
/// whole text scanned at once.
struct StreamingRedactorTests {
    static let texts = [
        "Client David Simpson (DOB 1/5/1969, SSN 391 88 3549) lives at 1231 Lee Hollow Apt. 220, West Keith, MO 32096 and can be reached at 1-832-983-5337.",
        "SECRET//NOFORN\n\n(S//NF) Host 10.20.30.40 beaconed to 2001:db8::8a2e:370:7334 every 300 s.\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
        "routing number 072622814, acct 92496053500. Card 4111 1111 1111 1111, token ghp_abcdefghijklmnopqrstuvwxyz0123456789 — café ☕ Thanks,\nMargaret",
        // A later mention is judged by the full name before it, which the redactor keeps as context.
        "Ryan White (SSN 391-88-3549, cell 832-983-5337) briefed the working group on the cloud migration, with notes from the visit. "
            + String(repeating: "The agenda also covered logistics. ", count: 8) + "Ryan will follow up by Friday.",
        // Values named by their table's header: a pipe table and an SQL INSERT's column list.
        "\n| Employee | DOB | SSN |\n|---|---|---|\n| Nancy Mcbride | 01/17/1986 | 284968708 |\n"
            + "INSERT INTO t (name, phone, ssn, dob) VALUES ('Smith, Joshua', '1-843-871-0716', '662085230', '1950-03-30');"
            + "\nname\tdob\n\"Swanson, Mary\"\t11/12/1980\n",
        // Values known by their names, and a URL's password.
        "DB_PASSWORD=Sup3r-S3cret!\n\"client_secret\": \"8f14e45fceea167a5a36dedd4bea2543\", url postgres://app:Pa55w0rd@db.agency.gov/x"
            + " and my password is Tr0ub4dor&3, SSN 391-88-3549.",
        // Values named by a key's words or by a label after them; people named by what they do.
        "[payee]\nrouting_number = 256568697\n\"bankAccountNumber\": \"887572461882\"\nCheck 5522142883 (checking account),"
            + " 1957-09-12 (DOB) by 6/22/2023.\nKaren, Heidi handles the 391-88-3549 file. Is 303258782 a valid routing number?"
            + " Gary's DOB is May 06, 1940, not 12/13/2024. Minutes taken by Tiffany.\nRouting/account: 019112426/33342471005."
            + " Dates of birth: 1998-05-20 (primary) and 4/13/2017 (dependent).",
        // A mention before the name it repeats: the stream must hold it until the name arrives.
        "Per our call, Rubio will send the W-9 with TIN 391-88-3549 to the office by Friday. " + String(repeating: "x ", count: 30)
            + "Ms. Rubio also gave her birthday and her cell, 832-983-5337.",
        // A mailing label's name, judged by the street and ZIP after it; a report aligned with
        // spaces; a name's parts named by their keys; a date named by a relation before it.
        "Ship to:\nANGELA LAMBERT\n97652 Martinez Way\nBoise, ID 83702\n"
            + "ID      NAME                DOB         PASSPORT\n36062   Kimberly Santiago   12/31/1957  T48543067\n"
            + "{\"firstName\": \"Jennifer\", \"lastName\": \"Wright\"}\nDECLARATION OF ROBERT JONES\n"
            + "Beneficiaries: Laura Ortiz (daughter) 06/10/2011. name=Jamie+Price&x=1",
        // Session 13's shapes: HTML and LaTeX tables, a query's output, a check's line, an
        // answer to the question before it, a caption's party and a signature's name.
        "<table><tr><th>Name</th><th>DOB</th></tr><tr><td>Ann Lee</td><td>12/01/1998</td></tr></table>\n"
            + "Name & Phone \\\\\nRoy Zuniga & 2405915313 \\\\\n"
            + " name | dob\n------+------------\n Kevin | 1992-03-05\n"
            + "The check says: At the bottom: 115146600 98242584166060 1234.\n"
            + "Agent: Can I get your date of birth?\nCustomer: 01/18/1984\n"
            + "JENNY CONTRERAS,\n        Plaintiff,\n--\nSANDRA ZUNIGA\nPatient: Sonya\nAction: Keith will call.",
        // Session 16's: Markdown's bold labels and a table of keys and values, a check's MICR
        // line between transit symbols, a chat speaker with the time after the name.
        "**Patient:** Janet\n- **Surname**: Whitaker\n| **Owner** | Keith |\n| First name | Sonya |\n"
            + "PAY TO THE ORDER OF AUSTIN HOWELL $703.21\n⑆106275535⑆ 000166233794⑈ 57603\nAshley [13:15]: done",
        // Session 17's: a lone tab row and a table's, an invitation's attendee, an IRC nick, a
        // case's parties, a report's source in capitals after its marked paragraph's number.
        "Owner\tRobert\nEmployee\tStart\nApril Ross\t2023-08-18\nOrganizer: Jason Taylor\nOptional: Samuel\n"
            + "[8:45] <Mary> rotate it\nSee Manning v. Harrison, 85 F.3d 22.\n1. (C) SOURCE TINA WILSON REPORTED THAT",
    ]

    static func whole(_ text: [UInt8], redacting: Set<SensitiveKind>) -> (findings: [Finding], output: [UInt8]) {
        let findings = SensitiveDataScanner().scan(text).findings
        return (findings, Redaction.typed(text, findings.filter { redacting.contains($0.kind) }))
    }

    static func streamed(_ text: [UInt8], cuts: [Int], redacting: Set<SensitiveKind>, holdBack: Int? = nil) -> (findings: [Finding], output: [UInt8])
    {
        var redactor =
            holdBack.map { StreamingRedactor(holdBack: $0) { redacting.contains($0) } } ?? StreamingRedactor { redacting.contains($0) }
        var output: [UInt8] = []
        var start = 0
        for cut in cuts + [text.count] {
            output += redactor.feed(text[start..<cut])
            start = cut
        }
        output += redactor.finish()
        return (redactor.findings, output)
    }

    /// Thousands of scans per text: it yields between cuts, so that on a machine with few cores
    /// it does not hold the cooperative threads the suite's network tests need to make progress
    /// (a loopback request then waits past its deadline).
    @Test(arguments: texts)
    func everySplitPointGivesTheWholeTextsAnswer(_ text: String) async {
        // Filler before and after, so the release point sweeps across every finding.
        let filler = String(repeating: "Plain words here. ", count: 18)
        let bytes = Array((filler + text + " " + filler).utf8)
        let redacting: Set<SensitiveKind> = [.usSSN, .creditCard, .awsSecretKey, .apiToken, .person, .streetAddress, .phoneUS, .password]
        let expected = Self.whole(bytes, redacting: redacting)
        #expect(expected.findings.count >= 4)
        for holdBack in [nil, SensitiveDataScanner.longestFinding + 8] as [Int?] {
            for cut in 0...bytes.count {
                if cut % 8 == 0 { await Task.yield() }
                let streamed = Self.streamed(bytes, cuts: [cut], redacting: redacting, holdBack: holdBack)
                #expect(streamed.findings == expected.findings, "cut at \(cut)")
                #expect(streamed.output == expected.output, "cut at \(cut)")
            }
            // And in many pieces at once.
            let pieces = Array(stride(from: 7, to: bytes.count, by: 13))
            #expect(Self.streamed(bytes, cuts: pieces, redacting: redacting, holdBack: holdBack).output == expected.output)
        }
    }

    @Test func aHoldBackOrContextTooShortToKeepThePromiseIsRaised() {
        let redactor = StreamingRedactor(holdBack: 10, context: 20) { _ in true }
        #expect(redactor.holdBack == SensitiveDataScanner.longestFinding)
        #expect(redactor.context == SensitiveDataScanner.longestLookBehind)
        #expect(StreamingRedactor(holdBack: 400, context: 900) { _ in true }.holdBack == 400)
    }

    @Test func byteByByteAndTextReleasedBeforeTheEnd() {
        let filler = String(repeating: "Nothing sensitive in this sentence at all. ", count: 20)
        let bytes = Array((filler + Self.texts[0] + filler).utf8)
        let redacting: Set<SensitiveKind> = [.usSSN]
        let expected = Self.whole(bytes, redacting: redacting)
        let streamed = Self.streamed(bytes, cuts: Array(1..<bytes.count), redacting: redacting)
        #expect(streamed.output == expected.output && streamed.findings == expected.findings)
        // Most of the text goes out before the stream ends: only the hold-back waits.
        var redactor = StreamingRedactor { redacting.contains($0) }
        let early = redactor.feed(bytes)
        #expect(early.count >= bytes.count - redactor.holdBack - 16)
        #expect(!String(decoding: early + redactor.finish(), as: UTF8.self).contains("391 88 3549"))
    }
}

extension StreamingRedactorTests {
    @Test func atMostTheLongestFindingAndSixtyThreeBytesWait() {
        // Issue 5's bound: what is held is the tail that could still start a match, at most 64
        // bytes beyond the longest one's need. Fed a byte at a time, plain text never waits longer.
        let bytes = Array(String(repeating: "Nothing sensitive in this sentence at all. ", count: 40).utf8)
        var redactor = StreamingRedactor { _ in true }
        #expect(redactor.holdBack + redactor.releaseStep - 1 <= SensitiveDataScanner.longestFinding + 63)
        var released = 0
        var longestWait = 0
        for (fed, byte) in bytes.enumerated() {
            released += redactor.feed([byte]).count
            longestWait = max(longestWait, fed + 1 - released)
        }
        #expect(longestWait == redactor.holdBack + redactor.releaseStep - 1)
        #expect(released + redactor.finish().count == bytes.count)
    }

    @Test func withNothingRedactedTheTextPassesAsItComesAndIsScannedInBatches() {
        // Long enough for several batches, with findings on both sides of each batch's end.
        let unit = Self.texts.joined(separator: "\n") + "\n"
        let bytes = Array(String(repeating: unit, count: 3 * StreamingRedactor.observationBatch / unit.utf8.count + 1).utf8)
        let expected = SensitiveDataScanner().scan(bytes).findings
        #expect(expected.count > 100)
        for step in [4, 997] {
            var redactor = StreamingRedactor { _ in false }
            var output: [UInt8] = []
            var foundBeforeTheEnd = 0
            for start in stride(from: 0, to: bytes.count, by: step) {
                let piece = bytes[start..<min(start + step, bytes.count)]
                let released = redactor.feed(piece)
                #expect(released.elementsEqual(piece), "each piece goes out at once, unchanged")
                output += released
            }
            foundBeforeTheEnd = redactor.findings.count
            #expect(redactor.finish().isEmpty)
            #expect(output == bytes)
            #expect(redactor.findings == expected, "pieces of \(step) bytes")
            #expect(foundBeforeTheEnd > 0 && foundBeforeTheEnd < expected.count, "scanned in batches along the way")
        }
    }

    @Test func theDefaultContextCoversEveryLookBehind() {
        // A later mention of a name looks back this far; the redactor must keep at least as much.
        #expect(StreamingRedactor { _ in false }.context >= SensitiveDataScanner.longestLookBehind)
        #expect(PersonDetector.mentionLookBehind <= SensitiveDataScanner.longestLookBehind)
    }
}

extension StreamingRedactorTests {
    /// Private keys and tokens longer than the hold-back, with findings around them.
    static let longSecrets =
        "Deploy key for 10.20.30.40:\n" + SecretsTests.pem("RSA PRIVATE KEY", lines: 20) + "\nand the session "
        + SecretsTests.jwt(payloadClaims: 300, signature: 342) + " for SSN 391-88-3549. {\"private_key\": \""
        + SecretsTests.pem("PRIVATE KEY", lines: 8, separator: "\\n") + "\\n\"}\nBearer " + String(repeating: "Ab3", count: 120)
        + "\n-----BEGIN PRIVATE KEY-----\n" + SecretsTests.body(lines: 6, seed: 9).joined(separator: "\n")

    @Test func aCredentialLongerThanTheHoldBackWaitsWholeAndGoesOutRedacted() {
        let bytes = Array((Self.longSecrets + "\n").utf8)
        let redacting: Set<SensitiveKind> = [.privateKey, .apiToken, .usSSN]
        let expected = Self.whole(bytes, redacting: redacting)
        #expect(expected.findings.filter { $0.range.count > SensitiveDataScanner.longestFinding + 64 }.count == 5)
        #expect(expected.findings.map(\.kind).filter { $0 == .privateKey }.count == 3)
        // Cut anywhere near each long finding's start and end, and in pieces of several sizes.
        let edges = expected.findings.flatMap { [$0.range.lowerBound, $0.range.upperBound] }
        let cuts = Set(edges.flatMap { ($0 - 40)...($0 + 40) }.filter { $0 > 0 && $0 < bytes.count })
        for cut in cuts.sorted() {
            let streamed = Self.streamed(bytes, cuts: [cut], redacting: redacting)
            #expect(streamed.findings == expected.findings, "cut at \(cut)")
            #expect(streamed.output == expected.output, "cut at \(cut)")
        }
        for step in [1, 5, 64, 700] {
            let streamed = Self.streamed(bytes, cuts: Array(stride(from: step, to: bytes.count, by: step)), redacting: redacting)
            #expect(streamed.findings == expected.findings && streamed.output == expected.output, "pieces of \(step)")
        }
        // No line of a key's body ever leaves, at any point of the stream.
        var redactor = StreamingRedactor { redacting.contains($0) }
        var sent = ""
        for byte in bytes { sent += String(decoding: redactor.feed([byte]), as: UTF8.self) }
        sent += String(decoding: redactor.finish(), as: UTF8.self)
        for line in SecretsTests.body(lines: 20) + SecretsTests.body(lines: 6, seed: 9) { #expect(!sent.contains(line)) }
        #expect(sent == String(decoding: expected.output, as: UTF8.self))
    }

    @Test func aKeyLongerThan16KiBIsRedactedWholeInATextAndInAStream() {
        // A PGP key block with subkeys passes 16 KiB; none of its lines may leave.
        let key = SecretsTests.pem("PGP PRIVATE KEY BLOCK", lines: 400)
        #expect(key.utf8.count > 16 * 1024)
        let bytes = Array(("Here is my key:\n" + key + "\nKeep it safe.").utf8)
        let expected = Self.whole(bytes, redacting: [.privateKey])
        #expect(String(decoding: expected.output, as: UTF8.self) == "Here is my key:\n[PRIVATE_KEY]\nKeep it safe.")
        for step in [64, 1000] {
            let streamed = Self.streamed(bytes, cuts: Array(stride(from: step, to: bytes.count, by: step)), redacting: [.privateKey])
            #expect(streamed.output == expected.output, "pieces of \(step)")
        }
    }

    @Test func aCredentialStillGoingAtTheLongestSecretWithholdsTheRestOfTheStream() {
        // Fail closed: past 1 MiB the held text stops growing; the placeholder goes out, and
        // everything after it is withheld as it arrives, as a whole text would redact it.
        let token = "sk-proj-" + String(repeating: "aB3x", count: SensitiveDataScanner.longestSecret / 3)
        let bytes = Array(("Before. Bob Lee wrote " + token + " then 123-45-6789 and more").utf8)
        let expected = Self.whole(bytes, redacting: [.apiToken])
        #expect(String(decoding: expected.output, as: UTF8.self) == "Before. Bob Lee wrote [API_TOKEN]")
        var redactor = StreamingRedactor { $0 == .apiToken }
        var output: [UInt8] = []
        var withheldAfterPlaceholder = 0
        for start in stride(from: 0, to: bytes.count, by: 4096) {
            let piece = redactor.feed(bytes[start..<min(start + 4096, bytes.count)])
            if String(decoding: output, as: UTF8.self).hasSuffix("[API_TOKEN]") { withheldAfterPlaceholder += piece.count }
            output += piece
        }
        output += redactor.finish()
        #expect(output == expected.output)
        #expect(withheldAfterPlaceholder == 0)
        #expect(redactor.findings.filter { $0.kind == .apiToken } == [Finding(kind: .apiToken, range: 22..<bytes.count)])
        // Only recording: the text passes as it comes, and the finding is the same.
        var observer = StreamingRedactor { _ in false }
        var passed: [UInt8] = []
        for start in stride(from: 0, to: bytes.count, by: 4096) { passed += observer.feed(bytes[start..<min(start + 4096, bytes.count)]) }
        passed += observer.finish()
        #expect(passed == bytes)
        #expect(observer.findings.filter { $0.kind == .apiToken } == [Finding(kind: .apiToken, range: 22..<bytes.count)])
    }

    @Test func aLongCredentialStillArrivingIsScannedAFewTimesNotOncePerStep() {
        let token = "sk-proj-" + String(repeating: "aB3x", count: 3_000)
        let bytes = Array(("token " + token + " is the one. " + String(repeating: "Plain words. ", count: 30)).utf8)
        var redactor = StreamingRedactor { $0 == .apiToken }
        var output: [UInt8] = []
        for start in stride(from: 0, to: bytes.count, by: 4) { output += redactor.feed(bytes[start..<min(start + 4, bytes.count)]) }
        output += redactor.finish()
        #expect(String(decoding: output, as: UTF8.self) == "token [API_TOKEN] is the one. " + String(repeating: "Plain words. ", count: 30))
        // One scan per 32-byte step would be about 380; the held text grows by half between looks.
        #expect(redactor.scans < 40, "\(redactor.scans) scans")
    }
}
