// swift-tools-version: 6.2
// SPDX-License-Identifier: Apache-2.0
//
// Custos: an auditable AI gateway. The module layout follows DESIGN.md: the leaves
// (CustosProviders, and later CustosLedger, CustosPolicy, CustosGuard, CustosCompliance)
// import none of each other; CustosGateway composes them; `custos` is a thin CLI.

import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "custos",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "custos", targets: ["custos"]),
        .executable(name: "cedar-conformance", targets: ["cedar-conformance"]),
        .library(name: "CustosLedger", targets: ["CustosLedger"]),
        .library(name: "CustosProviders", targets: ["CustosProviders"]),
        .library(name: "CustosGateway", targets: ["CustosGateway"]),
        .library(name: "CustosPolicy", targets: ["CustosPolicy"]),
        .library(name: "CustosGuard", targets: ["CustosGuard"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", exact: "1.37.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", exact: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", exact: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", exact: "4.5.2"),
        .package(url: "https://github.com/apple/swift-nio.git", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-http-types.git", exact: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", exact: "2.37.6"),
        .package(url: "https://github.com/apple/swift-certificates.git", exact: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1.git", exact: "1.7.4"),
    ],
    targets: [
        // The verifiable audit ledger: RFC 9162 Merkle tree, proofs, checkpoints, tiles, storage.
        // No HTTP and no AI inside, so an auditor's tool can use it alone.
        .target(
            name: "CustosLedger",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: upcoming
        ),
        // The Cedar policy language: parser, entities, evaluator, authorizer. Pure: no I/O.
        .target(
            name: "CustosPolicy",
            swiftSettings: upcoming
        ),
        // Detection of sensitive data (PII, credentials, classification markings) in text: pure, no dependencies.
        .target(name: "CustosGuard", swiftSettings: upcoming),
        // The differential harness's JSON-line protocol over CustosPolicy (compare with cedarpy).
        .executableTarget(
            name: "cedar-conformance",
            dependencies: ["CustosPolicy"],
            swiftSettings: upcoming
        ),
        // OpenAI wire types, the JSON scanner, SSE framing, the upstream adapters (OpenAI-compatible,
        // Azure OpenAI, Bedrock), AWS SigV4 and the AWS event-stream codec.
        .target(
            name: "CustosProviders",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        // The request path, configuration, identity, metrics and the Hummingbird application.
        .target(
            name: "CustosGateway",
            dependencies: [
                "CustosGuard",
                "CustosLedger",
                "CustosPolicy",
                "CustosProviders",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ],
            swiftSettings: upcoming
        ),
        // A deterministic OpenAI-compatible upstream for tests and benchmarks (`custos dev fake-upstream`).
        // It is the only test double the project allows: no real provider is reachable from CI.
        .target(
            name: "CustosFakeUpstream",
            dependencies: [
                "CustosProviders",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "custos",
            dependencies: [
                "CustosGateway",
                "CustosLedger",
                "CustosPolicy",
                "CustosGuard",
                .product(name: "Yams", package: "Yams"),
                "CustosFakeUpstream",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        // What several test targets share (a per-process scratch folder), under Tests/.
        .target(name: "CustosTestSupport", path: "Tests/CustosTestSupport", swiftSettings: upcoming),
        .testTarget(
            name: "CustosLedgerTests",
            dependencies: [
                "CustosLedger",
                "CustosTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("Vectors")],
            swiftSettings: upcoming
        ),
        .testTarget(name: "CustosGuardTests", dependencies: ["CustosGuard"], resources: [.copy("Fixtures")], swiftSettings: upcoming),
        .testTarget(
            name: "CustosPolicyTests",
            dependencies: ["CustosPolicy"],
            resources: [.copy("Fixtures")],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "CustosProvidersTests",
            dependencies: [
                "CustosProviders",
                "CustosFakeUpstream",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "CustosGatewayTests",
            dependencies: [
                "CustosGateway",
                "CustosTestSupport",
                "CustosGuard",
                "CustosLedger",
                "CustosPolicy",
                "CustosFakeUpstream",
                "CustosProviders",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: upcoming
        ),
    ]
)
