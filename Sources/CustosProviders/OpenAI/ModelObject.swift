// SPDX-License-Identifier: Apache-2.0

/// One entry of `GET /v1/models`, and the body of `GET /v1/models/{id}`.
public struct ModelObject: Codable, Sendable, Equatable {
    public var id: String
    public var object: String = "model"
    public var created: Int
    public var ownedBy: String

    enum CodingKeys: String, CodingKey {
        case id, object, created
        case ownedBy = "owned_by"
    }

    public init(id: String, created: Int, ownedBy: String) {
        self.id = id
        self.created = created
        self.ownedBy = ownedBy
    }
}

/// The body of `GET /v1/models`: `{"object": "list", "data": [...]}`.
public struct ModelList: Codable, Sendable, Equatable {
    public var object: String = "list"
    public var data: [ModelObject]

    public init(data: [ModelObject]) {
        self.data = data
    }
}
