using System.Globalization;
using System.Text;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Import.Tests;

/// <summary>
/// The ChEMBL importer against real exports of several thousand rows (Fixtures/README.md says where each comes from):
/// every source row is either imported with every value equal to the source, or reported with the reason the source
/// row itself shows. The source is read here with a small CSV reader of its own, not with the importer's.
/// </summary>
public sealed class RealChemblExportTests
{
    /// <summary>8,008 activity records of three targets, written by pandas from chembl_webresource_client records.</summary>
    private static readonly Lazy<ImportedSample> Rest = new(() => Of("chembl-rest-three-targets.csv.gz", ',', "chembl-rest", "ChEMBL activities of three targets"));

    /// <summary>6,099 rows of one target as the ChEMBL web interface downloads them.</summary>
    private static readonly Lazy<ImportedSample> Web = new(() => Of("chembl-web-export-CHEMBL1978.csv.gz", ';', "chembl-aromatase", "ChEMBL activities of CHEMBL1978"));

    public static TheoryData<string> Samples => new() { "rest", "web" };

    private static ImportedSample Get(string name) => name == "rest" ? Rest.Value : Web.Value;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_row_is_imported_with_every_value_equal_to_the_source_or_reported_with_the_reason_the_row_shows(string name)
    {
        var sample = Get(name);

        var leftOut = sample.ShouldMatchEveryRow(
            ExpectedReason,
            row => row["activity_id"] is { } activity ? "act" + activity : "line" + row.Line.ToString(CultureInfo.InvariantCulture),
            Compare);

        sample.Imported.Problems.Should().HaveCount(leftOut, "one problem per left-out row, none for an imported one");
    }

    [Fact]
    public void The_three_target_sample_keeps_7005_of_8008_rows_over_three_targets_and_says_why_the_others_are_left_out()
    {
        var sample = Rest.Value;

        (sample.Imported.RowsRead, sample.Imported.RowsImported).Should().Be((8008, 7005));
        sample.Dataset.Results.GroupBy(r => r.Target.Id).ToDictionary(g => g.Key, g => g.Count())
            .Should().Equal(new Dictionary<string, int> { ["CHEMBL2095231"] = 613, ["CHEMBL2243"] = 2151, ["CHEMBL1824"] = 4241 });
        sample.Dataset.Results.Count(r => r.Value is QualitativeValue { Text: "Not Active", Category: QualitativeCategory.Inactive }).Should().Be(9);
        Reasons(sample).Should().Equal(new Dictionary<string, int>
        {
            // Records with no value whose comment says nothing was measured or found: not mapped by default.
            ["Comment: no standard value, and the activity comment 'Inhibition < 50% @ 10 uM and thus dose-reponse curve not measured' is not one mapped to a qualitative result (ChemblImportOptions.ActivityComments)"] = 842,
            ["Comment: no standard value, and the activity comment 'Not Determined' is not one mapped to a qualitative result (ChemblImportOptions.ActivityComments)"] = 113,
            ["Comment: no standard value, and the activity comment 'ND' is not one mapped to a qualitative result (ChemblImportOptions.ActivityComments)"] = 1,
            ["Standard Units: 'ug.mL-1' is not a molar unit (M, mM, uM, nM, pM)"] = 45,
            ["Standard Units: '%' is not a molar unit (M, mM, uM, nM, pM)"] = 1,
            ["Standard Units: '10^3 uM' is not a molar unit (M, mM, uM, nM, pM)"] = 1,
        });
    }

    [Fact]
    public void The_web_export_keeps_4214_of_6099_rows_and_leaves_out_types_and_units_the_format_does_not_have()
    {
        var sample = Web.Value;

        (sample.Imported.RowsRead, sample.Imported.RowsImported).Should().Be((6099, 4214));
        sample.Dataset.Results.Select(r => r.Target.Id).Distinct().Should().Equal("CHEMBL1978");
        sample.Dataset.Results.Count(r => r.Value is QualitativeValue).Should().Be(164);
        var reasons = Reasons(sample);
        reasons.Keys.Should().OnlyContain(k => k.StartsWith("Standard Type: ", StringComparison.Ordinal) || k.StartsWith("Comment: ", StringComparison.Ordinal)
            || k.StartsWith("Standard Units: ", StringComparison.Ordinal) || k.StartsWith("Standard Value: ", StringComparison.Ordinal));
        // 1,168 'Inhibition' rows; the 135 of them with no value and a mapped comment are qualitative results.
        reasons["Standard Type: 'Inhibition' is not a parameter the format has (IC50, Ki, Kd, EC50)"].Should().Be(1168 - 135);
        reasons["Standard Value: empty, and no activity comment"].Should().Be(5);
        reasons.Values.Sum().Should().Be(6099 - 4214);
    }

    [Fact]
    public void The_real_IC50_of_zero_nM_is_left_out_and_reported_instead_of_failing_the_whole_load()
    {
        // Line 4201 of the aromatase download: CHEMBL934 (testosterone), IC50 '=' 0.0 nM, 'Outside typical range'.
        // Before the importer checked for it, this one row made Load() throw CPD0009 for all 6,099.
        var sample = Web.Value;

        sample.ProblemsByLine[4201].Single().ToString().Should().Be("line 4201, Standard Value: '0.0' is not a positive concentration");
        sample.Dataset.Results.TryGet("line4201", out _).Should().BeFalse();
    }

    [Fact]
    public void The_imported_compounds_include_charged_salt_isotope_labelled_and_stereoisomeric_structures()
    {
        // Read from the SMILES text (RDKit, run outside the build, agrees: see docs/importing.md "Real samples").
        var smiles = Rest.Value.Dataset.Compounds.Select(c => c.Structure?.Smiles).OfType<string>().ToList();

        var charged = smiles.Count(s => s.Contains("+]", StringComparison.Ordinal) || s.Contains("-]", StringComparison.Ordinal));
        var salts = smiles.Count(s => s.Contains('.', StringComparison.Ordinal));
        var isotopes = smiles.Count(s => System.Text.RegularExpressions.Regex.IsMatch(s, @"\[[0-9]+[A-Z]"));
        var stereo = smiles.Count(s => s.Contains('@', StringComparison.Ordinal) || s.Contains('/', StringComparison.Ordinal) || s.Contains('\\', StringComparison.Ordinal));

        (charged > 0, salts > 0, isotopes > 0, stereo > 0).Should().Be((true, true, true, true), $"charged {charged}, salts {salts}, isotopes {isotopes}, stereo {stereo}");
        Rest.Value.Dataset.Compounds.Single(c => c.Id == "CHEMBL5172547").Structure!.Smiles.Should().StartWith("[2H]C([2H])([2H])O");
        Rest.Value.Dataset.Compounds.Single(c => c.Id == "CHEMBL2386554").Structure!.Smiles.Should().StartWith("[11CH3]n1");
        Rest.Value.Dataset.Compounds.Single(c => c.Id == "CHEMBL1241153").Structure!.Smiles.Should().Be("CC(C)Cc1ccc(C(C)C(=O)[O-])cc1.[Na+]");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_import_round_trips_through_JSON_export_and_reload_to_an_equal_dataset_with_the_same_content_hash(string name)
    {
        Get(name).ShouldRoundTripThroughJson();
    }

    [Fact]
    public void The_three_target_import_loads_without_a_warning()
    {
        Rest.Value.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Real_compounds_that_ChEMBL_gives_the_same_name_are_located_warnings_and_a_lookup_by_the_name_returns_both()
    {
        // ChEMBL names CHEMBL274318 (flavanone) and CHEMBL300814 (a dihydroxyflavone) both 'FLAVANONE', and the
        // stereoisomer CHEMBL489 ((Z)-afimoxifene) and CHEMBL2137046 (afimoxifene, double bond unspecified) both 'AFIMOXIFENE'.
        var sample = Web.Value;

        sample.Warnings.Select(w => w.ToString()).Should().Equal(
            "chembl-aromatase.dataset.json(28135,5): warning CPD0033: Compound 'CHEMBL300814' has the same name 'FLAVANONE' as compound 'CHEMBL274318' at chembl-aromatase.dataset.json(1859,5); a lookup by it matches both [$.compounds[1954]]",
            "chembl-aromatase.dataset.json(28699,5): warning CPD0033: Compound 'CHEMBL2137046' has the same name 'AFIMOXIFENE' as compound 'CHEMBL489' at chembl-aromatase.dataset.json(20753,5); a lookup by it matches both [$.compounds[1994]]");
        sample.Dataset.Compounds.FindAll("afimoxifene").Select(c => c.Structure!.Smiles).Should().Equal(
            @"CC/C(=C(\c1ccc(O)cc1)c1ccc(OCCN(C)C)cc1)c1ccccc1", "CCC(=C(c1ccc(O)cc1)c1ccc(OCCN(C)C)cc1)c1ccccc1");
        var find = () => sample.Dataset.Compounds.Find("FLAVANONE");
        find.Should().Throw<Cianopramine.Data.Querying.AmbiguousNameException>();
    }

    /// <summary>Why the importer must leave a row out, read from the source row alone (the column it names), or null.</summary>
    private static string? ExpectedReason(SourceRow row)
    {
        if (row["molecule_chembl_id"] is null)
        {
            return "Molecule ChEMBL ID";
        }

        if (row["assay_chembl_id"] is null)
        {
            return "Assay ChEMBL ID";
        }

        if (row["target_chembl_id"] is null)
        {
            return "Target ChEMBL ID";
        }

        if (row["document_chembl_id"] is null)
        {
            return "Document ChEMBL ID";
        }

        // No value: a comment ChEMBL uses for "no activity found" or "active" makes a qualitative result.
        if (row["standard_value"] is null)
        {
            return Qualitative(row) is not null ? null : row["activity_comment", "comment"] is null ? "Standard Value" : "Comment";
        }

        if (Parameter(row["standard_type"]) is null)
        {
            return "Standard Type";
        }

        if (row["standard_value"] is not { } text || !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return "Standard Value";
        }

        if (UnitOf(row["standard_units"]) is null)
        {
            return "Standard Units";
        }

        return value <= 0 ? "Standard Value" : null;
    }

    private static void Compare(SourceRow row, AssayResult result, List<string> differences)
    {
        void Same<T>(string column, T? source, T? imported)
        {
            if (!EqualityComparer<T>.Default.Equals(source, imported))
            {
                differences.Add($"line {row.Line}, {column}: source '{source}', imported '{imported}'");
            }
        }

        if (Qualitative(row) is { } category)
        {
            var verdict = (QualitativeValue)result.Value;
            Same("activity_comment", row["activity_comment", "comment"], verdict.Text);
            Same("activity_comment (category)", category, verdict.Category);
            Same("standard_type", row["standard_type"] is { } type ? "ChEMBL standard type: " + type : null, result.Notes.SingleOrDefault(n => n.Kind == CurationNoteKind.ContextNote)?.Text);
        }
        else
        {
            var value = (QuantitativeValue)result.Value;
            Same("standard_type", Parameter(row["standard_type"]), value.Parameter);
            Same("standard_relation", (row["standard_relation"] ?? "=").Trim('\''), value.Relation.Symbol());
            Same("standard_value", decimal.Parse(row["standard_value"]!, NumberStyles.Float, CultureInfo.InvariantCulture), value.Magnitude.Value);
            Same("standard_units", UnitOf(row["standard_units"]), value.Magnitude.Unit);
        }

        Same("molecule_chembl_id", row["molecule_chembl_id"], result.Compound.Id);
        Same("molecule_chembl_id (identifier)", row["molecule_chembl_id"], result.Compound.Identifiers.ChemblId?.ToString());
        Same("canonical_smiles", row["canonical_smiles", "smiles"], result.Compound.Structure?.Smiles);
        Same("molecule_pref_name", row["molecule_pref_name", "molecule_name"], result.Compound.HasStatedName ? result.Compound.Name : null);
        Same("target_chembl_id", row["target_chembl_id"], result.Target.Id);
        Same("target_pref_name", row["target_pref_name", "target_name"], result.Target.Name);
        Same("assay_chembl_id", row["assay_chembl_id"], result.Assay.Id);
        Same("assay_description", row["assay_description"], result.Assay.Description);
        Same("document_chembl_id", row["document_chembl_id"], result.References.Single().Id);
        var chembl = result.Chembl!;
        Same("activity_id", row["activity_id"] is { } a ? long.Parse(a, CultureInfo.InvariantCulture) : (long?)null, chembl.ActivityId);
        Same("assay_chembl_id (chembl)", row["assay_chembl_id"], chembl.AssayId);
        Same("document_chembl_id (chembl)", row["document_chembl_id"], chembl.DocumentId);
        Same("assay_type", row["assay_type"], chembl.AssayType is { } t ? "BFATPU"[(int)t].ToString() : null);
        Same("pchembl_value", row["pchembl_value"] is { } p ? decimal.Parse(p, CultureInfo.InvariantCulture) : (decimal?)null, chembl.PChemblValue);
        Same("target_organism", row["target_organism"], chembl.TargetOrganism);
        Same("data_validity_comment", row["data_validity_comment"], result.Notes.SingleOrDefault(n => n.Kind == CurationNoteKind.DataValidity)?.Text);
        var contextNotes = Qualitative(row) is not null && row["standard_type"] is not null ? 1 : 0;
        Same("notes", (row["data_validity_comment"] is null ? 0 : 1) + contextNotes, result.Notes.Count);
    }

    /// <summary>The category of a row with no value whose activity comment the default table maps (written out here, not read from the importer).</summary>
    private static QualitativeCategory? Qualitative(SourceRow row) =>
        row["standard_value"] is not null ? null : row["activity_comment", "comment"]?.ToUpperInvariant() switch
        {
            "NOT ACTIVE" or "INACTIVE" => QualitativeCategory.Inactive,
            "ACTIVE" => QualitativeCategory.Active,
            "DOSE-DEPENDENT EFFECT" => QualitativeCategory.Mixed,
            _ => null,
        };

    private static ActivityParameter? Parameter(string? type) => type?.ToUpperInvariant() switch
    {
        "IC50" => ActivityParameter.IC50,
        "KI" => ActivityParameter.Ki,
        "KD" => ActivityParameter.Kd,
        "EC50" => ActivityParameter.EC50,
        _ => null,
    };

    private static Unit? UnitOf(string? unit) => unit switch
    {
        "M" => Unit.Molar,
        "mM" => Unit.Millimolar,
        "uM" or "\u00B5M" or "\u03BCM" => Unit.Micromolar,
        "nM" => Unit.Nanomolar,
        "pM" => Unit.Picomolar,
        _ => null,
    };

    private static Dictionary<string, int> Reasons(ImportedSample sample) =>
        sample.Imported.Problems.GroupBy(p => $"{p.Column}: {p.Message}").ToDictionary(g => g.Key, g => g.Count());

    /// <summary>A ChEMBL fixture, imported and loaded once.</summary>
    private static ImportedSample Of(string file, char separator, string datasetId, string title) =>
        ImportedSample.Of(file, separator, datasetId, text => ChemblActivityImporter.ImportText(text, new ChemblImportOptions { DatasetId = datasetId, Title = title }));
}

/// <summary>One data row of a source table, its cells by normalised column name (<c>Standard Value</c> → <c>standard_value</c>).</summary>
internal sealed class SourceRow(int line, Dictionary<string, string> cells)
{
    /// <summary>The row's first line in the file (the header is line 1).</summary>
    public int Line { get; } = line;

    /// <summary>The trimmed cell of the first of the columns present, or null when it is empty or ChEMBL's <c>None</c>.</summary>
    public string? this[params string[] columns]
    {
        get
        {
            foreach (var column in columns)
            {
                if (cells.TryGetValue(column, out var text))
                {
                    text = text.Trim();
                    return text.Length == 0 || text == "None" ? null : text;
                }
            }

            return null;
        }
    }
}

/// <summary>A deliberately small RFC 4180 reader (quotes, doubled quotes, separators and line breaks in quotes), for the tests only.</summary>
internal sealed class SourceTable
{
    private SourceTable(List<SourceRow> rows) => Rows = rows;

    public List<SourceRow> Rows { get; }

    public static SourceTable Parse(string text, char separator)
    {
        var records = new List<(int Line, List<string> Cells)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (line, recordLine, quoted) = (1, 1, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                cells.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                records.Add((recordLine, cells));
                cells = [];
                line++;
                recordLine = line;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            records.Add((recordLine, cells));
        }

        var header = records[0].Cells.Select(h => h.Trim().ToLowerInvariant().Replace(' ', '_')).ToList();
        var rows = records.Skip(1).Select(r =>
        {
            var byName = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count && i < r.Cells.Count; i++)
            {
                byName.TryAdd(header[i], r.Cells[i]);
            }

            return new SourceRow(r.Line, byName);
        }).ToList();
        return new SourceTable(rows);
    }
}
