// SPDX-License-Identifier: Apache-2.0

import Foundation

/// Parses the human durations used in configuration and on the command line: a positive number
/// followed by `ms`, `s`, `m`, `h` or `d` (`250ms`, `1.5s`, `30d`).
public enum DurationParser {
    /// The duration, or `nil` when `text` is not one.
    public static func parse(_ text: String) -> Duration? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86400)]
        for (suffix, seconds) in units where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count)
            // `5ms` also ends in `s`; the loop tries `ms` first, and `5m` must not parse as `5` + `ms`.
            guard let value = Double(number), value.isFinite, value > 0, value * seconds < 1e9 else { continue }
            return .milliseconds(Int64((value * seconds * 1000).rounded()))
        }
        return nil
    }
}

/// Parses byte sizes: a plain count, or a number with `KiB`, `MiB`, `GiB` (also `KB`, `MB`, `GB`,
/// read as powers of 1024 too, which is what operators mean in a body limit).
public enum ByteSizeParser {
    public static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let plain = Int(trimmed) { return plain > 0 ? plain : nil }
        let units: [(String, Int)] = [("KiB", 1 << 10), ("MiB", 1 << 20), ("GiB", 1 << 30), ("KB", 1 << 10), ("MB", 1 << 20), ("GB", 1 << 30)]
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            guard let value = Double(trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), value > 0,
                value * Double(factor) < Double(Int32.max)
            else { return nil }
            return Int(value * Double(factor))
        }
        return nil
    }
}
