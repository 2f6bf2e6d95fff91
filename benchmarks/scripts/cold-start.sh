#!/usr/bin/env bash
# Cold start of an embedded real-shaped dataset (issue 14; docs/performance.md, "Cold start").
#   1. writes the real-shaped dataset (7,014 results by default, or $1) into artifacts/coldstart/data;
#   2. publishes benchmarks/Cianopramine.Data.ColdStart three ways into artifacts/coldstart/{jit,r2r,aot};
#   (COLDSTART_REUSE=1 skips 1 and 2.)
#   3. starts each app 20 times and prints the median first access timed inside the process, then the median of
#      30 more builds of the dataset in one process (the code compiled).
# Then: dotnet run -c Release --project benchmarks/Cianopramine.Data.Benchmarks -- --filter '*RealShapeColdStart*'
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-7014}
out=$PWD/artifacts/coldstart
app=benchmarks/Cianopramine.Data.ColdStart/Cianopramine.Data.ColdStart.csproj

# COLDSTART_REUSE=1 times the apps already published (to measure again without building).
if [[ -z "${COLDSTART_REUSE:-}" ]]; then
  rm -rf "$out"
  mkdir -p "$out/data"
  dotnet run -c Release --project benchmarks/Cianopramine.Data.Benchmarks -- realshape "$out/data" "$size"

  publish() {
    local name=$1; shift
    # The app's own build output is removed first: the three publishes differ in properties MSBuild does not track.
    rm -rf "$(dirname "$app")/bin" "$(dirname "$app")/obj"
    dotnet publish "$app" -c Release -o "$out/$name" -p:ColdStartData="$out/data" "$@" > "$out/publish-$name.log" 2>&1 \
      || { tail -n 30 "$out/publish-$name.log"; exit 1; }
    echo "published $name: $(du -sh "$out/$name" | cut -f1)"
  }
  publish jit
  publish r2r -r linux-x64 --self-contained false -p:PublishReadyToRun=true
  publish aot -r linux-x64 -p:ColdStartAot=true
fi

echo
echo "first access inside a new process (median of 20 runs: wall time, and processor time of the process over the"
echo "same span; the whole process is timed by the benchmark):"
median() { sort -g | sed -n '10,11p' | awk '{ s += $1 } END { printf "%.1f", s / NR }'; }
for name in jit r2r aot; do
  walls=(); cpus=(); queries=()
  for _ in $(seq 20); do
    line=$("$out/$name/Cianopramine.Data.ColdStart")
    walls+=("${line%% ms first*}")
    cpu=${line#*(}; cpus+=("${cpu%% ms processor*}")
    query=${line#*; then }; queries+=("${query%% ms the first query*}")
  done
  echo "  $name: $(printf '%s\n' "${walls[@]}" | median) ms wall, $(printf '%s\n' "${cpus[@]}" | median) ms processor; then $(printf '%s\n' "${queries[@]}" | median) ms the first query   (last: $line)"
done
echo
echo "first access with the code already compiled (the same process builds the dataset 30 more times; median):"
for name in jit r2r aot; do
  echo "  $name: $("$out/$name/Cianopramine.Data.ColdStart" warm)"
done
