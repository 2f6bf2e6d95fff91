namespace Cianopramine.Data.Model;

/// <summary>A qualitative value: the source's words, verbatim, and a normalised category.</summary>
public sealed record QualitativeValue : ResultValue
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal QualitativeValue()
    {
    }

    /// <inheritdoc/>
    public override ValueKind Kind => ValueKind.Qualitative;

    /// <inheritdoc/>
    private protected override void OnlyThisAssemblyDerives()
    {
    }

    /// <summary>The source's words ("Potent and Selective Inhibitor").</summary>
    public string Text { get; internal init; } = null!;

    /// <summary>The normalised reading of <see cref="Text"/>.</summary>
    public QualitativeCategory Category { get; internal init; }

    /// <summary>The words in quotes and the category.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Vocabulary.Text.Of(this);
}
