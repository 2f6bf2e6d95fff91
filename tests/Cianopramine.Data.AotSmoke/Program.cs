// Exercises the library under Native AOT: the embedded dataset, lookups, queries and the metabolism graph.
// Prints one line per check and exits with 1 if any check fails.
using System;
using System.Linq;
using Cianopramine.Data;
using Cianopramine.Data.Model;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Export;

var failures = 0;
void Check(string name, bool ok, string detail)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {name}: {detail}");
    if (!ok)
    {
        failures++;
    }
}

var data = CianopramineDataset.Instance;
Check("embedded dataset", data.Results.Count() == 22 && data.Compounds.Count == 3, data.ToString());

var cian = data.Compounds.Find("ro11-2465");
Check("lookup by research code", cian.Id == "cianopramine", cian.ToString());

var g2 = (QuantitativeValue)data.Results.Get("G2").Value;
Check("IC50 in µM and pIC50", g2.Concentration?.ToMicromolar() == 50m && g2.PValue?.Round(2).Value == 4.30, $"{g2.Concentration} pIC50 {g2.PValue}");

var atSert = data.Results.For(cian).At("SERT").Select(r => r.Id).ToArray();
Check("results for cianopramine at SERT", atSert.Length == 10 && atSert[0] == "G1", string.Join(",", atSert));

var steps = data.Metabolism.MetabolitesOf(cian);
Check("N-demethylation", steps.Count == 1 && steps[0].EnzymeEvidence == EnzymeEvidence.NotReported, steps.Count == 1 ? steps[0].ToString() : "none");

var miss = data.Compounds.TryFind("Ro 11-2456", out _);
Check("a miss suggests names", !miss && data.Compounds.Suggest("Ro 11-2456").Contains("Ro 11-2465"), string.Join(", ", data.Compounds.Suggest("Ro 11-2456")));

// JSON interchange: export without reflection, then the runtime loader with the shared rules.
var exported = System.Text.Encoding.UTF8.GetBytes(data.ToJson());
var reloaded = DatasetLoader.Load(new[] { DatasetSource.FromUtf8(exported) }).Dataset;
Check("JSON export and load round trip", reloaded.Equals(data) && reloaded.Metadata.ContentHash == CianopramineDataset.ContentHash, $"{exported.Length} bytes, hash {reloaded.Metadata.ContentHash[..12]}");
Check("JSON export is stable", System.Text.Encoding.UTF8.GetBytes(reloaded.ToJson()).AsSpan().SequenceEqual(exported), "same bytes twice");

var badLoad = "none";
try
{
    Dataset.FromJson("{ \"dataset\": { \"id\": \"x\", \"title\": \"t\", \"version\": \"1\" }, \"colour\": 1 }");
}
catch (DatasetLoadException ex)
{
    badLoad = string.Join("; ", ex.Problems.Select(p => $"{p.Id} {p.JsonPath} ({p.Line},{p.Column})"));
}

Check("a bad file is one exception with ids and positions", badLoad == "CPD0004 $.colour (1,59)", badLoad);
Check("merge with itself", Dataset.Merge(data, reloaded).Equals(data), "identical items collapse");
var csv = ResultCsv.ToCsv(data.Results);
Check("CSV export", csv.StartsWith("result_id,", StringComparison.Ordinal) && csv.Contains(",50000,nM,", StringComparison.Ordinal), $"{csv.Split("\r\n").Length - 2} rows");
Check("Mermaid metabolism diagram", DatasetDiagrams.Metabolism(data).Contains("N-demethylation", StringComparison.Ordinal), "flowchart");

Console.WriteLine(failures == 0 ? "AOT smoke: all checks passed" : $"AOT smoke: {failures} check(s) failed");
return failures == 0 ? 0 : 1;
