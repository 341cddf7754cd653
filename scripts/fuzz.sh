#!/usr/bin/env bash
# Runs each cargo-fuzz target for a while, one at a time, with the committed seeds.
# Needs cargo-fuzz (`cargo install cargo-fuzz`); on stable Rust, RUSTC_BOOTSTRAP=1 lets
# it use the nightly-only sanitizer flags. Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
# New corpus entries go to fuzz/corpus-run/<target>/ (not committed); crashes to
# fuzz/artifacts/<target>/ — turn each into a regression test in the main crate.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(sig_parse stored_parse dates passphrase_file binder_open reconcile_list import export_writers)
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O
for t in "${targets[@]}"; do
    mkdir -p "corpus-run/$t" "artifacts/$t"
    case "$t" in
        binder_open) max_len=262144 ;;
        import) max_len=16384 ;;
        reconcile_list) max_len=8192 ;;
        *) max_len=4096 ;;
    esac
    echo "== $t for ${secs}s"
    ./target/x86_64-unknown-linux-gnu/release/"$t" \
        -max_total_time="$secs" -max_len="$max_len" -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="artifacts/$t/" -print_final_stats=1 \
        "corpus-run/$t" "corpus/$t" 2>&1 | tail -n 40
done
