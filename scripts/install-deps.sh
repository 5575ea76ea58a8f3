#!/usr/bin/env bash
# Installs the Debian packages Volley builds and tests with, skipping those already present.
set -euo pipefail

packages=(
  libcurl4-openssl-dev  # CCurl
  libyaml-dev           # CYAML
  libxml2-dev           # CXML2 (expect: xpath:)
  libsecret-1-dev       # CSecret (Secret Service client)
  libsecret-tools       # secret-tool, for keyring tests
  libjavascriptcoregtk-4.1-dev  # scripts: JavaScriptCore, loaded at run time (headers for JavaScriptCoreABITests)
  libjs-lodash libjs-moment libjs-tv4 libjs-chai  # scripts: the sandbox libraries, read at run time (SandboxLibraryTests)
  openssl               # digests the CryptoJS tests compare with
  gnome-keyring dbus    # a private Secret Service for tests (scripts/keyring-session.sh)
  pkg-config
  nginx-light           # a real server for integration tests and benchmarks
  tinyproxy             # a real forward proxy for the proxy tests (TestSupport TinyproxyServer)
  python3-httpbin gunicorn  # a local httpbin for the Postman collection tests (TestSupport HTTPBinServer)
  openssl               # test certificates (CA, server, client) made at test time: TestCertificates
  curl jq               # benchmark references
  libxml2-utils         # xmllint, for report schema checks
  chromium              # headless check of the HTML report
  dpkg-dev binutils     # dpkg-shlibdeps (the .deb's Depends), readelf and strip: scripts/package.sh
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
