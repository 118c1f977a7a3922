// SPDX-License-Identifier: Apache-2.0
//
// `cedar-conformance`: speaks the differential harness's JSON-line protocol on stdin/stdout so
// `Tests/integration/cedar/diff_harness.py --impl .build/debug/cedar-conformance` can compare
// CustosPolicy with cedarpy. One case per line in, one answer per line out (flushed at once: the
// harness waits for each answer), until end of input.

import CustosPolicy
import Foundation

while let line = readLine(strippingNewline: true) {
    guard !line.allSatisfy(\.isWhitespace) else { continue }
    FileHandle.standardOutput.write(Data((ConformanceProtocol.respond(to: line) + "\n").utf8))
}
