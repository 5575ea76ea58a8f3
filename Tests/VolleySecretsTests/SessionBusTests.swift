#if os(Linux)
import Testing

/// Every test that talks to the real session bus, one at a time: one locks the keyring, others
/// point libsecret at another bus name through the process environment. Either would break
/// keyring tests running alongside.
@Suite(.serialized)
enum SessionBusTests {}
#endif
