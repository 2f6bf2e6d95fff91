using Cianopramine.Data.Model;

namespace Cianopramine.Data.Validation;

/// <summary>A metabolic transformation: an item of <c>transformations[]</c>.</summary>
internal sealed record TransformationSpec
{
    public required SourceLocation Location { get; init; }

    public required Located<string> Id { get; init; }

    public required Located<string> Substrate { get; init; }

    public required Located<string> Product { get; init; }

    public required SpecReaction Reaction { get; init; }

    public required EnzymesSpec Enzymes { get; init; }

    public SpecSpecies? Species { get; init; }

    public SpecAssaySetting? Setting { get; init; }

    /// <summary>Whether the product is active; <see langword="null"/> when not stated.</summary>
    public bool? ProductActive { get; init; }

    public ValueArray<Located<string>> References { get; init; }

    public ValueArray<NoteSpec> Notes { get; init; }
}

/// <summary>What is known about the enzymes of a transformation.</summary>
internal enum SpecEnzymesKind
{
    /// <summary><c>"not-reported"</c>: the sources do not say.</summary>
    NotReported,

    /// <summary><c>"none"</c>: no enzyme is involved.</summary>
    None,

    /// <summary>A non-empty array of enzyme names.</summary>
    Listed,
}

/// <summary>The enzymes of a transformation: <c>"not-reported"</c>, <c>"none"</c> or a list of names.</summary>
/// <param name="Kind">Which of the three.</param>
/// <param name="Names">The enzyme names when <see cref="SpecEnzymesKind.Listed"/>, else empty.</param>
internal sealed record EnzymesSpec(SpecEnzymesKind Kind, ValueArray<string> Names)
{
    /// <summary>The JSON word for <see cref="SpecEnzymesKind.NotReported"/>.</summary>
    public const string NotReportedWord = "not-reported";

    /// <summary>The JSON word for <see cref="SpecEnzymesKind.None"/>.</summary>
    public const string NoneWord = "none";

    public static EnzymesSpec NotReported { get; } = new(SpecEnzymesKind.NotReported, default);

    public static EnzymesSpec None { get; } = new(SpecEnzymesKind.None, default);

    public static EnzymesSpec Listed(ValueArray<string> names) => new(SpecEnzymesKind.Listed, names);
}
