#!/usr/bin/env bash
# Run docs/notebooks/quickstart.ipynb headless with dotnet-repl (a local tool) against a freshly packed
# Cianopramine.Data, installed the way a notebook user installs it (#r "nuget: Cianopramine.Data, <version>"), and fail
# on any cell error. The notebook's package-source line (#i "nuget: https://api.nuget.org/v3/index.json") is pointed
# at a temporary folder feed, and a cold NuGet cache keeps an older build of the same version out.
#
# UPDATE_NOTEBOOK=1 bash .ci/steps/40-notebook.sh also saves the executed notebook, with its outputs, back to
# docs/notebooks/quickstart.ipynb (the source line restored, the install cell's progress output and run timestamps
# dropped); this needs python3. KEEP_WORK=1 keeps the temporary folder (feed, run notebook, outputs, logs).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'if [[ -n "${KEEP_WORK:-}" ]]; then echo "kept $work"; else rm -rf "$work"; fi' EXIT
feed="$work/feed"
export NUGET_PACKAGES="$work/packages"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No MSBuild node outlives this step: a reused node would carry the temporary NUGET_PACKAGES into later builds.
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0

notebook="${NOTEBOOK:-$root/docs/notebooks/quickstart.ipynb}"
source_line='nuget: https://api.nuget.org/v3/index.json'
[[ -f "$notebook" ]] || { echo "missing $notebook"; exit 1; }
grep -qF "#i \\\"$source_line\\\"" "$notebook" || { echo "the notebook lacks its package-source line: #i \"$source_line\""; exit 1; }
grep -qF '#r \"nuget: Cianopramine.Data, ' "$notebook" || { echo "the notebook does not install Cianopramine.Data with #r \"nuget: …\""; exit 1; }

started=$SECONDS
# Pack from a copy of the sources, so that the cold package cache below never reaches the working tree's obj folders
# (a later build there would otherwise find restore results that point into this step's deleted temporary folder).
copy="$work/repo"
mkdir -p "$copy"
for file in Directory.Build.props Directory.Build.targets Directory.Packages.props global.json nuget.config NuGet.Config README.md LICENSE .editorconfig; do
  if [[ -f "$root/$file" ]]; then cp "$root/$file" "$copy/"; fi
done
cp -r "$root/src" "$copy/src"
find "$copy/src" -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +
project="$copy/src/Cianopramine.Data/Cianopramine.Data.csproj"

version=$(dotnet msbuild "$project" -getProperty:Version)
echo "packing Cianopramine.Data $version"
dotnet pack "$project" -c Release -o "$feed" -p:ContinuousIntegrationBuild=true -warnaserror >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; exit 1; }
listing=$(unzip -Z1 "$feed/Cianopramine.Data.$version.nupkg")   # not piped into grep -q: pipefail and SIGPIPE
grep -qx "interactive-extensions/dotnet/extension.dib" <<<"$listing" || { echo "the package lacks interactive-extensions/dotnet/extension.dib"; exit 1; }

# The notebook as CI runs it: the local feed as its package source, the version just packed.
run="$work/quickstart.ipynb"
sed -e "s|$source_line|nuget: $feed|" \
    -e "s|nuget: Cianopramine.Data, [0-9A-Za-z.+-]*|nuget: Cianopramine.Data, $version|" "$notebook" >"$run"
grep -qF "nuget: $feed" "$run" || { echo "could not point the notebook at $feed"; exit 1; }

echo "running $(basename "$notebook") with dotnet-repl"
cd "$root"
dotnet tool restore >"$work/tool.log" 2>&1 || { cat "$work/tool.log"; exit 1; }
out="$work/out.ipynb"
set +e
timeout 600 dotnet tool run dotnet-repl --run "$run" --exit-after-run --output-format ipynb --output-path "$out" >"$work/repl.log" 2>&1
repl_exit=$?
set -e

fail() { echo "notebook: $1"; echo "--- dotnet-repl log (tail) ---"; tail -n 40 "$work/repl.log"; exit 1; }
[[ -s "$out" ]] || fail "dotnet-repl wrote no output notebook (exit code $repl_exit)"

# dotnet-repl exits non-zero when a cell fails, but the saved outputs are the proof: no cell may hold an error output.
errors=$(grep -c '"output_type": *"error"' "$out" || true)
if [[ $errors -gt 0 ]]; then
  echo "notebook: $errors cell(s) failed:"
  grep -A 2 '"ename"' "$out" | head -n 40 || true
  exit 1
fi
[[ $repl_exit -eq 0 ]] || fail "dotnet-repl exited with $repl_exit"

# Every cell ran (dotnet-repl stamps each one), and the outputs are the package's HTML formatters, not the default views.
cells=$(grep -c '"cell_type": *"' "$run")
code_cells=$(grep -c '"cell_type": *"code"' "$run")
ran=$(grep -c '"dotnet_repl_cellExecutionEndTime"' "$out" || true)
[[ $ran -eq $cells ]] || fail "$ran of $cells cells ran"
expect() { grep -qF -- "$1" "$out" || fail "the outputs lack: $2"; }
expect 'class=\"cpd-display\"' "the HTML formatters registered by extension.dib"
expect 'class=\"cpd-results\"' "a results table"
expect 'pIC50 = 4.30' "the IC50 of G2 as a p-value"
expect 'Profile: Cianopramine (Ro 11-2465)' "the profile"
expect 'Desmethylcianopramine vs Cianopramine at SERT' "the comparison"
expect 'class=\"mermaid cpd-mermaid\"' "the Mermaid pathway"
expect 'result_id,molecule_pref_name' "the CSV export"
expect 'same content: True' "the JSON round trip"
html_outputs=$(grep -o 'class=\\"cpd-display\\"' "$out" | wc -l)
echo "notebook: $code_cells code cells ran without an error; $html_outputs HTML renderings; $((SECONDS - started)) s"

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
        cell["outputs"] = []   # restore progress, naming the temporary feed
with open(target, "w", encoding="utf-8") as f:
    json.dump(nb, f, indent=1, ensure_ascii=False)
    f.write("\n")
print("saved the executed notebook to " + target)
PY
fi
