#!/usr/bin/env bash
# Smoke check of the benchmarks (docs/performance.md): build them with warnings as errors, check that the JSON export
# the baselines read is the export of the compiled-in dataset, and run one benchmark class with BenchmarkDotNet's Dry
# job (one invocation per case, no warm-up). It proves the benchmarks build, their set-up checks pass (the compared
# methods load the same data) and BenchmarkDotNet can build and run them. It asserts nothing about time.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
project="$root/benchmarks/Cianopramine.Data.Benchmarks"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$(date +%s)

dotnet build "$project" -c Release -warnaserror >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }

cd "$root"
dotnet run -c Release --no-build --project "$project" -- export-json --check

if ! dotnet run -c Release --no-build --project "$project" -- \
    --filter '*Embedded.*' --job Dry --stopOnFirstError --artifacts "$work/artifacts" >"$work/run.log" 2>&1; then
  cat "$work/run.log"
  exit 1
fi
grep -E '^\|' "$work/run.log" || true
# The program exits non-zero when a case fails; also make sure the filter matched something.
grep -Eq 'executed benchmarks: [1-9]' "$work/run.log" || { echo "no benchmark ran"; cat "$work/run.log"; exit 1; }
echo "benchmarks smoke: ok in $(( $(date +%s) - started )) s"
