// SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import CustosProviders
import Foundation

extension Dev {
    /// `custos dev sigv4`: signs requests given as JSON lines with Custos's SigV4 signer, for
    /// differential tests against other signers (botocore's).
    ///
    /// Input per line: `{"method", "path", "query", "headers": [[name, value], ...], "body_b64",
    /// "region", "service", "access_key", "secret_key", "token"?, "timestamp" (epoch seconds),
    /// "content_hash"? (bool)}`. Output per line: `{"authorization", "canonical_request",
    /// "headers": [[name, value], ...]}`.
    struct SigV4Command: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sigv4",
            abstract: "Sign JSON-line requests with SigV4 (for differential tests)."
        )

        func run() throws {
            while let line = readLine(strippingNewline: true) {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    throw ValidationError("each line must be a JSON object")
                }
                let headers = (object["headers"] as? [[String]] ?? []).map { (name: $0[0], value: $0[1]) }
                let body = (object["body_b64"] as? String).flatMap { Data(base64Encoded: $0) }.map { Array($0) } ?? []
                let request = SignableRequest(
                    method: object["method"] as? String ?? "POST",
                    path: object["path"] as? String ?? "/",
                    query: object["query"] as? String ?? "",
                    headers: headers,
                    body: body
                )
                var signer = SigV4Signer(service: object["service"] as? String ?? "bedrock", region: object["region"] as? String ?? "us-east-1")
                signer.addsContentHash = object["content_hash"] as? Bool ?? false
                let credentials = AWSCredentials(
                    accessKeyID: object["access_key"] as? String ?? "",
                    secretAccessKey: object["secret_key"] as? String ?? "",
                    sessionToken: object["token"] as? String
                )
                let date = Date(timeIntervalSince1970: object["timestamp"] as? Double ?? 0)
                let signature = signer.sign(request, credentials: credentials, date: date)
                let reply: [String: Any] = [
                    "authorization": signature.authorization, "canonical_request": signature.canonicalRequest,
                    "headers": signature.headers.map { [$0.name, $0.value] },
                ]
                print(String(decoding: try JSONSerialization.data(withJSONObject: reply, options: [.sortedKeys]), as: UTF8.self))
            }
        }
    }

    /// `custos dev converse-request`: translates OpenAI chat completion bodies (JSON lines) to
    /// Bedrock Converse bodies, for checking them against Bedrock's service model.
    /// Output per line: `{"modelId", "body"}` or `{"error", "param"}`.
    struct ConverseRequestCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "converse-request",
            abstract: "Translate OpenAI chat bodies (JSON lines) to Bedrock Converse bodies."
        )

        func run() throws {
            while let line = readLine(strippingNewline: true) {
                let reply: JSONValue
                do {
                    let (modelID, body, _) = try ConverseMapping.request(fromOpenAI: Array(line.utf8))
                    reply = .object(["modelId": .string(modelID), "body": JSONValue.parse(body) ?? .null])
                } catch {
                    var param: JSONValue = .null
                    if case .unsupported(let name) = error.kind, let name { param = .string(name) }
                    reply = .object(["error": .string(error.detail), "param": param])
                }
                print(String(decoding: reply.encoded(), as: UTF8.self))
            }
        }
    }
}
