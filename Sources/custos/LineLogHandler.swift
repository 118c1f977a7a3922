// SPDX-License-Identifier: Apache-2.0

import Foundation
import Logging
import Synchronization

/// Writes one line per log event to standard error: `2026-11-26T21:30:00Z info custos: message key=value`.
///
/// Unlike swift-log's `StreamLogHandler`, it renders metadata only when it writes a line. Hummingbird
/// and AsyncHTTPClient attach a request id to their logger on every request; with a handler that
/// pre-renders metadata on each change, that alone costs measurable CPU per request at info level.
struct LineLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    /// Serialises writes so lines from several threads never interleave.
    private static let output = Mutex(FileHandle.standardError)

    init(label: String, level: Logger.Level) {
        self.label = label
        self.logLevel = level
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        var line = "\(Date().formatted(.iso8601)) \(event.level) \(label): \(event.message)"
        for key in merged.keys.sorted() {
            line += " \(key)=\(merged[key].map { "\($0)" } ?? "")"
        }
        line += "\n"
        Self.output.withLock { $0.write(Data(line.utf8)) }
    }
}
