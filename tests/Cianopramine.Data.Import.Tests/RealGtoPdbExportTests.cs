using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Import.Tests;

/// <summary>
/// The Guide to Pharmacology importer against real downloads (Fixtures/README.md says where each comes from): the whole
/// <c>interactions.csv</c> of release 2019.5 (19,459 rows), excerpts of releases 2018.4 and 2020.5 (their headers
/// differ: 35, 37 and 38 columns), and the <c>ligands.csv</c> rows of 60 of the 2019.5 ligands. Every source row is
/// either imported with every value equal to the source, or reported with the reason the row itself shows. The source
/// is read here by the tests' own CSV reader (<see cref="SourceTable"/>), and the expected reasons are written out
/// below, not taken from the importer.
/// </summary>
public sealed class RealGtoPdbExportTests
{
    private static readonly Lazy<ImportedSample> Release2019 = new(() => Of("gtopdb-2019.5-interactions.csv.gz", "gtopdb-2019-5"));

    public static TheoryData<string> Samples => new() { "gtopdb-2019.5-interactions.csv.gz", "gtopdb-2018.4-interactions-excerpt.csv", "gtopdb-2020.5-interactions-excerpt.csv" };

    private static ImportedSample Get(string file) => file == "gtopdb-2019.5-interactions.csv.gz" ? Release2019.Value : Of(file, "gtopdb");

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_row_is_imported_with_every_value_equal_to_the_source_or_reported_with_the_reason_the_row_shows(string file)
    {
        // An imported row may still report a cell it left out: a UniProt isoform or a PubMed id the format does not take.
        static bool LeftOutCell(SourceRow row, ImportProblem problem)
        {
            var column = problem.Column == "Target UniProt ID" ? "target_uniprot" : problem.Column == "PubMed ID" ? "pubmed_id" : null;
            return column is not null && row[column] is { } cell && cell.Split('|').Any(v => problem.Message.StartsWith("'" + v.Trim() + "'", StringComparison.Ordinal));
        }

        Get(file).ShouldMatchEveryRow(ExpectedReason, row => "line" + row.Line.ToString(CultureInfo.InvariantCulture), Compare, LeftOutCell);
    }

    [Fact]
    public void Release_2019_5_keeps_9477_of_19459_rows_and_says_why_the_others_are_left_out()
    {
        var sample = Release2019.Value;

        sample.Imported.RowsRead.Should().Be(19_459);
        sample.Imported.RowsImported.Should().Be(9_477);
        sample.Dataset.Compounds.Should().HaveCount(4_669);
        var reasons = sample.Imported.Problems
            .GroupBy(p => p.Column + ": " + Regex.Replace(p.Message, "'[^']*'|\\([^)]*nM\\)", "…"))
            .ToDictionary(g => g.Key, g => g.Count());
        reasons.Should().BeEquivalentTo(new Dictionary<string, int>
        {
            // A pKi, pIC50 … alone: converting it into a concentration would state a value the source does not.
            ["Original Affinity Median nm: empty: the row gives no affinity in nM to keep as its value (a p-value alone is not converted)"] = 4_095,
            // Original Affinity Low nm and High nm, no median (11 more such rows are left out first for their units).
            ["Original Affinity Median nm: empty: the row gives a range …, not one value, and a range is not narrowed to a value"] = 864,
            ["Original Affinity Units: … has no quantitative parameter in the format (Ki, IC50, Kd, EC50)"] = 4_122,
            ["Affinity Units: … has no quantitative parameter in the format (Ki, IC50, Kd, EC50)"] = 524,
            ["Target ID: empty"] = 377,
        });
    }

    [Fact]
    public void The_affinity_range_on_the_p_scale_is_kept_where_a_row_gives_one_with_its_value()
    {
        var results = Release2019.Value.Dataset.Results.Where(r => r.GtoPdb!.AffinityHigh is not null).ToList();

        results.Should().HaveCount(8).And.OnlyContain(r => r.GtoPdb!.AffinityLow < r.GtoPdb.AffinityHigh && r.GtoPdb.AffinityMedian == null);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_import_round_trips_through_JSON_export_and_reload_to_an_equal_dataset_with_the_same_content_hash(string file)
    {
        Get(file).ShouldRoundTripThroughJson();
    }

    [Fact]
    public void Ligands_and_targets_that_share_a_name_or_accession_are_located_warnings_not_a_failed_load()
    {
        var warnings = Release2019.Value.Warnings;

        // 13 names shared by two ligands (species variants of one peptide), 13 UniProt accessions shared by two targets
        // (an integrin subunit and the complexes it forms).
        warnings.Should().HaveCount(26).And.OnlyContain(w => (w.Id == "CPD0033" || w.Id == "CPD0047") && w.Line > 0);
        warnings.Count(w => w.Id == "CPD0033").Should().Be(13);
        warnings.Should().Contain(w => w.Message.StartsWith("Compound 'gtp-ligand-3594' has the same name 'galanin-like peptide' as compound 'gtp-ligand-6120'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_break_inside_a_quoted_assay_description_is_kept_and_the_next_rows_keep_their_line_numbers()
    {
        var sample = Get("gtopdb-2020.5-interactions-excerpt.csv");
        var multiLine = sample.Source.Rows.Where(r => r["assay_description"] is { } d && d.Contains('\n', StringComparison.Ordinal)).ToList();

        multiLine.Should().HaveCount(3);
        foreach (var row in multiLine)
        {
            var next = sample.Source.Rows[sample.Source.Rows.IndexOf(row) + 1];
            next.Line.Should().BeGreaterThan(row.Line + 1, "the record before it spans lines");
            if (ExpectedReason(row) is null)
            {
                sample.Dataset.Results.Get("line" + row.Line.ToString(CultureInfo.InvariantCulture)).Assay.Description.Should().Be(row["assay_description"]);
            }
        }
    }

    [Fact]
    public void The_ligands_file_gives_the_structures_and_identifiers_of_its_ligands_and_nothing_to_the_others()
    {
        var ligandsText = ImportedSample.ReadFixture("gtopdb-2019.5-ligands-excerpt.csv");
        var imported = GtoPdbInteractionImporter.Import(
            new StringReader(ImportedSample.ReadFixture("gtopdb-2019.5-interactions.csv.gz")), new StringReader(ligandsText), new GtoPdbImportOptions { DatasetId = "gtopdb-2019-5" });
        var dataset = imported.Load().Dataset;
        var ligands = SourceTable.Parse(ligandsText, ',').Rows;

        var differences = new List<string>();
        var withStructure = 0;
        foreach (var ligand in ligands)
        {
            if (!dataset.Compounds.TryFind("gtp-ligand-" + ligand["ligand_id"], out var compound))
            {
                continue; // a ligand of the excerpt whose rows were all left out
            }

            var structure = compound.Structure;
            withStructure += structure is null ? 0 : 1;
            if (ligand["smiles"] != structure?.Smiles)
            {
                differences.Add($"{compound.Id}: SMILES '{structure?.Smiles}', source '{ligand["smiles"]}'");
            }

            if (ligand["inchikey"] != structure?.InChIKey?.ToString())
            {
                differences.Add($"{compound.Id}: InChIKey '{structure?.InChIKey}', source '{ligand["inchikey"]}'");
            }

            if (ligand["pubchem_cid"] is { } cid && compound.Identifiers.PubChemCid?.Value != long.Parse(cid, CultureInfo.InvariantCulture))
            {
                differences.Add($"{compound.Id}: PubChem CID {compound.Identifiers.PubChemCid}, source {cid}");
            }

            if (compound.Name != WithoutMarkup(ligand["name"]!))
            {
                differences.Add($"{compound.Id}: name '{compound.Name}', source '{ligand["name"]}'");
            }
        }

        differences.Should().BeEmpty();
        withStructure.Should().Be(28, "the excerpt's small molecules have a SMILES; its peptides have none");
        var inExcerpt = ligands.Select(l => "gtp-ligand-" + l["ligand_id"]).ToHashSet(StringComparer.Ordinal);
        dataset.Compounds.Where(c => !inExcerpt.Contains(c.Id)).Should().OnlyContain(c => c.Structure == null && c.Identifiers.PubChemCid == null);
        imported.Problems.Where(p => p.Column is { } column && column.StartsWith("ligands.csv", StringComparison.Ordinal)).Should().BeEmpty();
    }

    /// <summary>Why the importer must leave a row out, worked out from the row alone (docs/importing.md's table), or null.</summary>
    private static string? ExpectedReason(SourceRow row)
    {
        if (!IsId(row["target_id"]))
        {
            return "Target ID";
        }

        if (!IsId(row["ligand_id"]))
        {
            return "Ligand ID";
        }

        var units = row["original_affinity_units"] ?? row["affinity_units"];
        if (Parameter(units) is null)
        {
            return row["original_affinity_units"] is null ? "Affinity Units" : "Original Affinity Units";
        }

        if (!decimal.TryParse(row["original_affinity_median_nm"], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return "Original Affinity Median nm";
        }

        return row["original_affinity_relation"] is null or "=" or "<" or ">" or "<=" or ">=" or "~" ? null : "Original Affinity Relation";
    }

    private static void Compare(SourceRow row, AssayResult result, List<string> differences)
    {
        void Same<T>(string what, T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                differences.Add($"line {row.Line}, {what}: source '{expected}', imported '{actual}'");
            }
        }

        var value = (QuantitativeValue)result.Value;
        Same("original_affinity_median_nm", decimal.Parse(row["original_affinity_median_nm"]!, NumberStyles.Float, CultureInfo.InvariantCulture), value.Magnitude.Value);
        Same("unit", Unit.Nanomolar, value.Magnitude.Unit);
        Same("original_affinity_relation", row["original_affinity_relation"] ?? "=", value.Relation.Symbol());
        Same("original_affinity_units", Parameter(row["original_affinity_units"] ?? row["affinity_units"]), value.Parameter);
        Same("target_id", "gtp-target-" + row["target_id"], result.Target.Id);
        Same("ligand_id", "gtp-ligand-" + row["ligand_id"], result.Compound.Id);
        Same("target_id (gtopdb)", long.Parse(row["target_id"]!, CultureInfo.InvariantCulture), result.GtoPdb!.TargetId);
        Same("ligand_id (gtopdb)", long.Parse(row["ligand_id"]!, CultureInfo.InvariantCulture), result.GtoPdb.LigandId);
        Same("affinity_high", Number(row["affinity_high"]), result.GtoPdb.AffinityHigh);
        Same("affinity_median", Number(row["affinity_median"]), result.GtoPdb.AffinityMedian);
        Same("affinity_low", Number(row["affinity_low"]), result.GtoPdb.AffinityLow);
        Same("assay_description", row["assay_description"], result.Assay.Description);
        Same("target_species", Species(row["target_species"]), result.Assay.Species.Count == 0 ? null : result.Assay.Species.Single());
        var pmids = (row["pubmed_id"] ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => p.All(char.IsAsciiDigit) && p[0] != '0').Distinct().Select(p => "pmid" + p).ToList();
        Same("pubmed_id", string.Join(" ", pmids.Count == 0 ? ["gtopdb-download"] : pmids), string.Join(" ", result.References.Select(r => r.Id)));
        if (row["target"] is { } target && result.Target.Id == "gtp-target-" + row["target_id"])
        {
            Same("target", WithoutMarkup(target), result.Target.Name);
        }

        if (row["target_species"] == "Human")
        {
            Same("target_gene_symbol", row["target_gene_symbol"] ?? WithoutMarkup(row["target"]!), result.Target.Symbol);
        }
    }

    private static bool IsId(string? text) => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0;

    private static decimal? Number(string? text) =>
        text is null ? null : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static ActivityParameter? Parameter(string? units) => units?.ToUpperInvariant() switch
    {
        "KI" or "PKI" => ActivityParameter.Ki,
        "IC50" or "PIC50" => ActivityParameter.IC50,
        "KD" or "PKD" => ActivityParameter.Kd,
        "EC50" or "PEC50" => ActivityParameter.EC50,
        _ => null,
    };

    /// <summary>The species of docs/importing.md's table; null for any other (and for GtoPdb's literal <c>None</c>).</summary>
    private static Species? Species(string? text) => text switch
    {
        "Human" => Model.Species.Human,
        "Rat" => Model.Species.Rat,
        "Mouse" => Model.Species.Mouse,
        "Guinea pig" => Model.Species.GuineaPig,
        "Rabbit" => Model.Species.Rabbit,
        "Dog" => Model.Species.Dog,
        "Cat" => Model.Species.Cat,
        "Pig" => Model.Species.Pig,
        "Monkey" => Model.Species.Monkey,
        "Cow" => Model.Species.Cattle,
        _ => null,
    };

    /// <summary>GtoPdb's names carry HTML (<c>5-HT&lt;sub&gt;1A&lt;/sub&gt;</c>, <c>&amp;alpha;</c>): tags dropped, entities decoded.</summary>
    private static string WithoutMarkup(string text) => WebUtility.HtmlDecode(Regex.Replace(text, "<[^>]*>", string.Empty)).Trim();

    /// <summary>A Guide to Pharmacology interactions fixture, imported (without ligands) and loaded once.</summary>
    private static ImportedSample Of(string file, string datasetId) =>
        ImportedSample.Of(file, ',', datasetId, text => GtoPdbInteractionImporter.Import(new StringReader(text), null, new GtoPdbImportOptions { DatasetId = datasetId }));
}
