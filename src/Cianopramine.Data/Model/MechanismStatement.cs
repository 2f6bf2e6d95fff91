namespace Cianopramine.Data.Model;

/// <summary>A statement of mechanism: a compound (or, for a class-level statement, a class) acting on targets.</summary>
public sealed record MechanismStatement
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal MechanismStatement()
    {
    }

    /// <summary>The statement's id in the dataset (G-X1).</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>The compound, or null for a class-level statement (see <see cref="Scope"/>).</summary>
    public Compound? Compound { get; internal init; }

    /// <summary>For a class-level statement, the class it is about; otherwise null.</summary>
    public string? Scope { get; internal init; }

    /// <summary>The targets, at least one.</summary>
    public ValueArray<Target> Targets { get; internal init; }

    /// <summary>The action at the targets.</summary>
    public PharmacologicalAction Action { get; internal init; }

    /// <summary>Whether this is the compound's primary mechanism.</summary>
    public bool IsPrimary { get; internal init; }

    /// <summary>The statement in words.</summary>
    public string Text { get; internal init; } = null!;

    /// <summary>The references.</summary>
    public ValueArray<Reference> References { get; internal init; }

    /// <summary>Curation notes.</summary>
    public ValueArray<CurationNote> Notes { get; internal init; }

    /// <summary>Whether the statement is about a class of drugs rather than one compound.</summary>
    public bool IsClassLevel => Compound is null;

    /// <summary>The id and text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Text}";
}
