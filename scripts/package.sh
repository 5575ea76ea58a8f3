#!/usr/bin/env bash
# Usage: scripts/package.sh [--deb]
#
# Builds volley as a release binary with the Swift runtime linked in (--static-swift-stdlib) and
# packs it with its man pages, shell completions, JSON Schemas, LICENSE and an INSTALL note into
# $OUTDIR/volley-VERSION-linux-ARCH.tar.gz (OUTDIR defaults to dist). With --deb it also writes
# $OUTDIR/volley_VERSION_DEBARCH.deb from the same files, installed under /usr.
# The binary needs only Debian's runtime libraries (libcurl4, libyaml-0-2, libxml2, libc6, libstdc++6,
# libgcc-s1); libsecret and JavaScriptCore are opened with dlopen at first use, so the package
# recommends them instead of depending on them. scripts/check-package.sh checks the result.
set -euo pipefail
cd "$(dirname "$0")/.."

deb=false
for argument in "$@"; do
  case "$argument" in
    --deb) deb=true ;;
    *) echo "usage: scripts/package.sh [--deb]" >&2; exit 2 ;;
  esac
done
outdir="${OUTDIR:-dist}"
mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)

# Builds go to a log, shown when they fail.
log=$(mktemp)
quietly() {
  "$@" >"$log" 2>&1 || { grep -E "error:" "$log" | sort -u | head -40; tail -n 20 "$log"; echo "failed: $*" >&2; exit 1; }
}

# The man pages first: the plugin builds every product in the configuration it is given, and the
# pages do not depend on it, so debug (what the tests built) avoids a second release link.
quietly scripts/man.sh debug

echo "Building the release binary (static Swift runtime; log: $log)..." >&2
# No $ORIGIN search path: an installed /usr/bin/volley must not load libraries from /usr/bin.
flags=(-c release --static-swift-stdlib --disable-local-rpath)
quietly swift build "${flags[@]}" --product volley
binary="$(swift build "${flags[@]}" --show-bin-path)/volley"

version=$("$binary" --version | head -n 1 | cut -d ' ' -f 2)  # "volley 0.1.0": VolleyVersion.current
arch=$(uname -m)
name="volley-$version-linux-$arch"

stage=$(mktemp -d)
trap 'rm -rf "$stage" "$log"' EXIT

# One tree under a prefix (bin/, share/): the archive holds it as is, the .deb under /usr.
prefix="$stage/$name"
install -D -m 755 "$binary" "$prefix/bin/volley"
strip "$prefix/bin/volley"
mkdir -p "$prefix/share/man/man1"
for page in dist/man/*.1; do
  gzip -9n < "$page" > "$prefix/share/man/man1/$(basename "$page").gz"
done
"$binary" --generate-completion-script bash | install -D -m 644 /dev/stdin "$prefix/share/bash-completion/completions/volley"
"$binary" --generate-completion-script zsh | install -D -m 644 /dev/stdin "$prefix/share/zsh/vendor-completions/_volley"
"$binary" --generate-completion-script fish | install -D -m 644 /dev/stdin "$prefix/share/fish/vendor_completions.d/volley.fish"
install -D -m 644 -t "$prefix/share/volley/schemas" schemas/volley-collection-1.schema.json schemas/volley-environment-1.schema.json \
  schemas/volley-report-1.schema.json
install -m 644 LICENSE "$prefix/LICENSE"
cat > "$prefix/INSTALL.md" <<EOF
# Volley $version for Linux ($arch)

Runs HTTP request collections written in YAML (the sources' README.md is the full guide).

Needs these Debian (or Ubuntu) packages: libcurl4, libyaml-0-2 and libxml2; for the OS keyring also
libsecret-1-0 with a Secret Service such as gnome-keyring. No Swift toolchain is needed.

    sudo apt-get install libcurl4 libyaml-0-2 libxml2 libsecret-1-0
    sudo cp -R bin share /usr/local/      # or another prefix: bin/volley needs nothing else from it
    volley --version

share/ holds the man pages (man1), completions for bash, zsh (vendor-completions) and fish
(vendor_completions.d), and the JSON Schemas that \`volley init\` names for editors. Without a
system-wide install, the completions can be loaded from this folder:

    source share/bash-completion/completions/volley

A first run, in an empty folder:

    volley init                                # api.yaml, environments/production.yaml, a CI job
    volley secrets set coresignal default      # the API key, into the OS keyring
    volley validate api.yaml --env production
    volley run api.yaml --env production
EOF

tar -C "$stage" --owner=0 --group=0 --numeric-owner -czf "$outdir/$name.tar.gz" "$name"
echo "$outdir/$name.tar.gz"

if $deb; then
  debarch=$(dpkg --print-architecture)
  root="$stage/deb"
  mkdir -p "$root/usr" "$root/DEBIAN"
  cp -R "$prefix/bin" "$prefix/share" "$root/usr/"
  install -D -m 644 LICENSE "$root/usr/share/doc/volley/copyright"
  # Depends from the libraries the binary itself names (DT_NEEDED), through Debian's shlibs data,
  # as dpkg-shlibdeps does for any package: versions are the ones the symbols need.
  mkdir -p "$stage/shlibs/debian"
  printf 'Source: volley\n\nPackage: volley\nArchitecture: any\n' > "$stage/shlibs/debian/control"
  # Its own step, stderr shown: inside a pipeline its failure would leave Depends empty, silently.
  shlibs=$(cd "$stage/shlibs" && dpkg-shlibdeps -O "$root/usr/bin/volley")
  depends=$(sed -n 's/^shlibs:Depends=//p' <<<"$shlibs")
  [ -n "$depends" ] || { echo "dpkg-shlibdeps gave no Depends: $shlibs" >&2; exit 1; }
  installed_size=$(du -sk "$root/usr" | cut -f 1)
  # The keyring library is wanted by most users (apt installs Recommends), a Secret Service
  # daemon and the script engine only by some: CI passes secrets through the environment.
  cat > "$root/DEBIAN/control" <<EOF
Package: volley
Version: $version
Architecture: $debarch
Maintainer: Volley contributors <volley@invalid>
Installed-Size: $installed_size
Depends: $depends
Recommends: libsecret-1-0
Suggests: gnome-keyring, libjavascriptcoregtk-4.1-0, libjs-lodash, libjs-moment, libjs-tv4, libjs-chai
Section: web
Priority: optional
Description: runner for HTTP request collections written in YAML
 Volley sends the requests of YAML collections kept in git with libcurl, checks their
 assertions, carries captured values from one request to the next, paces itself by the
 server's rate-limit and credit headers, and writes JSON, JUnit, HTML and Markdown reports.
 Secrets come from the OS keyring (libsecret, loaded when first needed) and are masked in
 every output.
EOF
  dpkg-deb --root-owner-group -Zxz --build "$root" "$outdir/volley_${version}_$debarch.deb" >/dev/null
  echo "$outdir/volley_${version}_$debarch.deb"
fi
