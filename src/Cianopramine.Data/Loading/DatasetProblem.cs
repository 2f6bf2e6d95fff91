using System.Globalization;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Loading;

/// <summary>How serious a <see cref="DatasetProblem"/> is.</summary>
public enum DatasetProblemSeverity
{
    /// <summary>The data cannot be used: loading fails with a <see cref="DatasetLoadException"/>.</summary>
    Error,

    /// <summary>Suspicious but usable data (a cycle in the metabolism graph): loading succeeds and reports it.</summary>
    Warning,
}

/// <summary>
/// One problem in the data being loaded, as the source generator reports it at compile time: the same diagnostic id
/// (<c>CPD0008</c>), the same message, and where it is: the file (or source name), the JSON path, the line and the column.
/// </summary>
/// <remarks>Value equality over all properties.</remarks>
public sealed class DatasetProblem
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal DatasetProblem()
    {
    }

    /// <summary>The diagnostic id from the one catalogue the generator and the loader share, e.g. <c>CPD0008</c>.</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>Error or warning.</summary>
    public DatasetProblemSeverity Severity { get; internal init; }

    /// <summary>What is wrong, in words (invariant culture).</summary>
    public string Message { get; internal init; } = null!;

    /// <summary>The file path or source name the problem is in, as given to the loader.</summary>
    public string File { get; internal init; } = null!;

    /// <summary>The JSON path of the value the problem is about, e.g. <c>$.results[3].value.unit</c>; <c>$</c> for the whole file.</summary>
    public string JsonPath { get; internal init; } = null!;

    /// <summary>The one-based line where the problem starts, as editors show it; 0 for data with no text (a merge).</summary>
    public int Line { get; internal init; }

    /// <summary>The one-based column where the problem starts, in UTF-16 code units, as editors show it; 0 for data with no text.</summary>
    public int Column { get; internal init; }

    /// <summary>Whether this is an error.</summary>
    internal bool IsError => Severity == DatasetProblemSeverity.Error;

    /// <summary>The documentation page of the diagnostic.</summary>
    public string HelpLink =>
        DiagnosticCatalogue.Find(Id)?.HelpLink ?? "https://github.com/cianopramine-data/Cianopramine.Data/blob/main/docs/diagnostics.md";

    /// <summary>Formats the problem as a compiler prints a diagnostic: <c>file(3,17): error CPD0008: message [$.results[0].compound]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{File}{(Line > 0 ? $"({Line},{Column})" : string.Empty)}: {(IsError ? "error" : "warning")} {Id}: {Message} [{JsonPath}]");

    /// <summary>The problem of a shared-rules diagnostic.</summary>
    internal static DatasetProblem From(DatasetDiagnostic diagnostic) => new()
    {
        Id = diagnostic.Id,
        Severity = diagnostic.IsError ? DatasetProblemSeverity.Error : DatasetProblemSeverity.Warning,
        Message = diagnostic.Message,
        File = diagnostic.Location.FilePath,
        JsonPath = diagnostic.Location.JsonPath,
        Line = diagnostic.Location.DisplayLine,
        Column = diagnostic.Location.DisplayColumn,
    };
}
