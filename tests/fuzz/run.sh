#!/usr/bin/env bash
# Run each atheris target for a bounded time (default 25 s each); skipped when atheris is not installed.
# Usage: tests/fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-25}"
python=${PYTHON:-python}
if ! "$python" -c "import atheris" 2>/dev/null; then
    echo "fuzz: atheris is not installed (pip install atheris); skipping" >&2
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/engine" "$work/config"
cp tests/fuzz/seeds/config/* "$work/config/"  # libFuzzer adds to its corpus folder: use a copy
for name in engine config; do
    echo "fuzz: tests/fuzz/fuzz_$name.py for ${seconds}s" >&2
    "$python" "tests/fuzz/fuzz_$name.py" "$work/$name" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="${ARTIFACTS:-/tmp}/cleaner-fuzz-$name-"
done
