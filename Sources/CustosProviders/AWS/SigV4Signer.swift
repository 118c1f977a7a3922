// SPDX-License-Identifier: Apache-2.0

public import Crypto
public import Foundation

/// An HTTP request as AWS Signature Version 4 sees it.
///
/// `path` is the path as it goes on the wire (what follows the host, before `?`); `query` is the
/// raw query string without `?`. Header names are compared case-insensitively.
public struct SignableRequest: Sendable, Equatable {
    public var method: String
    public var path: String
    public var query: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(method: String, path: String, query: String = "", headers: [(name: String, value: String)], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The value of the first header named `name` (any case).
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }

    public static func == (lhs: SignableRequest, rhs: SignableRequest) -> Bool {
        lhs.method == rhs.method && lhs.path == rhs.path && lhs.query == rhs.query && lhs.body == rhs.body
            && lhs.headers.map(\.name) == rhs.headers.map(\.name) && lhs.headers.map(\.value) == rhs.headers.map(\.value)
    }
}

/// What signing produced: the headers to add and the intermediate strings AWS's specification
/// defines (kept for tests and for diagnosing a `SignatureDoesNotMatch`).
public struct SigV4Signature: Sendable, Equatable {
    public let canonicalRequest: String
    public let stringToSign: String
    /// Lower-case hex HMAC-SHA256 of the string to sign.
    public let signature: String
    /// `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`.
    public let authorization: String
    /// Headers the signer added and signed (`X-Amz-Date`, `X-Amz-Security-Token`,
    /// `X-Amz-Content-Sha256`), and `Authorization`: add all of them to the request.
    public let headers: [(name: String, value: String)]

    public static func == (lhs: SigV4Signature, rhs: SigV4Signature) -> Bool {
        lhs.authorization == rhs.authorization && lhs.canonicalRequest == rhs.canonicalRequest
    }
}

/// Signs requests with AWS Signature Version 4 (`AWS4-HMAC-SHA256`), written from AWS's
/// specification ("Create a signed AWS API request", IAM user guide):
///
/// 1. canonical request: method, canonical URI, canonical query, canonical headers, signed header
///    names, hex SHA-256 of the payload;
/// 2. string to sign: algorithm, `X-Amz-Date`, credential scope `date/region/service/aws4_request`,
///    hex SHA-256 of the canonical request;
/// 3. signing key: HMAC chain `AWS4`+secret → date → region → service → `aws4_request`;
/// 4. signature: hex HMAC-SHA256(signing key, string to sign).
///
/// Guarantees: the result matches AWS's published SigV4 test suite and botocore's signer (tests
/// check both). Every header present when signing is signed, except `User-Agent`, `Expect` and
/// `X-Amzn-Trace-Id`, which proxies rewrite. The secret never leaves this type's computation.
public struct SigV4Signer: Sendable {
    public let service: String
    public let region: String
    /// Whether to normalize the path (remove `.`/`..` segments and empty segments): every AWS
    /// service but S3.
    public var normalizesPath = true
    /// Whether the URI path is encoded once more when canonicalised: every AWS service but S3.
    /// Bedrock's model ids carry `:` sent as `%3A`, which the canonical URI holds as `%253A`.
    public var encodesPath = true
    /// Whether to add and sign `X-Amz-Content-Sha256` with the payload's hash.
    public var addsContentHash = true
    /// Whether `X-Amz-Security-Token` is signed (as every service but a few IoT ones expects), or
    /// added after signing.
    public var signsSessionToken = true

    public init(service: String, region: String) {
        self.service = service
        self.region = region
    }

    /// Signs `request` as of `date` with `credentials`.
    public func sign(_ request: SignableRequest, credentials: AWSCredentials, date: Date) -> SigV4Signature {
        let stamp = AmzDate(date)
        var request = request
        var added: [(name: String, value: String)] = [("X-Amz-Date", stamp.full)]
        let payloadHash = request.header("x-amz-content-sha256") ?? Self.hex(SHA256.hash(data: request.body))
        if addsContentHash, request.header("x-amz-content-sha256") == nil {
            added.append(("X-Amz-Content-Sha256", payloadHash))
        }
        if let token = credentials.sessionToken, signsSessionToken {
            added.append(("X-Amz-Security-Token", token))
        }
        request.headers.removeAll { ["x-amz-date", "authorization"].contains($0.name.lowercased()) }
        request.headers += added

        let (canonicalHeaders, signedHeaders) = Self.canonicalHeaders(request.headers)
        let canonicalRequest = [
            request.method.uppercased(),
            canonicalURI(request.path),
            Self.canonicalQuery(request.query),
            canonicalHeaders,
            signedHeaders,
            payloadHash,
        ].joined(separator: "\n")
        let scope = "\(stamp.day)/\(region)/\(service)/aws4_request"
        let stringToSign = [
            "AWS4-HMAC-SHA256", stamp.full, scope, Self.hex(SHA256.hash(data: Array(canonicalRequest.utf8))),
        ].joined(separator: "\n")
        let key = Self.signingKey(secret: credentials.secretAccessKey, day: stamp.day, region: region, service: service)
        let signature = Self.hex(HMAC<SHA256>.authenticationCode(for: Array(stringToSign.utf8), using: key))
        let authorization =
            "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyID)/\(scope), SignedHeaders=\(signedHeaders), Signature=\(signature)"
        if let token = credentials.sessionToken, !signsSessionToken {
            added.append(("X-Amz-Security-Token", token))
        }
        added.append(("Authorization", authorization))
        return SigV4Signature(
            canonicalRequest: canonicalRequest,
            stringToSign: stringToSign,
            signature: signature,
            authorization: authorization,
            headers: added
        )
    }

    /// The derived key for one day, region and service.
    public static func signingKey(secret: String, day: String, region: String, service: String) -> SymmetricKey {
        var key = SymmetricKey(data: Array("AWS4\(secret)".utf8))
        for part in [day, region, service, "aws4_request"] {
            key = SymmetricKey(data: Array(HMAC<SHA256>.authenticationCode(for: Array(part.utf8), using: key)))
        }
        return key
    }

    // MARK: canonical forms

    /// The canonical URI: the path normalized (unless S3-style) and each byte outside the
    /// unreserved set percent-encoded, `/` kept.
    func canonicalURI(_ path: String) -> String {
        var path = path.isEmpty ? "/" : path
        if normalizesPath { path = Self.removingDotSegments(path) }
        return encodesPath ? Self.percentEncoded(path, keepingSlash: true) : path
    }

    /// RFC 3986 § 5.2.4 dot-segment removal, and empty segments dropped (AWS services treat
    /// `//` as `/`); a leading and a trailing `/` are kept.
    static func removingDotSegments(_ path: String) -> String {
        var output: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." {
                if !output.isEmpty { output.removeLast() }
                continue
            }
            output.append(segment)
        }
        let leading = path.hasPrefix("/") ? "/" : ""
        let trailing = path.hasSuffix("/") && !output.isEmpty ? "/" : ""
        return leading + output.joined(separator: "/") + trailing
    }

    /// The canonical query: each `name=value` pair decoded and re-encoded with AWS's rules
    /// (unreserved bytes kept, everything else `%XX`), sorted by name, then value.
    static func canonicalQuery(_ query: String) -> String {
        guard !query.isEmpty else { return "" }
        var pairs: [(String, String)] = []
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = percentDecoded(parts[0])
            let value = parts.count > 1 ? percentDecoded(parts[1]) : ""
            pairs.append((percentEncoded(name, keepingSlash: false), percentEncoded(value, keepingSlash: false)))
        }
        pairs.sort { $0.0 == $1.0 ? $0.1.utf8.lexicographicallyPrecedes($1.1.utf8) : $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        return pairs.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
    }

    /// Headers not signed because intermediaries may change them.
    static let unsignedHeaders: Set<String> = ["user-agent", "expect", "x-amzn-trace-id", "authorization"]

    /// Canonical header lines (lower-case names, sorted; values trimmed with inner runs of spaces
    /// collapsed; repeated headers joined with `,`) and the `;`-joined signed names.
    static func canonicalHeaders(_ headers: [(name: String, value: String)]) -> (String, String) {
        var values: [String: [String]] = [:]
        var order: [String] = []
        for header in headers {
            let name = header.name.lowercased()
            guard !unsignedHeaders.contains(name) else { continue }
            if values[name] == nil { order.append(name) }
            values[name, default: []].append(collapsingSpaces(header.value))
        }
        order.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var lines = ""
        for name in order { lines += "\(name):\(values[name]!.joined(separator: ","))\n" }
        return (lines, order.joined(separator: ";"))
    }

    static func collapsingSpaces(_ value: String) -> String {
        value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }

    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"): true
        default: false
        }
    }

    /// Percent-encodes every byte outside the unreserved set (upper-case hex), `/` too unless kept.
    public static func percentEncoded(_ text: some StringProtocol, keepingSlash: Bool) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) || (keepingSlash && byte == UInt8(ascii: "/")) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes `%XX` escapes; anything else stays as it is.
    static func percentDecoded(_ text: some StringProtocol) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count, let high = JSONScanner.hexValue(bytes[index + 1]),
                let low = JSONScanner.hexValue(bytes[index + 2])
            {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes { out += [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]] }
        return String(decoding: out, as: UTF8.self)
    }
}

/// `X-Amz-Date` (`20150830T123600Z`) and the credential scope's day (`20150830`), in UTC.
struct AmzDate {
    let full: String
    let day: String

    init(_ date: Date) {
        // Civil date from days since the epoch (H. Hinnant's algorithm): Calendar costs microseconds.
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = Int(seconds - days * 86_400)
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let dayOfMonth = Int(dayOfYear - (153 * monthIndex + 2) / 5 + 1)
        let month = Int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9)
        let year = Int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        day = "\(year)\(two(month))\(two(dayOfMonth))"
        full = "\(day)T\(two(secondOfDay / 3600))\(two(secondOfDay / 60 % 60))\(two(secondOfDay % 60))Z"
    }

    /// Parses `YYYYMMDDTHHMMSSZ`.
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8), let hour = number(9..<11),
            let minute = number(11..<13), let second = number(13..<15), (1...12).contains(month), (1...31).contains(day),
            hour < 24, minute < 60, second < 61
        else { return nil }
        // Days since the epoch from the civil date (H. Hinnant's algorithm).
        let shiftedYear = Int64(month <= 2 ? year - 1 : year)
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = Int64((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1)
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Date(timeIntervalSince1970: Double(days * 86_400 + Int64(hour * 3600 + minute * 60 + second)))
    }
}
