public import VolleyCore

/// Where a secret's value lives. The type is VolleyCore's `SecretReference`, so the parser can
/// produce it from an environment file's `secrets:` without knowing about keyrings.
public typealias SecretSource = SecretReference
