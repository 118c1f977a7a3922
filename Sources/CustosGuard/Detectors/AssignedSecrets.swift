// SPDX-License-Identifier: Apache-2.0

/// Credentials known by what names them rather than by their shape: the value given to a
/// password or secret in configuration and code (`DB_PASSWORD=…`, `"client_secret": "…"`,
/// `x-api-key: …`), the password in a URL (`postgres://app:…@db`), an `Authorization: Basic`
/// header, and a password stated in prose (`my password is …`).
///
/// A value that is a reference or a placeholder is not a credential: `${DB_PASSWORD}`,
/// `os.environ["PW"]`, `settings.password`, `<your password>`, `********`, `None`, `YOUR_API_KEY`.
/// Named values are found only where nothing more specific is (``SensitiveDataScanner`` adds them
/// after settling the other candidates): `AWS_SECRET_ACCESS_KEY=` names an AWS secret key, which
/// its own detector reports.
enum AssignedSecrets {
    /// At `=` or `:` after a name that ends in a credential's word: the value, as `PASSWORD` or
    /// `API_TOKEN`.
    static func assigned(_ text: ScanText, _ index: Int) -> Finding? {
        let operatorByte = text[index]
        // `==`, `!=`, `<=`, `>=`, `::`, `://` compare or qualify; `:=` and `=>` assign.
        let before = text[index - 1]
        if before == 0x3D || before == 0x21 || before == 0x3C || before == 0x3E || before == 0x3A { return nil }
        var valueStart = index + 1
        if operatorByte == 0x3A {
            if text[valueStart] == 0x3A || text[valueStart] == 0x2F { return nil }
            if text[valueStart] == 0x3D { valueStart += 1 }
        } else {
            if text[valueStart] == 0x3D { return nil }
            if text[valueStart] == 0x3E { valueStart += 1 }
        }
        guard let kind = kindNamed(text, before: index) else { return nil }
        while text[valueStart] == 0x20 || text[valueStart] == 0x09 { valueStart += 1 }
        if kind == .authorization {
            // `Authorization: Basic <base64 of user:password>` (`Bearer` has its own detector).
            guard text.matches(basic, at: valueStart), text[valueStart + basic.count] == 0x20 else { return nil }
            return basicCredentials(text, valueStart + basic.count + 1)
        }
        // After `=` a value may be one of a query string's or connection string's parameters
        // (`password=x&user=y`); after `:` it runs to the next space.
        return value(text, valueStart, kind: kind == .password ? .password : .apiToken, inParameters: operatorByte == 0x3D)
    }

    /// At a word `password`, `passphrase` or `passcode`: the word after ` is ` (or ` was `,
    /// `: `), perhaps after what it is for ("the password for the VPN is …"), when it has a digit
    /// or a symbol: "my password is Tr0ub4dor&3", not "the password is incorrect".
    static func stated(_ text: ScanText, _ index: Int) -> Finding? {
        guard statedWords.contains(where: { text.matches($0, at: index) && text.endsWord(index + $0.count) }), text.startsWord(index) else {
            return nil
        }
        var position = index
        while Bytes.isLetter(text[position]) { position += 1 }
        guard text[position] == 0x20 else { return nil }
        position += 1
        func word(in list: [[UInt8]]) -> [UInt8]? { list.first { text.matches($0, at: position) && text[position + $0.count] == 0x20 } }
        // What the password is for: a preposition and up to five words (`password for the VPN is …`).
        if word(in: prepositions) != nil {
            var words = 0
            while words < 6, word(in: verbs) == nil {
                while Bytes.isAlnum(text[position]) || text[position] == 0x2D || text[position] == 0x2E { position += 1 }
                guard text[position] == 0x20 else { return nil }
                position += 1
                words += 1
            }
        }
        guard let verb = word(in: verbs) else { return nil }
        position += verb.count + 1
        if text[position] == 0x3A { position += 1 }
        while text[position] == 0x20 { position += 1 }
        let quoted = text[position] == 0x22 || text[position] == 0x27
        let start = quoted ? position + 1 : position
        var end = start
        // Anything but spaces and quotes (`Tr0ub4dor&3`), less the punctuation that goes on the sentence.
        while end - start < 64, text[end] > 0x20, text[end] != 0x22, text[end] != 0x27 { end += 1 }
        while end > start, text[end - 1] == 0x2C || text[end - 1] == 0x3B || text[end - 1] == 0x29 { end -= 1 }
        end = trimmingSentenceEnd(text, start, end)
        guard end - start >= 6, !isPlaceholder(text, start..<end) else { return nil }
        var digitsOrSymbols = 0
        for offset in start..<end where !Bytes.isLetter(text[offset]) { digitsOrSymbols += 1 }
        guard digitsOrSymbols > 0 else { return nil }
        return Finding(kind: .password, range: start..<end)
    }

    /// At the `@` of a URL with credentials (`scheme://user:password@host`): the password.
    static func urlPassword(_ text: ScanText, at index: Int) -> Finding? {
        // Back over the password to the `:` after the user name, then the user name to `//`.
        var colon = index - 1
        while colon > index - 130, colon > 0, isUserInfoByte(text[colon]), text[colon] != 0x3A { colon -= 1 }
        guard text[colon] == 0x3A, colon < index - 1 else { return nil }
        var user = colon - 1
        while user > colon - 130, user > 0, isUserInfoByte(text[user]), text[user] != 0x3A { user -= 1 }
        // The user name may be empty (`redis://:password@cache`).
        guard text[user] == 0x2F, text[user - 1] == 0x2F, text[user - 2] == 0x3A else { return nil }
        // The host must follow: a letter or digit.
        guard Bytes.isAlnum(text[index + 1]), !isPlaceholder(text, (colon + 1)..<index) else { return nil }
        return Finding(kind: .password, range: (colon + 1)..<index)
    }

    // MARK: Names

    /// What the name just before the `=`/`:` at `index` (past spaces and a closing quote) says
    /// its value is, when it ends with a credential's word.
    static func kindNamed(_ text: ScanText, before index: Int) -> Named? {
        var end = index
        while end > 0, text[end - 1] == 0x20 || text[end - 1] == 0x09 { end -= 1 }
        if end > 0, text[end - 1] == 0x22 || text[end - 1] == 0x27 { end -= 1 }
        // Every name below ends in one of these pairs of letters: most labels (`SSN:`, `Phone:`,
        // `Name:`) are out at once.
        switch (Bytes.lower(text[end - 2]), Bytes.lower(text[end - 1])) {
        case (0x73, 0x65), (0x72, 0x64), (0x64, 0x65), (0x77, 0x64), (0x73, 0x73), (0x6F, 0x6E), (0x65, 0x74), (0x65, 0x79), (0x65, 0x6E): break
        default: return nil
        }
        var start = end
        while start > 0, end - start < 64, isNameByte(text[start - 1]) { start -= 1 }
        for (word, kind) in names {
            guard let wordStart = wordStart(of: word, endingAt: end, from: start, in: text) else { continue }
            // A short word must begin a part of the name: `DB_PASS`, `dbPass`, not `bypass`.
            if word.count <= 4, wordStart > start, !beginsPart(text, wordStart) { continue }
            // `PWD` and `OLDPWD` in capitals are the shell's working directory.
            if word == pwd, Bytes.isUpper(text[wordStart]) { continue }
            return kind
        }
        return nil
    }

    /// Where `word` (lowercase letters) starts if the name ending at `end` ends with it, its
    /// separators left out (`DB_PASSWORD`, `dbPassword`, `db.password`, `api-key`).
    private static func wordStart(of word: [UInt8], endingAt end: Int, from start: Int, in text: ScanText) -> Int? {
        var position = end - 1
        var letter = word.count - 1
        while letter >= 0 {
            guard position >= start else { return nil }
            let byte = text[position]
            if Bytes.isAlnum(byte) {
                guard Bytes.lower(byte) == word[letter] else { return nil }
                letter -= 1
            }
            position -= 1
        }
        return position + 1
    }

    @inline(__always) private static func isNameByte(_ byte: UInt8) -> Bool {
        Bytes.isAlnum(byte) || byte == 0x5F || byte == 0x2D || byte == 0x2E
    }

    /// Whether `index` begins a part of a name: after a separator, or a capital after a
    /// lowercase letter (`dbPass`).
    private static func beginsPart(_ text: ScanText, _ index: Int) -> Bool {
        let before = text[index - 1]
        return !Bytes.isAlnum(before) || (Bytes.isUpper(text[index]) && Bytes.isLower(before))
    }

    /// Names' last words (lowercase, separators left out) and the kind of the value they name.
    /// Longer words first, so `secretkey` is tried before `key` would be.
    static let names: [([UInt8], Named)] =
        ([
            ("passphrase", .password), ("password", .password), ("passcode", .password), ("passwd", .password), ("pass", .password),
            ("pwd", .password), ("authorization", .authorization), ("clientsecret", .token), ("secretkey", .token), ("accesskey", .token),
            ("accountkey", .token), ("apikey", .token), ("authkey", .token), ("signingkey", .token), ("encryptionkey", .token),
            ("masterkey", .token), ("privatekey", .token), ("accesstoken", .token), ("refreshtoken", .token), ("authtoken", .token),
            ("secret", .token), ("token", .token),
        ] as [(String, Named)]).map { (Array($0.0.utf8), $0.1) }
    static let pwd = [UInt8]("pwd".utf8)

    /// What a name says its value is.
    enum Named {
        case password
        /// A token, a key or a secret: `API_TOKEN`.
        case token
        /// An `Authorization` header: credentials only in its `Basic` form.
        case authorization
    }

    // MARK: Values

    /// The value from `start`: quoted (to its closing quote, on the same line) or bare (to a
    /// space, a line's end or a separator; `&` separates only `inParameters`). A password has at
    /// least four characters; a token or key sixteen, no spaces, and looks random
    /// (``looksRandom(_:_:)``).
    static func value(_ text: ScanText, _ start: Int, kind: SensitiveKind, inParameters: Bool) -> Finding? {
        let quote = text[start]
        let quoted = quote == 0x22 || quote == 0x27 || quote == 0x60
        let valueStart = quoted ? start + 1 : start
        var end = valueStart
        var spaces = 0
        if quoted {
            while end - valueStart <= SensitiveDataScanner.longestFinding, text[end] != quote, text[end] != 0x0A, end < text.count {
                if text[end] == 0x20 { spaces += 1 }
                // JSON's escaped quote is part of the value.
                end += text[end] == 0x5C && text[end + 1] == quote ? 2 : 1
            }
            guard text[end] == quote else { return nil }
        } else {
            while end - valueStart <= SensitiveDataScanner.longestFinding, isValueByte(text[end]) || (!inParameters && text[end] == 0x26) {
                end += 1
            }
            // A call (`getpass()`, `EVP_PKEY_get0_RSA(key)`) is code, not a value.
            if text[end] == 0x28 { return nil }
            end = trimmingSentenceEnd(text, valueStart, end)
        }
        let range = valueStart..<end
        guard range.count >= 4, range.count <= SensitiveDataScanner.longestFinding, !isPlaceholder(text, range) else { return nil }
        if !quoted, isReference(text, range) { return nil }
        if kind == .apiToken {
            // A key or token is random: letters and digits mixed throughout, where a name in code
            // (`currentX509PrivateKey`, `ASN1ImplicitlyTaggable`) changes case a few times.
            guard range.count >= 16, spaces == 0, looksRandom(text, range) else { return nil }
        } else if !quoted {
            // A bare word names a variable or a type in code as often as it is a password: only
            // a value with a digit or a symbol in it counts (`String?`'s mark is the type's).
            var last = range.upperBound
            while last > range.lowerBound, text[last - 1] == 0x3F || text[last - 1] == 0x21 { last -= 1 }
            guard (range.lowerBound..<last).contains(where: { !Bytes.isLetter(text[$0]) }) else { return nil }
        }
        return Finding(kind: kind, range: range)
    }

    /// Whether letters and digits alternate as in a random string: at least one change between
    /// capital, small letter and digit per three characters, digits and letters both present.
    static func looksRandom(_ text: ScanText, _ range: Range<Int>) -> Bool {
        func characterClass(_ byte: UInt8) -> Int { Bytes.isDigit(byte) ? 1 : Bytes.isUpper(byte) ? 2 : Bytes.isLower(byte) ? 3 : 0 }
        var changes = 0
        var digits = 0
        var letters = 0
        var previous = characterClass(text[range.lowerBound])
        for position in range {
            let current = characterClass(text[position])
            if current == 1 { digits += 1 } else if current >= 2 { letters += 1 }
            if current != previous, current != 0, previous != 0 { changes += 1 }
            if current != 0 { previous = current }
        }
        return digits > 0 && letters > 0 && changes * 3 >= range.count
    }

    /// `Basic` credentials: base64 of `user:password`, at least eight characters.
    static func basicCredentials(_ text: ScanText, _ start: Int) -> Finding? {
        var end = start
        while Bytes.isAlnum(text[end]) || text[end] == 0x2B || text[end] == 0x2F { end += 1 }
        while text[end] == 0x3D { end += 1 }
        guard end - start >= 8, end - start <= SensitiveDataScanner.longestFinding, text.endsWord(end) else { return nil }
        return Finding(kind: .password, range: start..<end)
    }

    /// What a bare value is made of: anything printable but spaces and the separators around
    /// values (`,` `;` `&` quotes, brackets).
    @inline(__always) static func isValueByte(_ byte: UInt8) -> Bool {
        guard byte > 0x20, byte < 0x7F else { return byte >= 0x80 }
        switch byte {
        case 0x22, 0x27, 0x60, 0x2C, 0x3B, 0x26, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x3C, 0x3E: return false
        default: return true
        }
    }

    @inline(__always) static func isUserInfoByte(_ byte: UInt8) -> Bool {
        Bytes.isAlnum(byte) || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || byte == 0x25 || byte == 0x21 || byte == 0x24
            || byte == 0x2A || byte == 0x2B || byte == 0x3D || byte == 0x3A
    }

    /// A sentence's last `.` (or `?`) after a value is not part of it when a space, a line's end
    /// or the text's end follows.
    private static func trimmingSentenceEnd(_ text: ScanText, _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, text[end - 1] == 0x2E || text[end - 1] == 0x3F, text[end] == 0x20 || text[end] == 0x0A || end == text.count {
            end -= 1
        }
        return end
    }

    /// A stand-in rather than a value: a variable (`$X`, `${X}`, `%X%`, `{{x}}`), a bracketed
    /// hint (`<password>`, `[token]`), one character repeated (`********`, `xxxxxxxx`), a constant
    /// name in capitals (`YOUR_API_KEY`), or a word that says there is none (`None`, `null`,
    /// `required`, `changeit`…).
    static func isPlaceholder(_ text: ScanText, _ range: Range<Int>) -> Bool {
        let first = text[range.lowerBound]
        if first == 0x24 || first == 0x25 || first == 0x7B || first == 0x3C || first == 0x5B || first == 0x2A || first == 0x3F { return true }
        if range.allSatisfy({ text[$0] == first || text[$0] == 0x2D }) { return true }
        if range.allSatisfy({ Bytes.isUpper(text[$0]) || text[$0] == 0x5F || Bytes.isDigit(text[$0]) }), range.contains(where: { text[$0] == 0x5F }) {
            return true
        }
        // `…` (three dots, or the character) or a run of `•`: elided.
        if range.count >= 3,
            text.has(ellipsis, at: range.upperBound - 3) || text.has(threeDots, at: range.upperBound - 3) || text.has(bullet, at: range.lowerBound)
        {
            return true
        }
        return placeholderWords.contains { $0.count == range.count && text.matches($0, at: range.lowerBound) }
            || placeholderParts.contains { part in
                range.count >= part.count && (range.lowerBound...(range.upperBound - part.count)).contains { text.matches(part, at: $0) }
            }
    }

    /// A bare value that names something in code: a dotted path (`settings.password`,
    /// `os.environ`). (A call is refused where the value is read: ``value(_:_:kind:inParameters:)``.)
    static func isReference(_ text: ScanText, _ range: Range<Int>) -> Bool {
        var sawDot = false
        var partStart = true
        for position in range {
            let byte = text[position]
            if byte == 0x2E {
                if partStart { return false }
                sawDot = true
                partStart = true
            } else if Bytes.isLetter(byte) || byte == 0x5F || (!partStart && Bytes.isDigit(byte)) {
                partStart = false
            } else {
                return false
            }
        }
        return sawDot && !partStart
    }

    static let basic = [UInt8]("basic".utf8)
    static let ellipsis = [UInt8]("…".utf8)
    static let threeDots = [UInt8]("...".utf8)
    static let bullet = [UInt8]("•".utf8)
    static let statedWords = [[UInt8]](words: "password", "passphrase", "passcode")
    static let verbs = [[UInt8]](words: "is", "was", "remains")
    static let prepositions = [[UInt8]](words: "for", "to", "of", "on")
    static let placeholderWords = [[UInt8]](
        words: "none",
        "null",
        "nil",
        "true",
        "false",
        "yes",
        "no",
        "required",
        "optional",
        "string",
        "str",
        "bool",
        "int",
        "password",
        "secret",
        "token",
        "redacted",
        "removed",
        "hidden",
        "masked",
        "empty",
        "undefined",
        "example",
        "sample",
        "placeholder",
        "dummy",
        "test",
        "changeit",
        "notset",
        "unset",
        "default",
        "env",
        "getpass"
    )
    /// Words that make any value a hint rather than a credential (`your_password_here`,
    /// `<insert-token>`, `api-key-goes-here`).
    static let placeholderParts = [[UInt8]](words: "your", "here", "insert", "replace", "example", "xxxx", "redacted")
}
