using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>A typed curation note: <c>{ "kind", "id"?, "text" }</c>.</summary>
internal sealed record NoteSpec
{
    /// <summary>Where the note's object is.</summary>
    public required ValueLocation Location { get; init; }

    /// <summary>The kind of note.</summary>
    public required CurationNoteKind Kind { get; init; }

    /// <summary>The curators' id of the note (e.g. <c>C5</c>), or <see langword="null"/>.</summary>
    public string? Id { get; init; }

    /// <summary>The note's text.</summary>
    public required string Text { get; init; }
}
