// SPDX-License-Identifier: Apache-2.0

import Foundation

/// The limits configured for a tenant or a principal (`quotas:`); an absent limit is no limit.
public struct QuotaLimits: Sendable, Equatable {
    public var requestsPerMinute: Int?
    public var tokensPerMinute: Int?
    public var tokensPerDay: Int?
    public var tokensPerMonth: Int?

    public init(requestsPerMinute: Int? = nil, tokensPerMinute: Int? = nil, tokensPerDay: Int? = nil, tokensPerMonth: Int? = nil) {
        self.requestsPerMinute = requestsPerMinute
        self.tokensPerMinute = tokensPerMinute
        self.tokensPerDay = tokensPerDay
        self.tokensPerMonth = tokensPerMonth
    }

    public var isEmpty: Bool { requestsPerMinute == nil && tokensPerMinute == nil && tokensPerDay == nil && tokensPerMonth == nil }

    /// Each configured limit with the window it counts in.
    var checks: [QuotaCheck] {
        var checks: [QuotaCheck] = []
        if let limit = requestsPerMinute { checks.append(QuotaCheck(window: .minute, measure: .requests, limit: limit)) }
        if let limit = tokensPerMinute { checks.append(QuotaCheck(window: .minute, measure: .tokens, limit: limit)) }
        if let limit = tokensPerDay { checks.append(QuotaCheck(window: .day, measure: .tokens, limit: limit)) }
        if let limit = tokensPerMonth { checks.append(QuotaCheck(window: .month, measure: .tokens, limit: limit)) }
        return checks
    }
}

/// One limit: what it counts, over which window, up to what.
struct QuotaCheck: Sendable, Equatable {
    enum Measure: String, Sendable { case requests, tokens }

    let window: QuotaWindow
    let measure: Measure
    let limit: Int

    /// `requests_per_minute`, `tokens_per_day`, ... as in the configuration.
    var name: String { "\(measure.rawValue)_per_\(window.rawValue)" }
}

/// Fixed calendar windows in UTC: the minute, the day, the month a moment falls in.
///
/// Fixed windows keep the count exact and cheap to store (one row per scope and window); the price
/// is that a caller may use a whole minute's allowance at the end of one minute and again at the
/// start of the next.
enum QuotaWindow: String, Sendable, CaseIterable {
    case minute, day, month

    /// The window holding `date`: its start and end, as seconds since the epoch.
    func bounds(of date: Date) -> (start: Int64, end: Int64) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        switch self {
        case .minute:
            let start = seconds - ((seconds % 60) + 60) % 60
            return (start, start + 60)
        case .day:
            let start = seconds - ((seconds % 86_400) + 86_400) % 86_400
            return (start, start + 86_400)
        case .month:
            // Civil-date arithmetic rather than `Calendar`, which costs microseconds per call and
            // runs on every admission when month budgets are configured.
            let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
            let (year, month, day) = CallFacts.civilDate(daysSinceEpoch: days)
            let first = days - (day - 1)
            return (first * 86_400, (first + Self.days(inMonth: month, of: year)) * 86_400)
        }
    }

    /// Days in `month` (1–12) of the proleptic Gregorian `year`.
    static func days(inMonth month: Int64, of year: Int64) -> Int64 {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
