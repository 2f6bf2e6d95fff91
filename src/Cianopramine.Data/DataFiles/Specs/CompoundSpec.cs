using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>A compound: an item of <c>compounds[]</c>.</summary>
internal sealed record CompoundSpec
{
    public required SourceLocation Location { get; init; }

    public required Located<string> Id { get; init; }

    /// <summary>The preferred name, or <see langword="null"/> when the source states none (only an identifier).</summary>
    public string? Name { get; init; }

    public required CompoundRole Role { get; init; }

    /// <summary>The pharmacological class (JSON <c>class</c>), or <see langword="null"/>.</summary>
    public string? Class { get; init; }

    public ValueArray<SynonymSpec> Synonyms { get; init; }

    public IdentifiersSpec? Identifiers { get; init; }

    public StructureSpec? Structure { get; init; }

    public ValueArray<CompoundRelationSpec> Relations { get; init; }

    /// <summary>The reference ids; at least one is required (CPD0022).</summary>
    public ValueArray<Located<string>> References { get; init; }

    public ValueArray<NoteSpec> Notes { get; init; }
}

/// <summary>A typed synonym: <c>{ "text", "kind", "references"? }</c>.</summary>
internal sealed record SynonymSpec
{
    public required ValueLocation Location { get; init; }

    public required string Text { get; init; }

    public required SynonymKind Kind { get; init; }

    public ValueArray<Located<string>> References { get; init; }
}

/// <summary>Database identifiers of a compound; each is <see langword="null"/> when not known.</summary>
internal sealed record IdentifiersSpec
{
    public required ValueLocation Location { get; init; }

    public Located<long>? PubchemCid { get; init; }

    public Located<string>? ChemblId { get; init; }

    public Located<string>? DrugbankId { get; init; }

    public Located<string>? Cas { get; init; }
}

/// <summary>A compound's structure, reported or computed.</summary>
internal sealed record StructureSpec
{
    public required ValueLocation Location { get; init; }

    public required ValueProvenance Provenance { get; init; }

    /// <summary>How a computed structure was computed, or <see langword="null"/>.</summary>
    public string? Method { get; init; }

    public string? Smiles { get; init; }

    public Located<string>? Formula { get; init; }

    /// <summary>The average molar mass in g/mol.</summary>
    public Located<double>? AverageMass { get; init; }

    /// <summary>The monoisotopic mass in g/mol.</summary>
    public Located<double>? MonoisotopicMass { get; init; }

    public Located<string>? InchiKey { get; init; }

    public ValueArray<Located<string>> References { get; init; }
}

/// <summary>A relation of a compound to another: <c>{ "kind", "compound", "description"?, "references"? }</c>.</summary>
internal sealed record CompoundRelationSpec
{
    public required ValueLocation Location { get; init; }

    public required CompoundRelationKind Kind { get; init; }

    public required Located<string> Compound { get; init; }

    public string? Description { get; init; }

    public ValueArray<Located<string>> References { get; init; }
}
