// SPDX-License-Identifier: Apache-2.0

public import CustosLedger

extension ContentRetentionConfig {
    /// Reads the master key and opens the content store (for the gateway and the `custos ledger`
    /// commands alike).
    ///
    /// - Throws: ``ConfigError`` naming `ledger.content.master_key` when the key cannot be read
    ///   or is not a content master key; storage errors when the file cannot be opened.
    public func openStore(environment: [String: String]) throws -> ContentStore {
        func problem(_ text: String) -> ConfigError {
            ConfigError(
                file: masterKey.location?.file ?? "config",
                line: masterKey.location?.line,
                column: masterKey.location?.column,
                keyPath: "ledger.content.master_key",
                problem: text
            )
        }
        guard let text = try masterKey.resolve(environment: environment) else { throw problem("no master key") }
        let key: ContentMasterKey
        do { key = try ContentMasterKey(parsing: text) } catch { throw problem("\(error)") }
        return try ContentStore(path: sqlitePath, masterKey: key)
    }
}
