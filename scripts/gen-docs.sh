#!/usr/bin/env bash
# Regenerates the committed shell completions and man pages from the command definition.
# tests/integration/docs.rs fails when they are out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
phr=target/debug/phr
mkdir -p completions man
for shell in bash zsh fish elvish powershell; do
  case $shell in
    bash) out=completions/phr.bash ;;
    zsh) out=completions/_phr ;;
    fish) out=completions/phr.fish ;;
    elvish) out=completions/phr.elv ;;
    powershell) out=completions/_phr.ps1 ;;
  esac
  "$phr" completions "$shell" > "$out"
done
rm -f man/*.1
"$phr" -q man man
