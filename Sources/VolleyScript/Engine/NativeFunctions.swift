internal import CJavaScriptCore
import VolleyLock

/// Which `JavaScriptContext` a native call belongs to: the engine's callback gets only the C
/// context, so live contexts are listed here by it. Weak, so the table never keeps one alive.
enum NativeFunctions {
    private final class Entry: @unchecked Sendable {
        weak var context: JavaScriptContext?
        init(_ context: JavaScriptContext) { self.context = context }
    }

    private static let contexts = Locked<[UInt: Entry]>([:])

    static func register(_ context: JavaScriptContext) {
        let entry = Entry(context)
        contexts.withLock { $0[key(context.context)] = entry }
    }

    static func unregister(_ context: JavaScriptContext) {
        _ = contexts.withLock { $0.removeValue(forKey: key(context.context)) }
    }

    static func context(for global: JSGlobalContextRef?) -> JavaScriptContext? {
        guard let global else { return nil }
        return contexts.withLock { $0[key(global)]?.context }
    }

    private static func key(_ global: JSGlobalContextRef) -> UInt {
        UInt(bitPattern: UnsafeMutableRawPointer(global))
    }
}
