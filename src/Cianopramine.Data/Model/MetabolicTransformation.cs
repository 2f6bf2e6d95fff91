using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Model;

/// <summary>A metabolic step: a substrate turned into a product by a reaction, with the enzymes where known.</summary>
/// <remarks>
/// An empty <see cref="Enzymes"/> list means nothing on its own: read <see cref="EnzymeEvidence"/>, which tells
/// "not reported" from "none".
/// </remarks>
public sealed record MetabolicTransformation
{
    /// <summary>The step's id in the dataset (G-M1).</summary>
    public required string Id { get; init; }

    /// <summary>The compound metabolised.</summary>
    public required Compound Substrate { get; init; }

    /// <summary>The compound formed.</summary>
    public required Compound Product { get; init; }

    /// <summary>The reaction.</summary>
    public required Reaction Reaction { get; init; }

    /// <summary>Whether the source names enzymes, says there are none, or does not say.</summary>
    public required EnzymeEvidence EnzymeEvidence { get; init; }

    /// <summary>The enzymes named by the source; empty unless <see cref="EnzymeEvidence"/> is <see cref="EnzymeEvidence.Reported"/>.</summary>
    public ValueArray<string> Enzymes { get; init; }

    /// <summary>The species, when stated.</summary>
    public Species? Species { get; init; }

    /// <summary>The setting (in vivo), when stated.</summary>
    public AssaySetting? Setting { get; init; }

    /// <summary>Whether the product is pharmacologically active, when stated.</summary>
    public bool? ProductActive { get; init; }

    /// <summary>The references, at least one.</summary>
    public required ValueArray<Reference> References { get; init; }

    /// <summary>Curation notes on the step.</summary>
    public ValueArray<CurationNote> Notes { get; init; }

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
