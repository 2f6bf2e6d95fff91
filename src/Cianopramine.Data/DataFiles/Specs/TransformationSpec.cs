using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>A metabolic transformation: an item of <c>transformations[]</c>.</summary>
internal sealed record TransformationSpec
{
    public required SourceLocation Location { get; init; }

    public required Located<string> Id { get; init; }

    public required Located<string> Substrate { get; init; }

    public required Located<string> Product { get; init; }

    public required Reaction Reaction { get; init; }

    public required EnzymesSpec Enzymes { get; init; }

    public Species? Species { get; init; }

    public AssaySetting? Setting { get; init; }

    /// <summary>Whether the product is active; <see langword="null"/> when not stated.</summary>
    public bool? ProductActive { get; init; }

    public ValueArray<Located<string>> References { get; init; }

    public ValueArray<NoteSpec> Notes { get; init; }
}

/// <summary>The enzymes of a transformation: <c>"not-reported"</c>, <c>"none"</c> or a list of names.</summary>
/// <param name="Kind">Which of the three.</param>
/// <param name="Names">The enzyme names when <see cref="EnzymeEvidence.Reported"/>, else empty.</param>
internal sealed record EnzymesSpec(EnzymeEvidence Kind, ValueArray<string> Names)
{
    /// <summary>The JSON word for <see cref="EnzymeEvidence.NotReported"/>.</summary>
    public const string NotReportedWord = "not-reported";

    /// <summary>The JSON word for <see cref="EnzymeEvidence.None"/>.</summary>
    public const string NoneWord = "none";

    public static EnzymesSpec NotReported { get; } = new(EnzymeEvidence.NotReported, default);

    public static EnzymesSpec None { get; } = new(EnzymeEvidence.None, default);

    public static EnzymesSpec Listed(ValueArray<string> names) => new(EnzymeEvidence.Reported, names);
}
