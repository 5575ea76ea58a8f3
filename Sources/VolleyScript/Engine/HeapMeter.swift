internal import CJavaScriptCore

/// The memory one context holds: the capacity of its context group's heap (the blocks its
/// objects live in, garbage not yet collected included, which is what the process pays for)
/// plus the memory the engine counts outside it (array buffers, large strings). Each
/// `JavaScriptContext` has a group of its own, so this is that context's alone. Memory the
/// engine does not account (its compiled code, its own tables) is not in it.
enum HeapMeter {
    static func bytes(of context: JSContextRef) -> Int? {
        let api = JavaScriptCore.api
        guard let statistics = api.JSGetMemoryUsageStatistics(context) else { return nil }
        let value = JSString.with("heapCapacity") { api.JSObjectGetProperty(context, statistics, $0, nil) }
        guard let value else { return nil }
        let number = api.JSValueToNumber(context, value, nil)
        guard number.isFinite, number >= 0, number < 9e18 else { return nil }
        return Int(number)
    }
}
