#!/usr/bin/env bash
# Cianopramine.Data.Analysis (issue 17), as a user gets it: pack it with the core into a folder feed, check the package,
# consume it from tests/AnalysisConsumer (Parquet partitioned by target, DuckDB over the files, a DataFrame, the files
# back into a Dataset with the same content hash), let Python read the Parquet where pyarrow is installed (otherwise
# DuckDB's reader is the check, as docs/analysis.md says), and run docs/notebooks/analysis.ipynb headless with
# dotnet-repl. UPDATE_NOTEBOOK=1 saves the executed notebook with its outputs; KEEP_WORK=1 keeps the temporary folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'if [[ -n "${KEEP_WORK:-}" ]]; then echo "kept $work"; else rm -rf "$work"; fi' EXIT
feed="$work/feed"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0
started=$SECONDS

# Pack from a copy of the sources (see 40-notebook.sh: the cold package cache must never reach the tree's obj folders).
copy="$work/repo"
mkdir -p "$copy"
for file in Directory.Build.props Directory.Build.targets Directory.Packages.props global.json nuget.config NuGet.Config README.md LICENSE .editorconfig; do
  if [[ -f "$root/$file" ]]; then cp "$root/$file" "$copy/"; fi
done
cp -r "$root/src" "$copy/src"
find "$copy/src" -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +
export NUGET_PACKAGES="$work/packages"

version=$(dotnet msbuild "$copy/src/Cianopramine.Data.Analysis/Cianopramine.Data.Analysis.csproj" -getProperty:Version)
echo "packing Cianopramine.Data and Cianopramine.Data.Analysis $version"
for project in Cianopramine.Data Cianopramine.Data.Analysis; do
  dotnet pack "$copy/src/$project/$project.csproj" -c Release -o "$feed" -p:ContinuousIntegrationBuild=true -warnaserror >"$work/pack-$project.log" 2>&1 \
    || { cat "$work/pack-$project.log"; exit 1; }
done
nupkg="$feed/Cianopramine.Data.Analysis.$version.nupkg"
[[ -f "$nupkg" ]] || { echo "missing $nupkg"; ls "$feed"; exit 1; }
listing=$(unzip -Z1 "$nupkg")
for entry in lib/net8.0/Cianopramine.Data.Analysis.dll lib/net8.0/Cianopramine.Data.Analysis.xml \
  lib/net10.0/Cianopramine.Data.Analysis.dll lib/net10.0/Cianopramine.Data.Analysis.xml \
  interactive-extensions/dotnet/extension.dib README.md; do
  grep -qx "$entry" <<<"$listing" || { echo "package lacks $entry"; echo "$listing"; exit 1; }
done
nuspec=$(unzip -p "$nupkg" Cianopramine.Data.Analysis.nuspec)
for dependency in "Cianopramine.Data\" version=\"$version\"" 'Apache.Arrow"' 'Parquet.Net"' 'Microsoft.Data.Analysis"'; do
  grep -qF "id=\"$dependency" <<<"$nuspec" || { echo "the package does not depend on $dependency"; echo "$nuspec"; exit 1; }
done
if grep -q 'id="DuckDB' <<<"$nuspec"; then echo "the package must not depend on DuckDB (only its tests and docs use it)"; exit 1; fi
echo "package contents: ok"

# The consumer, outside the repository's build settings, restoring from the feed (and nuget.org for the rest).
consumer="$work/consumer"
mkdir -p "$consumer"
cp -r "$root/tests/AnalysisConsumer/." "$consumer/"
rm -rf "$consumer/bin" "$consumer/obj"
sed -i "s/__VERSION__/$version/" "$consumer/AnalysisConsumer.csproj"
cat >"$consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
echo '<Project></Project>' >"$consumer/Directory.Build.props"
echo '<Project></Project>' >"$consumer/Directory.Build.targets"
echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' >"$consumer/Directory.Packages.props"
dotnet build "$consumer" -c Release >"$work/consumer-build.log" 2>&1 || { cat "$work/consumer-build.log"; exit 1; }
parquet="$work/parquet"
output=$(dotnet run --project "$consumer" -c Release --no-build -- "$parquet")
echo "$output"
expect() { grep -qF -- "$1" <<<"$output" || { echo "consumer output lacks: $1"; exit 1; }; }
expect "duckdb: sert 11"
expect "dataframe: 22 rows"
expect "round trip: same content hash: True"
echo "consumer: ok"

# Python reads the same files without options where pyarrow is installed; otherwise DuckDB (above) is the check.
if python3 -c "import pyarrow.dataset" >/dev/null 2>&1; then
  python3 - "$parquet" <<'PY'
import sys, pyarrow.dataset as ds
table = ds.dataset(sys.argv[1] + "/results", format="parquet", partitioning="hive").to_table()
assert table.num_rows == 22, table.num_rows
assert "target" in table.column_names and "molar_value" in table.column_names
print("python (pyarrow): read", table.num_rows, "results")
PY
else
  echo "python: pyarrow is not installed on this machine (Debian has no python3-pyarrow); DuckDB's Parquet reader is the check"
fi

# The notebook, against the packages just packed.
notebook="${NOTEBOOK:-$root/docs/notebooks/analysis.ipynb}"
source_line='nuget: https://api.nuget.org/v3/index.json'
grep -qF "#i \\\"$source_line\\\"" "$notebook" || { echo "the notebook lacks its package-source line: #i \"$source_line\""; exit 1; }
run="$work/analysis.ipynb"
sed -e "s|$source_line|nuget: $feed|" \
    -e "s|nuget: Cianopramine.Data.Analysis, [0-9A-Za-z.+-]*|nuget: Cianopramine.Data.Analysis, $version|" "$notebook" >"$run"
cd "$root"
dotnet tool restore >"$work/tool.log" 2>&1 || { cat "$work/tool.log"; exit 1; }
out="$work/out.ipynb"
set +e
timeout 600 dotnet tool run dotnet-repl --run "$run" --exit-after-run --output-format ipynb --output-path "$out" >"$work/repl.log" 2>&1
repl_exit=$?
set -e
fail() { echo "notebook: $1"; echo "--- dotnet-repl log (tail) ---"; tail -n 40 "$work/repl.log"; exit 1; }
[[ -s "$out" ]] || fail "dotnet-repl wrote no output notebook (exit code $repl_exit)"
errors=$(grep -c '"output_type": *"error"' "$out" || true)
if [[ $errors -gt 0 ]]; then
  echo "notebook: $errors cell(s) failed:"; grep -A 2 '"ename"' "$out" | head -n 40 || true; exit 1
fi
[[ $repl_exit -eq 0 ]] || fail "dotnet-repl exited with $repl_exit"
cells=$(grep -c '"cell_type": *"' "$run")
ran=$(grep -c '"dotnet_repl_cellExecutionEndTime"' "$out" || true)
[[ $ran -eq $cells ]] || fail "$ran of $cells cells ran"
expect_out() { grep -qF -- "$1" "$out" || fail "the outputs lack: $2"; }
expect_out 'class=\"cpd-dataframe\"' "the DataFrame rendered by the package's extension"
expect_out '22 rows' "all 22 results in the DataFrame"
expect_out 'class=\"cpd-potency-plot\"' "the potency plot"
expect_out 'same content hash: True' "the Parquet round trip"
echo "notebook: $(grep -c '"cell_type": *"code"' "$run") code cells ran without an error; $((SECONDS - started)) s"

if [[ "${UPDATE_NOTEBOOK:-}" == "1" ]]; then
  python3 - "$out" "$notebook" "$feed" "$source_line" <<'PY'
import json, sys
out, target, feed, source_line = sys.argv[1:]
nb = json.load(open(out, encoding="utf-8"))
for cell in nb["cells"]:
    for key in [k for k in cell["metadata"] if k.startswith("dotnet_repl_")]:
        del cell["metadata"][key]
    if cell["cell_type"] != "code":
        continue
    cell["execution_count"] = None
    if any(("nuget: " + feed) in line for line in cell["source"]):
        cell["source"] = [line.replace("nuget: " + feed, source_line) for line in cell["source"]]
        cell["outputs"] = []
with open(target, "w", encoding="utf-8") as f:
    json.dump(nb, f, indent=1, ensure_ascii=False)
    f.write("\n")
print("saved the executed notebook to " + target)
PY
fi
