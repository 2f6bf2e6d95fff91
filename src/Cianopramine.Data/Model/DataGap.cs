namespace Cianopramine.Data.Model;

/// <summary>A stated gap: data a source says is not available, for which compounds and targets.</summary>
public sealed record DataGap
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal DataGap()
    {
    }

    /// <summary>The gap's id in the dataset (G5).</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>The source's words.</summary>
    public string Text { get; internal init; } = null!;

    /// <summary>The compounds the gap is about.</summary>
    public ValueArray<Compound> Compounds { get; internal init; }

    /// <summary>The targets the gap is about.</summary>
    public ValueArray<Target> Targets { get; internal init; }

    /// <summary>The parameters that are missing (Ki, IC50); empty when not specific.</summary>
    public ValueArray<ActivityParameter> Parameters { get; internal init; }

    /// <summary>The setting the gap is about (in vitro), or null.</summary>
    public AssaySetting? Setting { get; internal init; }

    /// <summary>The references that state the gap.</summary>
    public ValueArray<Reference> References { get; internal init; }

    /// <summary>The id and text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Text}";
}
