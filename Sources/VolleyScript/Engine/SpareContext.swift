internal import CJavaScriptCore
import VolleyLock

/// One unused context group and global context, handed from the syntax check (which runs first,
/// at load) to the run's first engine: making a group and its context costs ~4.6M instructions,
/// and the check only parses (JSCheckScriptSyntax runs nothing, defines nothing), so the context
/// it leaves is as new. At most one is kept; a process that only validates leaves it to the exit.
enum SpareContext {
    /// The engine's references, handed over whole: one thread uses them at a time (the engine's
    /// own lock makes that safe across threads).
    struct Refs: @unchecked Sendable {
        let group: JSContextGroupRef
        let context: JSGlobalContextRef
    }

    private static let slot = Locked<Refs?>(nil)

    /// The spare context, taken (the next caller finds none).
    static func take() -> Refs? {
        slot.withLock { spare in
            defer { spare = nil }
            return spare
        }
    }

    /// Keeps `refs` for the next `take`; false (the caller releases them) when one is kept already.
    static func keep(_ refs: Refs) -> Bool {
        slot.withLock { spare in
            guard spare == nil else { return false }
            spare = refs
            return true
        }
    }
}
