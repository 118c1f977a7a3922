// SPDX-License-Identifier: Apache-2.0

import Foundation

/// A value guarded by a lock with a condition to wait on: what a thread that sleeps until there
/// is work needs, and what `Mutex` does not offer.
final class ConditionProtected<Value>: @unchecked Sendable {
    // SAFETY: `value` is only touched with `condition` locked.
    private let condition = NSCondition()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        condition.lock()
        defer { condition.unlock() }
        return try body(&value)
    }

    /// Runs `body`; wakes a waiter when it says so.
    func withLockSignalling<Result>(_ body: (inout Value) -> (Result, signal: Bool)) -> Result {
        condition.lock()
        defer { condition.unlock() }
        let (result, signal) = body(&value)
        if signal { condition.signal() }
        return result
    }

    /// Waits until `ready` holds, then runs `body`, all under the lock.
    func waitUntil<Result>(_ ready: (Value) -> Bool, then body: (inout Value) -> Result) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while !ready(value) { condition.wait() }
        return body(&value)
    }
}
