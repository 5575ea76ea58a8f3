#!/usr/bin/env bash
# Usage: scripts/keyring-session.sh COMMAND [ARGS...]
#
# Runs COMMAND against a private, unlocked Secret Service: its own D-Bus session bus and a
# gnome-keyring-daemon holding a throwaway login keyring, all under a temporary directory.
# Nothing touches the user's real keyring, bus or home. On exit, failure or interrupt both daemons
# are stopped by PID and the directory is removed; the script exits with COMMAND's status.
#
# Only the daemons get the temporary HOME (the keyring file lives under it). COMMAND keeps the
# real HOME so SwiftPM's caches and toolchain settings work; VOLLEY_REAL_HOME names it as well,
# for tests that want to be explicit.
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi
for tool in dbus-daemon gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null; then
    echo "error: $tool not found: run scripts/install-deps.sh (apt: dbus gnome-keyring)" >&2
    exit 2
  fi
done

session_dir=$(mktemp -d "${TMPDIR:-/tmp}/volley-keyring.XXXXXX")
chmod 700 "$session_dir"
mkdir -m 700 "$session_dir/run" "$session_dir/home"
runtime_dir="$session_dir/run"
dbus_pid=""

# The keyring daemon forks itself away, so its PID is found afterwards: the gnome-keyring-d
# process whose environment names our private runtime directory. Never by name alone, which
# could hit a developer's real keyring.
keyring_pids() {
  local proc
  for proc in /proc/[0-9]*; do
    [ "$(cat "$proc/comm" 2>/dev/null)" = "gnome-keyring-d" ] || continue
    alive "${proc#/proc/}" || continue
    if { tr '\0' '\n' <"$proc/environ"; } 2>/dev/null | grep -qxF "XDG_RUNTIME_DIR=$runtime_dir"; then
      echo "${proc#/proc/}"
    fi
  done
}

# Running and not yet a zombie: in a container nobody may reap an orphaned daemon promptly.
alive() {
  [ -r "/proc/$1/stat" ] && ! grep -q '^[0-9]* (.*) Z' "/proc/$1/stat" 2>/dev/null
}

stop_pid() {
  local pid=$1 waited=0
  kill "$pid" 2>/dev/null || return 0
  while alive "$pid" && [ $waited -lt 20 ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
  alive "$pid" && kill -9 "$pid" 2>/dev/null
  return 0
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM HUP
  set +e
  for pid in $(keyring_pids); do stop_pid "$pid"; done
  [ -n "$dbus_pid" ] && stop_pid "$dbus_pid"
  rm -rf "$session_dir"
  exit "$status"
}
trap cleanup EXIT
# Until the command runs, a signal just ends the script (and the EXIT trap cleans up).
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

bus_address="unix:path=$runtime_dir/bus"
# The daemons see only the private directory: no XDG_*_HOME that would put the keyring file in
# the real home, no GNOME_KEYRING_CONTROL that would lead to the real daemon, and no DISPLAY, so a
# prompt (gcr-prompter, started by bus activation) fails fast instead of appearing on a desktop.
private_env=(env -u DISPLAY -u WAYLAND_DISPLAY -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME
  -u GNOME_KEYRING_CONTROL -u SSH_AUTH_SOCK -u DBUS_SESSION_BUS_ADDRESS
  HOME="$session_dir/home" XDG_RUNTIME_DIR="$runtime_dir")
"${private_env[@]}" dbus-daemon --session --fork --address="$bus_address" --print-pid=1 >"$session_dir/dbus.pid"
dbus_pid=$(cat "$session_dir/dbus.pid")

# Throwaway: the keyring lives and dies with this directory. --unlock creates and unlocks the
# login collection (the "default" alias); without it storing fails.
password=$(head -c 18 /dev/urandom | base64)
printf '%s' "$password" | "${private_env[@]}" DBUS_SESSION_BUS_ADDRESS="$bus_address" \
  gnome-keyring-daemon --unlock --components=secrets >/dev/null
if [ -z "$(keyring_pids)" ]; then
  echo "error: gnome-keyring-daemon did not start" >&2
  exit 2
fi

export VOLLEY_REAL_HOME="$HOME"
# Throwaway, so tests may lock the keyring and unlock it again (never a real keyring's password).
export VOLLEY_KEYRING_PASSWORD="$password"
export DBUS_SESSION_BUS_ADDRESS="$bus_address"
export XDG_RUNTIME_DIR="$runtime_dir"
export GNOME_KEYRING_CONTROL="$runtime_dir/keyring"
unset DISPLAY WAYLAND_DISPLAY

# Not `exec`: the EXIT trap must outlive the command. Not in the foreground either: bash defers
# traps until a foreground command ends, so `timeout` or a CI runner sending TERM to this script
# alone would wait for the whole test run. So the command runs in the background, keeping stdin
# (prompts still work: it stays in the terminal's process group), and signals are passed on.
# Bash starts background commands with SIGINT and SIGQUIT ignored; `env --default-signal` undoes
# that so Ctrl-C still reaches the command.
default_signals=()
if env --default-signal=INT true 2>/dev/null; then
  default_signals=(env --default-signal=INT,QUIT)
fi
"${default_signals[@]}" "$@" <&0 &
child=$!
trap 'kill -INT "$child" 2>/dev/null' INT
trap 'kill -TERM "$child" 2>/dev/null' TERM
trap 'kill -HUP "$child" 2>/dev/null' HUP

set +e
while :; do
  wait "$child"
  status=$?
  # `wait` also returns when a trapped signal arrives; then the command is still running.
  kill -0 "$child" 2>/dev/null || break
done
exit "$status"
