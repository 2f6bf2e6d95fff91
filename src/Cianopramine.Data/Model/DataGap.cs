namespace Cianopramine.Data.Model;

/// <summary>A stated gap: data a source says is not available, for which compounds and targets.</summary>
public sealed record DataGap
{
    /// <summary>The gap's id in the dataset (G5).</summary>
    public required string Id { get; init; }

    /// <summary>The source's words.</summary>
    public required string Text { get; init; }

    /// <summary>The compounds the gap is about.</summary>
    public required ValueArray<Compound> Compounds { get; init; }

    /// <summary>The targets the gap is about.</summary>
    public required ValueArray<Target> Targets { get; init; }

    /// <summary>The parameters that are missing (Ki, IC50); empty when not specific.</summary>
    public ValueArray<ActivityParameter> Parameters { get; init; }

    /// <summary>The setting the gap is about (in vitro), or null.</summary>
    public AssaySetting? Setting { get; init; }

    /// <summary>The references that state the gap.</summary>
    public required ValueArray<Reference> References { get; init; }

    /// <summary>The id and text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Text}";
}
