import VolleyJSON

/// The location of a node as RFC 9535 §2.7 normalizes it, such as `$['store']['book'][0]`.
///
/// Stored as a chain of links from the node back to the root: a descendant query over a large
/// document makes one small link per result instead of copying its parent's whole path.
public struct NormalizedPath: Sendable, Hashable, CustomStringConvertible {
    /// One step from a node to its child.
    public enum Element: Sendable, Hashable {
        case name(String)
        case index(Int)
    }

    let last: PathLink?

    /// The root, `$`.
    public init() {
        last = nil
    }

    public init(_ elements: [Element]) {
        var link: PathLink? = nil
        for element in elements { link = PathLink(parent: link, element: element) }
        last = link
    }

    init(last: PathLink?) {
        self.last = last
    }

    /// Steps from the root to the node.
    public var elements: [Element] {
        var result: [Element] = []
        var link = last
        while let current = link {
            result.append(current.element)
            link = current.parent
        }
        return result.reversed()
    }

    public func appending(_ element: Element) -> NormalizedPath {
        NormalizedPath(last: PathLink(parent: last, element: element))
    }

    /// Built in one pass over the links; the fast path appends a name whole when it needs no
    /// escapes (printing the paths of `$..*` over a large document makes a million of these).
    public var description: String {
        var links: [PathLink] = []
        var link = last
        while let current = link {
            links.append(current)
            link = current.parent
        }
        var out = "$"
        for current in links.reversed() {
            switch current.element {
            case .index(let index):
                out += "["
                out += String(index)
                out += "]"
            case .name(let name):
                out += "['"
                if name.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\\") }) {
                    // Only what RFC 9535 requires, with lowercase `\u00xx` for other controls.
                    TextEscaping.appendBackslashEscaped(name, quote: "'", to: &out)
                } else {
                    out += name
                }
                out += "']"
            }
        }
        return out
    }

    public static func == (lhs: NormalizedPath, rhs: NormalizedPath) -> Bool {
        var a = lhs.last
        var b = rhs.last
        while let x = a, let y = b {
            if x === y { return true }
            guard x.element == y.element else { return false }
            a = x.parent
            b = y.parent
        }
        return a == nil && b == nil
    }

    public func hash(into hasher: inout Hasher) {
        var link = last
        while let current = link {
            hasher.combine(current.element)
            link = current.parent
        }
    }
}

/// An immutable link of a path chain; shared by every path below it.
final class PathLink: Sendable {
    let parent: PathLink?
    let element: NormalizedPath.Element

    init(parent: PathLink?, element: NormalizedPath.Element) {
        self.parent = parent
        self.element = element
    }
}
