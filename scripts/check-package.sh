#!/usr/bin/env bash
# Usage: scripts/check-package.sh   (after scripts/package.sh --deb; reads $OUTDIR, default dist)
#
# Checks what a user without the Swift toolchain gets: the archive holds the binary, the man
# pages, the completions, the schemas, LICENSE and INSTALL.md; the binary needs no library
# outside Debian's /lib and /usr/lib (none from the toolchain) and runs with a bare environment;
# the starter project validates and runs against the demo API;
# the .deb names its Depends/Recommends/Suggests, installs the same files under /usr, and the
# binary it installs runs. Exit 1 with every failed check listed.
set -euo pipefail
cd "$(dirname "$0")/.."
outdir="${OUTDIR:-dist}"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

archive=$(ls "$outdir"/volley-*-linux-"$(uname -m)".tar.gz 2>/dev/null | head -n 1)
[ -n "$archive" ] || { echo "FAIL: no $outdir/volley-VERSION-linux-$(uname -m).tar.gz (run scripts/package.sh)" >&2; exit 1; }
name=$(basename "$archive" .tar.gz)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The archive's listing.
listing=$(tar -tzf "$archive")
for file in bin/volley LICENSE INSTALL.md \
  share/man/man1/volley.1.gz share/man/man1/volley.run.1.gz share/man/man1/volley.init.1.gz \
  share/bash-completion/completions/volley share/zsh/vendor-completions/_volley \
  share/fish/vendor_completions.d/volley.fish \
  share/volley/schemas/volley-collection-1.schema.json share/volley/schemas/volley-environment-1.schema.json \
  share/volley/schemas/volley-report-1.schema.json; do
  grep -qx "$name/$file" <<<"$listing" || fail "the archive lacks $name/$file"
done
tar -C "$work" -xzf "$archive"
binary="$work/$name/bin/volley"

# Libraries: every one resolves, under Debian's library folders, owned by a Debian package; none
# comes from the toolchain, and the binary asks for no search path of its own.
libraries=$(ldd "$binary")
echo "$libraries"
if grep -q "not found" <<<"$libraries"; then fail "unresolved libraries: $(grep 'not found' <<<"$libraries")"; fi
while read -r path; do
  case "$path" in
    /lib/*|/usr/lib/*|/lib64/*) ;;
    *) fail "a library outside /lib and /usr/lib: $path" ;;
  esac
  case "$path" in *swift*) fail "a library from the Swift toolchain: $path" ;; esac
  dpkg -S "$(readlink -f "$path")" >/dev/null 2>&1 || dpkg -S "$path" >/dev/null 2>&1 \
    || fail "no Debian package owns $path"
done < <(grep -o '/[^ ]*' <<<"$libraries" | grep -v '^/[^ ]*:$' | sort -u)
if readelf -d "$binary" | grep -Eq 'RPATH|RUNPATH'; then fail "the binary has a search path: $(readelf -d "$binary" | grep -E 'RPATH|RUNPATH')"; fi
needed=$(readelf -d "$binary" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | sort | tr '\n' ' ')
for library in $needed; do
  case "$library" in
    libcurl.so.4|libyaml-0.so.2|libxml2.so.2|libc.so.6|libm.so.6|libstdc++.so.6|libgcc_s.so.1|ld-linux-*) ;;
    *) fail "links $library, which the package does not depend on" ;;
  esac
done
grep -qw libcurl.so.4 <<<"$needed" || fail "does not link libcurl.so.4: $needed"
grep -qw libyaml-0.so.2 <<<"$needed" || fail "does not link libyaml-0.so.2: $needed"

# It runs with no toolchain on PATH and nothing in the environment.
version_text=$(env -i PATH=/usr/bin:/bin "$binary" --version) || fail "--version failed"
grep -q '^volley [0-9]' <<<"$version_text" || fail "--version printed: $version_text"
grep -q '^libcurl/' <<<"$version_text" || fail "--version has no libcurl line: $version_text"
[[ "$name" == "volley-$(head -n 1 <<<"$version_text" | cut -d ' ' -f 2)-linux-$(uname -m)" ]] \
  || fail "the archive's name $name is not the binary's version ($(head -n 1 <<<"$version_text"))"
# A starter project from the packaged binary validates, its modeline naming the packaged schemas.
mkdir "$work/starter"
(cd "$work/starter" && env -i PATH=/usr/bin:/bin HOME="$work" "$binary" init >/dev/null) || fail "volley init failed"
validated=$(cd "$work/starter" && env -i PATH=/usr/bin:/bin HOME="$work" "$binary" validate api.yaml --env production 2>&1) \
  || fail "the starter collection does not validate: $validated"
[ "$validated" = "api.yaml: ok (2 requests)" ] || fail "validating the starter said: $validated"
schema=$(sed -n 's/^# yaml-language-server: \$schema=//p' "$work/starter/api.yaml")
[ -f "$schema" ] || fail "the starter's schema modeline names $schema, which does not exist"

# The packaged binary sends requests: the starter against the demo API (built by the tests'
# debug build, which CI has done before), the key passed as CI passes it.
demo_server="$(swift build --show-bin-path)/volley-demo-server"
if [ -x "$demo_server" ]; then
  "$demo_server" --port 0 --port-file "$work/port" > "$work/server.log" 2>&1 &
  server=$!
  trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
  for _ in $(seq 1 100); do [ -s "$work/port" ] && break; sleep 0.05; done
  ran=$(cd "$work/starter" && env -i PATH=/usr/bin:/bin HOME="$work" VOLLEY_SECRET_apikey=demo0000000000000000000000000000 \
    VOLLEY_VAR_base_url="http://127.0.0.1:$(cat "$work/port")/cdapi/v2" "$binary" run api.yaml --env production 2>&1) \
    || fail "the starter collection did not pass against the demo API: $ran"
  grep -E "^[0-9]+ requests" <<<"$ran"
else
  fail "no $demo_server to run the starter against (swift build first)"
fi

# The .deb.
deb=$(ls "$outdir"/volley_*_"$(dpkg --print-architecture)".deb 2>/dev/null | head -n 1)
if [ -z "$deb" ]; then
  fail "no $outdir/volley_VERSION_$(dpkg --print-architecture).deb (run scripts/package.sh --deb)"
else
  info=$(dpkg-deb --info "$deb")
  echo "$info" | sed -n '/Package:/,/Description:/p'
  depends=$(sed -n 's/^ Depends: //p' <<<"$info")
  for package in libcurl4 libyaml-0-2 libxml2 libc6; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
  done
  for package in libsecret-1-0 libjavascriptcoregtk-4.1-0 gnome-keyring; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" && fail "Depends names $package, which is loaded only when needed"
  done
  grep -q '^ Recommends: .*libsecret-1-0' <<<"$info" || fail "Recommends lacks libsecret-1-0"
  grep -q '^ Suggests: .*gnome-keyring' <<<"$info" || fail "Suggests lacks gnome-keyring"
  grep -q '^ Suggests: .*libjavascriptcoregtk-4.1-0' <<<"$info" || fail "Suggests lacks libjavascriptcoregtk-4.1-0"
  grep -q '^ Suggests: .*libjs-lodash, libjs-moment, libjs-tv4, libjs-chai' <<<"$info" || fail "Suggests lacks the sandbox libraries (libjs-*)"
  contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
  for file in ./usr/bin/volley ./usr/share/man/man1/volley.1.gz ./usr/share/man/man1/volley.run.1.gz \
    ./usr/share/bash-completion/completions/volley ./usr/share/zsh/vendor-completions/_volley \
    ./usr/share/fish/vendor_completions.d/volley.fish ./usr/share/doc/volley/copyright \
    ./usr/share/volley/schemas/volley-collection-1.schema.json ./usr/share/volley/schemas/volley-report-1.schema.json; do
    grep -qx "$file" <<<"$contents" || fail "the .deb lacks $file"
  done
  dpkg-deb --contents "$deb" | awk '$2 != "root/root" { print }' | grep -q . && fail "the .deb has files not owned by root"
  dpkg -x "$deb" "$work/root"
  env -i PATH=/usr/bin:/bin "$work/root/usr/bin/volley" --version | grep -q '^volley [0-9]' \
    || fail "the .deb's volley --version failed"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures package check(s) failed" >&2
  exit 1
fi
echo "package checks passed: $archive${deb:+ and $deb}"
