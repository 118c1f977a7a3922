// SPDX-License-Identifier: Apache-2.0

import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Turns every error a route throws into an OpenAI-shaped JSON response and adds `x-request-id`.
///
/// Unknown errors become a bare 500 whose details go only to the log, so nothing internal leaks.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext
    let metrics: GatewayMetrics
    /// The configured `server.max_body_size`, for the 413 message.
    let maxBodyBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            let gatewayError = Self.gatewayError(for: error, request: request, maxBodyBytes: maxBodyBytes)
            let level: Logger.Level = gatewayError.status.code >= 500 ? .error : .info
            context.logger.log(
                level: level,
                "request failed",
                metadata: [
                    "status": "\(gatewayError.status.code)", "code": "\(gatewayError.code ?? gatewayError.type)",
                    "detail": "\(gatewayError.logDetail ?? gatewayError.message)",
                ]
            )
            metrics.error(code: gatewayError.code ?? gatewayError.type)
            response = try gatewayError.response(from: request, context: context)
        }
        response.headers[.requestID] = context.id
        return response
    }

    static func gatewayError(for error: any Error, request: Request, maxBodyBytes: Int) -> GatewayError {
        switch error {
        case let error as GatewayError:
            return error
        case is NIOTooManyBytesError:
            return .bodyTooLarge(limit: maxBodyBytes)
        case let error as HTTPError where error.status == .notFound:
            return .unknownRoute(method: request.method.rawValue, path: request.uri.path)
        case let error as HTTPError:
            return GatewayError(
                status: error.status,
                type: error.status.code < 500 ? "invalid_request_error" : "server_error",
                code: nil,
                message: error.body ?? error.status.reasonPhrase
            )
        default:
            return .internalError(String(describing: error))
        }
    }
}

extension HTTPField.Name {
    static let requestID = HTTPField.Name("x-request-id")!
}
