// SPDX-License-Identifier: Apache-2.0

public import Foundation

/// A folder of this test process's own for the databases and files its tests write, removed
/// with everything in it when the process exits: a test run leaves nothing behind in the
/// system's temporary folder, however many tests it runs. Shared by the test targets that write
/// files (the ledger's and the gateway's).
public enum ScratchFolder {
    public static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("custos-tests-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.root) }
        return root
    }()

    /// A fresh path inside the folder: `name` under a folder no other call gets.
    public static func path(_ name: String) -> String {
        root.appendingPathComponent(UUID().uuidString).appendingPathComponent(name).path
    }

    /// A fresh, empty folder inside the folder.
    public static func folder() throws -> URL {
        let folder = root.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
