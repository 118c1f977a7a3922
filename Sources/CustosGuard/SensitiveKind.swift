// SPDX-License-Identifier: Apache-2.0

/// A kind of sensitive data the guard detects. Raw values are the names findings, ledger records,
/// configuration and policies use (`context.findings`).
public enum SensitiveKind: String, Sendable, CaseIterable, Comparable {
    case usSSN = "US_SSN"
    case email = "EMAIL"
    case phoneUS = "PHONE_US"
    case creditCard = "CREDIT_CARD"
    case ipAddress = "IP_ADDRESS"
    case usPassport = "US_PASSPORT"
    case usDriverLicense = "US_DRIVER_LICENSE"
    case abaRouting = "ABA_ROUTING"
    case bankAccount = "BANK_ACCOUNT"
    case dateOfBirth = "DATE_OF_BIRTH"
    case person = "PERSON"
    case streetAddress = "STREET_ADDRESS"
    case awsAccessKey = "AWS_ACCESS_KEY"
    case awsSecretKey = "AWS_SECRET_KEY"
    case apiToken = "API_TOKEN"
    case privateKey = "PRIVATE_KEY"
    case password = "PASSWORD"
    case classificationMarking = "CLASSIFICATION_MARKING"
    case portionMarking = "PORTION_MARKING"

    public static func < (lhs: SensitiveKind, rhs: SensitiveKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One detected value: its kind and where it is, as UTF-8 byte offsets into the scanned text.
/// A finding never carries the value itself.
public struct Finding: Sendable, Hashable {
    public let kind: SensitiveKind
    public let range: Range<Int>

    public init(kind: SensitiveKind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}
