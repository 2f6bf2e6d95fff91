namespace Cianopramine.Data.Model;

/// <summary>A comparative value: stronger, weaker or similar relative to another compound ("considerably weaker than cianopramine").</summary>
public sealed record ComparativeValue : ResultValue
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal ComparativeValue()
    {
    }

    /// <inheritdoc/>
    public override ValueKind Kind => ValueKind.Comparative;

    /// <inheritdoc/>
    private protected override void OnlyThisAssemblyDerives()
    {
    }

    /// <summary>The compound compared with.</summary>
    public Compound ComparedTo { get; internal init; } = null!;

    /// <summary>Weaker, stronger or similar.</summary>
    public ComparativeDirection Direction { get; internal init; }

    /// <summary>The source's degree word ("considerably"), or null.</summary>
    public string? Magnitude { get; internal init; }

    /// <summary>The source's words verbatim, or null when the comparison is not quoted.</summary>
    public string? Text { get; internal init; }

    /// <summary>Direction, degree and the other compound: <c>considerably weaker than Cianopramine</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Vocabulary.Text.Comparison(this);
}
