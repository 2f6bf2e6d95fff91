using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Facts;

/// <summary>
/// The cell formats of docs/dataset.md (described in its "How to read it" section): how a datum is written, and how
/// the number-bearing cells (values, conditions) are read back so that numbers are compared as numbers.
/// </summary>
internal static partial class DatasetDocFormat
{
    /// <summary>What an absent property is written as.</summary>
    public const string Absent = "—";

    private static readonly string[] Months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

    /// <summary>An enumeration value as the JSON format writes it (kebab-case).</summary>
    public static string Word(Enum value) => value switch
    {
        ActivityParameter.PercentInhibition => "percent-inhibition",
        ActivityParameter.Dose => "dose",
        ActivityParameter p => p.ToString(),
        SpreadKind.StandardDeviation => "sd",
        SpreadKind.StandardError => "sem",
        SpreadKind.ConfidenceInterval95 => "ci95",
        SpreadKind s => Kebab(s.ToString()),
        AccessionDatabase a => a.ToString().ToLowerInvariant(),
        _ => Kebab(value.ToString()),
    };

    public static string Optional(string? text) => string.IsNullOrEmpty(text) ? Absent : text;

    public static string Optional(Enum? value) => value is null ? Absent : Word(value);

    public static string Optional(bool? value) => value is null ? Absent : value.Value ? "true" : "false";

    public static string Items(IEnumerable<string> items)
    {
        var text = string.Join(", ", items);
        return text.Length == 0 ? Absent : text;
    }

    public static string RefIds(IEnumerable<Reference> references) => Items(references.Select(r => r.Id));

    /// <summary>Synonyms: <c>text (kind; references)</c>, separated by <c>; </c>.</summary>
    public static string Synonyms(IEnumerable<Synonym> synonyms) => Joined(synonyms.Select(s =>
        s.References.IsEmpty ? $"{s.Text} ({Word(s.Kind)})" : $"{s.Text} ({Word(s.Kind)}; {RefIds(s.References)})"));

    /// <summary>Relations: <c>kind compound-id: description (references)</c>, separated by <c>; </c>.</summary>
    public static string Relations(IEnumerable<CompoundRelation> relations) => Joined(relations.Select(r =>
        $"{Word(r.Kind)} {r.CompoundId}" + (r.Description is null ? string.Empty : $": {r.Description}")
        + (r.References.IsEmpty ? string.Empty : $" ({RefIds(r.References)})")));

    /// <summary>Accessions: <c>database value (species)</c>, separated by <c>; </c>.</summary>
    public static string Accessions(IEnumerable<TargetAccession> accessions) => Joined(accessions.Select(a =>
        a.Species is null ? $"{Word(a.Database)} {a.Value}" : $"{Word(a.Database)} {a.Value} ({Word(a.Species.Value)})"));

    /// <summary>A compound's identifiers: <c>pubchemCid 3696; drugbankId DB00458</c>.</summary>
    public static string CompoundIdentifiers(CompoundIdentifiers ids)
    {
        var parts = new List<string>();
        if (ids.PubChemCid is { } cid)
        {
            parts.Add($"pubchemCid {cid}");
        }

        if (ids.ChemblId is { } chembl)
        {
            parts.Add($"chemblId {chembl.Value}");
        }

        if (ids.DrugBankId is { } drugBank)
        {
            parts.Add($"drugbankId {drugBank.Value}");
        }

        if (ids.Cas is { } cas)
        {
            parts.Add($"cas {cas.Value}");
        }

        return Joined(parts);
    }

    /// <summary>A reference's identifiers: <c>PMID …; DOI …; url</c>.</summary>
    public static string ReferenceIdentifiers(Reference r)
    {
        var parts = new List<string>();
        if (r.Pmid is { } pmid)
        {
            parts.Add($"PMID {pmid.Value}");
        }

        if (r.Doi is { } doi)
        {
            parts.Add($"DOI {doi.Value}");
        }

        if (r.Url is not null)
        {
            parts.Add(r.Url);
        }

        return Joined(parts);
    }

    /// <summary>
    /// A citation in the Vancouver style: authors (et al.). "Title". Journal. Publisher. Site. Year Mon;Vol(Issue):Pages.
    /// Catalogue no. X. — each part only when the reference has it.
    /// </summary>
    public static string Citation(Reference r)
    {
        var parts = new List<string>();
        if (!r.Authors.IsEmpty)
        {
            parts.Add(string.Join(", ", r.Authors) + (r.AuthorsTruncated ? " et al" : string.Empty));
        }

        if (r.Title is not null)
        {
            parts.Add($"\"{r.Title}\"");
        }

        foreach (var part in new[] { r.Journal, r.Publisher, r.Website })
        {
            if (part is not null)
            {
                parts.Add(part);
            }
        }

        var date = new StringBuilder();
        if (r.Year is int year)
        {
            date.Append(year.ToString(CultureInfo.InvariantCulture));
            if (r.Month is int month)
            {
                date.Append(' ').Append(Months[month - 1]);
            }
        }

        if (r.Volume is not null)
        {
            date.Append(date.Length == 0 ? string.Empty : ";").Append(r.Volume);
            if (r.Issue is not null)
            {
                date.Append('(').Append(r.Issue).Append(')');
            }

            if (r.Pages is not null)
            {
                date.Append(':').Append(r.Pages);
            }
        }

        if (date.Length > 0)
        {
            parts.Add(date.ToString());
        }

        if (r.CatalogueNumber is not null)
        {
            parts.Add($"Catalogue no. {r.CatalogueNumber}");
        }

        return string.Join(". ", parts) + ".";
    }

    /// <summary>Reads a notes cell: <c>id (kind): text</c> or <c>(kind): text</c>, separated by <c> / </c>.</summary>
    public static IReadOnlyList<(string? Id, string Kind, string Text)> ParseNotes(string cell)
    {
        if (cell == Absent)
        {
            return Array.Empty<(string?, string, string)>();
        }

        var notes = new List<(string?, string, string)>();
        foreach (var part in NoteSeparator().Split(cell))
        {
            var m = NotePattern().Match(part);
            if (!m.Success)
            {
                throw new FormatException($"'{part}' is not a note written 'id (kind): text' or '(kind): text'.");
            }

            notes.Add((m.Groups["id"].Success ? m.Groups["id"].Value : null, m.Groups["kind"].Value, m.Groups["text"].Value));
        }

        return notes;
    }

    /// <summary>The notes as <see cref="ParseNotes"/> reads them, from the data.</summary>
    public static IReadOnlyList<(string? Id, string Kind, string Text)> NotesOf(IEnumerable<CurationNote> notes) =>
        notes.Select(n => (n.Id, Word(n.Kind), n.Text)).ToList();

    /// <summary>Reads a value cell into its parts; numbers are returned as decimals.</summary>
    public static DocValue ParseValue(string cell)
    {
        if (cell.StartsWith('"'))
        {
            var q = QualitativePattern().Match(cell);
            return q.Success
                ? new DocValue(ValueKind.Qualitative) { Text = q.Groups["text"].Value, Category = q.Groups["cat"].Value }
                : throw new FormatException($"'{cell}' is not a qualitative value written '\"words\" (category)'.");
        }

        var c = ComparativePattern().Match(cell);
        if (c.Success)
        {
            return new DocValue(ValueKind.Comparative)
            {
                Direction = c.Groups["dir"].Value,
                ComparedTo = c.Groups["cmp"].Value,
                Magnitude = c.Groups["mag"].Success ? c.Groups["mag"].Value : null,
                Text = c.Groups["text"].Success ? c.Groups["text"].Value : null,
            };
        }

        var n = QuantitativePattern().Match(cell);
        return n.Success
            ? new DocValue(ValueKind.Quantitative)
            {
                Parameter = n.Groups["param"].Value,
                Relation = n.Groups["rel"].Value,
                Number = Number(n.Groups["num"].Value),
                Unit = UnitSymbol(n.Groups["unit"].Value),
                Spread = n.Groups["spread"].Success ? Number(n.Groups["spread"].Value) : null,
                SpreadKind = n.Groups["kind"].Success ? n.Groups["kind"].Value : null,
                Agent = n.Groups["agent"].Success ? n.Groups["agent"].Value : null,
            }
            : throw new FormatException($"'{cell}' is not a value in any of the three canonical forms.");
    }

    /// <summary>The parts of a value as the doc should show them, from the data.</summary>
    public static DocValue ValueOf(ResultValue value) => value.Match(
        q => new DocValue(ValueKind.Quantitative)
        {
            Parameter = Word(q.Parameter),
            Relation = q.Relation.Symbol(),
            Number = q.Magnitude.Value,
            Unit = q.Magnitude.Unit.Symbol(),
            Spread = q.Spread?.Value,
            SpreadKind = q.Spread is { } s ? Word(s.Kind) : null,
            Agent = q.Agent,
        },
        t => new DocValue(ValueKind.Qualitative) { Text = t.Text, Category = Word(t.Category) },
        c => new DocValue(ValueKind.Comparative)
        {
            Direction = Word(c.Direction),
            ComparedTo = c.ComparedTo.Id,
            Magnitude = c.Magnitude,
            Text = c.Text,
        });

    /// <summary>Reads a conditions cell: <c>dose [relation] value unit [route]</c>; <c>value unit after dose</c>; other text.</summary>
    public static DocConditions ParseConditions(string cell)
    {
        var result = new DocConditions();
        if (cell == Absent)
        {
            return result;
        }

        var text = new List<string>();
        foreach (var part in cell.Split("; "))
        {
            var dose = DosePattern().Match(part);
            var time = TimePattern().Match(part);
            if (dose.Success && result.DoseValue is null)
            {
                result.DoseRelation = dose.Groups["rel"].Success ? dose.Groups["rel"].Value : "=";
                result.DoseValue = Number(dose.Groups["num"].Value);
                result.DoseUnit = UnitSymbol(dose.Groups["unit"].Value);
                result.Route = dose.Groups["route"].Success ? dose.Groups["route"].Value : null;
            }
            else if (time.Success && result.TimeValue is null)
            {
                result.TimeValue = Number(time.Groups["num"].Value);
                result.TimeUnit = UnitSymbol(time.Groups["unit"].Value);
            }
            else
            {
                text.Add(part);
            }
        }

        result.Text = text.Count == 0 ? null : string.Join("; ", text);
        return result;
    }

    /// <summary>The conditions as <see cref="ParseConditions"/> reads them, from the data.</summary>
    public static DocConditions ConditionsOf(Conditions c) => new()
    {
        DoseRelation = c.Dose?.Relation.Symbol(),
        DoseValue = c.Dose?.Amount.Value,
        DoseUnit = c.Dose?.Amount.Unit.Symbol(),
        Route = c.Dose?.Route is { } route ? Word(route) : null,
        TimeValue = c.TimeAfterDose?.Value,
        TimeUnit = c.TimeAfterDose?.Unit.Symbol(),
        Text = c.Text,
    };

    /// <summary>A number as written in the doc (5e-5, 0.5, 57), read as an exact decimal.</summary>
    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A mass cell (g/mol), or null for an absent one.</summary>
    public static double? Mass(string cell) => cell == Absent ? null : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string UnitSymbol(string text) => text.Replace('µ', 'u');

    private static string Joined(IEnumerable<string> parts)
    {
        var text = string.Join("; ", parts);
        return text.Length == 0 ? Absent : text;
    }

    private static string Kebab(string pascal)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            var ch = pascal[i];
            if (i > 0 && char.IsUpper(ch)
                && (char.IsLower(pascal[i - 1]) || char.IsDigit(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1]))))
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(ch));
        }

        return text.ToString();
    }

    [GeneratedRegex(@" / (?=(?:[A-Za-z][\w.-]* )?\([a-z-]+\): )")]
    private static partial Regex NoteSeparator();

    [GeneratedRegex(@"^(?:(?<id>\S+) )?\((?<kind>[a-z-]+)\): (?<text>.+)$")]
    private static partial Regex NotePattern();

    [GeneratedRegex("^\"(?<text>.*)\" \\((?<cat>[a-z-]+)\\)$")]
    private static partial Regex QualitativePattern();

    [GeneratedRegex("^(?<dir>weaker|stronger|similar) (?:than|to) (?<cmp>[^\\s:]+)(?: \\((?<mag>[^)]*)\\))?(?:: \"(?<text>.*)\")?$")]
    private static partial Regex ComparativePattern();

    [GeneratedRegex(@"^(?<param>\S+) (?<rel><=|>=|=|<|>|~) (?<num>\S+) (?<unit>\S+)(?: ± (?<spread>\S+) \((?<kind>[a-z0-9-]+)\))?(?: of (?<agent>.+))?$")]
    private static partial Regex QuantitativePattern();

    [GeneratedRegex(@"^dose (?:(?<rel><=|>=|=|<|>|~) )?(?<num>[0-9][^\s]*) (?<unit>\S+)(?: (?<route>[a-z-]+))?$")]
    private static partial Regex DosePattern();

    [GeneratedRegex(@"^(?<num>[0-9][^\s]*) (?<unit>\S+) after dose$")]
    private static partial Regex TimePattern();
}

/// <summary>A result value's parts as docs/dataset.md shows them; unused parts are null.</summary>
internal sealed record DocValue(ValueKind Kind)
{
    public string? Parameter { get; init; }

    public string? Relation { get; init; }

    public decimal? Number { get; init; }

    public string? Unit { get; init; }

    public decimal? Spread { get; init; }

    public string? SpreadKind { get; init; }

    public string? Agent { get; init; }

    public string? Text { get; init; }

    public string? Category { get; init; }

    public string? Direction { get; init; }

    public string? ComparedTo { get; init; }

    public string? Magnitude { get; init; }
}

/// <summary>A result's conditions as docs/dataset.md shows them; absent parts are null.</summary>
internal sealed record DocConditions
{
    public string? DoseRelation { get; set; }

    public decimal? DoseValue { get; set; }

    public string? DoseUnit { get; set; }

    public string? Route { get; set; }

    public decimal? TimeValue { get; set; }

    public string? TimeUnit { get; set; }

    public string? Text { get; set; }
}
