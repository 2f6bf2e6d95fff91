using System;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.DataFiles;

/// <summary>Results (<c>results[]</c>): the value in its three shapes, and the conditions.</summary>
internal static partial class ModelFormat
{
    private static void WriteResult(IModelSink s, AssayResult r)
    {
        s.String("id", r.Id);
        s.Link("compound", LinkKind.Compound, r.Compound.Id);
        s.Link("target", LinkKind.Target, r.Target.Id);
        s.Link("assay", LinkKind.Assay, r.Assay.Id);
        s.OptionalWord("action", r.Action);
        WriteValue(s, r.Value);
        WriteConditions(s, r.Conditions);
        s.References("references", r.References, required: true);
        WriteNotes(s, r.Notes);
        WriteChembl(s, r.Chembl);
        WriteGtoPdb(s, r.GtoPdb);
    }

    private static void WriteValue(IModelSink s, ResultValue value)
    {
        s.BeginObject("value");
        s.Word("type", value.Kind);
        switch (value)
        {
            case QuantitativeValue q:
                s.Word("parameter", q.Parameter);
                s.Word("relation", q.Relation);
                s.Decimal("value", q.Magnitude.Value);
                s.Word("unit", q.Magnitude.Unit);
                if (s.BeginOptionalObject("spread", q.Spread is not null))
                {
                    s.Decimal("value", q.Spread!.Value.Value);
                    s.Word("kind", q.Spread.Value.Kind);
                    s.EndObject();
                }

                s.OptionalInteger("sampleSize", q.SampleSize);
                s.OptionalString("agent", q.Agent);

                break;
            case QualitativeValue t:
                s.String("text", t.Text);
                s.Word("category", t.Category);
                break;
            case ComparativeValue c:
                s.Link("comparedTo", LinkKind.Compound, c.ComparedTo.Id);
                s.Word("direction", c.Direction);
                s.OptionalString("magnitude", c.Magnitude);
                s.OptionalString("text", c.Text);
                break;
            default:
                throw new ArgumentException("Unknown kind of value.", nameof(value));
        }

        s.EndObject();
    }

    private static void WriteConditions(IModelSink s, Conditions conditions)
    {
        if (!s.BeginOptionalObject("conditions", !conditions.IsEmpty))
        {
            return;
        }

        if (s.BeginOptionalObject("dose", conditions.Dose is not null))
        {
            var dose = conditions.Dose!;
            s.OptionalWord<Relation>("relation", dose.Relation == Relation.EqualTo ? null : dose.Relation);
            s.Decimal("value", dose.Amount.Value);
            s.Word("unit", dose.Amount.Unit);
            s.OptionalWord("route", dose.Route);
            s.EndObject();
        }

        if (s.BeginOptionalObject("timeAfterDose", conditions.TimeAfterDose is not null))
        {
            s.Decimal("value", conditions.TimeAfterDose!.Value.Value);
            s.Word("unit", conditions.TimeAfterDose.Value.Unit);
            s.EndObject();
        }

        s.OptionalString("text", conditions.Text);
        s.EndObject();
    }

#if !CIANOPRAMINE_GENERATOR
    private static AssayResult ReadResult(ref CompactReader r) => new()
    {
        Id = r.String(),
        Compound = r.Compound(),
        Target = r.Target(),
        Assay = r.Assay(),
        Action = r.OptionalWord<PharmacologicalAction>(),
        Value = ReadValue(ref r),
        Conditions = ReadConditions(ref r),
        References = r.References(),
        Notes = ReadNotes(ref r),
        Chembl = ReadChembl(ref r),
        GtoPdb = ReadGtoPdb(ref r),
    };

    private static ResultValue ReadValue(ref CompactReader r) => r.Word<ValueKind>() switch
    {
        ValueKind.Quantitative => new QuantitativeValue
        {
            Parameter = r.Word<ActivityParameter>(),
            Relation = r.Word<Relation>(),
            Magnitude = new Quantity(r.Decimal(), r.Word<Unit>()),
            Spread = r.Present() ? new Spread(r.Decimal(), r.Word<SpreadKind>()) : null,
            SampleSize = (int?)r.OptionalInteger(),
            Agent = r.OptionalString(),
        },
        ValueKind.Qualitative => new QualitativeValue
        {
            Text = r.String(),
            Category = r.Word<QualitativeCategory>(),
        },
        _ => new ComparativeValue
        {
            ComparedTo = r.Compound(),
            Direction = r.Word<ComparativeDirection>(),
            Magnitude = r.OptionalString(),
            Text = r.OptionalString(),
        },
    };

    private static Conditions ReadConditions(ref CompactReader r)
    {
        if (!r.Present())
        {
            return Conditions.None;
        }

        return new Conditions
        {
            Dose = r.Present()
                ? new Dose
                {
                    Relation = r.OptionalWord<Relation>() ?? Relation.EqualTo,
                    Amount = new Quantity(r.Decimal(), r.Word<Unit>()),
                    Route = r.OptionalWord<Route>(),
                }
                : null,
            TimeAfterDose = r.Present() ? new Quantity(r.Decimal(), r.Word<Unit>()) : null,
            Text = r.OptionalString(),
        };
    }
#endif
}
