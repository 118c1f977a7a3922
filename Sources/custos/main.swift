// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
// Run Swift Concurrency's jobs on NIO's event loop threads instead of a separate pool. A proxied
// call otherwise hops between the pool and the I/O threads several times (server read, handler,
// upstream write, upstream read, client write), and each hop is a thread wake-up; measured in
// BENCHMARKS.md. It must happen on the main thread before any task runs, hence this file.
import Foundation
import NIOCore
import NIOPosix

if let threads = ProcessInfo.processInfo.environment["CUSTOS_THREADS"].flatMap(Int.init), threads > 0 {
    NIOSingletons.groupLoopCountSuggestion = threads
}
NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()

/// Parses the arguments and runs the command. A function rather than top-level statements: in
/// top-level code the synchronous `run()`/`main()` overloads win and the asynchronous
/// subcommands (`serve`, `dev fake-upstream`) would only print their help.
func runCommand() async {
    do {
        var command = try Custos.parseAsRoot()
        if var asyncCommand = command as? any AsyncParsableCommand {
            try await asyncCommand.run()
        } else {
            try command.run()
        }
    } catch {
        Custos.exit(withError: error)
    }
}

await runCommand()
