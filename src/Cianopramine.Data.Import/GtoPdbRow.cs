using System;
using System.Collections.Generic;
using System.Globalization;
using Cianopramine.Data.Model.Identifiers;

namespace Cianopramine.Data.Import;

/// <summary>Where each column of the Guide to Pharmacology's <c>interactions.csv</c> is.</summary>
internal sealed class GtoPdbColumns
{
    public int Target { get; private init; } = -1;
    public int TargetId { get; private init; } = -1;
    public int TargetGene { get; private init; } = -1;
    public int TargetUniProt { get; private init; } = -1;
    public int TargetSpecies { get; private init; } = -1;
    public int LigandId { get; private init; } = -1;
    public int Ligand { get; private init; } = -1;
    public int Type { get; private init; } = -1;
    public int AffinityUnits { get; private init; } = -1;
    public int AffinityHigh { get; private init; } = -1;
    public int AffinityMedian { get; private init; } = -1;
    public int AffinityLow { get; private init; } = -1;
    public int OriginalUnits { get; private init; } = -1;
    public int OriginalLow { get; private init; } = -1;
    public int OriginalMedian { get; private init; } = -1;
    public int OriginalHigh { get; private init; } = -1;
    public int OriginalRelation { get; private init; } = -1;
    public int AssayDescription { get; private init; } = -1;
    public int PubMed { get; private init; } = -1;

    /// <summary>
    /// The columns of a header; throws when a column every row needs is missing. Names are compared lower-cased with
    /// spaces as underscores, so the snake_case header of the 2015–2020 releases (<c>target_id</c>,
    /// <c>original_affinity_median_nm</c>) is read like today's (<c>Target ID</c>); the one column renamed since is
    /// given both names (<c>target_uniprot</c>, now <c>Target UniProt ID</c>).
    /// </summary>
    public static GtoPdbColumns Find(IReadOnlyList<string> names)
    {
        var c = new GtoPdbColumns
        {
            Target = SourceText.IndexOf(names, "Target"),
            TargetId = SourceText.IndexOf(names, "Target ID"),
            TargetGene = SourceText.IndexOf(names, "Target Gene Symbol"),
            TargetUniProt = SourceText.IndexOf(names, "Target UniProt ID", "target_uniprot"),
            TargetSpecies = SourceText.IndexOf(names, "Target Species"),
            LigandId = SourceText.IndexOf(names, "Ligand ID"),
            Ligand = SourceText.IndexOf(names, "Ligand"),
            Type = SourceText.IndexOf(names, "Type"),
            AffinityUnits = SourceText.IndexOf(names, "Affinity Units"),
            AffinityHigh = SourceText.IndexOf(names, "Affinity High"),
            AffinityMedian = SourceText.IndexOf(names, "Affinity Median"),
            AffinityLow = SourceText.IndexOf(names, "Affinity Low"),
            OriginalUnits = SourceText.IndexOf(names, "Original Affinity Units"),
            OriginalLow = SourceText.IndexOf(names, "Original Affinity Low nm"),
            OriginalMedian = SourceText.IndexOf(names, "Original Affinity Median nm"),
            OriginalHigh = SourceText.IndexOf(names, "Original Affinity High nm"),
            OriginalRelation = SourceText.IndexOf(names, "Original Affinity Relation"),
            AssayDescription = SourceText.IndexOf(names, "Assay Description"),
            PubMed = SourceText.IndexOf(names, "PubMed ID"),
        };
        var missing = new List<string>();
        if (c.TargetId < 0) missing.Add("Target ID");
        if (c.LigandId < 0) missing.Add("Ligand ID");
        if (c.OriginalMedian < 0) missing.Add("Original Affinity Median nm");
        if (c.OriginalUnits < 0 && c.AffinityUnits < 0) missing.Add("Original Affinity Units or Affinity Units");
        if (missing.Count > 0)
        {
            throw new FormatException("Not a Guide to Pharmacology interactions file: the header lacks " + string.Join(", ", missing) + ".");
        }

        return c;
    }
}

/// <summary>One mapped interaction row.</summary>
internal sealed record GtoPdbRow
{
    private static readonly Dictionary<string, string> Parameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ki"] = "Ki", ["IC50"] = "IC50", ["Kd"] = "Kd", ["EC50"] = "EC50",
        ["pKi"] = "Ki", ["pIC50"] = "IC50", ["pKd"] = "Kd", ["pEC50"] = "EC50",
    };

    private static readonly Dictionary<string, string> Actions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Agonist"] = "agonist", ["Antagonist"] = "antagonist", ["Inhibitor"] = "inhibitor", ["Channel blocker"] = "blocker",
    };

    private static readonly Dictionary<string, string> SpeciesWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Human"] = "human", ["Rat"] = "rat", ["Mouse"] = "mouse", ["Guinea pig"] = "guinea-pig", ["Rabbit"] = "rabbit",
        ["Dog"] = "dog", ["Cat"] = "cat", ["Pig"] = "pig", ["Monkey"] = "monkey", ["Cow"] = "cattle",
    };

    public required int Line { get; init; }
    public required long TargetId { get; init; }
    public required string TargetName { get; init; }
    public string? TargetGene { get; init; }
    public required IReadOnlyList<string> UniProt { get; init; }
    public string? Species { get; init; }
    public string? SpeciesText { get; init; }
    public required long LigandId { get; init; }
    public string? LigandName { get; init; }
    public string? Action { get; init; }
    public required string Parameter { get; init; }
    public string? Relation { get; init; }
    public required decimal Value { get; init; }
    public decimal? AffinityHigh { get; init; }
    public decimal? AffinityMedian { get; init; }
    public decimal? AffinityLow { get; init; }
    public string? AssayDescription { get; init; }
    public required IReadOnlyList<string> PubMedIds { get; init; }

    /// <summary>Maps a row, or reports why not (and returns null). Cells that cannot be kept are reported and left out.</summary>
    public static GtoPdbRow? TryMap(string?[] cells, GtoPdbColumns c, int line, List<ImportProblem> problems)
    {
        GtoPdbRow? Fail(string column, string message)
        {
            problems.Add(new ImportProblem(line, column, message));
            return null;
        }

        string? Cell(int index) => SourceText.Cell(cells, index);

        if (!TryId(Cell(c.TargetId), out var targetId))
        {
            return Fail("Target ID", Cell(c.TargetId) is { } t ? $"'{t}' is not a Guide to Pharmacology target id" : "empty");
        }

        if (!TryId(Cell(c.LigandId), out var ligandId))
        {
            return Fail("Ligand ID", Cell(c.LigandId) is { } l ? $"'{l}' is not a Guide to Pharmacology ligand id" : "empty");
        }

        // The parameter: the original one (Ki, IC50 …), else the one the p-scale names (pKi is a Ki).
        var unitsText = Cell(c.OriginalUnits) ?? Cell(c.AffinityUnits);
        if (unitsText is null || !Parameters.TryGetValue(unitsText, out var parameter))
        {
            return Fail(
                Cell(c.OriginalUnits) is null ? "Affinity Units" : "Original Affinity Units",
                unitsText is null ? "empty: no affinity parameter" : $"'{unitsText}' has no quantitative parameter in the format (Ki, IC50, Kd, EC50)");
        }

        var valueText = Cell(c.OriginalMedian);
        if (valueText is null)
        {
            return Cell(c.OriginalLow) is { } lowNm && Cell(c.OriginalHigh) is { } highNm
                ? Fail("Original Affinity Median nm", $"empty: the row gives a range ({lowNm} to {highNm} nM), not one value, and a range is not narrowed to a value")
                : Fail("Original Affinity Median nm", "empty: the row gives no affinity in nM to keep as its value (a p-value alone is not converted)");
        }

        if (!TryNumber(valueText, out var value) || value <= 0)
        {
            return Fail("Original Affinity Median nm", $"'{valueText}' is not a positive number");
        }

        string? relation = null;
        if (Cell(c.OriginalRelation) is { } r)
        {
            relation = ImportFormat.Relation(r);
            if (relation is null)
            {
                return Fail("Original Affinity Relation", $"'{r}' is not a relation");
            }
        }

        var (high, median, low) = Affinities(Cell(c.AffinityHigh), Cell(c.AffinityMedian), Cell(c.AffinityLow), line, problems);

        var uniprot = new List<string>();
        foreach (var accession in Split(Cell(c.TargetUniProt)))
        {
            if (UniProtAccession.IsValid(accession))
            {
                uniprot.Add(accession);
            }
            else
            {
                problems.Add(new ImportProblem(line, "Target UniProt ID", $"'{accession}' is not a UniProt accession the format accepts; left out (the row is imported)"));
            }
        }

        var pmids = new List<string>();
        foreach (var pmid in Split(Cell(c.PubMed)))
        {
            if (Pmid.IsValid(pmid))
            {
                if (!pmids.Contains(pmid))
                {
                    pmids.Add(pmid);
                }
            }
            else
            {
                problems.Add(new ImportProblem(line, "PubMed ID", $"'{pmid}' is not a PubMed id; left out (the row is imported)"));
            }
        }

        var speciesText = Cell(c.TargetSpecies);
        var targetName = Cell(c.Target) is { } name ? SourceText.WithoutMarkup(name) : null;
        var ligandName = Cell(c.Ligand) is { } ligand ? SourceText.WithoutMarkup(ligand) : null;
        return new GtoPdbRow
        {
            Line = line,
            TargetId = targetId,
            TargetName = string.IsNullOrEmpty(targetName) ? "GtoPdb target " + targetId.ToString(CultureInfo.InvariantCulture) : targetName,
            TargetGene = Cell(c.TargetGene),
            UniProt = uniprot,
            Species = speciesText is not null && SpeciesWords.TryGetValue(speciesText, out var species) ? species : null,
            SpeciesText = speciesText,
            LigandId = ligandId,
            LigandName = string.IsNullOrEmpty(ligandName) ? null : ligandName,
            Action = Cell(c.Type) is { } type && Actions.TryGetValue(type, out var action) ? action : null,
            Parameter = parameter,
            Relation = relation,
            Value = value,
            AffinityHigh = high,
            AffinityMedian = median,
            AffinityLow = low,
            AssayDescription = Cell(c.AssayDescription),
            PubMedIds = pmids,
        };
    }

    /// <summary>
    /// The affinity range on the p-scale as the row gives it. A cell may hold a range, <c>7.2 – 8.1</c> (en dash or
    /// hyphen between spaces): its smaller number is the low end and its larger the high end.
    /// </summary>
    private static (decimal? High, decimal? Median, decimal? Low) Affinities(string? high, string? median, string? low, int line, List<ImportProblem> problems)
    {
        decimal? h = null, m = null, l = null;
        void Put(string column, string? text, ref decimal? slot)
        {
            if (text is null)
            {
                return;
            }

            if (TryRange(text, out var from, out var to))
            {
                l ??= Math.Min(from, to);
                h ??= Math.Max(from, to);
            }
            else if (TryNumber(text, out var v))
            {
                slot = v;
            }
            else
            {
                problems.Add(new ImportProblem(line, column, $"'{text}' is not a number or a range; left out (the row is imported)"));
            }
        }

        Put("Affinity High", high, ref h);
        Put("Affinity Low", low, ref l);
        Put("Affinity Median", median, ref m);
        return (h, m, l);
    }

    private static bool TryRange(string text, out decimal from, out decimal to)
    {
        from = to = 0;
        foreach (var dash in new[] { " \u2013 ", " - ", "\u2013" })
        {
            var at = text.IndexOf(dash, StringComparison.Ordinal);
            if (at > 0 && TryNumber(text.Substring(0, at), out from) && TryNumber(text.Substring(at + dash.Length), out to))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static bool TryId(string? text, out long id)
    {
        id = 0;
        return text is not null && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }

    /// <summary>The values of a cell that holds several, separated by <c>|</c>.</summary>
    private static IEnumerable<string> Split(string? cell)
    {
        if (cell is null)
        {
            yield break;
        }

        foreach (var part in cell.Split('|'))
        {
            var value = part.Trim();
            if (value.Length > 0)
            {
                yield return value;
            }
        }
    }

    internal static IEnumerable<string> Values(string? cell) => Split(cell);
}
