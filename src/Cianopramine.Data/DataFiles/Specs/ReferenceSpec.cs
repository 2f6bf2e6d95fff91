using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>A literature or web reference: an item of <c>references[]</c>.</summary>
internal sealed record ReferenceSpec
{
    public required SourceLocation Location { get; init; }

    public required Located<string> Id { get; init; }

    public required ReferenceKind Kind { get; init; }

    /// <summary>The title; <see langword="null"/> when not known.</summary>
    public string? Title { get; init; }

    public ValueArray<string> Authors { get; init; }

    /// <summary>Whether the source gives the authors as "et al.".</summary>
    public bool AuthorsTruncated { get; init; }

    public string? Journal { get; init; }

    public string? Publisher { get; init; }

    public string? Volume { get; init; }

    public string? Issue { get; init; }

    public string? Pages { get; init; }

    public string? CatalogueNumber { get; init; }

    public string? Website { get; init; }

    public Located<int>? Year { get; init; }

    public Located<int>? Month { get; init; }

    public Located<string>? Pmid { get; init; }

    public Located<string>? Doi { get; init; }

    public Located<string>? Url { get; init; }

    public required ReferenceStatus Status { get; init; }

    public ValueArray<NoteSpec> Notes { get; init; }
}
