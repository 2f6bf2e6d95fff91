using System.Collections.Generic;
using System.Globalization;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Import;

/// <summary>One mapped activity row.</summary>
internal sealed record ChemblRow
{
    public required string ResultId { get; init; }
    public required string MoleculeId { get; init; }
    public string? MoleculeName { get; init; }
    public string? Smiles { get; init; }
    public string? StandardType { get; init; }
    public string? Parameter { get; init; }
    public string? Relation { get; init; }
    public decimal? Value { get; init; }
    public string? Unit { get; init; }

    /// <summary>The activity comment and its category, for a row with no value that the comment table maps.</summary>
    public (string Text, QualitativeCategory Category)? Qualitative { get; init; }
    public decimal? PChembl { get; init; }
    public string? DataValidityComment { get; init; }
    public required string AssayId { get; init; }
    public string? AssayDescription { get; init; }
    public string? AssayType { get; init; }
    public required string TargetId { get; init; }
    public string? TargetName { get; init; }
    public string? TargetOrganism { get; init; }
    public required string DocumentId { get; init; }
    public long? ActivityId { get; init; }

    /// <summary>Maps a row, or reports why not (and returns null).</summary>
    public static ChemblRow? TryMap(string?[] cells, ChemblColumns c, int line, List<ImportProblem> problems, IReadOnlyDictionary<string, QualitativeCategory> comments)
    {
        string? Cell(int index)
        {
            if (index < 0 || index >= cells.Length)
            {
                return null;
            }

            var text = cells[index]?.Trim();
            return string.IsNullOrEmpty(text) || text == "None" ? null : text;
        }

        ChemblRow? Fail(string column, string message)
        {
            problems.Add(new ImportProblem(line, column, message));
            return null;
        }

        var molecule = Cell(c.Molecule);
        var assay = Cell(c.Assay);
        var target = Cell(c.Target);
        var document = Cell(c.Document);
        if (molecule is null)
        {
            return Fail("Molecule ChEMBL ID", "empty");
        }

        if (assay is null)
        {
            return Fail("Assay ChEMBL ID", "empty");
        }

        if (target is null)
        {
            return Fail("Target ChEMBL ID", "empty");
        }

        if (document is null)
        {
            return Fail("Document ChEMBL ID", "empty: a result needs a reference");
        }

        var type = Cell(c.StandardType);
        var assayType = Cell(c.AssayType);
        if (assayType is not null && !ChemblActivityImporter.IsAssayType(assayType))
        {
            return Fail("Assay Type", $"'{assayType}' is not a ChEMBL assay type (B, F, A, T, P, U)");
        }

        long? activity = null;
        if (Cell(c.Activity) is { } a)
        {
            if (!long.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var av) || av <= 0)
            {
                return Fail("Activity ID", $"'{a}' is not an activity id");
            }

            activity = av;
        }

        // No value: ChEMBL's activity comment says what was found ("Not Active"); a comment the table maps makes the
        // row a qualitative result with the comment verbatim, any other leaves the row out.
        if (Cell(c.StandardValue) is null)
        {
            var comment = Cell(c.Comment);
            if (comment is null)
            {
                return Fail("Standard Value", "empty, and no activity comment");
            }

            if (!comments.TryGetValue(comment, out var category))
            {
                return Fail("Comment", $"no standard value, and the activity comment '{comment}' is not one mapped to a qualitative result (ChemblImportOptions.ActivityComments)");
            }

            return Row() with { StandardType = type, Qualitative = (comment, category) };
        }

        if (type is null || !ChemblActivityImporter.TryParameter(type, out var parameter))
        {
            return Fail("Standard Type", $"'{type}' is not a parameter the format has (IC50, Ki, Kd, EC50)");
        }

        var valueText = Cell(c.StandardValue);
        if (valueText is null || !ChemblActivityImporter.TryDecimal(valueText, out var value))
        {
            return Fail("Standard Value", valueText is null ? "empty" : $"'{valueText}' is not a number");
        }

        var unitText = Cell(c.StandardUnits);
        if (unitText is null || !ChemblActivityImporter.TryUnit(unitText, out var unit))
        {
            return Fail("Standard Units", $"'{unitText}' is not a molar unit (M, mM, uM, nM, pM)");
        }

        // ChEMBL has IC50 = 0 nM records (flagged 'Outside typical range'); a concentration of zero is not one the
        // format can hold (CPD0009), and one such row would make the whole imported file fail to load.
        if (value <= 0)
        {
            return Fail("Standard Value", $"'{valueText}' is not a positive concentration");
        }

        // The web export writes relations as '=' in quotes (spreadsheet formula neutralisation).
        var relation = (Cell(c.StandardRelation) ?? "=").Trim('\'');
        if (ImportFormat.Relation(relation) != relation)   // the export writes only the plain spellings
        {
            return Fail("Standard Relation", $"'{relation}' is not a relation");
        }

        decimal? pchembl = null;
        if (Cell(c.PChembl) is { } p)
        {
            if (!ChemblActivityImporter.TryDecimal(p, out var pv))
            {
                return Fail("pChEMBL Value", $"'{p}' is not a number");
            }

            pchembl = pv;
        }

        return Row() with
        {
            StandardType = type,
            Parameter = parameter,
            Relation = relation,
            Value = value,
            Unit = unit,
            PChembl = pchembl,
        };

        // What every imported row has, quantitative or qualitative.
        ChemblRow Row() => new()
        {
            ResultId = activity is { } id ? "act" + id.ToString(CultureInfo.InvariantCulture) : "line" + line.ToString(CultureInfo.InvariantCulture),
            MoleculeId = molecule,
            MoleculeName = Cell(c.MoleculeName),
            Smiles = Cell(c.Smiles),
            DataValidityComment = Cell(c.DataValidity),
            AssayId = assay,
            AssayDescription = Cell(c.AssayDescription),
            AssayType = assayType,
            TargetId = target,
            TargetName = Cell(c.TargetName),
            TargetOrganism = Cell(c.TargetOrganism),
            DocumentId = document,
            ActivityId = activity,
        };
    }
}
