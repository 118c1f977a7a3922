// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import AsyncHTTPClient
import CustosLedger
import CustosProviders
import Foundation
import NIOCore
import NIOHTTP1

extension Dev {
    /// `custos dev stream-bench`: time to first token of a streamed Bedrock answer, straight from
    /// the fake Bedrock (ConverseStream, SigV4-signed, event-stream decoded) and through Custos
    /// (OpenAI SSE), one request at a time, the two paths alternating so both see the same machine.
    struct StreamBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stream-bench",
            abstract: "Time to first token: fake Bedrock directly vs through Custos (for bench/gateway.sh)."
        )

        @Option(help: "The fake upstream's base URL.") var fake: String
        @Option(help: "The gateway's base URL.") var gateway: String
        @Option(help: "A Custos API key.") var key: String
        @Option(help: "The public model name at the gateway.") var model: String
        @Option(help: "The Bedrock model id at the fake.") var modelID: String
        @Option(help: "Environment variable holding ACCESS_KEY_ID:SECRET for signing direct calls.") var awsKeyEnv: String
        @Option(help: "Also time this (OpenAI-compatible) model through Custos, for comparison.") var compareModel: String?
        @Option(help: "Requests per path.") var requests = 2000
        @Option(help: "Warm-up requests per path, not counted.") var warmup = 200
        @Option(help: "Folder for the durable-commit floor's scratch ledger (a temporary one when omitted).") var scratch: String?

        func run() async throws {
            let parts = (ProcessInfo.processInfo.environment[awsKeyEnv] ?? "").split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw ValidationError("\(awsKeyEnv) must hold ACCESS_KEY_ID:SECRET") }
            let credentials = AWSCredentials(accessKeyID: parts[0], secretAccessKey: parts[1])
            let client = HTTPClient.shared
            var direct: [Double] = []
            var custos: [Double] = []
            var compared: [Double] = []
            // The floor: one durable ledger commit on this machine's disk, the same SQLite
            // settings as the gateway's (WAL, synchronous=FULL), timed between the requests so it
            // sees the same machine state. A REQUEST record must be durable before the first byte
            // goes upstream, so no gateway can add less to time to first token than this.
            let folder = scratch ?? FileManager.default.temporaryDirectory.appendingPathComponent("custos-stream-bench-\(UUID().uuidString)").path
            defer { if scratch == nil { try? FileManager.default.removeItem(atPath: folder) } }
            let floorStore = try SQLiteLedgerStorage(path: folder + "/floor.db")
            let floorRecord = Array(#"{"event":"REQUEST","endpoint":"/v1/chat/completions","v":1}"#.utf8)
            var commits: [Double] = []
            for index in 0..<(warmup + requests) {
                let a = try await directFirstToken(client, credentials: credentials)
                let b = try await gatewayFirstToken(client, model: model)
                var c: Double?
                if let compareModel { c = try await gatewayFirstToken(client, model: compareModel) }
                let committing = ContinuousClock.now
                try floorStore.append([StoredEntry(data: floorRecord)], startingAt: UInt64(index))
                let d = Self.milliseconds(since: committing)
                if index >= warmup {
                    commits.append(d)
                    direct.append(a)
                    custos.append(b)
                    if let c { compared.append(c) }
                }
            }
            func percentile(_ values: [Double], _ p: Double) -> Double {
                let sorted = values.sorted()
                return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
            }
            print("path      requests  ttft_p50_ms  ttft_p90_ms  ttft_p99_ms")
            var rows = [("direct", direct), ("custos", custos)]
            if let compareModel { rows.append(("custos:\(compareModel)", compared)) }
            rows.append(("one durable commit (floor)", commits))
            for (name, values) in rows {
                print(
                    String(
                        format: "%-8@ %9d %12.3f %12.3f %12.3f",
                        name as NSString,
                        values.count,
                        percentile(values, 0.5),
                        percentile(values, 0.9),
                        percentile(values, 0.99)
                    )
                )
            }
            print(
                String(
                    format: "added_ttft_p50_ms %.3f  added_ttft_p99_ms %.3f",
                    percentile(custos, 0.5) - percentile(direct, 0.5),
                    percentile(custos, 0.99) - percentile(direct, 0.99)
                )
            )
        }

        /// Milliseconds from sending a signed ConverseStream request to decoding its first text delta.
        func directFirstToken(_ client: HTTPClient, credentials: AWSCredentials) async throws -> Double {
            let body = Array(#"{"messages":[{"role":"user","content":[{"text":"Summarise the quarterly report in one line."}]}]}"#.utf8)
            let path = "/model/\(SigV4Signer.percentEncoded(modelID, keepingSlash: false))/converse-stream"
            let host = URL(string: fake).map { "\($0.host ?? ""):\($0.port ?? 80)" } ?? ""
            let started = ContinuousClock.now
            let unsigned = SignableRequest(method: "POST", path: path, headers: [("Host", host), ("Content-Type", "application/json")], body: body)
            let signature = SigV4Signer(service: "bedrock", region: "us-gov-west-1").sign(unsigned, credentials: credentials, date: Date())
            var request = HTTPClientRequest(url: fake + path)
            request.method = .POST
            for header in unsigned.headers + signature.headers { request.headers.add(name: header.name, value: header.value) }
            request.body = .bytes(ByteBuffer(bytes: body))
            let response = try await client.execute(request, timeout: .seconds(30))
            guard response.status == .ok else { throw ValidationError("direct call failed: \(response.status)") }
            var decoder = EventStreamDecoder()
            var first: Double?
            for try await chunk in response.body {
                for message in try decoder.feed(chunk.readableBytesView) where first == nil {
                    if message.string(":event-type") == "contentBlockDelta" { first = Self.milliseconds(since: started) }
                }
            }
            guard let first else { throw ValidationError("direct stream had no text") }
            return first
        }

        /// Milliseconds from sending a streamed chat completion to Custos to reading its first content chunk.
        func gatewayFirstToken(_ client: HTTPClient, model: String) async throws -> Double {
            let started = ContinuousClock.now
            var request = HTTPClientRequest(url: gateway + "/v1/chat/completions")
            request.method = .POST
            request.headers.add(name: "Authorization", value: "Bearer \(key)")
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(
                ByteBuffer(
                    string:
                        #"{"model":"\#(model)","stream":true,"messages":[{"role":"user","content":"Summarise the quarterly report in one line."}]}"#
                )
            )
            let response = try await client.execute(request, timeout: .seconds(30))
            guard response.status == .ok else { throw ValidationError("gateway call failed: \(response.status)") }
            var parser = ServerSentEventParser()
            var first: Double?
            for try await chunk in response.body {
                for event in try parser.feed(chunk.readableBytesView) where first == nil {
                    if event.data.count > 20, String(decoding: event.data, as: UTF8.self).contains(#""content":"echo"#) {
                        first = Self.milliseconds(since: started)
                    }
                }
            }
            guard let first else { throw ValidationError("gateway stream had no text") }
            return first
        }

        static func milliseconds(since start: ContinuousClock.Instant) -> Double {
            let elapsed = ContinuousClock.now - start
            return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        }
    }
}
