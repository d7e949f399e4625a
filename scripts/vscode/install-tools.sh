#!/usr/bin/env bash
# Installs the tools the real-VS-Code tests run on into a tools folder (default: <repo>/.tools, or
# $MOPS_TOOLS_DIR, or the first argument): Node 24 (code-server's required runtime, from the npm package
# node-linux-<arch>) and code-server (VS Code for the browser, from npm), each in its own folder with its
# own package.json so that npm never walks up to the repo's package.json.
#
# Idempotent: when both are present at the pinned versions and code-server's native modules load under
# Node 24, it only says so. A from-scratch install takes about three minutes (code-server builds native
# modules with node-gyp against Node 24's headers).
#
# Usage: scripts/vscode/install-tools.sh [TOOLS_DIR]
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
tools="${1:-${MOPS_TOOLS_DIR:-$repo/.tools}}"
mkdir -p "$tools"
tools="$(cd "$tools" && pwd)"

fail() {
  echo "install-tools: $*" >&2
  exit 1
}

case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) fail "unsupported machine $(uname -m) (need x86_64 or aarch64)" ;;
esac
node_pkg="node-linux-$arch"
node_dir="$tools/node24/node_modules/$node_pkg"
node_bin="$node_dir/bin/node"
cs_dir="$tools/code-server"
cs_pkg="$cs_dir/node_modules/code-server"

# The version field of an installed package.json, or nothing.
installed_version() {
  [ -f "$1/package.json" ] || return 0
  sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$1/package.json" | head -n 1
}

node_ok() {
  [ "$(installed_version "$node_dir")" = "$NODE_VERSION" ] && [ -x "$node_bin" ] &&
    [ "$("$node_bin" --version 2>/dev/null)" = "v$NODE_VERSION" ]
}

# code-server is usable when its entry point exists and the native modules VS Code's server loads
# (logging, file watching, terminals, storage, kerberos, argon2) load under Node 24.
code_server_ok() {
  [ "$(installed_version "$cs_pkg")" = "$CODE_SERVER_VERSION" ] && [ -f "$cs_pkg/out/node/entry.js" ] &&
    [ -d "$cs_pkg/lib/vscode/node_modules" ] && [ -d "$cs_pkg/lib/vscode/extensions/node_modules" ] || return 1
  (cd "$cs_pkg/lib/vscode" && "$node_bin" -e '
    const mods = ["@vscode/spdlog", "@vscode/native-watchdog", "@vscode/sqlite3", "node-pty", "@parcel/watcher", "kerberos"];
    for (const m of mods) require(require.resolve(m, { paths: [process.cwd()] }));
    require(require.resolve("argon2", { paths: [process.argv[1]] }));
  ' "$cs_pkg") >/dev/null 2>&1
}

# Runs npm with Node 24 first on PATH and without the npm_* variables of an enclosing `npm run`:
# npm reads npm_config_* as its own configuration, and code-server's postinstall takes the Node version
# from npm_config_user_agent, so an outer npm on Node 20 makes it refuse ("requires node v24").
# Registry, proxy and CA settings are kept so that mirrors keep working.
clean_npm() {
  local keep='^npm_config_(registry|proxy|https_proxy|http_proxy|noproxy|cafile|strict_ssl)$'
  local v
  local -a unset_args=()
  for v in $(compgen -e); do
    if [[ "${v,,}" == npm_* ]] && ! [[ "${v,,}" =~ $keep ]]; then unset_args+=(-u "$v"); fi
  done
  env "${unset_args[@]}" PATH="$node_dir/bin:$PATH" npm_config_nodedir="$node_dir" npm "$@"
}

# Chromium drives the workbench; pkg-config and the Kerberos headers build one of code-server's modules.
system_ok() {
  [ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1 || return 1
  if ! code_server_ok 2>/dev/null; then
    command -v pkg-config >/dev/null 2>&1 && dpkg -s libkrb5-dev >/dev/null 2>&1 || return 1
  fi
}

started=$SECONDS
if node_ok && code_server_ok && system_ok; then
  echo "install-tools: Node $NODE_VERSION and code-server $CODE_SERVER_VERSION already in $tools"
  exit 0
fi

if ! system_ok; then
  if [ "$(id -u)" -eq 0 ]; then
    "$here/install-system.sh" || fail "install-system.sh failed"
  else
    fail "Chromium, pkg-config or libkrb5-dev is missing; run: sudo $here/install-system.sh"
  fi
fi
command -v npm >/dev/null 2>&1 || fail "npm is not on PATH"

if ! node_ok; then
  echo "install-tools: installing Node $NODE_VERSION ($node_pkg) into $tools/node24"
  mkdir -p "$tools/node24"
  printf '{"private":true,"name":"mops-tools-node24","dependencies":{"%s":"%s"}}\n' "$node_pkg" "$NODE_VERSION" >"$tools/node24/package.json"
  (cd "$tools/node24" && clean_npm install --no-audit --no-fund) || fail "npm install of $node_pkg@$NODE_VERSION failed"
  node_ok || fail "Node $NODE_VERSION is not runnable at $node_bin after the install"
fi

if ! code_server_ok; then
  echo "install-tools: installing code-server $CODE_SERVER_VERSION into $cs_dir (about 3 minutes: native modules are built)"
  mkdir -p "$cs_dir"
  printf '{"private":true,"name":"mops-tools-code-server","dependencies":{"code-server":"%s"},"allowScripts":{"code-server":true,"argon2":true}}\n' \
    "$CODE_SERVER_VERSION" >"$cs_dir/package.json"
  (cd "$cs_dir" && clean_npm install --no-audit --no-fund) ||
    fail "npm install of code-server@$CODE_SERVER_VERSION failed (see above; native modules need pkg-config, libkrb5-dev, make, g++ and python3)"
  (cd "$cs_dir" && clean_npm rebuild) || fail "npm rebuild in $cs_dir failed"
  code_server_ok || fail "code-server installed, but its entry point or native modules do not load under Node $NODE_VERSION"
fi

echo "install-tools: Node $NODE_VERSION and code-server $CODE_SERVER_VERSION ready in $tools ($((SECONDS - started)) s)"
