namespace Cianopramine.Data.Model;

/// <summary>A compound: a drug, a metabolite or a reference compound.</summary>
/// <remarks>Value equality over all properties (collections compared item by item).</remarks>
public sealed record Compound
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal Compound()
    {
    }

    /// <summary>The compound's id in the dataset (cianopramine).</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>
    /// The preferred name (Cianopramine). When the source states no name (a research compound known only by an
    /// identifier), this is the <see cref="Id"/> and <see cref="HasStatedName"/> is <see langword="false"/>.
    /// </summary>
    public string Name { get; internal init; } = null!;

    /// <summary>
    /// Whether the source states a name. When it does not, <see cref="Name"/> shows the <see cref="Id"/>, lookups do not
    /// treat it as a name, and exports leave <c>name</c> out, so nothing is invented.
    /// </summary>
    public bool HasStatedName { get; internal init; } = true;

    /// <summary>What the compound is in the dataset.</summary>
    public CompoundRole Role { get; internal init; }

    /// <summary>The pharmacological or chemical class (tricyclic antidepressant), or null when not stated.</summary>
    public string? Class { get; internal init; }

    /// <summary>Other names, each typed and sourced.</summary>
    public ValueArray<Synonym> Synonyms { get; internal init; }

    /// <summary>Database identifiers. Empty when none could be confirmed.</summary>
    public CompoundIdentifiers Identifiers { get; internal init; } = CompoundIdentifiers.None;

    /// <summary>Structure descriptors with their provenance, or null when none are known.</summary>
    public StructureDescriptors? Structure { get; internal init; }

    /// <summary>Structural relations to other compounds (the 3-cyano analogue of imipramine).</summary>
    public ValueArray<CompoundRelation> Relations { get; internal init; }

    /// <summary>The references for the compound's identity, names and class.</summary>
    public ValueArray<Reference> References { get; internal init; }

    /// <summary>Curation notes on the compound.</summary>
    public ValueArray<CurationNote> Notes { get; internal init; }

    /// <summary>The name and, when there is one, the first research code: <c>Cianopramine (Ro 11-2465)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        foreach (var synonym in Synonyms)
        {
            if (synonym.Kind == SynonymKind.ResearchCode)
            {
                return $"{Name} ({synonym.Text})";
            }
        }

        return Name;
    }
}

/// <summary>Another name of a compound, with its kind and where it is used.</summary>
public sealed record Synonym
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal Synonym()
    {
    }

    /// <summary>The name as written in the source.</summary>
    public string Text { get; internal init; } = null!;

    /// <summary>What kind of name it is.</summary>
    public SynonymKind Kind { get; internal init; }

    /// <summary>The references that use this name.</summary>
    public ValueArray<Reference> References { get; internal init; }

    /// <summary>The name.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}

/// <summary>A structural relation from one compound to another.</summary>
public sealed record CompoundRelation
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal CompoundRelation()
    {
    }

    /// <summary>How the compounds relate.</summary>
    public CompoundRelationKind Kind { get; internal init; }

    /// <summary>The id of the other compound (look it up with the dataset's compounds).</summary>
    public string CompoundId { get; internal init; } = null!;

    /// <summary>The relation in words (3-cyano analogue of imipramine), or null.</summary>
    public string? Description { get; internal init; }

    /// <summary>The references that state the relation.</summary>
    public ValueArray<Reference> References { get; internal init; }

    /// <summary>The relation in words.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Description ?? $"{Vocabulary.Text.Of(Kind)} {CompoundId}";
}
