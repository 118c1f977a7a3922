// SPDX-License-Identifier: Apache-2.0

/// The word lists the person detector reads: what introduces, greets or titles a name, and what
/// makes a run of capitalised words a place's, a firm's or an institution's rather than a
/// person's. The rules that read them are in Person.swift.
extension PersonDetector {
    /// Words before a lone first name that make it a person's name: the greetings and sign-offs
    /// (``greetings``) and these.
    static let introducers =
        greetings
        + [[UInt8]](
            words: "morning",
            "afternoon",
            "evening",
            "grandmother",
            "grandfather",
            "grandma",
            "grandpa",
            "grandchild",
            "aunt",
            "uncle",
            "cousin",
            "fiance",
            "fiancee",
            "boyfriend",
            "girlfriend",
            "stepson",
            "stepdaughter",
            "stepmother",
            "stepfather",
            "stepmom",
            "stepdad",
            "neighbor",
            "neighbour",
            "roommate",
            "coworker",
            "boss",
            "manager",
            "supervisor",
            "colleague",
            "teammate",
            "dependent",
            "dependents",
            "ok",
            "okay",
            "alias",
            "aka",
            "nickname",
            "patient",
            "pt",
            "witness",
            "victim",
            "caller",
            "baby",
            "cc",
            "bcc",
            "ask",
            "asked",
            "tell",
            "told",
            "ping",
            "call",
            "called",
            "calling",
            "text",
            "email",
            "emailed",
            "meet",
            "met",
            "daughter",
            "son",
            "wife",
            "husband",
            "spouse",
            "mother",
            "father",
            "mom",
            "dad",
            "brother",
            "sister",
            "child",
            "grandson",
            "granddaughter",
            "niece",
            "nephew",
            "caregiver",
            "partner",
            "friend",
            "colleague",
            "children",
            "kids",
            "contact",
            "named",
            "attn",
            "from",
            "reply to",
            "replied to",
            "write to",
            "wrote to",
            "talk to",
            "talked to",
            "speak to",
            "spoke to",
            "spoke with",
            "talked with",
            "meet with",
            "met with",
            "coordinated with",
            "worked with",
            // A name given as one (`my name is Patricia`, `stated his name was Riley`).
            "name is",
            "name was",
            "name's",
            // An account a person is signed in as (`I'm logged in as Sandra`, `signed on as`).
            "in as",
            "on as",
            "married to",
            "forward to",
            "forwarded to",
            "sent to",
            "send to",
            "assigned to",
            "reassigned to",
            "addressed to",
            "mailed to",
            "given to",
            "handed to",
            "escalated to",
            "taken by",
            "written by",
            "prepared by",
            "drafted by",
            "submitted by",
            "requested by",
            "signed by",
            "sent by",
            "recorded by",
            "compiled by",
            "loop in",
            "ask for",
            "asking for",
            // Spanish: "me llamo Ana", "mi hija Sofía", "su esposo Luis".
            "llamo",
            "hija",
            "hijo",
            "esposa",
            "esposo",
            "madre",
            "padre",
            "hermana",
            "hermano",
            "looped in",
            "looping in",
            "heads up",
            // A ticket's user (`user Lauren cannot log in`).
            "user",
            "note to",
            "letter to",
            "message to",
            "card to",
            "this is"
        )
    /// A record's or a workflow's verb and `by`, before a lone listed first name (`Reverted by
    /// Steven after the build failed`, `Approved by Maria`): the person who did it. Not an
    /// ``introducers`` entry, since a firm or a body acts the same way (`approved by Creative
    /// Commons`), which a first name the lists lack would otherwise begin.
    static let agentPhrases = [[UInt8]](
        words: "approved by",
        "run by",
        "reported by",
        "request of",
        "behalf of",
        "reviewed by",
        "reverted by",
        "merged by",
        "closed by",
        "opened by",
        "filed by",
        "authorized by",
        "escalated by",
        "verified by",
        "confirmed by",
        "completed by",
        "updated by",
        "edited by",
        "entered by",
        "interviewed by",
        "seen by",
        "examined by",
        "referred by",
        "contacted by",
        "handled by",
        "processed by",
        "initiated by",
        "cancelled by",
        "canceled by",
        "rejected by",
        "denied by",
        "witnessed by",
        "notarized by",
        "acknowledged by",
        "received by",
        "scheduled by",
        "checked by",
        "logged by",
        "documented by",
        "dictated by",
        "transcribed by",
        "translated by",
        "resolved by",
        "authored by",
        "rotated by",
        "revoked by",
        "disabled by",
        "enabled by",
        "deployed by",
        "triaged by",
        "reset by",
        "investigated by",
        "paged by",
        "cleared by",
        "initialed by",
        "countersigned by",
        "claimed by",
        "returned by",
        "found by",
        "collected by",
        // `Signed for by Maria`, `Paid for by`.
        "for by",
        // A log's session (`session opened for Maria`).
        "opened for",
        // A receipt's or a visit's (`Served by: Melvin`, `Attended by`, `Assisted by`).
        "served by",
        "assisted by",
        "attended by",
        "treated by",
        "interview with",
        "meeting with",
        "appointment with",
        // `Effective 5/1, per Maria.`
        "per"
    )
    static let agentTable = PhraseTable(agentPhrases)

    /// The ``introducers`` that greet or sign off (`Hi`, `Dear`, `Thanks,`, `Love,`): the only
    /// ones that make a month's or a state's name a person's (`Thanks, June`; `from April`,
    /// `forward to May`, `written by Virginia` are a time and places).
    static let greetings = [[UInt8]](
        words: "hello",
        "hi",
        "hey",
        "dear",
        "thanks",
        "thank you",
        "thx",
        "thnx",
        "ty",
        "tysm",
        "respectfully",
        "v/r",
        "cordially",
        "warmly",
        "truly",
        "yours",
        "xoxo",
        "greetings",
        "hiya",
        "howdy",
        "yo",
        "regards",
        "sincerely",
        "best",
        "cheers",
        "love",
        "signed",
        "hi there",
        "hello there",
        "hey there",
        // French and Spanish thanks (`Merci, Roberta!`, `Gracias, Ana`).
        "merci",
        "gracias",
        // Closings' last words (`Hope this helps, Amy`, `Take care,\nAmy`).
        "this helps",
        "take care",
        "talk soon",
        "speak soon",
        "see you",
        "best wishes",
        "many thanks",
        // `Thanks for your help, Patricia!`
        "your help",
        // Wishes (`Happy birthday Mary!!`, `Welcome aboard, Samuel`, `Congrats Ana`).
        "happy birthday",
        "happy anniversary",
        "congrats",
        "congratulations",
        "welcome",
        "welcome aboard",
        "welcome back",
        "good luck",
        "love you",
        "miss you",
        // Spanish greetings (`Hola Ana`, `Querida Sofía`, `Estimado Luis`).
        "hola",
        "querido",
        "querida",
        "estimado",
        "estimada"
    )
    /// Honorifics, offices and ranks written before a surname (`Dr. Patel`, `Officer Diaz`,
    /// `Sen. Moran`, `Maj. Ortiz`), lowercase, without the dot an abbreviation may carry.
    static let titles = [[UInt8]](
        words: "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "officer",
        "agent",
        "detective",
        "det",
        "inspector",
        "deputy",
        "sheriff",
        "judge",
        "justice",
        "senator",
        "sen",
        "representative",
        "rep",
        "congressman",
        "congresswoman",
        "governor",
        "gov",
        "mayor",
        "ambassador",
        "general",
        "gen",
        "colonel",
        "col",
        "major",
        "maj",
        "captain",
        "capt",
        "lieutenant",
        "lt",
        "sergeant",
        "sgt",
        "admiral",
        "adm",
        "commander",
        "cmdr",
        "rev",
        "pastor",
        "hon",
        "coach",
        "nurse",
        "rn",
        "lpn",
        // Roles a person's surname is written after (`Adjuster Ayala will call`, `Trooper Diaz`).
        "adjuster",
        "trooper",
        "chaplain",
        "counselor",
        "principal",
        "superintendent",
        "warden",
        "ranger",
        "investigator",
        "examiner",
        "auditor",
        "caseworker",
        "pharmacist",
        // The Army's enlisted and officers' grades as orders abbreviate them (`SSG`, `SFC`,
        // `CPT`, `LTC`).
        "pvt",
        "pfc",
        "spc",
        "cpl",
        "ssg",
        "sfc",
        "sgm",
        "csm",
        "cpt",
        "ltc"
    )

    /// A report's parties, written before a surname as a title is (`Complainant Smith declined`,
    /// `Defendant Jones was`): ``PersonDetector/partyNamed(_:_:)``.
    static let partyRoles = PhraseTable(
        [[UInt8]](
            words: "complainant",
            "defendant",
            "plaintiff",
            "petitioner",
            "respondent",
            "claimant",
            "inmate",
            "detainee",
            "suspect",
            "victim",
            "witness"
        )
    )

    /// ``introducers`` and ``titles`` as fingerprints: a lookup hashes the word before a name
    /// once, and only when a word of its first letter and length is in the list.
    static let introducerTable = PhraseTable(introducers)
    static let greetingTable = PhraseTable(greetings)
    static let titleTable = PhraseTable(titles)

    /// Per byte, whether a title can end with it (its last letter, or `.`): most words before a
    /// capital are out after one lookup.
    static let titleEnds: [Bool] = {
        var ends = [Bool](repeating: false, count: 256)
        ends[0x2E] = true
        for title in titles { ends[Int(title[title.count - 1])] = true }
        return ends
    }()

    /// Words that end or sit inside an institution's or a place's name (a landmark's, `Jackson
    /// Hole`, `Bryce Canyon`) and are not common surnames (so `Hall`, `Park`, `Day`, `Church` are not here: Anne Hall, Kaylee Park, Doris Day,
    /// Eric Church).
    static let institutionWords = FingerprintTable(
        CensusNames.fingerprints(
            """
            BANK UNIVERSITY COLLEGE SCHOOL ACADEMY INSTITUTE HOSPITAL CLINIC CENTER CENTRE FOUNDATION
            MEMORIAL MUSEUM LIBRARY CATHEDRAL BRIDGE RIVER COUNTY AIRPORT STATION AVENUE
            BOULEVARD COMPANY CORPORATION CORP INC GROUP AGENCY DEPARTMENT OFFICE BUREAU ADMINISTRATION
            COMMITTEE COUNCIL COMMISSION AWARD AWARDS PRIZE BUILDING TOWER PLAZA ASSOCIATION SOCIETY
            FUND TRUST PARTNERS HOLDINGS SERVICES SOLUTIONS SYSTEMS TECHNOLOGIES LABS LABORATORY
            STADIUM THEATER THEATRE HOTEL MOTORS AIRLINES INSURANCE FINANCIAL ACT PROGRAM PORTAL ALERT LTD LLC LLP PLC
            FELLOWSHIP SCHOLARSHIP TECH ROAD STREET COURT DRIVE TERRACE HIGHWAY PARKWAY
            HOLE CANYON CREEK HARBOR HARBOUR GULCH RAPIDS CAVERNS GLACIER PENINSULA GORGE BASIN RESERVOIR
            MONUMENT REFUGE EUROPE ASIA AFRICA AMERICA AMERICAS OCEANIA ANTARCTICA
            """
        )
    )

    /// The first words of towns named `Prefix Name` (``person(_:_:)``), lowercase.
    static let townPrefixes = [[UInt8]](words: "north", "south", "east", "west", "new", "lake", "port", "fort", "mount", "saint")

    /// Firms (and a few brands) that bear a person's full name, which finance, government
    /// contracting and everyday prompts name often: `my Morgan Stanley account`, `an Edward
    /// Jones advisor`, `Booz Allen`'s contract.
    static let firmNames = PhraseTable(
        [[UInt8]](
            words: "morgan stanley",
            "general mills",
            "charles schwab",
            "edward jones",
            "raymond james",
            "merrill lynch",
            "dean witter",
            "john hancock",
            "john deere",
            "dow jones",
            "booz allen",
            "lockheed martin",
            "northrop grumman",
            "huntington ingalls",
            "grant thornton",
            "ralph lauren",
            "calvin klein",
            "kenneth cole",
            "tommy hilfiger",
            "mary kay",
            "walt disney",
            "harley davidson",
            "levi strauss",
            "wells fargo",
            "franklin templeton"
        )
    )
}
