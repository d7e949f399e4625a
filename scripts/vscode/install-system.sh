#!/usr/bin/env bash
# System packages the real-editor tests need, from Debian: Chromium (the browser that drives VS Code),
# the headers code-server's native modules build against, and Neovim (a second LSP client, driven headless by
# test/unit/editors/neovim.test.ts). Idempotent; run as root (CI and README call it).
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
command -v nvim >/dev/null 2>&1 || need+=(neovim)
if [ ${#need[@]} -eq 0 ]; then
  echo "system packages: already installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-system: need root to apt-get install ${need[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "system packages: installed ${need[*]}"
