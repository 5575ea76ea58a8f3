import VolleyCore

extension CollectionDecoder {
    /// The keys each fixed-key map of a collection file accepts, under the name the JSON Schema
    /// (schemas/volley-collection-1.schema.json) gives that map's definition. These are the very
    /// lists `fields(…allowed:)` checks against, gathered so a test can hold the schema to them.
    static let collectionMappingKeys: [String: [String]] = [
        "collection": collectionKeys,
        "folder": folderKeys,
        "request": requestKeys,
        "defaults": defaultsKeys,
        "authScheme": authSchemes,
        "apikey": apiKeyKeys,
        "basic": basicKeys,
        "oauth1": oauth1Keys,
        "awsSigV4": awsSigV4Keys,
        "hawk": hawkKeys,
        "retryMap": retryKeys,
        "expect": expectKeys,
        "predicateMap": Predicate.keywords + [Predicate.filterKeyword],
        "bytesCheck": bytesKeys,
        "retryUntil": retryUntilKeys,
        "capture": captureKeys,
        "paginate": paginateKeys,
        "next": captureSources,
        "scripts": scriptsKeys,
        "scriptFile": scriptFileKeys,
        "tls": tlsKeys,
        "bodyFile": bodyFileKeys,
        "multipartFile": multipartFileKeys,
        "graphql": graphqlKeys,
        "cookieCheck": CookieAttribute.keys,
        "certificateCheck": CertificateField.keys,
    ]

    /// The same for an environment file (schemas/volley-environment-1.schema.json).
    static let environmentMappingKeys: [String: [String]] = [
        "environment": environmentKeys,
        "secret": secretSources,
        "keyring": keyringKeys,
    ]
}
