// The quickstart: prints the embedded cianopramine dataset's facts with their sources.
// Run it with:  dotnet run --project samples/Cianopramine.Data.Quickstart
using System;
using System.Linq;
using Cianopramine.Data;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

var data = CianopramineDataset.Instance;
Console.WriteLine($"{data.Metadata.Title} (version {data.Metadata.Version})");
Console.WriteLine($"content hash {data.Metadata.ContentHash}");
Console.WriteLine();

// Any name, synonym or identifier finds a compound; case, spaces and hyphens do not matter.
var cianopramine = data.Compounds.Find("ro11-2465");
var metabolite = data.Compounds.Find("Ro 12-5419");

foreach (var compound in new[] { cianopramine, metabolite })
{
    Console.WriteLine($"## {compound}");
    Console.WriteLine($"   role: {compound.Role}; class: {compound.Class ?? "not stated"}");
    Console.WriteLine($"   synonyms: {string.Join("; ", compound.Synonyms.Select(s => $"{s.Text} ({s.Kind})"))}");
    if (compound.Structure is { } structure)
    {
        Console.WriteLine($"   structure ({structure.Provenance}): {structure.Formula}, {structure.AverageMass} g/mol, " +
                          $"monoisotopic {structure.MonoisotopicMass}, InChIKey {structure.InChIKey}");
        Console.WriteLine($"   SMILES {structure.Smiles}");
        Console.WriteLine($"   how: {structure.Method}");
    }

    Console.WriteLine($"   identifiers: {(compound.Identifiers.IsEmpty ? "none confirmed (CAS, PubChem, ChEMBL, DrugBank left out)" : "see record")}");
    Console.WriteLine();

    foreach (var result in data.Results.For(compound))
    {
        Console.WriteLine($"   {result.Id}  {result.Target.Symbol} — {result.Assay.Description} ({result.Assay.Setting})");
        Console.WriteLine($"        value: {Describe(result.Value)}");
        if (!result.Conditions.IsEmpty)
        {
            Console.WriteLine($"        conditions: {result.Conditions}");
        }

        if (result.Action is { } action)
        {
            Console.WriteLine($"        action: {action}");
        }

        foreach (var reference in result.References)
        {
            Console.WriteLine($"        source: {reference}");
        }

        foreach (var note in result.Notes)
        {
            Console.WriteLine($"        note: {note}");
        }
    }

    Console.WriteLine();
}

Console.WriteLine("## Metabolism");
foreach (var step in data.Metabolism.MetabolitesOf(cianopramine))
{
    Console.WriteLine($"   {step}");
    Console.WriteLine($"        setting: {step.Setting}; product active: {step.ProductActive}");
    Console.WriteLine($"        sources: {string.Join(", ", step.References.Select(r => r.Id))}");
    foreach (var note in step.Notes)
    {
        Console.WriteLine($"        note: {note}");
    }
}

Console.WriteLine();
Console.WriteLine("## Data gaps");
foreach (var gap in data.Gaps)
{
    Console.WriteLine($"   {gap.Id}: \"{gap.Text}\"");
    Console.WriteLine($"        compounds: {string.Join(", ", gap.Compounds.Select(c => c.Name))}; targets: {string.Join(", ", gap.Targets.Select(t => t.Symbol))}");
    Console.WriteLine($"        sources: {string.Join(", ", gap.References.Select(r => r.Id))}");
}

// ---------------------------------------------------------------------------------------------------------------
// Profiles (the query API, docs/querying.md): each compound summarised per target, with citations and curation notes.
// ---------------------------------------------------------------------------------------------------------------
Console.WriteLine();
foreach (var compound in new[] { cianopramine, metabolite })
{
    Console.WriteLine($"## Profile: {compound.Name}");
    Console.Write(data.Profile(compound).ToText());
    Console.WriteLine();
}

static string Describe(ResultValue value) => value switch
{
    QuantitativeValue q when q.Concentration is { } c =>
        $"{q.Parameter} {q.Relation.DisplaySymbol()} {c} ({c.ToString(MolarUnit.Molar, "0.######E+0")}; p{q.Parameter} {q.PValueRelation.DisplaySymbol()} {q.PValue})",
    QuantitativeValue q => q.ToString(),
    QualitativeValue t => $"\"{t.Text}\" → {t.Category}",
    ComparativeValue c => $"{c} (source words: {c.Text ?? "not quoted"})",
    _ => value.ToString(),
};
