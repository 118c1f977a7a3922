// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// Passwords and secrets known by their names: found in configuration, code, URLs, headers and
/// prose; references and placeholders left alone; specific detectors win where they apply.
struct AssignedSecretsTests {
    @Test func aPasswordIsTheValueItsNameGives() {
        DetectorTests.expect("DB_PASSWORD=Sup3r-S3cret!\nDB_HOST=db", .password, "Sup3r-S3cret!")
        DetectorTests.expect("db:\n  password: \"correct horse battery\"\n", .password, "correct horse battery")
        DetectorTests.expect("  pwd: hunter22\n", .password, "hunter22")
        DetectorTests.expect("{\"user\": \"svc\", \"passwd\": \"q\\\"uoted9\"}", .password, "q\\\"uoted9")
        DetectorTests.expect("mysql --user=app --password=Tiger2024 claims", .password, "Tiger2024")
        DetectorTests.expect("spring.datasource.password = Ch@ngedIt7", .password, "Ch@ngedIt7")
        DetectorTests.expect("const dbPass := 'fr0g-Lake'", .password, "fr0g-Lake")
        DetectorTests.expect("passphrase => \"blue sky 42\"", .password, "blue sky 42")
    }

    @Test func secretsTokensAndKeysAreNamedToo() {
        DetectorTests.expect("\"client_secret\": \"8f14e45fceea167a5a36dedd4bea2543\",", .apiToken, "8f14e45fceea167a5a36dedd4bea2543")
        DetectorTests.expect("x-api-key: q7Rz2LmX9pWd4KfT8vNc\n", .apiToken, "q7Rz2LmX9pWd4KfT8vNc")
        DetectorTests.expect("SIGNING_KEY=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA", .apiToken, "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA")
        DetectorTests.expect(
            "AccountName=claims;AccountKey=Q2xhaW1zU3RvcmFnZUtleTEyMzQ1Njc4OTA=;EndpointSuffix=core",
            .apiToken,
            "Q2xhaW1zU3RvcmFnZUtleTEyMzQ1Njc4OTA="
        )
    }

    @Test func urlsHeadersAndProseCarryPasswords() {
        DetectorTests.expect("postgres://app_user:Pa55w0rd@db.internal.agency.gov:5432/claims", .password, "Pa55w0rd")
        DetectorTests.expect("REDIS_URL=redis://:s3cr3t-Cache@cache.internal:6379/0", .password, "s3cr3t-Cache")
        DetectorTests.expect("https://svc.agency.gov/login?user=amy&password=Hx7-2kq&next=/", .password, "Hx7-2kq")
        DetectorTests.expect("Password: Tr0ub4dor&3\nUser: amy", .password, "Tr0ub4dor&3")
        DetectorTests.expectNone("postgres://app_user:Pa55w0rd@db.internal.agency.gov:5432/claims", .email)
        DetectorTests.expect("Authorization: Basic dXNlcjpwYXNzd29yZA==\n", .password, "dXNlcjpwYXNzd29yZA==")
        DetectorTests.expect("My password is Tr0ub4dor&3, please reset it.", .password, "Tr0ub4dor&3")
        DetectorTests.expect("The passcode was 55128734.", .password, "55128734")
        DetectorTests.expect("the password for the admin account is Hunter22!", .password, "Hunter22!")
        DetectorTests.expect("Password to vpn.agency.gov is \"k9#Lm-22\"", .password, "k9#Lm-22")
    }

    @Test func referencesPlaceholdersAndOrdinaryWordsAreNot() {
        for text in [
            "password = os.environ[\"DB_PASSWORD\"]", "password = settings.password", "password: ${DB_PASS}", "password: <your password>",
            "api_key=YOUR_API_KEY", "password: ********", "password: xxxxxxxx", "\"password\": \"\"", "password: null", "password: required",
            "password = getpass.getpass()", "password: your-password-here", "The password is incorrect.", "password is 8 characters long.",
            "the password for the account is required.",
            "the password for this system is changed every 90 days", "password of the day is whatever,",
            "The new password: must be 12 characters.", "bypass: enabled9", "PWD=/home/alice/project", "if password == secret9: go",
            "password_min_length: 12", "show_password: true", "password: \"changeit\"", "password: ...", "Password: (see the vault)",
            "mailto:jane@agency.gov", "git@github.com:org/repo.git", "init(file: String, passphrase: Bytes?) throws",
        ] {
            DetectorTests.expectNone(text, .password)
        }
        for text in [
            "max_tokens: 1024", "token_type: bearer", "secret: my-secret-name", "TOKEN_TTL=3600", "token: 1234567890123456789",
            "let rsaPrivateKey = CCryptoBoringSSL_EVP_PKEY_get0_RSA(key)", "self.currentPrivateKey = currentX509PrivateKey",
            "struct SEC1PrivateKey: ASN1ImplicitlyTaggable {",
        ] {
            DetectorTests.expectNone(text, .apiToken)
        }
    }

    @Test func aSpecificDetectorWinsWhereItApplies() {
        let text = "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\ntoken: ghp_abcdefghijklmnopqrstuvwxyz0123456789\n"
        #expect(DetectorTests.found(text).map(\.0) == [.awsSecretKey, .apiToken])
        // A named value over another finding yields to it.
        #expect(DetectorTests.found("password: 391-88-3549").map(\.0) == [.usSSN])
    }

    @Test func namedValuesJoinTheOtherFindingsInTextOrder() {
        let findings = [Finding(kind: .usSSN, range: 10..<20), Finding(kind: .email, range: 40..<50)]
        let named = [
            Finding(kind: .password, range: 0..<5), Finding(kind: .password, range: 15..<25), Finding(kind: .password, range: 30..<35),
            Finding(kind: .password, range: 60..<70),
        ]
        #expect(
            SensitiveDataScanner.adding(named, where: findings).map(\.range) == [0..<5, 10..<20, 30..<35, 40..<50, 60..<70]
        )
    }

    @Test func theQuickLookAtANamesLastLettersAdmitsEveryName() {
        for (word, _) in AssignedSecrets.names {
            let bytes = Array("db_".utf8) + word + Array(": x".utf8)
            let named = bytes.withUnsafeBufferPointer { AssignedSecrets.kindNamed(ScanText($0), before: bytes.count - 3) }
            #expect(named != nil, "\(String(decoding: word, as: UTF8.self))")
        }
    }
}
