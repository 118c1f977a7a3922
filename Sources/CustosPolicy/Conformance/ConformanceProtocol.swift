// SPDX-License-Identifier: Apache-2.0

/// The "cedar-conformance JSONL v1" protocol of the differential harness
/// (`../shared/cedar/oracle_impl.py`): one case per line in, one answer per line out.
///
/// In: `{"id", "policies": "<text>", "entities": [...], "schema": "<text>"|null, "requests": [{principal, action, resource, context}]}`.
/// Out: `{"id", "ok": true, "results": [{"decision", "reason": [...], "errors": [...]}]}`, or
/// `{"id", "ok": false, "error": "parse"|"entities"|"request"|"unsupported", "message"}`.
/// A schema, when given, decides how entity and context JSON is read (implicit entity
/// references and extension values); requests are not validated against it.
public enum ConformanceProtocol {
    public static func respond(to line: String) -> String {
        let root: PolicyJSON
        do { root = try PolicyJSON.parse(line) } catch { return rejection(nil, "request", "not JSON: \(error)") }
        let id: String? = if case .string(let text) = root["id"] { text } else { nil }
        guard case .string(let text) = root["policies"] else { return rejection(id, "parse", "no policies") }
        let policies: PolicySet
        do { policies = try PolicySet(parsing: text) } catch { return rejection(id, "parse", "\(error)") }
        var schema: Schema?
        if case .string(let schemaText) = root["schema"] {
            do { schema = try Schema(parsing: schemaText) } catch { return rejection(id, "unsupported", "schema: \(error)") }
        }
        let entities: Entities
        do {
            guard case .array(let items) = root["entities"] ?? .array([]) else { return rejection(id, "entities", "entities must be an array") }
            entities = try Entities(jsonValues: items, schema: schema)
        } catch {
            return rejection(id, "entities", "\(error)")
        }
        guard case .array(let requests) = root["requests"] else { return rejection(id, "request", "no requests") }
        var results: [String] = []
        for request in requests {
            do {
                let response = Authorizer().authorize(try Request(json: request, schema: schema), policies: policies, entities: entities)
                let reasons = response.reasons.sorted().map(quote).joined(separator: ",")
                let errors = Set(response.errors.map(\.policyID)).sorted().map(quote).joined(separator: ",")
                results.append(#"{"decision":"\#(response.decision.rawValue)","reason":[\#(reasons)],"errors":[\#(errors)]}"#)
            } catch {
                return rejection(id, "request", "\(error)")
            }
        }
        return #"{"id":\#(id.map(quote) ?? "null"),"ok":true,"results":[\#(results.joined(separator: ","))]}"#
    }

    private static func rejection(_ id: String?, _ kind: String, _ message: String) -> String {
        #"{"id":\#(id.map(quote) ?? "null"),"ok":false,"error":"\#(kind)","message":\#(quote(message))}"#
    }

    /// A JSON string literal.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
