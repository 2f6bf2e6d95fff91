using System;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.DataFiles;

/// <summary>Results, values, conditions, transformations, mechanism statements and gaps.</summary>
internal sealed partial class SpecModelBuilder
{
    private AssayResult BuildResult(ResultSpec r) => new()
    {
        Id = r.Id.Value,
        Compound = Lookup(_compounds, r.Compound.Value),
        Target = Lookup(_targets, r.Target.Value),
        Assay = Lookup(_assays, r.Assay.Value),
        Conditions = Conditions(r.Conditions),
        Value = Value(r.Value),
        Action = r.Action is { } action ? action : null,
        References = References(r.References),
        Notes = Notes(r.Notes),
        Chembl = r.Chembl?.Value,
        GtoPdb = r.GtoPdb,
    };

    private ResultValue Value(ValueSpec value) => value switch
    {
        QuantitativeValueSpec q => q.Value,
        QualitativeValueSpec t => new QualitativeValue
        {
            Text = t.Text,
            Category = t.Category,
        },
        ComparativeValueSpec c => new ComparativeValue
        {
            ComparedTo = Lookup(_compounds, c.ComparedTo.Value),
            Direction = c.Direction,
            Magnitude = c.Magnitude,
            Text = c.Text,
        },
        _ => throw new InvalidOperationException("Unknown value kind " + value.GetType().Name + "."),
    };

    private static Conditions Conditions(ConditionsSpec? spec)
    {
        if (spec is null || (spec.Dose is null && spec.TimeAfterDose is null && spec.Text is null))
        {
            return Model.Conditions.None;
        }

        return new Conditions
        {
            Dose = spec.Dose is { } dose
                ? new Dose
                {
                    Relation = dose.Relation.Value,
                    Amount = Quantity(dose.Value.Value, dose.Unit.Value),
                    Route = dose.Route is { } route ? route : null,
                }
                : null,
            TimeAfterDose = spec.TimeAfterDose is { } time ? Quantity(time.Value.Value, time.Unit.Value) : null,
            Text = spec.Text,
        };
    }

    private MetabolicTransformation BuildTransformation(TransformationSpec t) => new()
    {
        Id = t.Id.Value,
        Substrate = Lookup(_compounds, t.Substrate.Value),
        Product = Lookup(_compounds, t.Product.Value),
        Reaction = t.Reaction,
        EnzymeEvidence = t.Enzymes.Kind,
        Enzymes = t.Enzymes.Names,
        Species = t.Species is { } species ? species : null,
        Setting = t.Setting is { } setting ? setting : null,
        ProductActive = t.ProductActive,
        References = References(t.References),
        Notes = Notes(t.Notes),
    };

    private MechanismStatement BuildMechanism(MechanismSpec m) => new()
    {
        Id = m.Id.Value,
        Compound = m.Compound is { } compound ? Lookup(_compounds, compound.Value) : null,
        Scope = m.Scope,
        Targets = Resolve(m.Targets, _targets),
        Action = m.Action,
        IsPrimary = m.Primary,
        Text = m.Text,
        References = References(m.References),
        Notes = Notes(m.Notes),
    };

    private DataGap BuildGap(GapSpec g) => new()
    {
        Id = g.Id.Value,
        Text = g.Text,
        Compounds = Resolve(g.Compounds, _compounds),
        Targets = Resolve(g.Targets, _targets),
        Parameters = g.Parameters,
        Setting = g.Setting is { } setting ? setting : null,
        References = References(g.References),
    };
}
