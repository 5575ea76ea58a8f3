#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `nginx.conf` of an `NginxServer`: every path nginx would write to by default
/// (/run, /var/log/nginx, /var/lib/nginx) redirected into the server's own directory.
struct NginxConfiguration {
    let directory: String
    let port: Int
    let serverBlock: String
    let httpBlockExtras: String
    /// After the port on the `listen` line: `ssl http2`, `http2` (cleartext h2c).
    var listenParameters = ""

    var text: String {
        let root = "\(directory)/root"
        let expand = { (text: String) in text.replacingOccurrences(of: "$ROOT", with: root) }
        return """
            daemon off;
            \(workerUser)
            worker_processes 1;
            pid \(directory)/nginx.pid;
            error_log \(directory)/error.log;

            events {
                worker_connections 512;
            }

            http {
                access_log \(directory)/access.log;
                client_body_temp_path \(directory)/temp/client_body;
                proxy_temp_path \(directory)/temp/proxy;
                fastcgi_temp_path \(directory)/temp/fastcgi;
                uwsgi_temp_path \(directory)/temp/uwsgi;
                scgi_temp_path \(directory)/temp/scgi;

                types {
                    text/html html;
                    text/plain txt;
                    text/css css;
                    application/json json;
                    application/javascript js;
                    application/xml xml;
                    application/yaml yaml yml;
                    image/png png;
                }
                default_type application/octet-stream;
                keepalive_timeout 65;
                root \(root);

                \(expand(httpBlockExtras))

                server {
                    listen 127.0.0.1:\(port)\(listenParameters.isEmpty ? "" : " " + listenParameters);
                    server_name localhost;

                    \(expand(serverBlock))
                }
            }

            """
    }

    /// Run as root, nginx drops its workers to `nobody`, who cannot read our 0700 temp
    /// directory; keep them as the current user instead.
    private var workerUser: String {
        geteuid() == 0 ? "user root root;" : ""
    }
}
