import VolleyCore

extension CollectionDecoder {
    /// Settings a level writes beside its `name:`; a collection or folder may write them inside
    /// `defaults:` instead. A request has no `rate`: pacing is shared by everything below a
    /// collection or folder, so a request only inherits it.
    static let settingKeys = ["auth", "retry", "rate", "idempotent", "quota_group"]

    /// Reads the settings that `fields` holds into `settings`, over what is there.
    mutating func decodeSettings(_ fields: MappingFields, into settings: inout RequestDefaults) {
        for entry in fields.entries {
            switch entry.name {
            case "auth": settings.auth = decodeAuth(entry.value) ?? settings.auth
            case "retry": settings.retry = decodeRetry(entry.value) ?? settings.retry
            case "rate": settings.rate = decodeRate(entry.value) ?? settings.rate
            case "idempotent": settings.idempotent = bool(entry.value, "'idempotent'") ?? settings.idempotent
            case "quota_group": settings.quotaGroup = quotaGroup(entry.value) ?? settings.quotaGroup
            default: break
            }
        }
    }

    private mutating func quotaGroup(_ node: YAMLNode) -> String? {
        guard let name = string(node, "'quota_group'") else { return nil }
        guard !name.trimmingWhitespace().isEmpty else {
            error("'quota_group' must not be empty (leave it out for the host's one limit)", at: node.location)
            return nil
        }
        return name
    }
}
