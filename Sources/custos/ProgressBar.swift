// SPDX-License-Identifier: Apache-2.0

import Foundation
import Synchronization

/// A one-line progress bar on standard error for long runs (`custos verify`), redrawn at most ten
/// times a second; silent when disabled (not a terminal), so scripts and logs stay clean.
final class ProgressBar: Sendable {
    private let enabled: Bool
    private let state = Mutex<(lastDraw: ContinuousClock.Instant?, drawn: Bool)>((nil, false))
    private let started = ContinuousClock.now

    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Reports `done` of `total`.
    @Sendable func update(_ done: UInt64, _ total: UInt64) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let draw = state.withLock { state in
            if let last = state.lastDraw, now - last < .milliseconds(100), done < total { return false }
            state.lastDraw = now
            state.drawn = true
            return true
        }
        guard draw else { return }
        FileHandle.standardError.write(Data(Self.line(done: done, total: total, elapsed: now - started).utf8))
    }

    /// Ends the bar's line, if one was drawn.
    func finish() {
        if state.withLock({ $0.drawn }) { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    static func line(done: UInt64, total: UInt64, elapsed: Duration) -> String {
        let width = 30
        let fraction = total == 0 ? 1 : min(1, Double(done) / Double(total))
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return "\r[\(bar)] \(Int(fraction * 100))% \(done)/\(total) \(String(format: "%.1f", seconds))s"
    }
}
