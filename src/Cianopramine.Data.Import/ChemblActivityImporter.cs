using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;

namespace Cianopramine.Data.Import;

/// <summary>
/// Imports ChEMBL activity exports: the web interface's download (semicolon-separated, quoted, column names such as
/// <c>Molecule ChEMBL ID</c> and <c>Standard Value</c>), the same as TSV or CSV, and tables with the database's
/// column names (<c>molecule_chembl_id</c>, <c>standard_value</c>, as <c>chembl_webresource_client</c> and SQL give
/// them). The separator is detected from the header. Each row becomes one result; what a row lacks is left out, never
/// filled in, and a row that cannot be mapped is left out whole and reported (<see cref="ImportResult.Problems"/>).
/// </summary>
/// <remarks>
/// What each column becomes is listed in docs/importing.md. Compounds, targets, assays and references are keyed by
/// their ChEMBL ids and written once, from the first row that names them.
/// </remarks>
public static partial class ChemblActivityImporter
{
    private static readonly Dictionary<string, string> Parameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["IC50"] = "IC50", ["Ki"] = "Ki", ["Kd"] = "Kd", ["EC50"] = "EC50",
    };

    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["M"] = "M", ["mM"] = "mM", ["uM"] = "uM", ["\u00B5M"] = "uM", ["\u03BCM"] = "uM", ["nM"] = "nM", ["pM"] = "pM",
    };

    private static readonly string[] AssayTypes = { "B", "F", "A", "T", "P", "U" };

    /// <summary>Imports an export from a file.</summary>
    /// <param name="path">The file: <c>.csv</c>, <c>.tsv</c> or ChEMBL's semicolon-separated download.</param>
    /// <param name="options">Dataset id, title and version; null for the defaults.</param>
    /// <returns>The dataset file and the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not read the file.</exception>
    /// <exception cref="FormatException">The header lacks the columns every row needs, or names a column twice.</exception>
    public static ImportResult ImportFile(string path, ChemblImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Import(reader, options);
    }

    /// <summary>Imports an export from text.</summary>
    /// <param name="text">The whole export, header first.</param>
    /// <param name="options">Dataset id, title and version; null for the defaults.</param>
    /// <returns>The dataset file and the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The header lacks the columns every row needs, or names a column twice.</exception>
    public static ImportResult ImportText(string text, ChemblImportOptions? options = null) =>
        Import(new StringReader(text ?? throw new ArgumentNullException(nameof(text))), options);

    /// <summary>Imports an export from a reader.</summary>
    /// <param name="reader">The export, header first.</param>
    /// <param name="options">Dataset id, title and version; null for the defaults.</param>
    /// <returns>The dataset file and the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The header lacks the columns every row needs, or names a column twice.</exception>
    public static ImportResult Import(TextReader reader, ChemblImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= new ChemblImportOptions();
        using var sep = SepTables.Open(reader);
        var columns = ChemblColumns.Find(sep.Header.ColNames);
        var problems = new List<ImportProblem>();
        var rows = new List<ChemblRow>();
        var read = 0;
        foreach (var row in sep)
        {
            read++;
            var cells = new string[sep.Header.ColNames.Count];
            for (var i = 0; i < cells.Length && i < row.ColCount; i++)
            {
                cells[i] = row[i].ToString();
            }

            if (ChemblRow.TryMap(cells, columns, row.LineNumberFrom, problems, options.ActivityComments ?? ChemblImportOptions.NoComments) is { } mapped)
            {
                rows.Add(mapped);
            }
        }

        return new ImportResult(Write(rows, options), problems, read, rows.Count);
    }

    private static string Write(List<ChemblRow> rows, ChemblImportOptions options)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartObject("dataset");
            w.WriteString("id", options.DatasetId);
            w.WriteString("title", options.Title);
            w.WriteString("version", options.Version);
            w.WriteString("description", "Imported from a ChEMBL activity export by Cianopramine.Data.Import. ChEMBL data: CC BY-SA 3.0.");
            w.WriteEndObject();
            WriteOnce(w, "references", rows, r => r.DocumentId, (w, r) => { });
            WriteOnce(w, "compounds", rows, r => r.MoleculeId, WriteCompound);
            WriteOnce(w, "targets", rows, r => r.TargetId, WriteTarget);
            WriteOnce(w, "assays", rows, r => r.AssayId, (w, r) =>
            {
                if (r.AssayDescription is { } description)
                {
                    w.WriteString("description", description);
                }
            });
            w.WriteStartArray("results");
            foreach (var r in rows)
            {
                WriteResult(w, r);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteOnce(Utf8JsonWriter w, string section, List<ChemblRow> rows, Func<ChemblRow, string> idOf, Action<Utf8JsonWriter, ChemblRow> body)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        w.WriteStartArray(section);
        foreach (var r in rows)
        {
            if (seen.Add(idOf(r)))
            {
                w.WriteStartObject();
                w.WriteString("id", idOf(r));
                body(w, r);
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
    }

    private static void WriteCompound(Utf8JsonWriter w, ChemblRow r)
    {
        // ChEMBL leaves most research compounds unnamed; the name is then left out (not stated), and the library shows
        // the compound by its id, the ChEMBL id.
        if (r.MoleculeName is { } name)
        {
            w.WriteString("name", name);
        }

        w.WriteStartArray("references");
        w.WriteStringValue(r.DocumentId);
        w.WriteEndArray();
        w.WriteStartObject("identifiers");
        w.WriteString("chemblId", r.MoleculeId);
        w.WriteEndObject();
        if (r.Smiles is not null)
        {
            w.WriteStartObject("structure");
            w.WriteString("provenance", "reported");
            w.WriteString("method", "ChEMBL canonical SMILES");
            w.WriteString("smiles", r.Smiles);
            w.WriteEndObject();
        }
    }

    private static void WriteTarget(Utf8JsonWriter w, ChemblRow r)
    {
        // ChEMBL's activity export has no gene symbol: the target's ChEMBL id stands in for it.
        w.WriteString("symbol", r.TargetId);
        w.WriteString("name", r.TargetName ?? r.TargetId);
        w.WriteStartArray("accessions");
        w.WriteStartObject();
        w.WriteString("database", "chembl");
        w.WriteString("value", r.TargetId);
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter w, ChemblRow r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.ResultId);
        w.WriteString("compound", r.MoleculeId);
        w.WriteString("target", r.TargetId);
        w.WriteString("assay", r.AssayId);
        if (r.Qualitative is { } qualitative)
        {
            w.WriteStartObject("value");
            w.WriteString("type", "qualitative");
            w.WriteString("text", qualitative.Text);
            w.WriteString("category", ImportFormat.Category(qualitative.Category));
            w.WriteEndObject();
        }
        else
        {
            ImportFormat.WriteQuantitative(w, r.Parameter!, r.Relation, r.Value!.Value, r.Unit!);
        }

        w.WriteStartArray("references");
        w.WriteStringValue(r.DocumentId);
        w.WriteEndArray();
        if (r.DataValidityComment is not null || (r.Qualitative is not null && r.StandardType is not null))
        {
            w.WriteStartArray("notes");
            if (r.DataValidityComment is not null)
            {
                w.WriteStartObject();
                w.WriteString("kind", "data-validity");
                w.WriteString("text", r.DataValidityComment);
                w.WriteEndObject();
            }

            // A qualitative value has no parameter: what ChEMBL measured ("Inhibition", "IC50") is kept as context.
            if (r.Qualitative is not null && r.StandardType is not null)
            {
                w.WriteStartObject();
                w.WriteString("kind", "context-note");
                w.WriteString("text", "ChEMBL standard type: " + r.StandardType);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartObject("chembl");
        if (r.ActivityId is { } activity)
        {
            w.WriteNumber("activityId", activity);
        }

        w.WriteString("assayId", r.AssayId);
        w.WriteString("documentId", r.DocumentId);
        if (r.AssayType is not null)
        {
            w.WriteString("assayType", r.AssayType);
        }

        if (r.PChembl is { } p)
        {
            w.WriteNumber("pchemblValue", p);
        }

        if (r.TargetOrganism is not null)
        {
            w.WriteString("targetOrganism", r.TargetOrganism);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    internal static bool TryParameter(string text, out string parameter) => Parameters.TryGetValue(text, out parameter!);

    internal static bool TryUnit(string text, out string unit) => Units.TryGetValue(text, out unit!);

    internal static bool IsAssayType(string text) => Array.IndexOf(AssayTypes, text) >= 0;

    internal static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
