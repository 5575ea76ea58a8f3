# Sourced by the benchmarks: a throwaway nginx on a free loopback port serving small.json.
# After `start_nginx WORKDIR`: $port is set, $nginx_pid is running, and it stops on exit.

start_nginx() {
  local work=$1
  mkdir -p "$work/root" "$work/logs"
  chmod 755 "$work" "$work/root"  # nginx workers run as www-data
  echo '{"id":1,"name":"Acme","tags":["a","b"],"price":9.5}' > "$work/root/small.json"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  cat > "$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $work/tmp1; proxy_temp_path $work/tmp2; fastcgi_temp_path $work/tmp3;
  uwsgi_temp_path $work/tmp4; scgi_temp_path $work/tmp5;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$port;
    root $work/root;
    default_type application/json;
  }
}
CONF
  /usr/sbin/nginx -c "$work/nginx.conf" &
  nginx_pid=$!
  trap 'kill "$nginx_pid" 2>/dev/null; rm -rf "$work"' EXIT
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/small.json" >/dev/null 2>&1 && return 0; sleep 0.05; done
  echo "nginx did not start" >&2
  return 1
}
