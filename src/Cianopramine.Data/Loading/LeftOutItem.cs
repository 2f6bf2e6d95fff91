using System.Collections.Generic;
using System.Globalization;

namespace Cianopramine.Data.Loading;

/// <summary>
/// An item a lenient load (<see cref="InvalidItemHandling.LeaveOut"/>) left out of the dataset: because of its own
/// errors (<see cref="Problems"/>), or because it refers to another left-out item (<see cref="Cause"/>).
/// </summary>
/// <remarks>Reference equality: an item of one load's report.</remarks>
public sealed class LeftOutItem
{
    internal LeftOutItem(string kind, string? id, string file, string jsonPath, int line, int column, IReadOnlyList<DatasetProblem> problems, LeftOutItem? cause)
    {
        Kind = kind;
        Id = id;
        File = file;
        JsonPath = jsonPath;
        Line = line;
        Column = column;
        Problems = problems;
        Cause = cause;
    }

    /// <summary>What the item is, as the format names it: <c>reference</c>, <c>compound</c>, <c>target</c>, <c>assay</c>, <c>result</c>, <c>transformation</c>, <c>mechanism</c> or <c>gap</c>.</summary>
    public string Kind { get; }

    /// <summary>The item's id, or <see langword="null"/> when the item has no readable id.</summary>
    public string? Id { get; }

    /// <summary>The file path or source name the item is in.</summary>
    public string File { get; }

    /// <summary>The JSON path of the item, e.g. <c>$.compounds[3]</c>.</summary>
    public string JsonPath { get; }

    /// <summary>The one-based line of the item's opening brace.</summary>
    public int Line { get; }

    /// <summary>The one-based column of the item's opening brace, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>The item's own errors (id, message, place), as a strict load reports them; empty when <see cref="Cause"/> is why it was left out.</summary>
    public IReadOnlyList<DatasetProblem> Problems { get; }

    /// <summary>The left-out item this one refers to, when that is why it was left out; otherwise <see langword="null"/>.</summary>
    public LeftOutItem? Cause { get; }

    /// <summary>Formats the item and why it was left out: <c>lab.dataset.json(12,5): compound 'c7' left out: CPD0021 …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var name = Kind + (Id is null ? " at " + JsonPath : " '" + Id + "'");
        var why = Cause is { } cause
            ? "it refers to " + cause.Kind + (cause.Id is null ? " at " + cause.JsonPath : " '" + cause.Id + "'") + ", which is left out"
            : Problems.Count > 0 ? Problems[0].Id + " " + Problems[0].Message : "no reason recorded";
        return string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column}): {name} left out: {why}");
    }
}
