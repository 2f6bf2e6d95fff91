using System.Globalization;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Import.Tests;

/// <summary>
/// The Guide to Pharmacology importer against files with the real downloads' headers and constructed rows
/// (Fixtures/README.md: the rows are made up, to exercise each mapping rule).
/// </summary>
public sealed class GtoPdbInteractionImporterTests
{
    private static readonly string Interactions = Path.Combine(AppContext.BaseDirectory, "Fixtures", "gtopdb-interactions.csv");
    private static readonly string Ligands = Path.Combine(AppContext.BaseDirectory, "Fixtures", "gtopdb-ligands.csv");

    [Fact]
    public void The_interactions_and_ligands_import_into_a_dataset_that_loads_without_a_warning()
    {
        var imported = GtoPdbInteractionImporter.ImportFiles(Interactions, Ligands);

        var loaded = imported.Load();

        (imported.RowsRead, imported.RowsImported).Should().Be((6, 3));
        loaded.Warnings.Should().BeEmpty();
        loaded.Dataset.Results.Select(r => r.Id).Should().Equal("line3", "line4", "line7");
    }

    [Fact]
    public void Rows_and_cells_that_cannot_be_mapped_are_reported_with_their_line_and_column()
    {
        var imported = GtoPdbInteractionImporter.ImportFiles(Interactions, Ligands);

        imported.Problems.Select(p => p.ToString()).Should().Equal(
            "line 3, ligands.csv ChEMBL ID: 'not a chembl id' is not a ChEMBL id; left out",
            "line 4, ligands.csv InChIKey: 'NOT-AN-INCHIKEY' is not an InChIKey; left out",
            "line 5, Affinity Units: 'pA2' has no quantitative parameter in the format (Ki, IC50, Kd, EC50)",
            "line 6, Original Affinity Median nm: empty: the row gives no affinity in nM to keep as its value (a p-value alone is not converted)",
            "line 8, Target ID: empty");
    }

    [Fact]
    public void Every_imported_value_equals_its_source_row_exactly()
    {
        var dataset = GtoPdbInteractionImporter.ImportFiles(Interactions, Ligands).Load().Dataset;
        var rows = ReadRows(Interactions);
        var differences = 0;

        foreach (var result in dataset.Results)
        {
            var line = int.Parse(result.Id["line".Length..], CultureInfo.InvariantCulture);
            var row = rows[line];
            var value = (QuantitativeValue)result.Value;
            var relation = row["Original Affinity Relation"] is "" ? "=" : row["Original Affinity Relation"];
            differences += value.Magnitude.Value == decimal.Parse(row["Original Affinity Median nm"], CultureInfo.InvariantCulture) ? 0 : 1;
            differences += value.Magnitude.Unit == Unit.Nanomolar ? 0 : 1;
            differences += value.Relation.Symbol() == relation ? 0 : 1;
            differences += result.GtoPdb!.LigandId == long.Parse(row["Ligand ID"], CultureInfo.InvariantCulture) ? 0 : 1;
            differences += result.GtoPdb.TargetId == long.Parse(row["Target ID"], CultureInfo.InvariantCulture) ? 0 : 1;
        }

        dataset.Results.Should().HaveCount(3);
        differences.Should().Be(0);
    }

    [Fact]
    public void The_affinity_range_is_kept_on_the_p_scale_including_a_range_written_in_one_cell()
    {
        var results = GtoPdbInteractionImporter.ImportFiles(Interactions, Ligands).Load().Dataset.Results;

        results.Get("line3").GtoPdb.Should().BeEquivalentTo(new { LigandId = 99001L, TargetId = 90001L, AffinityHigh = 8.1m, AffinityMedian = 7.65m, AffinityLow = 7.2m });
        results.Get("line4").GtoPdb.Should().BeEquivalentTo(new { AffinityHigh = 7.1m, AffinityMedian = (decimal?)null, AffinityLow = 6.5m }, "the median cell holds '6.5 – 7.1'");
        results.Get("line7").GtoPdb.Should().BeEquivalentTo(new { AffinityHigh = (decimal?)null, AffinityMedian = 5.0m, AffinityLow = (decimal?)null });
    }

    [Fact]
    public void The_value_is_the_original_affinity_with_its_relation_and_parameter()
    {
        var results = GtoPdbInteractionImporter.ImportFiles(Interactions, Ligands).Load().Dataset.Results;

        string Text(string id) => results.Get(id).Value.ToString()!;
        Text("line3").Should().Be("Ki = 22.4 nM");
        Text("line4").Should().Be("IC50 = 158 nM");
        Text("line7").Should().Be("Ki > 10 µM");
        ((QuantitativeValue)results.Get("line7").Value).Magnitude.Value.Should().Be(10000m, "the value is kept as the file gives it, in nM");
    }

    [Fact]
    public void Names_lose_their_markup_and_ligands_csv_adds_synonyms_and_structure()
    {
        var dataset = GtoPdbInteractionImporter.ImportFiles(Interactions, Ligands).Load().Dataset;

        var ligand = dataset.Compounds.Get("gtp-ligand-99001");
        ligand.Name.Should().Be("test ligand 1");
        ligand.Synonyms.Select(s => s.Text).Should().Equal("TL-1", "test compound one");
        ligand.Structure!.Smiles.Should().Be("CCCC");
        ligand.Identifiers.ChemblId.Should().BeNull("the file's ChEMBL ID is not one, so it is left out (and reported)");
        dataset.Compounds.Find("TL-1").Should().BeSameAs(ligand);
        var target = dataset.Targets.Get("gtp-target-90001");
        (target.Symbol, target.Name, target.Gene).Should().Be(("TSTR1A", "Test receptor1A", "TSTR1A"));
        target.Accessions.Should().ContainSingle().Which.Value.Should().Be("90001");
    }

    [Fact]
    public void Species_type_assay_and_references_come_from_the_row_and_nothing_is_filled_in()
    {
        var results = GtoPdbInteractionImporter.ImportFiles(Interactions, Ligands).Load().Dataset.Results;

        var first = results.Get("line3");
        first.Assay.Species.Should().Equal(Species.Human);
        first.Assay.Description.Should().Be("Displacement of a test radioligand from cloned test receptor");
        first.Action.Should().Be(PharmacologicalAction.Antagonist);
        first.References.Select(r => r.Pmid!.ToString()).Should().Equal("12345678", "12345679");

        var rat = results.Get("line4");
        rat.Assay.Species.Should().Equal(Species.Rat);
        rat.Assay.Description.Should().BeNull("the row has no assay description, and none is made up");
        rat.Action.Should().Be(PharmacologicalAction.Inhibitor);

        var noPubMed = results.Get("line7");
        noPubMed.References.Single().Url!.ToString().Should().Be("https://www.guidetopharmacology.org/download.jsp");
        noPubMed.Chembl.Should().BeNull();
        noPubMed.Assay.Kind.Should().Be(AssayKind.NotStated);
        noPubMed.Assay.Setting.Should().Be(AssaySetting.NotStated);
        noPubMed.Compound.Role.Should().Be(CompoundRole.NotStated);
        noPubMed.Target.Kind.Should().Be(TargetKind.NotStated);
        ((QuantitativeValue)noPubMed.Value).SampleSize.Should().BeNull();
    }

    [Fact]
    public void Without_ligands_csv_the_compounds_have_only_what_the_interactions_give()
    {
        var compound = GtoPdbInteractionImporter.ImportFiles(Interactions).Load().Dataset.Compounds.Get("gtp-ligand-99001");

        compound.Name.Should().Be("test ligand 1");
        compound.Structure.Should().BeNull();
        compound.Synonyms.Should().BeEmpty();
    }

    [Fact]
    public void The_imported_dataset_round_trips_through_JSON_with_the_same_content_hash()
    {
        var dataset = GtoPdbInteractionImporter.ImportFiles(Interactions, Ligands).Load().Dataset;

        var reloaded = Dataset.FromJson(dataset.ToJson());

        reloaded.Should().Be(dataset);
        reloaded.Metadata.ContentHash.Should().Be(dataset.Metadata.ContentHash);
    }

    [Fact]
    public void A_file_without_the_interaction_columns_is_refused_with_their_names()
    {
        var import = () => GtoPdbInteractionImporter.Import(new StringReader("\"Ligand ID\",\"Name\"\n\"1\",\"x\"\n"));

        import.Should().Throw<FormatException>().WithMessage("Not a Guide to Pharmacology interactions file: the header lacks Target ID, Original Affinity Median nm, Original Affinity Units or Affinity Units.");
    }

    [Fact]
    public void Documented_example_prints_what_the_docs_show()
    {
        var text = new System.Text.StringBuilder();
        var imported = GtoPdbInteractionImporter.ImportFiles(Interactions, Ligands, new GtoPdbImportOptions { DatasetId = "gtopdb", Title = "GtoPdb interactions" });
        text.AppendLine($"{imported.RowsImported} of {imported.RowsRead} rows imported");
        foreach (var problem in imported.Problems)
        {
            text.AppendLine(problem.ToString());
        }

        foreach (var result in imported.Load().Dataset.Results)
        {
            var g = result.GtoPdb!;
            text.AppendLine($"{result}; pKi/pIC50 range {g.AffinityLow?.ToString() ?? "-"} to {g.AffinityHigh?.ToString() ?? "-"}, median {g.AffinityMedian?.ToString() ?? "-"}");
        }

        DocsText.Importing().Should().Contain("```text\n" + text.ToString().ReplaceLineEndings("\n") + "```");
    }

    /// <summary>The fixture's rows by line, read with a plain quote-aware split (not the importer's reader).</summary>
    private static Dictionary<int, Dictionary<string, string>> ReadRows(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = Split(lines[1]);
        var rows = new Dictionary<int, Dictionary<string, string>>();
        for (var i = 2; i < lines.Length; i++)
        {
            var cells = Split(lines[i]);
            rows[i + 1] = header.Select((h, c) => (h, c)).ToDictionary(x => x.h, x => cells[x.c]);
        }

        return rows;
    }

    private static List<string> Split(string line) =>
        [.. line[1..^1].Split("\",\"")];
}
