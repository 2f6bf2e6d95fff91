using System;
using System.Text;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Cianopramine.Data.Generator;

/// <summary>
/// CPD0043: an additional file ending in <c>.json</c> but not in <c>.dataset.json</c> that looks like dataset data, so
/// a user who named or listed a data file wrongly learns why their dataset class does not exist. The rule, in order:
/// <list type="number">
/// <item>the file name ends in <c>dataset.json</c> or <c>datasets.json</c> (ignoring case) without being a
/// <c>*.dataset.json</c> file: <c>own.datasets.json</c>, <c>own-dataset.json</c>, <c>dataset.json</c>;</item>
/// <item>or the file is a JSON object with a top-level <c>"dataset"</c> property (every data file has one: the
/// manifest, or the id of the dataset it belongs to), or a top-level <c>"$schema"</c> naming
/// <c>dataset.schema.json</c>.</item>
/// </list>
/// Other <c>.json</c> files (appsettings.json, package.json, ...) are not reported. Only the top level of the file is
/// scanned, and a file that is not valid JSON is judged by its name alone.
/// </summary>
internal static class MisnamedDataFiles
{
    /// <summary>Whether the generator looks at the file at all: a <c>.json</c> file that is not a data file.</summary>
    public static bool IsCandidate(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) &&
        !path.EndsWith(DatasetGenerator.DataFileSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the file looks like dataset data, or <see langword="null"/> when it does not.</summary>
    public static MisnamedFile? Check(AdditionalText text, CancellationToken ct)
    {
        var name = FileName(text.Path);
        if (name.EndsWith("dataset.json", StringComparison.OrdinalIgnoreCase) ||
            name.EndsWith("datasets.json", StringComparison.OrdinalIgnoreCase))
        {
            var ending = name.EndsWith("datasets.json", StringComparison.OrdinalIgnoreCase) ? "datasets.json" : "dataset.json";
            return new MisnamedFile(text.Path, "its name ends in '" + ending + "'");
        }

        var source = text.GetText(ct);
        if (source is null || source.Length > DatasetGenerator.MaxFileBytes)
        {
            return null;
        }

        var reason = TopLevelReason(source.ToString());
        return reason is null ? null : new MisnamedFile(text.Path, reason);
    }

    /// <summary>Reports the file at its first line.</summary>
    public static Diagnostic Diagnostic(MisnamedFile file) =>
        Microsoft.CodeAnalysis.Diagnostic.Create(
            Diagnostics.All[Cianopramine.Data.DataFiles.DiagnosticCatalogue.MisnamedDataFile.Id],
            Location.Create(file.Path, default, new Microsoft.CodeAnalysis.Text.LinePositionSpan(default, default)),
            file.Reason);

    private static string? TopLevelReason(string json)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.GetString();
                if (!reader.Read())
                {
                    return null;
                }

                if (property == "dataset")
                {
                    return "it has a top-level \"dataset\" property";
                }

                if (property == "$schema" && reader.TokenType == JsonTokenType.String &&
                    reader.GetString()!.EndsWith("dataset.schema.json", StringComparison.OrdinalIgnoreCase))
                {
                    return "its \"$schema\" is the dataset schema";
                }

                reader.Skip();
            }

            return null;
        }
        catch (JsonException)
        {
            return null; // not JSON, or not complete: nothing to say about its content
        }
    }

    private static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}

/// <summary>An additional file that looks like dataset data but is not read. Equatable.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Reason">Why it looks like dataset data, in words.</param>
internal sealed record MisnamedFile(string Path, string Reason);
