// SPDX-License-Identifier: Apache-2.0

import ArgumentParser

/// Exit codes a script can tell apart: "the config is broken" is not "something failed".
enum CustosExitCode {
    /// Something went wrong at run time (storage, network).
    static let failure = ExitCode(1)
    /// The configuration file is invalid; the message names file, line, key and problem.
    static let invalidConfig = ExitCode(3)
    /// The thing asked for does not exist (an unknown key id, tenant or principal).
    static let notFound = ExitCode(4)
    /// `custos verify` found the ledger does not match its signed checkpoints: evidence of tampering.
    static let verificationFailed = ExitCode(5)
}
