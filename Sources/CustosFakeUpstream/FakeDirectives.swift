// SPDX-License-Identifier: Apache-2.0

import CustosProviders

/// Faults and shapes a test asks of the fake upstream, in a `custos_fake` object in the request body.
///
/// The gateway forwards unknown body fields untouched, so a test (or the OpenAI SDK's `extra_body`)
/// can steer the fake *through* Custos:
///
/// ```json
/// {"model": "m", "messages": [...], "custos_fake": {"status": 429, "fail_times": 2, "key": "t1"}}
/// ```
///
/// | field | effect |
/// |---|---|
/// | `status` | answer with this HTTP status and an OpenAI error body |
/// | `fail_times`, `key` | with `status`: fail only the first N requests carrying `key`, then succeed |
/// | `retry_after` | seconds, sent as `Retry-After` with an error status |
/// | `delay_ms` | wait before the response head |
/// | `chunk_delay_ms` | wait between stream chunks |
/// | `repeat` | repeat the echoed text this many times (long answers) |
/// | `disconnect_after` | in a stream, drop the connection after this many content chunks |
/// | `omit_done` | in a stream, end cleanly but without `data: [DONE]` |
struct FakeDirectives: Sendable {
    var status: Int?
    var failTimes: Int?
    var key: String?
    var retryAfter: Int?
    var delayMilliseconds: Int = 0
    var chunkDelayMilliseconds: Int = 0
    var repeatCount: Int = 1
    var disconnectAfter: Int?
    var omitDone = false

    init() {}

    init(from request: JSONObject) {
        guard let member = request.member("custos_fake"), let object = request.object(member) else { return }
        func int(_ key: String) -> Int? { object.member(key).flatMap { object.integer($0) } }
        status = int("status")
        failTimes = int("fail_times")
        key = object.member("key").flatMap { object.string($0) }
        retryAfter = int("retry_after")
        delayMilliseconds = max(0, int("delay_ms") ?? 0)
        chunkDelayMilliseconds = max(0, int("chunk_delay_ms") ?? 0)
        repeatCount = min(max(1, int("repeat") ?? 1), 1_000_000)
        disconnectAfter = int("disconnect_after")
        omitDone = object.member("omit_done").flatMap { object.bool($0) } ?? false
    }
}

/// Counts requests per `key` so `fail_times` can fail the first N and then let calls through.
actor FailureCounter {
    private var seen: [String: Int] = [:]

    /// Records one more request for `key` and says whether it is among the first `times`.
    func shouldFail(key: String, times: Int) -> Bool {
        let count = seen[key, default: 0] + 1
        seen[key] = count
        return count <= times
    }
}
