#!/usr/bin/env bash
# Pack Cianopramine.Data and Cianopramine.Data.Import, then, from a folder feed as a user would: (1) a console project
# that references the Import package turns the real ChEMBL export fixtures (one row; and 8,008 rows over three targets,
# gzip-compressed) and the real Guide to Pharmacology interactions of release 2019.5 (19,459 rows, gzip-compressed, with
# 60 rows of its ligands.csv) into dataset files; (2) a second project that references Cianopramine.Data embeds those
# files through the generator (warnings as errors, except the identity warnings CPD0033 and CPD0047 that the real
# Guide to Pharmacology data raises: names and accessions it gives two entries) and prints a result of each;
# (3) a project whose .globalconfig lowers CPD0021 embeds the valid part of a broken file (the real compiler applies the
# severity, the generator leaves the items out with CPD0035), and with TreatWarningsAsErrors the same file fails.
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
  local dir=$1 reference=$2 kind=$3 warningsAsErrors=${4:-true}
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
    <TreatWarningsAsErrors>$warningsAsErrors</TreatWarningsAsErrors>
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
using System.IO.Compression;
using Cianopramine.Data.Import;

// gtopdb <interactions (.csv or .csv.gz)> <ligands.csv> <out> | chembl <dataset id> <title> <export (.csv, .tsv, or either .gz)> <out>
var imported = args[0] == "gtopdb"
    ? GtoPdbInteractionImporter.Import(Open(args[1]), Open(args[2]), new GtoPdbImportOptions { DatasetId = "gtopdb", Title = "GtoPdb interactions" })
    : ChemblActivityImporter.Import(Open(args[3]), new ChemblImportOptions { DatasetId = args[1], Title = args[2] });
foreach (var problem in imported.Problems)
{
    Console.Error.WriteLine(problem);
}

File.WriteAllText(args[^1], imported.Json);
Console.WriteLine($"imported {imported.RowsImported} of {imported.RowsRead} rows");

static TextReader Open(string path) => path.EndsWith(".gz", StringComparison.Ordinal)
    ? new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress))
    : new StreamReader(path);
CS
consumer="$work/Embedder"
project "$consumer" Cianopramine.Data '<PropertyGroup><WarningsNotAsErrors>CPD0033;CPD0047</WarningsNotAsErrors></PropertyGroup><ItemGroup><AdditionalFiles Include="Data\*.dataset.json" /></ItemGroup>'
mkdir -p "$consumer/Data"
cat >"$consumer/Program.cs" <<'CS'
using Cianopramine.Data.Model;

using Cianopramine.Data.Units;

var data = Embedder.AcheDataset.Instance;
var result = data.Results.Single();
var value = (QuantitativeValue)result.Value;
Console.WriteLine($"embedded: {data.Metadata.Title}: {result.Compound.Id} @ {result.Target.Name}: {value.Parameter} {value.Relation.ToString()} {value.Magnitude.Value} {value.Magnitude.Unit} ({result.Chembl!.AssayType})");
var gtopdb = Embedder.GtopdbDataset.Instance;
var s1p = gtopdb.Results.Get("line16751");
Console.WriteLine($"embedded: {gtopdb.Metadata.Title}: {gtopdb.Results.Count()} results, {gtopdb.Compounds.Count} compounds, {gtopdb.Targets.Count} targets; {s1p.Compound.Name} @ {s1p.Target.Symbol}: {s1p.Value}, pEC50 {s1p.GtoPdb!.AffinityLow} to {s1p.GtoPdb.AffinityHigh}");
var real = Embedder.ChemblRestDataset.Instance;
var targets = string.Join(", ", real.Results.GroupBy(r => r.Target.Id).Select(g => $"{g.Key} {g.Count()}"));
var deuterated = real.Results.Get("act24815599");
var d = (QuantitativeValue)deuterated.Value;
Console.WriteLine($"embedded: {real.Metadata.Title}: {real.Results.Count()} results, {real.Compounds.Count} compounds ({targets}); {deuterated.Compound.Id} {deuterated.Compound.Structure!.Smiles![..18]}…: {d.Parameter} {d.Relation.Symbol()} {d.Magnitude.Value} {d.Magnitude.Unit}, pChEMBL {deuterated.Chembl!.PChemblValue}");
CS

fixtures="$root/tests/Cianopramine.Data.Import.Tests/Fixtures"
dotnet run --project "$importer" -c Release -- chembl ache "AChE activities" "$fixtures/chembl-web-export.csv" "$consumer/Data/ache.dataset.json" \
  >"$work/import.log" 2>&1 || { cat "$work/import.log"; exit 1; }
grep -qx "imported 1 of 1 rows" "$work/import.log" || { cat "$work/import.log"; exit 1; }
# The real Guide to Pharmacology release 2019.5 (Fixtures/README.md): the 9,982 rows it cannot map go to stderr.
dotnet run --project "$importer" -c Release --no-build -- gtopdb "$fixtures/gtopdb-2019.5-interactions.csv.gz" "$fixtures/gtopdb-2019.5-ligands-excerpt.csv" "$consumer/Data/gtopdb.dataset.json" \
  >"$work/import-gtopdb.log" 2>"$work/import-gtopdb.err" || { cat "$work/import-gtopdb.log" "$work/import-gtopdb.err"; exit 1; }
grep -qx "imported 9477 of 19459 rows" "$work/import-gtopdb.log" || { cat "$work/import-gtopdb.log"; exit 1; }
[[ $(wc -l <"$work/import-gtopdb.err") -eq 9982 ]] || { echo "expected 9982 reported rows"; head "$work/import-gtopdb.err"; exit 1; }
# The real three-target sample (8,008 ChEMBL records; Fixtures/README.md): the 1,003 rows it cannot map go to stderr.
dotnet run --project "$importer" -c Release --no-build -- chembl chembl-rest "ChEMBL activities of three targets" "$fixtures/chembl-rest-three-targets.csv.gz" "$consumer/Data/chembl-rest.dataset.json" \
  >"$work/import-real.log" 2>"$work/import-real.err" || { cat "$work/import-real.log" "$work/import-real.err"; exit 1; }
grep -qx "imported 7005 of 8008 rows" "$work/import-real.log" || { cat "$work/import-real.log"; exit 1; }
[[ $(wc -l <"$work/import-real.err") -eq 1003 ]] || { echo "expected 1003 reported rows"; head "$work/import-real.err"; exit 1; }
started=$(date +%s)
dotnet build "$consumer" -c Release >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
echo "embedder build (three datasets, real imports of $(du -k "$consumer/Data/chembl-rest.dataset.json" | cut -f1) KB and $(du -k "$consumer/Data/gtopdb.dataset.json" | cut -f1) KB among them): $(( $(date +%s) - started )) s"
grep -q "warning CPD0033: Compound 'gtp-ligand-3594' has the same name 'galanin-like peptide'" "$work/build.log" \
  || { echo "the generator did not report the real data's shared names"; exit 1; }
output=$(dotnet run --project "$consumer" -c Release --no-build)
echo "$output"
grep -qxF "embedded: AChE activities: CHEMBL543779 @ Acetylcholinesterase: IC50 EqualTo 180000.0 Nanomolar (Binding)" <<<"$output" \
  || { echo "the embedded imported dataset is not what the export holds"; exit 1; }
grep -qxF "embedded: GtoPdb interactions: 9477 results, 4669 compounds, 1475 targets; sphingosine 1-phosphate @ S1PR4: EC50 = 67 nM, pEC50 7.17000007629395 to 8.06999969482422" <<<"$output" \
  || { echo "the embedded Guide to Pharmacology import is not what the file holds"; exit 1; }
grep -qxF "embedded: ChEMBL activities of three targets: 7005 results, 5548 compounds (CHEMBL2095231 613, CHEMBL2243 2151, CHEMBL1824 4241); CHEMBL5172547 [2H]C([2H])([2H])O…: IC50 = 4.8 Nanomolar, pChEMBL 8.32" <<<"$output" \
  || { echo "the embedded real ChEMBL import is not what the export holds"; exit 1; }
echo "import consumer: ok"

lenient="$work/Lenient"
project "$lenient" Cianopramine.Data '<ItemGroup><AdditionalFiles Include="Data\*.dataset.json" /></ItemGroup>' false
mkdir -p "$lenient/Data"
cat >"$lenient/.globalconfig" <<'INI'
is_global = true
dotnet_diagnostic.CPD0021.severity = warning
INI
cat >"$lenient/Data/lab.dataset.json" <<'JSON'
{
  "dataset": { "id": "lab", "title": "Lab data", "version": "1.0.0" },
  "references": [{ "id": "ref1", "kind": "journal-article", "status": "abstract-read" }],
  "targets": [{ "id": "T1", "symbol": "T1", "name": "Target 1" }],
  "assays": [{ "id": "a1", "description": "Binding" }],
  "compounds": [
    { "id": "c1", "name": "Compound 1", "references": ["ref1"], "structure": { "provenance": "computed", "formula": "C19H21Q3" } },
    { "id": "c2", "name": "Compound 2", "references": ["ref1"] }
  ],
  "results": [
    { "id": "r1", "compound": "c1", "target": "T1", "assay": "a1", "references": ["ref1"], "value": { "type": "quantitative", "parameter": "Ki", "value": 12, "unit": "nM" } },
    { "id": "r2", "compound": "c2", "target": "T1", "assay": "a1", "references": ["ref1"], "value": { "type": "quantitative", "parameter": "Ki", "value": 14, "unit": "nM" } }
  ]
}
JSON
cat >"$lenient/Program.cs" <<'CS'
var data = Lenient.LabDataset.Instance;
Console.WriteLine("kept: " + string.Join(" ", data.Compounds.Select(c => c.Id)) + " " + string.Join(" ", data.Results.Select(r => r.Id)));
CS
dotnet build "$lenient" -c Release >"$work/lenient.log" 2>&1 || { cat "$work/lenient.log"; exit 1; }
grep -q "warning CPD0021: 'C19H21Q3' is not a valid molecular formula" "$work/lenient.log" || { cat "$work/lenient.log"; echo "CPD0021 was not lowered to a warning"; exit 1; }
grep -q "warning CPD0035: compound 'c1' is left out of the dataset" "$work/lenient.log" || { cat "$work/lenient.log"; echo "c1 was not reported as left out"; exit 1; }
grep -q "warning CPD0035: result 'r1' is left out of the dataset: it refers to compound 'c1', which is left out" "$work/lenient.log" || { cat "$work/lenient.log"; exit 1; }
output=$(dotnet run --project "$lenient" -c Release --no-build)
echo "$output"
[[ "$output" == "kept: c2 r2" ]] || { echo "the lenient build did not embed exactly the valid items"; exit 1; }
if dotnet build "$lenient" -c Release --no-incremental -p:TreatWarningsAsErrors=true >"$work/strict.log" 2>&1; then
  cat "$work/strict.log"; echo "TreatWarningsAsErrors did not turn the lowered CPD0021 back into an error"; exit 1
fi
grep -q "error CPD0021" "$work/strict.log" || { cat "$work/strict.log"; exit 1; }
echo "lenient consumer (.globalconfig severity): ok"
