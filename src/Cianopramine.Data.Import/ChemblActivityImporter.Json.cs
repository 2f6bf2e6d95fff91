using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Cianopramine.Data.Import;

/// <summary>The ChEMBL REST API's activity records.</summary>
public static partial class ChemblActivityImporter
{
    /// <summary>The REST fields the importer reads, by their API names.</summary>
    private static readonly string[] RestFields =
    {
        "molecule_chembl_id", "molecule_pref_name", "canonical_smiles", "standard_type", "standard_relation", "standard_value",
        "standard_units", "pchembl_value", "data_validity_comment", "assay_chembl_id", "assay_description", "assay_type",
        "target_chembl_id", "target_pref_name", "target_organism", "document_chembl_id", "activity_id", "activity_comment",
    };

    /// <summary>
    /// Imports activity records as the ChEMBL REST API returns them (<c>/activity.json</c>: an object with an
    /// <c>activities</c> array) or as <c>chembl_webresource_client</c> gives them, saved with <c>json.dump</c> (an
    /// array of records). Numbers may be JSON numbers or strings, as the API writes <c>standard_value</c>.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Dataset id, title and version; null for the defaults.</param>
    /// <returns>The dataset file and the problems; a problem's line is the record's one-based position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not JSON (the <see cref="JsonException"/> is the inner exception), or the JSON is neither an array of records nor an object with <c>activities</c>.</exception>
    public static ImportResult ImportJson(string json, ChemblImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= new ChemblImportOptions();
        using var document = ParseJson(json);
        var root = document.RootElement;
        var records = root.ValueKind == JsonValueKind.Array
            ? root
            : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("activities", out var activities) && activities.ValueKind == JsonValueKind.Array
                ? activities
                : throw new FormatException("Not ChEMBL activity JSON: expected an array of records or an object with an 'activities' array.");
        var columns = ChemblColumns.Find(RestFields);
        var problems = new List<ImportProblem>();
        var rows = new List<ChemblRow>();
        var position = 0;
        foreach (var record in records.EnumerateArray())
        {
            position++;
            var cells = new string?[RestFields.Length];
            if (record.ValueKind == JsonValueKind.Object)
            {
                for (var i = 0; i < RestFields.Length; i++)
                {
                    if (record.TryGetProperty(RestFields[i], out var value))
                    {
                        cells[i] = value.ValueKind switch
                        {
                            JsonValueKind.String => value.GetString(),
                            JsonValueKind.Number => value.GetRawText(),
                            _ => null,
                        };
                    }
                }
            }

            if (ChemblRow.TryMap(cells, columns, position, problems, options.ActivityComments ?? ChemblImportOptions.NoComments) is { } mapped)
            {
                rows.Add(mapped);
            }
        }

        return new ImportResult(Write(rows, options), problems, position, rows.Count);
    }

    /// <summary>Imports REST activity JSON from a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Dataset id, title and version; null for the defaults.</param>
    /// <returns>The dataset file and the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not read the file.</exception>
    /// <exception cref="FormatException">The file is not JSON, or the JSON is neither an array of records nor an object with <c>activities</c>.</exception>
    public static ImportResult ImportJsonFile(string path, ChemblImportOptions? options = null) => ImportJson(File.ReadAllText(path), options);

    /// <summary>Parses the text, reporting text that is not JSON as the <see cref="FormatException"/> every other unreadable input gives.</summary>
    private static JsonDocument ParseJson(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            // Was a JsonException, which the docs did not name: one exception type for "not this format".
            throw new FormatException("Not ChEMBL activity JSON: the text is not valid JSON (" + ex.Message + ").", ex);
        }
    }
}
