using System.Globalization;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>One problem found in a data file: an id from <see cref="DiagnosticCatalogue"/>, a message and where it is.</summary>
/// <param name="Id">The catalogue id, e.g. <c>CPD0008</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">The formatted message (invariant culture).</param>
/// <param name="MessageArgs">
/// The message's arguments, already formatted as invariant strings, so that the generator can hand them to a
/// Roslyn descriptor whose format is the catalogue's <see cref="DiagnosticDescriptorInfo.MessageFormat"/>.
/// </param>
/// <param name="Location">Where the problem is.</param>
internal sealed record DatasetDiagnostic(
    string Id,
    DatasetDiagnosticSeverity Severity,
    string Message,
    ValueArray<string> MessageArgs,
    SourceLocation Location)
{
    /// <summary>Whether this is an error.</summary>
    public bool IsError => Severity == DatasetDiagnosticSeverity.Error;

    /// <summary>Creates a diagnostic from a catalogue entry.</summary>
    /// <param name="descriptor">The catalogue entry.</param>
    /// <param name="location">Where the problem is; resolved here, so that the diagnostic keeps nothing of the file's text.</param>
    /// <param name="args">The message arguments; formatted with the invariant culture.</param>
    /// <returns>The diagnostic.</returns>
    public static DatasetDiagnostic Create(DiagnosticDescriptorInfo descriptor, SourceLocation location, params object[] args)
    {
        var texts = new string[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            texts[i] = args[i] is System.IFormattable f
                ? f.ToString(null, CultureInfo.InvariantCulture)
                : args[i]?.ToString() ?? string.Empty;
        }

        return new DatasetDiagnostic(
            descriptor.Id,
            descriptor.Severity,
            descriptor.Format(texts),
            ValueArray<string>.FromOwnedArray(texts),
            location.Detached());
    }

    /// <summary>
    /// Formats as a compiler does, with one-based line and column and the JSON path:
    /// <c>file(3,17): error CPD0008: message [$.results[0].compound]</c>.
    /// </summary>
    /// <returns>The display form.</returns>
    public override string ToString() =>
        Location + ": " + (IsError ? "error " : "warning ") + Id + ": " + Message + " [" + Location.JsonPath + "]";
}
