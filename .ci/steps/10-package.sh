#!/usr/bin/env bash
# Pack Cianopramine.Data, check what the package holds, then consume it from a project outside the repository
# the way a user would: by id and version from a folder feed. Proves (a) the embedded dataset, (b) a dataset of the
# consumer's own, (c) that a broken data file fails the consumer's build with the documented diagnostic, and (d) that
# broken own data used by the code gives only that diagnostic, no compiler error beside it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
export MSBUILDDISABLENODEREUSE=1           # no build server outlives the step with this step's settings

version=$(dotnet msbuild "$root/src/Cianopramine.Data/Cianopramine.Data.csproj" -getProperty:Version)
echo "packing Cianopramine.Data $version"
dotnet pack "$root/src/Cianopramine.Data/Cianopramine.Data.csproj" -c Release -o "$feed" -p:ContinuousIntegrationBuild=true -warnaserror >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }

nupkg="$feed/Cianopramine.Data.$version.nupkg"
[[ -f "$nupkg" ]] || { echo "missing $nupkg"; ls "$feed"; exit 1; }
[[ -f "$feed/Cianopramine.Data.$version.snupkg" ]] || { echo "missing the symbol package"; exit 1; }
listing=$(unzip -Z1 "$nupkg")
for entry in \
  lib/net8.0/Cianopramine.Data.dll lib/net8.0/Cianopramine.Data.xml \
  lib/net10.0/Cianopramine.Data.dll lib/net10.0/Cianopramine.Data.xml \
  analyzers/dotnet/cs/Cianopramine.Data.Generator.dll analyzers/dotnet/cs/System.Text.Json.dll \
  build/Cianopramine.Data.props buildTransitive/Cianopramine.Data.props README.md; do
  grep -qx "$entry" <<<"$listing" || { echo "package lacks $entry"; echo "$listing"; exit 1; }
done
if grep -q '^lib/.*Generator' <<<"$listing" || grep -q 'Microsoft.CodeAnalysis' <<<"$listing"; then
  echo "the generator or Roslyn is packed where it must not be"; echo "$listing"; exit 1
fi
if [[ -f "$root/src/Cianopramine.Data/interactive-extensions/dotnet/extension.dib" ]]; then
  grep -qx "interactive-extensions/dotnet/extension.dib" <<<"$listing" || { echo "package lacks extension.dib"; exit 1; }
fi
nuspec=$(unzip -p "$nupkg" Cianopramine.Data.nuspec)
grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || { echo "no licence expression"; exit 1; }
grep -q '<readme>README.md</readme>' <<<"$nuspec" || { echo "no readme"; exit 1; }
echo "package contents: ok"

# The consumers restore into a cold cache, so they can never pick up an older build of the same version.
# (Set only now: packing in place with a temporary cache would leave the repository's obj/ pointing at it.)
export NUGET_PACKAGES="$work/packages"

make_consumer() {
  local dir=$1
  mkdir -p "$dir"
  cp -r "$root/tests/PackageConsumer/." "$dir/"
  rm -rf "$dir/Broken" "$dir/bin" "$dir/obj"
  sed -i "s/__VERSION__/$version/" "$dir/PackageConsumer.csproj"
  cat >"$dir/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
  # Keep the repository's build settings out of the consumer.
  echo '<Project></Project>' >"$dir/Directory.Build.props"
  echo '<Project></Project>' >"$dir/Directory.Build.targets"
  echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' >"$dir/Directory.Packages.props"
}

consumer="$work/consumer"
make_consumer "$consumer"
dotnet build "$consumer" -c Release >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
output=$(dotnet run --project "$consumer" -c Release --no-build)
echo "$output"
expect() { grep -qF -- "$1" <<<"$output" || { echo "consumer output lacks: $1"; exit 1; }; }
expect "found: Cianopramine (Ro 11-2465) C20H23N3"
expect "result: G1 \"Potent and Selective Inhibitor\" (potent)"
expect "metabolism: Cianopramine → Desmethylcianopramine (N-demethylation; enzymes: not reported)"
expect "own: Example lab dataset (made-up data for the package consumption test) 0.1.0: 2 compounds, 1 target, 2 results"
expect "own result: EX1 Example compound A @ EXT: IC50 250 nM (pIC50 6.60)"
echo "consumer (a, b): ok"

broken="$work/broken"
make_consumer "$broken"
cp "$root/tests/PackageConsumer/Broken/broken.dataset.json" "$broken/Data/"
if dotnet build "$broken" -c Release >"$work/broken.log" 2>&1; then
  echo "a broken data file did not fail the build"; cat "$work/broken.log"; exit 1
fi
grep -E "broken\.dataset\.json\(8,[0-9]+\): error CPD0008:" "$work/broken.log" | head -n 1 \
  || { echo "the build failed without the expected diagnostic"; cat "$work/broken.log"; exit 1; }
echo "consumer (c): ok"

# (d) The consumer's own data broken while Program.cs uses its type: the build shows the data's error and no compiler
# error beside it (the generator emits the type as a placeholder; issue 16).
ownbroken="$work/own-broken"
make_consumer "$ownbroken"
sed -i 's/"unit": "nM"/"unit": "nanomolar"/' "$ownbroken/Data/lab.dataset.json"
if dotnet build "$ownbroken" -c Release >"$work/own-broken.log" 2>&1; then
  echo "the consumer's broken own data did not fail the build"; cat "$work/own-broken.log"; exit 1
fi
grep -E "lab\.dataset\.json\(24,[0-9]+\): error CPD0006:" "$work/own-broken.log" | head -n 1 \
  || { echo "the build failed without the expected diagnostic"; cat "$work/own-broken.log"; exit 1; }
if grep -E ": error CS[0-9]{4}" "$work/own-broken.log"; then
  echo "the broken data gave compiler errors beside its CPD error"; exit 1
fi
echo "consumer (d): ok"
