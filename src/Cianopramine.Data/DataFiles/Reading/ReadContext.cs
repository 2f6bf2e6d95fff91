using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// The state of reading one file: where positions come from, the diagnostics so far, and a count of the errors that
/// make an item unusable (so the item being read can be left out).
/// </summary>
internal sealed class ReadContext
{
    private readonly LocationSource _source;
    private readonly CancellationToken _cancellationToken;
    private int _ticks;

    public ReadContext(string filePath, PositionMap map, CancellationToken cancellationToken, IReadRecorder? recorder = null)
    {
        FilePath = filePath;
        _source = new LocationSource(filePath, map);
        _cancellationToken = cancellationToken;
        Recorder = recorder;
    }

    public string FilePath { get; }

    /// <summary>What observes the reading to generate the JSON Schema; <see langword="null"/> in normal use.</summary>
    public IReadRecorder? Recorder { get; }

    public List<DatasetDiagnostic> Diagnostics { get; } = new();

    /// <summary>Errors that leave an item without a required part; compare before and after reading an item.</summary>
    public int BreakingErrors { get; private set; }

    /// <summary>The items left out because of errors.</summary>
    public List<SkippedItem> SkippedItems { get; } = new();

    /// <summary>How much has been reported so far (diagnostics and items left out), for <see cref="TakeBack"/>.</summary>
    /// <returns>The mark.</returns>
    public (int Diagnostics, int Skipped, int BreakingErrors) Mark() => (Diagnostics.Count, SkippedItems.Count, BreakingErrors);

    /// <summary>Takes back what was reported after <paramref name="mark"/> (what was read before a syntax error).</summary>
    /// <param name="mark">A mark from <see cref="Mark"/>.</param>
    public void TakeBack((int Diagnostics, int Skipped, int BreakingErrors) mark)
    {
        Diagnostics.RemoveRange(mark.Diagnostics, Diagnostics.Count - mark.Diagnostics);
        SkippedItems.RemoveRange(mark.Skipped, SkippedItems.Count - mark.Skipped);
        BreakingErrors = mark.BreakingErrors;
    }

    /// <summary>Checks for cancellation every few hundred calls.</summary>
    public void Tick()
    {
        if (++_ticks % 256 == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The location of a byte span, with its JSON path given (resolved to lines and columns on first use).</summary>
    public SourceLocation Locate(int startByte, int endByte, string jsonPath) =>
        SourceLocation.WithPath(_source, startByte, endByte, jsonPath);

    /// <summary>The location of a value, with its JSON path given.</summary>
    public SourceLocation Locate(JsonTreeNode node, string jsonPath) => Locate(node.Start, node.End, jsonPath);

    /// <summary>The location of a value at <paramref name="place"/>; its JSON path is built only when asked for.</summary>
    public SourceLocation Locate(JsonTreeNode node, JsonPlace place) =>
        new(_source, node.Start, node.End, place.Parent.Resolve(), place.Name, place.Index);

    /// <summary>The location of a property's name (with its quotes), at the property's place.</summary>
    public SourceLocation LocateName(JsonTreeProperty property, JsonPlace place) =>
        new(_source, property.NameStart, property.NameEnd, place.Parent.Resolve(), place.Name, place.Index);

    /// <summary>Reports an error that leaves the enclosing item unusable.</summary>
    public void ReportBreaking(DiagnosticDescriptorInfo descriptor, SourceLocation location, params object[] args)
    {
        BreakingErrors++;
        Report(descriptor, location, args);
    }

    /// <summary>Reports an error that leaves the enclosing item unusable, at a value's place.</summary>
    public void ReportBreaking(DiagnosticDescriptorInfo descriptor, ValueLocation location, params object[] args) =>
        ReportBreaking(descriptor, location.Resolve(), args);

    /// <summary>Reports a problem that does not stop the enclosing item from being built, at a value's place.</summary>
    public void Report(DiagnosticDescriptorInfo descriptor, ValueLocation location, params object[] args) =>
        Report(descriptor, location.Resolve(), args);

    /// <summary>Reports a problem that does not stop the enclosing item from being built.</summary>
    public void Report(DiagnosticDescriptorInfo descriptor, SourceLocation location, params object[] args) =>
        Diagnostics.Add(DatasetDiagnostic.Create(descriptor, location, args));

    /// <summary>Appends a property name to a JSON path, in bracket form when it is not a plain identifier.</summary>
    public static string Child(string path, string name)
    {
        var plain = name.Length > 0;
        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= 'A' and <= 'Z' || c is >= '0' and <= '9' || c == '_' || c == '$'))
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return path + "." + name;
        }

        var builder = new StringBuilder(path).Append("['");
        foreach (var c in name)
        {
            if (c is '\\' or '\'')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append("']").ToString();
    }

    /// <summary>Appends an array index to a JSON path.</summary>
    public static string Index(string path, int index) =>
        path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}

/// <summary>
/// Where a value is in the JSON tree, without its path written out: the location of the object it lies in, then a
/// property name, then an array index (either may be absent). The path is built only when a message needs it.
/// </summary>
internal readonly struct JsonPlace
{
    /// <summary>A place below <paramref name="parent"/>.</summary>
    /// <param name="parent">The location of the enclosing object.</param>
    /// <param name="name">The property, or <see langword="null"/>.</param>
    /// <param name="index">The array index, or -1.</param>
    public JsonPlace(ValueLocation parent, string? name, int index = -1)
    {
        Parent = parent;
        Name = name;
        Index = index;
    }

    /// <summary>The location of the enclosing object.</summary>
    public ValueLocation Parent { get; }

    /// <summary>The property, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>The array index, or -1.</summary>
    public int Index { get; }

    /// <summary>The JSON path, e.g. <c>$.results[3]</c>.</summary>
    /// <returns>The path.</returns>
    public override string ToString() => SourceLocation.PathOf(Parent.Resolve(), Name, Index);
}
