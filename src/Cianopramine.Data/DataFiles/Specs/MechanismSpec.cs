using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>A mechanism statement: an item of <c>mechanisms[]</c>.</summary>
internal sealed record MechanismSpec
{
    public required SourceLocation Location { get; init; }

    public required Located<string> Id { get; init; }

    /// <summary>The compound; <see langword="null"/> for a class-level statement (then <see cref="Scope"/> is required).</summary>
    public Located<string>? Compound { get; init; }

    /// <summary>The class a class-level statement is about.</summary>
    public string? Scope { get; init; }

    /// <summary>The target ids; at least one.</summary>
    public ValueArray<Located<string>> Targets { get; init; }

    public required PharmacologicalAction Action { get; init; }

    public bool Primary { get; init; }

    public required string Text { get; init; }

    public ValueArray<Located<string>> References { get; init; }

    public ValueArray<NoteSpec> Notes { get; init; }
}
