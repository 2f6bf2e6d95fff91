using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Cianopramine.Data.Model.Identifiers;
using nietras.SeparatedValues;

namespace Cianopramine.Data.Import;

/// <summary>
/// Imports a plain activity table of your own (CSV, TSV or semicolon-separated; the separator is detected from the
/// header): one row per measured value, with a compound id, optionally its name and SMILES, a target, a parameter, a
/// relation, a value, a unit and a reference, in columns you name (<see cref="LabTableImportOptions"/>). Each row
/// becomes one result; a row that cannot be mapped is left out whole and reported with its line and your column's
/// name, and nothing is filled in.
/// </summary>
public static class LabTableImporter
{
    private static readonly Dictionary<string, string> Parameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["IC50"] = "IC50", ["Ki"] = "Ki", ["Kd"] = "Kd", ["EC50"] = "EC50", ["ED50"] = "ED50",
        ["% inhibition"] = "percent-inhibition", ["percent-inhibition"] = "percent-inhibition", ["percent inhibition"] = "percent-inhibition",
    };

    private static readonly string[] MolarUnits = { "M", "mM", "uM", "µM", "μM", "nM", "pM" };
    private static readonly string[] DoseUnits = { "g", "mg", "ug", "µg", "μg", "mg/kg", "ug/kg", "µg/kg", "μg/kg", "mg/min", "ug/min", "µg/min", "μg/min" };

    /// <summary>Imports a table from a file.</summary>
    /// <param name="path">The table.</param>
    /// <param name="options">The dataset's id and title and your column names; null for the defaults.</param>
    /// <returns>The dataset file and the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not read the file.</exception>
    /// <exception cref="FormatException">The header lacks a required column (the message names it and lists the header's columns), or names a column twice.</exception>
    public static ImportResult ImportFile(string path, LabTableImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Import(reader, options);
    }

    /// <summary>Imports a table from text.</summary>
    /// <param name="text">The table, header first.</param>
    /// <param name="options">The dataset's id and title and your column names; null for the defaults.</param>
    /// <returns>The dataset file and the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The header lacks a required column, or names a column twice.</exception>
    public static ImportResult ImportText(string text, LabTableImportOptions? options = null) =>
        Import(new StringReader(text ?? throw new ArgumentNullException(nameof(text))), options);

    /// <summary>Imports a table from a reader.</summary>
    /// <param name="reader">The table, header first.</param>
    /// <param name="options">The dataset's id and title and your column names; null for the defaults.</param>
    /// <returns>The dataset file and the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The header lacks a required column, or names a column twice.</exception>
    public static ImportResult Import(TextReader reader, LabTableImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= new LabTableImportOptions();
        using var sep = SepTables.Open(reader);
        var header = sep.Header.ColNames;
        var missing = new List<string>();
        int Required(string name)
        {
            var index = SourceText.IndexOf(header, name);
            if (index < 0)
            {
                missing.Add("'" + name + "'");
            }

            return index;
        }

        int Optional(string? name) => name is null ? -1 : SourceText.IndexOf(header, name);
        var c = new Columns(
            Required(options.CompoundIdColumn), Optional(options.CompoundNameColumn), Optional(options.SmilesColumn),
            Required(options.TargetColumn), Required(options.ParameterColumn), Optional(options.RelationColumn),
            Required(options.ValueColumn), Required(options.UnitColumn), Required(options.ReferenceColumn));
        if (missing.Count > 0)
        {
            throw new FormatException(
                "The table has no column " + string.Join(", ", missing) + "; its columns are " + string.Join(", ", Quoted(header)) +
                ". Name the columns to read in LabTableImportOptions (e.g. CompoundIdColumn = \"Compound\").");
        }

        var problems = new List<ImportProblem>();
        var rows = new List<LabRow>();
        var read = 0;
        foreach (var row in sep)
        {
            read++;
            var cells = new string?[header.Count];
            for (var i = 0; i < cells.Length && i < row.ColCount; i++)
            {
                cells[i] = row[i].ToString();
            }

            if (Map(cells, c, options, row.LineNumberFrom, problems) is { } mapped)
            {
                rows.Add(mapped);
            }
        }

        return new ImportResult(Write(rows, options), problems, read, rows.Count);
    }

    private static IEnumerable<string> Quoted(IReadOnlyList<string> header)
    {
        foreach (var name in header)
        {
            yield return "'" + name + "'";
        }
    }

    private sealed record Columns(int CompoundId, int CompoundName, int Smiles, int Target, int Parameter, int Relation, int Value, int Unit, int Reference);

    private sealed record LabRow(int Line, string CompoundText, string? CompoundName, string? Smiles, string Target, string Parameter, string? Relation, decimal Value, string Unit, string Reference);

    private static LabRow? Map(string?[] cells, Columns c, LabTableImportOptions o, int line, List<ImportProblem> problems)
    {
        LabRow? Fail(string column, string message)
        {
            problems.Add(new ImportProblem(line, column, message));
            return null;
        }

        string? Cell(int index) => SourceText.Cell(cells, index);

        var compound = Cell(c.CompoundId);
        if (compound is null)
        {
            return Fail(o.CompoundIdColumn, "empty: every row needs its compound");
        }

        var target = Cell(c.Target);
        if (target is null)
        {
            return Fail(o.TargetColumn, "empty: every row needs its target");
        }

        var parameterText = Cell(c.Parameter);
        if (parameterText is null || !Parameters.TryGetValue(parameterText, out var parameter))
        {
            return Fail(o.ParameterColumn, parameterText is null ? "empty" : $"'{parameterText}' is not a parameter the format has (IC50, Ki, Kd, EC50, ED50, % inhibition)");
        }

        var valueText = Cell(c.Value);
        if (valueText is null || !decimal.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return Fail(o.ValueColumn, valueText is null ? "empty" : $"'{valueText}' is not a number (write it with a decimal point: 12.5, 1.2e-6)");
        }

        var unit = Cell(c.Unit);
        if (unit is null)
        {
            return Fail(o.UnitColumn, "empty");
        }

        var fits = parameter switch
        {
            "percent-inhibition" => unit == "%",
            "ED50" => Array.IndexOf(DoseUnits, unit) >= 0,
            _ => Array.IndexOf(MolarUnits, unit) >= 0,
        };
        if (!fits)
        {
            return Fail(o.UnitColumn, parameter switch
            {
                "percent-inhibition" => $"'{unit}' does not fit % inhibition; expected %",
                "ED50" => $"'{unit}' does not fit ED50; expected a dose unit (mg/kg, ug/kg, mg, ug, g, mg/min, ug/min)",
                _ => $"'{unit}' does not fit {parameter}; expected a molar unit (M, mM, uM, nM, pM)",
            });
        }

        if (parameter != "percent-inhibition" && value <= 0)
        {
            return Fail(o.ValueColumn, $"{value.ToString(CultureInfo.InvariantCulture)} is not a positive {parameter}");
        }

        string? relation = null;
        if (Cell(c.Relation) is { } r)
        {
            relation = ImportFormat.Relation(r);
            if (relation is null)
            {
                return Fail(o.RelationColumn!, $"'{r}' is not a relation (=, <, >, <=, >=, ~)");
            }
        }

        var reference = Cell(c.Reference);
        if (reference is null)
        {
            return Fail(o.ReferenceColumn, "empty: every value needs its source");
        }

        return new LabRow(line, compound, Cell(c.CompoundName), Cell(c.Smiles), target, parameter, relation, value, unit, reference);
    }

    /// <summary>An id the format accepts, from a cell: letters, digits, '-', '_' and '.'; anything else becomes '-'.</summary>
    private static string Slug(string text)
    {
        var b = new StringBuilder(Math.Min(text.Length, 64));
        foreach (var ch in text)
        {
            if (b.Length == 64)
            {
                break;
            }

            b.Append(ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.' ? ch : '-');
        }

        return b.ToString();
    }

    private static string Write(List<LabRow> rows, LabTableImportOptions options)
    {
        // Ids from cells: the same cell text is one item; two texts that make the same id get a number.
        var compoundIds = new Ids();
        var targetIds = new Ids();
        var referenceIds = new Ids();
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartObject("dataset");
            w.WriteString("id", options.DatasetId);
            w.WriteString("title", options.Title);
            w.WriteString("version", options.Version);
            w.WriteString("description", "Imported from a lab activity table by Cianopramine.Data.Import.");
            w.WriteEndObject();

            w.WriteStartArray("references");
            foreach (var r in rows)
            {
                if (referenceIds.Add(r.Reference, out var id))
                {
                    WriteReference(w, id, r.Reference);
                }
            }

            w.WriteEndArray();
            w.WriteStartArray("compounds");
            foreach (var r in rows)
            {
                if (compoundIds.Add(r.CompoundText, out var id))
                {
                    w.WriteStartObject();
                    w.WriteString("id", id);
                    if (r.CompoundName is not null)
                    {
                        w.WriteString("name", r.CompoundName);
                    }

                    if (!string.Equals(r.CompoundName, r.CompoundText, StringComparison.OrdinalIgnoreCase))
                    {
                        w.WriteStartArray("synonyms");
                        w.WriteStartObject();
                        w.WriteString("text", r.CompoundText);
                        w.WriteString("kind", "research-code");
                        w.WriteEndObject();
                        w.WriteEndArray();
                    }

                    if (r.Smiles is { } smiles)
                    {
                        w.WriteStartObject("structure");
                        w.WriteString("provenance", "reported");
                        w.WriteString("smiles", smiles);
                        w.WriteEndObject();
                    }

                    w.WriteStartArray("references");
                    w.WriteStringValue(referenceIds[r.Reference]);
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteStartArray("targets");
            foreach (var r in rows)
            {
                if (targetIds.Add(r.Target, out var id))
                {
                    w.WriteStartObject();
                    w.WriteString("id", id);
                    w.WriteString("symbol", r.Target);
                    w.WriteString("name", r.Target);
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteStartArray("assays");
            if (rows.Count > 0)
            {
                w.WriteStartObject();
                w.WriteString("id", "lab-assay");
                if (options.AssayDescription is { } description)
                {
                    w.WriteString("description", description);
                }
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("results");
            foreach (var r in rows)
            {
                w.WriteStartObject();
                w.WriteString("id", "line" + r.Line.ToString(CultureInfo.InvariantCulture));
                w.WriteString("compound", compoundIds[r.CompoundText]);
                w.WriteString("target", targetIds[r.Target]);
                w.WriteString("assay", "lab-assay");
                ImportFormat.WriteQuantitative(w, r.Parameter, r.Relation, r.Value, r.Unit);
                w.WriteStartArray("references");
                w.WriteStringValue(referenceIds[r.Reference]);
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return SourceText.Utf8(buffer);
    }

    /// <summary>A PubMed id, a DOI, a URL, or otherwise a title: what the reference cell states, and nothing more.</summary>
    private static void WriteReference(Utf8JsonWriter w, string id, string text)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        var pmid = text.StartsWith("PMID:", StringComparison.OrdinalIgnoreCase) ? text.Substring(5).Trim() : text;
        if (Pmid.IsValid(pmid))
        {
            w.WriteString("pmid", pmid);
        }
        else if (Doi.IsValid(text))
        {
            w.WriteString("doi", text);
        }
        else if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            w.WriteString("url", text);
        }
        else
        {
            w.WriteString("title", text);
        }

        w.WriteEndObject();
    }

    /// <summary>Ids for cell texts, unique per text: the text itself where it is a valid id.</summary>
    private sealed class Ids
    {
        private readonly Dictionary<string, string> _byText = new(StringComparer.Ordinal);
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public string this[string text] => _byText[text];

        /// <summary>Adds a text; returns whether it is new, and its id.</summary>
        public bool Add(string text, out string id)
        {
            if (_byText.TryGetValue(text, out id!))
            {
                return false;
            }

            var stem = Slug(text);
            id = stem;
            for (var n = 2; !_used.Add(id); n++)
            {
                var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
                id = (stem.Length + suffix.Length > 64 ? stem.Substring(0, 64 - suffix.Length) : stem) + suffix;
            }

            _byText.Add(text, id);
            return true;
        }
    }
}
