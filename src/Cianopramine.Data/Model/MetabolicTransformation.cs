using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Model;

/// <summary>A metabolic step: a substrate turned into a product by a reaction, with the enzymes where known.</summary>
/// <remarks>
/// An empty <see cref="Enzymes"/> list means nothing on its own: read <see cref="EnzymeEvidence"/>, which tells
/// "not reported" from "none".
/// </remarks>
public sealed record MetabolicTransformation
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal MetabolicTransformation()
    {
    }

    /// <summary>The step's id in the dataset (G-M1).</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>The compound metabolised.</summary>
    public Compound Substrate { get; internal init; } = null!;

    /// <summary>The compound formed.</summary>
    public Compound Product { get; internal init; } = null!;

    /// <summary>The reaction.</summary>
    public Reaction Reaction { get; internal init; }

    /// <summary>Whether the source names enzymes, says there are none, or does not say.</summary>
    public EnzymeEvidence EnzymeEvidence { get; internal init; }

    /// <summary>The enzymes named by the source; empty unless <see cref="EnzymeEvidence"/> is <see cref="EnzymeEvidence.Reported"/>.</summary>
    public ValueArray<string> Enzymes { get; internal init; }

    /// <summary>The species, when stated.</summary>
    public Species? Species { get; internal init; }

    /// <summary>The setting (in vivo), when stated.</summary>
    public AssaySetting? Setting { get; internal init; }

    /// <summary>Whether the product is pharmacologically active, when stated.</summary>
    public bool? ProductActive { get; internal init; }

    /// <summary>The references, at least one.</summary>
    public ValueArray<Reference> References { get; internal init; }

    /// <summary>Curation notes on the step.</summary>
    public ValueArray<CurationNote> Notes { get; internal init; }

    /// <summary>The enzymes in words: their names, "not reported" or "none".</summary>
    public string EnzymesText => EnzymeEvidence switch
    {
        EnzymeEvidence.Reported => string.Join(", ", Enzymes),
        _ => Text.Of(EnzymeEvidence),
    };

    /// <summary>Substrate → product (reaction; enzymes).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Substrate.Name} → {Product.Name} ({Text.Of(Reaction)}; enzymes: {EnzymesText})";
}
