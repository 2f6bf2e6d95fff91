using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Model;

/// <summary>A biological target: a transporter, a receptor or receptor group, an enzyme.</summary>
/// <remarks>Value equality over all properties.</remarks>
public sealed record Target
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal Target()
    {
    }

    /// <summary>The target's id in the dataset (sert).</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>The short symbol used in the sources (SERT).</summary>
    public string Symbol { get; internal init; } = null!;

    /// <summary>The full name (serotonin (5-HT) transporter).</summary>
    public string Name { get; internal init; } = null!;

    /// <summary>What kind of target it is.</summary>
    public TargetKind Kind { get; internal init; }

    /// <summary>The human gene symbol (SLC6A4), or null for groups and unstated genes.</summary>
    public string? Gene { get; internal init; }

    /// <summary>Accessions in UniProt, ChEMBL and the Guide to Pharmacology, each for a species where it has one.</summary>
    public ValueArray<TargetAccession> Accessions { get; internal init; }

    /// <summary>Links to the target's modern classification (the rat fundus receptor is now 5-HT2B).</summary>
    public ValueArray<TargetClassification> Classifications { get; internal init; }

    /// <summary>The references for the target's identity.</summary>
    public ValueArray<Reference> References { get; internal init; }

    /// <summary>Curation notes on the target.</summary>
    public ValueArray<CurationNote> Notes { get; internal init; }

    /// <summary>The symbol.</summary>
    /// <returns><see cref="Symbol"/>.</returns>
    public override string ToString() => Symbol;
}

/// <summary>An accession of a target in a database, for one species where the database is per species.</summary>
public sealed record TargetAccession
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal TargetAccession()
    {
    }

    /// <summary>The database.</summary>
    public AccessionDatabase Database { get; internal init; }

    /// <summary>The accession text (P31645, CHEMBL228, 928).</summary>
    public string Value { get; internal init; } = null!;

    /// <summary>The species, or null when the record is not species-specific (Guide to Pharmacology targets).</summary>
    public Species? Species { get; internal init; }

    /// <summary>Database, value and species.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Species is { } species ? $"{Text.Of(Database)} {Value} ({Text.Of(species)})" : $"{Text.Of(Database)} {Value}";
}

/// <summary>
/// A link from a target as the sources name it to its modern classification, without relabelling the source's data
/// (FACTS C3: the receptor that contracts the rat stomach fundus is now classified as 5-HT2B).
/// </summary>
public sealed record TargetClassification
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal TargetClassification()
    {
    }

    /// <summary>The modern symbol (5-HT2B).</summary>
    public string Symbol { get; internal init; } = null!;

    /// <summary>The gene symbol (HTR2B).</summary>
    public string? Gene { get; internal init; }

    /// <summary>Accessions of the modern target.</summary>
    public ValueArray<TargetAccession> Accessions { get; internal init; }

    /// <summary>The link in words.</summary>
    public string Text { get; internal init; } = null!;

    /// <summary>The references for the classification.</summary>
    public ValueArray<Reference> References { get; internal init; }

    /// <summary>The symbol.</summary>
    /// <returns><see cref="Symbol"/>.</returns>
    public override string ToString() => Symbol;
}
