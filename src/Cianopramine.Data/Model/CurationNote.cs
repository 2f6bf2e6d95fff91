namespace Cianopramine.Data.Model;

/// <summary>
/// A curator's note on a datum, typed like ChEMBL's data-validity comments: what kind of caveat it is, and its text.
/// </summary>
/// <remarks>Value equality: two notes are equal when kind, id and text are equal.</remarks>
public sealed record CurationNote
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal CurationNote()
    {
    }

    /// <summary>What kind of caveat this is.</summary>
    public CurationNoteKind Kind { get; internal init; }

    /// <summary>The note's id in the curation record (C4, C5 …), or null when it has none.</summary>
    public string? Id { get; internal init; }

    /// <summary>The note's text.</summary>
    public string Text { get; internal init; } = null!;

    /// <summary>The note as one line: kind, id and text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Id is null ? $"[{Vocabulary.Text.Of(Kind)}] {Text}" : $"[{Vocabulary.Text.Of(Kind)} {Id}] {Text}";
}
