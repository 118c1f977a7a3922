// SPDX-License-Identifier: Apache-2.0

/// Reads each ledger record as JSON and pairs REQUEST records with their RESPONSE by request id,
/// for both verifiers: every entry must be a JSON object, and a REQUEST without a RESPONSE is
/// reported (in flight when the checkpoint was signed, or never answered).
struct RecordPairing {
    private var requested: [String] = []
    private var answered = Set<String>()

    /// Reads one record; `false` if it is not a JSON object.
    mutating func read(_ entry: [UInt8]) -> Bool {
        guard let record = RecordScanner.scan(entry) else { return false }
        if let id = record.requestID {
            switch record.event {
            case "REQUEST": requested.append(id)
            case "RESPONSE": answered.insert(id)
            default: break
            }
        }
        return true
    }

    /// Request ids of REQUEST records read so far that no RESPONSE answered, in log order.
    var unanswered: [String] { requested.filter { !answered.contains($0) } }
}

extension MerkleTree {
    /// Checks that `previous` (a checkpoint an auditor saved) is a prefix of this tree.
    func prove(extends previous: Checkpoint) throws(LogVerifier.Failure) {
        guard previous.size <= size else { throw .shrunk(previous: previous.size, current: size) }
        let then: Digest
        do { then = try rootHash(treeSize: previous.size) } catch { throw .shrunk(previous: previous.size, current: size) }
        guard then == previous.rootHash else { throw .forked(size: previous.size, previousRoot: previous.rootHash, currentRoot: then) }
    }
}
