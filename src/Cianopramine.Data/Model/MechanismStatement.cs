namespace Cianopramine.Data.Model;

/// <summary>A statement of mechanism: a compound (or, for a class-level statement, a class) acting on targets.</summary>
public sealed record MechanismStatement
{
    /// <summary>The statement's id in the dataset (G-X1).</summary>
    public required string Id { get; init; }

    /// <summary>The compound, or null for a class-level statement (see <see cref="Scope"/>).</summary>
    public Compound? Compound { get; init; }

    /// <summary>For a class-level statement, the class it is about; otherwise null.</summary>
    public string? Scope { get; init; }

    /// <summary>The targets, at least one.</summary>
    public required ValueArray<Target> Targets { get; init; }

    /// <summary>The action at the targets.</summary>
    public required PharmacologicalAction Action { get; init; }

    /// <summary>Whether this is the compound's primary mechanism.</summary>
    public bool IsPrimary { get; init; }

    /// <summary>The statement in words.</summary>
    public required string Text { get; init; }

    /// <summary>The references.</summary>
    public required ValueArray<Reference> References { get; init; }

    /// <summary>Curation notes.</summary>
    public ValueArray<CurationNote> Notes { get; init; }

    /// <summary>Whether the statement is about a class of drugs rather than one compound.</summary>
    public bool IsClassLevel => Compound is null;

    /// <summary>The id and text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Text}";
}
