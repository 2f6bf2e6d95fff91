#!/usr/bin/env bash
# Pack Cianopramine.Data and Cianopramine.Data.Import, then, from a folder feed as a user would: (1) a console project
# that references the Import package turns the real ChEMBL export fixture into a dataset file; (2) a second project
# that references Cianopramine.Data embeds that file through the generator (warnings as errors) and prints a result.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
export MSBUILDDISABLENODEREUSE=1

version=$(dotnet msbuild "$root/src/Cianopramine.Data/Cianopramine.Data.csproj" -getProperty:Version)
for project in Cianopramine.Data Cianopramine.Data.Import; do
  dotnet pack "$root/src/$project/$project.csproj" -c Release -o "$feed" -p:ContinuousIntegrationBuild=true -warnaserror >"$work/pack.log" 2>&1 \
    || { cat "$work/pack.log"; exit 1; }
  [[ -f "$feed/$project.$version.nupkg" ]] || { echo "missing $project.$version.nupkg"; ls "$feed"; exit 1; }
done
nuspec=$(unzip -p "$feed/Cianopramine.Data.Import.$version.nupkg" Cianopramine.Data.Import.nuspec)
grep -q '<dependency id="Sep" version="0.18.0"' <<<"$nuspec" || { echo "the Import package does not depend on Sep 0.18.0"; echo "$nuspec"; exit 1; }
grep -q "<dependency id=\"Cianopramine.Data\" version=\"$version\"" <<<"$nuspec" || { echo "the Import package does not depend on Cianopramine.Data $version"; exit 1; }
if unzip -p "$feed/Cianopramine.Data.$version.nupkg" Cianopramine.Data.nuspec | grep -q '<dependency id="Sep"'; then
  echo "the core package depends on Sep"; exit 1
fi
echo "packages: ok"

export NUGET_PACKAGES="$work/packages"
project() {
  local dir=$1 reference=$2 kind=$3
  mkdir -p "$dir"
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
  cat >"$dir/$(basename "$dir").csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="$reference" Version="$version" />
  </ItemGroup>
  $kind
</Project>
XML
}

importer="$work/Importer"
project "$importer" Cianopramine.Data.Import ""
cat >"$importer/Program.cs" <<'CS'
using Cianopramine.Data.Import;

var imported = ChemblActivityImporter.ImportFile(args[0], new ChemblImportOptions { DatasetId = "ache", Title = "AChE activities" });
foreach (var problem in imported.Problems)
{
    Console.Error.WriteLine(problem);
}

File.WriteAllText(args[1], imported.Json);
Console.WriteLine($"imported {imported.RowsImported} of {imported.RowsRead} rows");
CS
consumer="$work/Embedder"
project "$consumer" Cianopramine.Data '<ItemGroup><AdditionalFiles Include="Data\*.dataset.json" /></ItemGroup>'
mkdir -p "$consumer/Data"
cat >"$consumer/Program.cs" <<'CS'
using Cianopramine.Data.Model;

var data = Embedder.AcheDataset.Instance;
var result = data.Results.Single();
var value = (QuantitativeValue)result.Value;
Console.WriteLine($"embedded: {data.Metadata.Title}: {result.Compound.Id} @ {result.Target.Name}: {value.Parameter} {value.Relation.ToString()} {value.Magnitude.Value} {value.Magnitude.Unit} ({result.Chembl!.AssayType})");
CS

dotnet run --project "$importer" -c Release -- "$root/tests/Cianopramine.Data.Import.Tests/Fixtures/chembl-web-export.csv" "$consumer/Data/ache.dataset.json" \
  >"$work/import.log" 2>&1 || { cat "$work/import.log"; exit 1; }
grep -qx "imported 1 of 1 rows" "$work/import.log" || { cat "$work/import.log"; exit 1; }
dotnet build "$consumer" -c Release >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
output=$(dotnet run --project "$consumer" -c Release --no-build)
echo "$output"
grep -qxF "embedded: AChE activities: CHEMBL543779 @ Acetylcholinesterase: IC50 EqualTo 180000.0 Nanomolar (Binding)" <<<"$output" \
  || { echo "the embedded imported dataset is not what the export holds"; exit 1; }
echo "import consumer: ok"
