// SPDX-License-Identifier: Apache-2.0

import Dispatch

/// A repeating timer on a global dispatch queue. GCD's sources are safe to start and cancel from
/// any thread, which is what makes this wrapper `Sendable`.
final class Watchdog: @unchecked Sendable {
    // SAFETY: `timer` is only configured before `start` returns and cancelled by `stop`, both
    // thread-safe operations on a dispatch source.
    private let timer: any DispatchSourceTimer
    private let interval: DispatchTimeInterval

    init(period: Duration) {
        timer = DispatchSource.makeTimerSource(queue: .global())
        let (seconds, attoseconds) = period.components
        interval = .nanoseconds(Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
    }

    func start(_ tick: @escaping @Sendable () -> Void) {
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler(handler: tick)
        timer.resume()
    }

    func stop() {
        timer.cancel()
    }
}
