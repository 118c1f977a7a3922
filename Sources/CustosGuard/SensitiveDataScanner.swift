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
/// Each byte position that can start something (a digit, `(`, `+`, `@`, a word's first letter)
/// runs the detectors that can start there; the candidates are then resolved so that no two
/// findings overlap, the more specific kind winning (a token before the digits inside it, a card
/// number before a phone-shaped part of it).
public struct SensitiveDataScanner: Sendable {
    /// No finding is longer than this many bytes (tokens and caveat lists are capped): what a
    /// streaming scan must hold back to see every match whole.
    public static let longestFinding = 256

    public init() {}

    public func scan(_ text: String) -> ScanResult { scan(Array(text.utf8)) }

    public func scan(_ bytes: [UInt8]) -> ScanResult {
        let text = ScanText(bytes: bytes)
        var candidates: [Finding] = []
        var classification: MarkingLevel?
        var caveats = MarkingCaveats()
        func mark(_ found: (Finding, MarkingLevel)?) {
            guard let (finding, level) = found else { return }
            candidates.append(finding)
            classification = max(classification ?? level, level)
            caveats.formUnion(MarkingCaveats.of(bytes[finding.range]))
        }
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if Bytes.isDigit(byte) {
                if text.startsWord(index) || !Bytes.isDigit(text[index - 1]) && !Bytes.isLetter(text[index - 1]) {
                    NumberDetectors.detect(text, at: index, into: &candidates)
                    if let address = IdentifierDetectors.ipv6(text, index) { candidates.append(address) }
                    if let secret = IdentifierDetectors.awsSecretKey(text, index) { candidates.append(secret) }
                }
            } else if Bytes.isLetter(byte) {
                if text.startsWord(index) {
                    if Bytes.isUpper(byte) {
                        mark(MarkingDetectors.banner(text, index))
                        if let key = IdentifierDetectors.awsAccessKey(text, index) { candidates.append(key) }
                        if let address = AddressDetector.address(text, index) { candidates.append(address) }
                        if let person = PersonDetector.person(text, index) { candidates.append(person) }
                        if let passport = IdentifierDetectors.letterPassport(text, index) { candidates.append(passport) }
                        if let date = NumberDetectors.dateOfBirthWord(text, index) { candidates.append(date) }
                        if let license = LicenseDetector.license(text, index), NumberDetectors.nearestContext(text, index) == .usDriverLicense {
                            candidates.append(license)
                        }
                    }
                    if let token = IdentifierDetectors.apiToken(text, index) { candidates.append(token) }
                    if Bytes.isHex(byte), let address = IdentifierDetectors.ipv6(text, index) { candidates.append(address) }
                    if let secret = IdentifierDetectors.awsSecretKey(text, index) { candidates.append(secret) }
                }
            } else if byte == 0x28 {
                mark(MarkingDetectors.portion(text, index))
                NumberDetectors.detect(text, at: index, into: &candidates)
            } else if byte == 0x2B {
                NumberDetectors.detect(text, at: index, into: &candidates)
                if let secret = IdentifierDetectors.awsSecretKey(text, index) { candidates.append(secret) }
            } else if byte == 0x40 {
                if let address = IdentifierDetectors.email(text, at: index) { candidates.append(address) }
            } else if byte == 0x2F {
                if let secret = IdentifierDetectors.awsSecretKey(text, index) { candidates.append(secret) }
            } else if byte == 0x3A, text[index + 1] == 0x3A, !Bytes.isHex(text[index - 1]) {
                if let address = IdentifierDetectors.ipv6(text, index) { candidates.append(address) }
            }
            index += 1
        }
        return ScanResult(findings: Self.resolve(candidates), classification: classification, caveats: caveats)
    }

    /// Specific kinds first: their matches are exact; then by length (lower wins).
    static func priority(_ kind: SensitiveKind) -> Int {
        switch kind {
        case .apiToken: 0
        case .awsAccessKey: 1
        case .awsSecretKey: 2
        case .email: 3
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
    static func resolve(_ candidates: [Finding]) -> [Finding] {
        guard candidates.count > 1 else { return candidates }
        let ranked = candidates.sorted {
            let (a, b) = (priority($0.kind), priority($1.kind))
            return a != b ? a < b : $0.range.count > $1.range.count
        }
        var accepted: [Finding] = []
        for candidate in ranked where !accepted.contains(where: { $0.range.overlaps(candidate.range) }) {
            accepted.append(candidate)
        }
        return accepted.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
