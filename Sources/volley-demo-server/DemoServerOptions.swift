import TestSupport

/// Command-line options of `volley-demo-server`, parsed by hand: three options do not
/// justify linking ArgumentParser into a helper binary.
struct DemoServerOptions {
    var port = 0
    var portFile: String?
    var apiKey = DemoAPI.defaultAPIKey
    var credits = DemoAPI.defaultCredits

    static let usage = """
        USAGE: volley-demo-server [--port N] [--port-file PATH] [--api-key KEY] [--credits N]

        Serves a Coresignal-like demo API on http://127.0.0.1 until SIGTERM or SIGINT.

        OPTIONS:
          --port N          Port to listen on; 0 (default) picks a free one.
          --port-file PATH  Once listening, write the bound port to PATH (atomically).
          --api-key KEY     Value required in the `apikey` header (default: \(DemoAPI.defaultAPIKey)).
          --credits N       Starting x-credits-remaining (default: \(DemoAPI.defaultCredits)).
          -h, --help        Show this help.
        """

    enum Outcome {
        case run(DemoServerOptions)
        case help
    }

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ arguments: some Sequence<String>) throws(UsageError) -> Outcome {
        var options = DemoServerOptions()
        var remaining = arguments.makeIterator()
        while let argument = remaining.next() {
            // Accept both `--port 8080` and `--port=8080`.
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts.first ?? argument
            func value() throws(UsageError) -> String {
                if parts.count == 2 { return parts[1] }
                guard let next = remaining.next() else { throw UsageError(description: "missing value for \(name)") }
                return next
            }
            switch name {
            case "-h", "--help":
                return .help
            case "--port":
                let text = try value()
                guard let port = Int(text), (0...65535).contains(port) else {
                    throw UsageError(description: "invalid port '\(text)'")
                }
                options.port = port
            case "--port-file":
                options.portFile = try value()
            case "--api-key":
                options.apiKey = try value()
            case "--credits":
                let text = try value()
                guard let credits = Int(text), credits >= 0 else {
                    throw UsageError(description: "invalid credits '\(text)'")
                }
                options.credits = credits
            default:
                throw UsageError(description: "unknown argument '\(argument)'")
            }
        }
        return .run(options)
    }
}
