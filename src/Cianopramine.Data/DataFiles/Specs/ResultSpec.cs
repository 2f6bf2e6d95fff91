using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.DataFiles;

/// <summary>An assay result: an item of <c>results[]</c>.</summary>
internal sealed record ResultSpec
{
    public required SourceLocation Location { get; init; }

    public required Located<string> Id { get; init; }

    public required Located<string> Compound { get; init; }

    public required Located<string> Target { get; init; }

    public required Located<string> Assay { get; init; }

    public PharmacologicalAction? Action { get; init; }

    public required ValueSpec Value { get; init; }

    public ConditionsSpec? Conditions { get; init; }

    /// <summary>The reference ids; at least one is required (CPD0022).</summary>
    public ValueArray<Located<string>> References { get; init; }

    public ValueArray<NoteSpec> Notes { get; init; }

    /// <summary>The <c>chembl</c> object, or <see langword="null"/>.</summary>
    public ChemblSpec? Chembl { get; init; }

    /// <summary>The <c>gtopdb</c> object, or <see langword="null"/>.</summary>
    public GtoPdbInteraction? GtoPdb { get; init; }
}

/// <summary>A result's <c>chembl</c> object with the positions its rules report at.</summary>
internal sealed record ChemblSpec
{
    public required ChemblActivity Value { get; init; }

    public Located<string>? AssayId { get; init; }

    public Located<string>? DocumentId { get; init; }

    public ValueLocation? PChemblLocation { get; init; }
}

/// <summary>The conditions of a result: <c>{ "dose"?, "timeAfterDose"?, "text"? }</c>.</summary>
internal sealed record ConditionsSpec
{
    public required ValueLocation Location { get; init; }

    public DoseSpec? Dose { get; init; }

    public TimeSpec? TimeAfterDose { get; init; }

    public string? Text { get; init; }
}

/// <summary>A dose: <c>{ "relation"?, "value", "unit", "route"? }</c>; the relation defaults to <c>=</c>.</summary>
internal sealed record DoseSpec
{
    public required ValueLocation Location { get; init; }

    public required Located<Relation> Relation { get; init; }

    public required Located<decimal> Value { get; init; }

    public required Located<Unit> Unit { get; init; }

    public Route? Route { get; init; }
}

/// <summary>A time: <c>{ "value", "unit" }</c>.</summary>
internal sealed record TimeSpec
{
    public required ValueLocation Location { get; init; }

    public required Located<decimal> Value { get; init; }

    public required Located<Unit> Unit { get; init; }
}
