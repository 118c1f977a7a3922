// SPDX-License-Identifier: Apache-2.0

/// What a scan found in one text: the findings (kinds and byte ranges, never values) and the
/// highest classification its markings state.
public struct ScanResult: Sendable, Equatable {
    public let findings: [Finding]
    /// The highest level any marking states; `nil` when the text has no marking.
    public let classification: MarkingLevel?
    /// The compartments and controls the markings state.
    public var caveats = MarkingCaveats()

    public init(findings: [Finding], classification: MarkingLevel?, caveats: MarkingCaveats = MarkingCaveats()) {
        self.findings = findings
        self.classification = classification
        self.caveats = caveats
    }

    /// How many of each kind were found.
    public var counts: [SensitiveKind: Int] { findings.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 } }
}

/// Finds sensitive data in text in one pass over its UTF-8 bytes. Pure: no I/O, no state; safe
/// to share.
///
/// The pass goes token by token. A run of letters and digits is measured once (its length, where
/// its letters end, the byte after it) and only the detectors its shape admits run at its start:
/// an ordinary lowercase word costs a few comparisons and is then skipped whole. `(`, `+`, `@`,
/// `/` and `::` start the detectors that begin with them. The candidates are then resolved so that
/// no two findings overlap, the more specific kind winning (a token before the digits inside it, a
/// card number before a phone-shaped part of it).
public struct SensitiveDataScanner: Sendable {
    /// No finding is longer than this many bytes (caveat lists are capped), except a credential
    /// (``longestSecret``): what a streaming scan must hold back to see every match whole.
    public static let longestFinding = 256

    /// The longest credential: a private key, a JSON Web Token or a prefixed token is found up to
    /// this many bytes (an RSA 4096 key's PEM block is about 3.3 KB; a PGP key block with
    /// subkeys and a photo can pass 16 KiB). A stream holds a credential that is still arriving
    /// whole, up to this length. No walk starts inside a credential already found, so a long one
    /// is read once, not once per part.
    public static let longestSecret = 1 << 20

    /// The farthest back a detector looks for what names a value (a name's earlier full form, an
    /// SQL INSERT's column list): a streaming scan that keeps this much context judges every
    /// such value as the whole text does. A CSV block's or pipe table's header line is the one
    /// lookup not bounded by it (``StreamingRedactor`` says what that means for a stream).
    public static let longestLookBehind = 480

    public init() {}

    public func scan(_ text: String) -> ScanResult {
        var text = text
        return text.withUTF8 { scan($0) }
    }

    public func scan(_ bytes: [UInt8]) -> ScanResult { bytes.withUnsafeBufferPointer { scan($0) } }

    /// Scans the bytes; they are read only during the call.
    public func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> ScanResult { scan(buffer, continues: false) }

    /// Scans the bytes as the text so far of a stream that goes on when `continues`: a credential
    /// cut off at their end is then a finding to the end (the rest has not arrived yet).
    func scan(_ buffer: UnsafeBufferPointer<UInt8>, continues: Bool) -> ScanResult {
        // Markdown's bold labels (`**Name:** Janet`) read as the labels they mark.
        guard let unmarked = MarkdownLabels.unmarked(buffer) else { return scanBytes(buffer, continues: continues) }
        return unmarked.withUnsafeBufferPointer { scanBytes($0, continues: continues) }
    }

    /// ``scan(_:continues:)`` of bytes whose labels have no emphasis markers left.
    private func scanBytes(_ buffer: UnsafeBufferPointer<UInt8>, continues: Bool) -> ScanResult {
        let text = ScanText(buffer, continues: continues)
        let gates = WordGates.shared
        var candidates: [Finding] = []
        /// Values known by their name alone (`password=…`): kept where no other finding is.
        var named: [Finding] = []
        var classification: MarkingLevel?
        var caveats = MarkingCaveats()
        func mark(_ found: (Finding, MarkingLevel)?) {
            guard let (finding, level) = found else { return }
            candidates.append(finding)
            classification = max(classification ?? level, level)
            caveats.formUnion(MarkingCaveats.of(UnsafeBufferPointer(rebasing: buffer[finding.range])))
        }
        /// The end of the last token found.
        var tokenEnd = 0
        var namedSomeone = false
        /// Word starts with a capital then a lowercase letter or `'` (where a name can be), from
        /// shortly before the first person the scan found (``PersonDetector/mentionLookAhead``).
        var capitalisedWords: [Int] = []
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            if Bytes.isAlnum(byte) {
                // A run of letters and digits: nothing starts inside one, only at its start.
                let lettersEnd = Bytes.isLetter(byte) ? text.letterRunEnd(index + 1) : index + 1
                var end = lettersEnd
                while Bytes.isAlnum(text[end]) { end += 1 }
                let length = end - index
                let after = text[end]
                // An IPv6 address starts with a group of at most four hex digits and goes on with `:`
                // (or, in its IPv4 tail, `.`); an AWS secret is forty key characters, letters and
                // digits unless `/` or `+` continue the run.
                let colonAhead = length <= 4 && (after == 0x3A || after == 0x2E)
                let secretShaped = length >= 40 || after == 0x2F || after == 0x2B
                if Bytes.isDigit(byte) {
                    NumberDetectors.detect(text, at: index, into: &candidates)
                    if colonAhead, let address = IdentifierDetectors.ipv6(text, index) { candidates.append(address) }
                    if secretShaped, let secret = IdentifierDetectors.awsSecretKey(text, index) { candidates.append(secret) }
                } else if text.startsWord(index) {
                    let second = text[index + 1]
                    let letters = lettersEnd - index
                    if after == 0x2D, text[end + 1] == 0x0A || text[end + 1] == 0x0D {
                        // A word a line's hyphenation splits (`rout-\ning number`).
                        text.noteWrappedContextWord(at: index, hyphen: end)
                    }
                    if gates.mayStartContextWord(byte, second, letters) {
                        text.noteContextWord(at: index)
                    } else if after == 0x22 || after == 0x27 || after == 0x3D || after == 0x3A, length > 3, text.isCamelCase(index..<lettersEnd) {
                        // A key in camelCase (`accountNumber`, `customerSsn`) before `"`, `'`, `=` or `:`.
                        text.noteContextWord(at: index)
                        text.noteContextWords(inside: index..<lettersEnd)
                    }
                    if Bytes.isUpper(byte) {
                        if Bytes.isUpper(second), gates.mayStartBanner(byte) { mark(MarkingDetectors.banner(text, index)) }
                        if byte == 0x41, length == 20, let key = IdentifierDetectors.awsAccessKey(text, index) { candidates.append(key) }
                        if (letters == 2 && Bytes.isUpper(second)) || (Bytes.isLower(second) && gates.mayStartStateName(byte, letters)),
                            let address = AddressDetector.address(text, index)
                        {
                            candidates.append(address)
                        }
                        if (Bytes.isUpper(second) && letters >= 2 && PersonDetector.capitalsNameMayStart(text, index, end))
                            || (second == 0x27 && Bytes.isUpper(text[index + 2])),
                            let person = PersonDetector.capitalsName(text, index)
                        {
                            // A name in capitals filling a form's field (`NAME: JOHN SMITH`).
                            candidates.append(person)
                            if !namedSomeone {
                                PersonDetector.noteCapitalisedWords(in: text, before: index, into: &capitalisedWords)
                                namedSomeone = true
                            }
                        }
                        if Bytes.isUpper(second), letters >= 2, namedSomeone, after != 0x20 || !Bytes.isUpper(text[end + 1]) {
                            // A surname in capitals may mention again a name found in capitals
                            // (`BROWN stated`), standing alone: not before another word in capitals.
                            capitalisedWords.append(index)
                        }
                        if Bytes.isLower(second) || second == 0x27 {
                            // Once someone is named, capitalised words shortly before or after may mention them again.
                            if namedSomeone { capitalisedWords.append(index) }
                            if let person = PersonDetector.person(text, index) {
                                candidates.append(person)
                                if !namedSomeone {
                                    PersonDetector.noteCapitalisedWords(in: text, before: index, into: &capitalisedWords)
                                    capitalisedWords.append(index)
                                    namedSomeone = true
                                }
                            }
                        }
                        if length == 9, Bytes.isDigit(second), let passport = IdentifierDetectors.letterPassport(text, index) {
                            candidates.append(passport)
                        }
                        if Bytes.isLower(second), gates.mayStartMonth(byte, letters), let date = NumberDetectors.dateOfBirthWord(text, index) {
                            candidates.append(date)
                        }
                        if !Bytes.isLower(second), let license = LicenseDetector.license(text, index),
                            NumberDetectors.nearestContext(text, index) == .usDriverLicense
                        {
                            candidates.append(license)
                        }
                    }
                    // A token can run to 1 MiB, and a word can start inside one (after its `-`):
                    // no token is looked for inside a token already found, so `sk-sk-sk-…` costs
                    // one walk, not one per part.
                    // Every token's first word ends at its `_`, `-` or `.`, or runs on for 36 characters.
                    if index >= tokenEnd, after == 0x5F || after == 0x2D || after == 0x2E || length >= 36,
                        IdentifierDetectors.mayStartToken(byte, second), let token = IdentifierDetectors.apiToken(text, index)
                    {
                        candidates.append(token)
                        tokenEnd = token.range.upperBound
                    }
                    // Rare first letters (`eyJ`, `Bearer`, `password`): one test for all three.
                    if gates.mayStartCredentialWord(byte, second, letters) {
                        if index >= tokenEnd, let token = SecretDetectors.jsonWebToken(text, index) {
                            candidates.append(token)
                            tokenEnd = token.range.upperBound
                        }
                        if let token = SecretDetectors.bearerToken(text, index) {
                            candidates.append(token)
                            tokenEnd = max(tokenEnd, token.range.upperBound)
                        }
                        if let password = AssignedSecrets.stated(text, index) { named.append(password) }
                    }
                    if colonAhead, Bytes.isHex(byte), let address = IdentifierDetectors.ipv6(text, index) { candidates.append(address) }
                    if secretShaped, let secret = IdentifierDetectors.awsSecretKey(text, index) { candidates.append(secret) }
                } else if text[index - 1] == 0x5F {
                    // A word inside a snake_case identifier (`customer_ssn`, `routing_number`):
                    // context words only; or a name written on a form's blank (`Name: ____Jo Ray____`).
                    if gates.mayStartContextWord(byte, text[index + 1], lettersEnd - index) { text.noteContextWord(at: index, inIdentifier: true) }
                    if Bytes.isUpper(byte), text[index - 2] == 0x5F, let person = PersonDetector.onBlank(text, index) { candidates.append(person) }
                }
                index = after == 0x20 ? end + 1 : end  // a space starts nothing
                continue
            }
            // Spaces, line breaks and most punctuation start nothing: only `(` `+` `-` `.` `/` `:` `=` `@` go on.
            guard byte &- 0x28 < 25, (0x124_00E9 as UInt64) >> (byte &- 0x28) & 1 != 0 else {
                index += 1
                continue
            }
            switch byte {
            case 0x2E: text.noteSentenceEnd(index)
            case 0x28:
                mark(MarkingDetectors.portion(text, index))
                NumberDetectors.detect(text, at: index, into: &candidates)
            case 0x2B:
                NumberDetectors.detect(text, at: index, into: &candidates)
                if let secret = IdentifierDetectors.awsSecretKey(text, index) { candidates.append(secret) }
            case 0x2D:
                if text[index + 1] == 0x2D, let key = SecretDetectors.privateKey(text, index) { candidates.append(key) }
            case 0x40:
                if let password = AssignedSecrets.urlPassword(text, at: index) {
                    candidates.append(password)
                } else if let address = IdentifierDetectors.email(text, at: index) {
                    candidates.append(address)
                }
            case 0x3D:
                if let value = AssignedSecrets.assigned(text, index) { named.append(value) }
            case 0x2F:
                if let secret = IdentifierDetectors.awsSecretKey(text, index) { candidates.append(secret) }
            case 0x3A:
                if text[index + 1] == 0x3A, !Bytes.isHex(text[index - 1]), let address = IdentifierDetectors.ipv6(text, index) {
                    candidates.append(address)
                } else if let value = AssignedSecrets.assigned(text, index) {
                    named.append(value)
                }
            default: break
            }
            index += 1
        }
        // Names that other findings outrank (`Young Place` inside a street address) are mentioned by no one.
        if namedSomeone { PersonDetector.mentions(after: Self.resolve(candidates), at: capitalisedWords, in: text, into: &candidates) }
        var findings = Self.resolve(candidates)
        if !named.isEmpty { findings = Self.adding(Self.resolve(named), where: findings) }
        return ScanResult(findings: findings, classification: classification, caveats: caveats)
    }

    /// `findings` with each of `extra` (both in text order, neither overlapping itself) that
    /// overlaps none of them.
    static func adding(_ extra: [Finding], where findings: [Finding]) -> [Finding] {
        var merged: [Finding] = []
        merged.reserveCapacity(findings.count + extra.count)
        var next = 0
        for candidate in extra {
            while next < findings.count, findings[next].range.upperBound <= candidate.range.lowerBound {
                merged.append(findings[next])
                next += 1
            }
            if next == findings.count || findings[next].range.lowerBound >= candidate.range.upperBound { merged.append(candidate) }
        }
        merged.append(contentsOf: findings[next...])
        return merged
    }

    /// Specific kinds first: their matches are exact; then by length (lower wins).
    static func priority(_ kind: SensitiveKind) -> Int {
        switch kind {
        case .privateKey: -1
        case .apiToken: 0
        case .awsAccessKey: 1
        case .awsSecretKey: 2
        case .email, .password: 3
        case .classificationMarking: 4
        case .portionMarking: 5
        case .creditCard: 6
        case .usSSN: 7
        case .abaRouting: 8
        case .bankAccount: 9
        case .usPassport: 10
        case .usDriverLicense: 11
        case .dateOfBirth: 12
        case .phoneUS: 13
        case .ipAddress: 14
        case .streetAddress: 15
        case .person: 16
        }
    }

    /// Non-overlapping findings in text order: a higher-priority (then longer) candidate wins an overlap.
    ///
    /// Candidates that overlap nothing are kept as they are; the rest are settled one cluster (a
    /// run of candidates linked by overlaps) at a time, since a choice in one cluster cannot touch
    /// another. The work grows with the text, not with the square of its findings.
    static func resolve(_ candidates: [Finding]) -> [Finding] {
        guard candidates.count > 1 else { return candidates }
        // Usually the candidates come in text order without overlapping: nothing to resolve.
        if (1..<candidates.count).allSatisfy({ candidates[$0 - 1].range.upperBound <= candidates[$0].range.lowerBound }) {
            return candidates
        }
        let ordered = candidates.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var accepted: [Finding] = []
        accepted.reserveCapacity(ordered.count)
        var clusterStart = 0
        var clusterEnd = ordered[0].range.upperBound
        for index in 1...ordered.count {
            if index < ordered.count, ordered[index].range.lowerBound < clusterEnd {
                clusterEnd = max(clusterEnd, ordered[index].range.upperBound)
                continue
            }
            settle(ordered[clusterStart..<index], into: &accepted)
            guard index < ordered.count else { break }
            clusterStart = index
            clusterEnd = ordered[index].range.upperBound
        }
        return accepted
    }

    /// Appends the winners of one cluster of overlapping candidates, in text order.
    private static func settle(_ cluster: ArraySlice<Finding>, into accepted: inout [Finding]) {
        guard cluster.count > 1 else {
            accepted.append(contentsOf: cluster)
            return
        }
        let ranked = cluster.sorted {
            let (a, b) = (priority($0.kind), priority($1.kind))
            return a != b ? a < b : $0.range.count > $1.range.count
        }
        var winners: [Finding] = []
        if cluster.count <= 16 {
            for candidate in ranked where !winners.contains(where: { $0.range.overlaps(candidate.range) }) {
                winners.append(candidate)
            }
        } else {
            // A long chain ("John John John ..."): the bytes already taken, one bit each, so a
            // candidate is checked against its own bytes rather than against every winner.
            var taken = ClaimedBytes(cluster.first!.range.lowerBound..<cluster.map(\.range.upperBound).max()!)
            for candidate in ranked where taken.claim(candidate.range) {
                winners.append(candidate)
            }
        }
        accepted.append(contentsOf: winners.sorted { $0.range.lowerBound < $1.range.lowerBound })
    }
}

/// A set of byte positions within a span, one bit each: which bytes earlier findings hold.
struct ClaimedBytes {
    private let start: Int
    private var words: [UInt64]

    init(_ span: Range<Int>) {
        start = span.lowerBound
        words = [UInt64](repeating: 0, count: (span.count + 63) / 64)
    }

    /// Takes every byte of `range` and returns true if none was taken yet; otherwise takes
    /// nothing and returns false.
    mutating func claim(_ range: Range<Int>) -> Bool {
        let bits = (range.lowerBound - start)..<(range.upperBound - start)
        for bit in bits where words[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return false }
        for bit in bits { words[bit >> 6] |= 1 << UInt64(bit & 63) }
        return true
    }
}
