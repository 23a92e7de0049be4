#!/usr/bin/env bash
# Installs what the real-VS-Code test harness needs, idempotently and cached:
#   code-server 4.100.3 (= VS Code 1.100.3) from npm into $SEEDLAB_E2E_HOME/cs, and Debian's Chromium.
# playwright-core comes from the project's devDependencies. Safe to run again: finished steps are skipped.
set -euo pipefail
E2E=${SEEDLAB_E2E_HOME:-$HOME/.cache/seedlab-e2e}
VERSION=4.100.3
CS_DIR=$E2E/cs
export TMPDIR=$E2E/tmp
mkdir -p "$TMPDIR" "$CS_DIR"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)   # kerberos builds from source
if [ ${#need_apt[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q && apt-get install -y -q "${need_apt[@]}"
fi

if [ -x "$CS_DIR/node_modules/.bin/code-server" ] && grep -q "\"version\": \"$VERSION\"" "$CS_DIR/node_modules/code-server/package.json"; then
  echo "[e2e install] code-server $VERSION already installed in $CS_DIR"
  exit 0
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub: pre-seed its cache with Debian's rg.
# code-server 4.100.3 pins @vscode/ripgrep 1.15.11, which wants this asset name.
RG_PKG=1.15.11
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
mkdir -p "$TMPDIR/vscode-ripgrep-cache-$RG_PKG" "$TMPDIR/rgpkg"
cp "$(command -v rg)" "$TMPDIR/rgpkg/rg"
tar czf "$TMPDIR/vscode-ripgrep-cache-$RG_PKG/$RG_ASSET" -C "$TMPDIR/rgpkg" rg

cd "$CS_DIR"
[ -f package.json ] || echo '{"name":"seedlab-e2e-code-server","private":true}' > package.json
# unsafe_perm: code-server's postinstall refuses root without it; yes: node-pty's postinstall runs npx node-gyp.
npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund "code-server@$VERSION" --foreground-scripts
XDG_CONFIG_HOME="$E2E/xdg/config" XDG_DATA_HOME="$E2E/xdg/data" "$CS_DIR/node_modules/.bin/code-server" --version
