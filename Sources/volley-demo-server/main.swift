import Foundation
import TestSupport

// `volley-demo-server`: the DemoAPI on a real socket, for the offline demo and for
// scripts that run `volley` against it. Exit codes: 0 after SIGTERM/SIGINT,
// 1 if it cannot listen or write the port file, 2 for bad arguments.

func printError(_ message: String) {
    FileHandle.standardError.write(Data("volley-demo-server: \(message)\n".utf8))
}

let options: DemoServerOptions
do {
    switch try DemoServerOptions.parse(CommandLine.arguments.dropFirst()) {
    case .help:
        print(DemoServerOptions.usage)
        exit(0)
    case .run(let parsed):
        options = parsed
    }
} catch {
    printError("\(error)\n\n\(DemoServerOptions.usage)")
    exit(2)
}

let signals = TerminationSignals()
let server: ScenarioServer
do {
    let api = DemoAPI(apiKey: options.apiKey, credits: options.credits)
    server = try await ScenarioServer.start(port: options.port, api.handler)
    if let portFile = options.portFile {
        // Atomic (write then rename), so a poller never reads a half-written number.
        try Data("\(server.port)\n".utf8).write(to: URL(fileURLWithPath: portFile), options: .atomic)
    }
} catch {
    printError("cannot start: \(error)")
    exit(1)
}

// Written straight to the file descriptor: a parent reading a pipe must see the line
// now, not when a stdio buffer fills.
FileHandle.standardOutput.write(Data("volley-demo-server listening on \(server.baseURL)\n".utf8))

_ = await signals.wait()
try? await server.shutdown()
exit(0)
