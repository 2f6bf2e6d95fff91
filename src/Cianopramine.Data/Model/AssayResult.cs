using System.Text;

namespace Cianopramine.Data.Model;

/// <summary>
/// One result: a compound, a target, an assay, the conditions, the value (quantitative, qualitative or comparative),
/// the action, the references and the curation notes.
/// </summary>
/// <remarks>Value equality over all properties.</remarks>
public sealed record AssayResult
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal AssayResult()
    {
    }

    /// <summary>The result's id in the dataset (G2, P4-1mg-2h …).</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>The compound tested.</summary>
    public Compound Compound { get; internal init; } = null!;

    /// <summary>The target.</summary>
    public Target Target { get; internal init; } = null!;

    /// <summary>The assay.</summary>
    public Assay Assay { get; internal init; } = null!;

    /// <summary>Dose, time after dose and other conditions; <see cref="Conditions.None"/> when none are stated.</summary>
    public Conditions Conditions { get; internal init; } = Conditions.None;

    /// <summary>The value: exactly one of <see cref="QuantitativeValue"/>, <see cref="QualitativeValue"/> or <see cref="ComparativeValue"/>.</summary>
    public ResultValue Value { get; internal init; } = null!;

    /// <summary>The compound's action at the target, when the source states one.</summary>
    public PharmacologicalAction? Action { get; internal init; }

    /// <summary>The references, at least one.</summary>
    public ValueArray<Reference> References { get; internal init; }

    /// <summary>Curation notes on this result.</summary>
    public ValueArray<CurationNote> Notes { get; internal init; }

    /// <summary>What ChEMBL states about the record (ids, assay type, pChEMBL, organism), or null for other sources.</summary>
    public ChemblActivity? Chembl { get; internal init; }

    /// <summary>What the Guide to Pharmacology states (ids, affinity range), or null for other sources.</summary>
    public GtoPdbInteraction? GtoPdb { get; internal init; }

    /// <summary>One line: compound, target, value, conditions and reference ids.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Id).Append(": ").Append(Compound.Name).Append(" @ ").Append(Target.Symbol)
            .Append(" — ").Append(Value);
        if (!Conditions.IsEmpty)
        {
            text.Append(" (").Append(Conditions).Append(')');
        }

        text.Append(" [");
        for (var i = 0; i < References.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(References[i].Id);
        }

        return text.Append(']').ToString();
    }
}
