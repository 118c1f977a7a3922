// SPDX-License-Identifier: Apache-2.0

import Testing

@testable import CustosGuard

/// How chats and logs name their people: a line's speaker after its time, an IRC log's nick.
struct PersonChatsTests {
    @Test func anIRCLogsNickIsSomeone() {
        DetectorTests.expect("[8:45] <Mary> can someone rotate the prod key?", .person, "Mary")
        DetectorTests.expect("09:15 <Kaitlyn> Done.", .person, "Kaitlyn")
        DetectorTests.expect("<Kaitlyn> anyone around?", .person, "Kaitlyn")
        DetectorTests.expect("[15:30] * Ronald has joined #ops", .person, "Ronald")
        DetectorTests.expect("* Whitney has quit (Ping timeout)", .person, "Whitney")
        // Not a markup's tag, a list's item, or a nick away from the line's start.
        DetectorTests.expectNone("<Mary>Text</Mary>", .person)
        DetectorTests.expectNone("<Summary> The Plan", .person)
        DetectorTests.expectNone("* Austin has the lowest rent", .person)
        DetectorTests.expectNone("say <Mary> can go", .person)
    }

    @Test func aTimeBeforeALinesSpeakerIsBracketedOrOpensTheLine() {
        let bytes = Array("[10:42] Jo: hi\n00:02:05 Jo: hi\n[draft] Jo: hi\nsee 10:42 Jo".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let text = ScanText(buffer)
            #expect(PersonDetector.beforeTime(text, endingAt: 6) == -1)
            #expect(PersonDetector.beforeTime(text, endingAt: 22) == 14)
            #expect(PersonDetector.beforeTime(text, endingAt: 37) == nil, "no time in the brackets")
            #expect(PersonDetector.beforeTime(text, endingAt: 53) == nil, "a time inside the line")
        }
        DetectorTests.expect("[10:42] Jasmin: hey", .person, "Jasmin")
        DetectorTests.expectNone("[draft] Jasmin: Hey", .person)
    }

    @Test func aWishAddressesSomeone() {
        DetectorTests.expect("Happy birthday Mary!! 🎂", .person, "Mary")
        DetectorTests.expect("Welcome aboard, Samuel", .person, "Samuel")
        DetectorTests.expectNone("Welcome to Virginia", .person)
        DetectorTests.expect("Hola Maria, ¿cómo estás?", .person, "Maria")
    }

    @Test func aBoldSpeakerAfterABulletSpeaks() {
        DetectorTests.expect("- **Maria**: on leave until 2025-01-01", .person, "Maria")
        DetectorTests.expectNone("- **Austin**: Texas", .person)
    }
}
