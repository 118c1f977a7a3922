// SPDX-License-Identifier: Apache-2.0

import CustosProviders
import HTTPTypes
import Hummingbird

/// The fake's Azure OpenAI: `POST /openai/deployments/{deployment}/chat/completions` and
/// `/embeddings`, with Azure's required `api-version` query parameter and its `api-key` header
/// (or a bearer token, as Microsoft Entra ID gives). Bodies and answers are OpenAI's, as Azure's
/// are; the deployment name stands in for the model.
enum FakeAzure {
    static func register(on router: Router<BasicRequestContext>, apiKey: String?, faults: FakeFaults, failures: FailureCounter, stats: FakeStats) {
        router.post("/openai/deployments/{deployment}/{operation}/**") { request, context in
            try await handle(request, context, apiKey: apiKey, faults: faults, failures: failures, stats: stats)
        }
        router.post("/openai/deployments/{deployment}/{operation}") { request, context in
            try await handle(request, context, apiKey: apiKey, faults: faults, failures: failures, stats: stats)
        }
    }

    static func handle(
        _ request: Request,
        _ context: BasicRequestContext,
        apiKey: String?,
        faults: FakeFaults,
        failures: FailureCounter,
        stats: FakeStats
    ) async throws -> Response {
        guard request.uri.queryParameters.get("api-version")?.isEmpty == false else {
            throw FakeError(status: .badRequest, message: "Missing required query parameter: api-version")
        }
        if let apiKey {
            let key = request.headers[HTTPField.Name("api-key")!]
            let bearer = request.headers[.authorization]
            guard key == apiKey || bearer == "Bearer \(apiKey)" else {
                throw FakeError(status: .unauthorized, message: "Access denied due to invalid subscription key or wrong API endpoint.")
            }
        }
        let deployment = context.parameters.get("deployment") ?? ""
        let operation = request.uri.path.hasSuffix("/chat/completions") ? "chat" : request.uri.path.hasSuffix("/embeddings") ? "embeddings" : ""
        let object = try await FakeUpstream.parse(request)
        if let response = await FakeUpstream.injected(faults, model: deployment) { return response }
        switch operation {
        case "chat": return try await FakeUpstream.chat(object, failures: failures, stats: stats)
        case "embeddings": return FakeUpstream.json(.ok, FakeEmbeddings.responseJSON(request: object))
        default: throw FakeError(status: .notFound, message: "Resource not found")
        }
    }
}
