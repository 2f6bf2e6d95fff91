using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.DataFiles;

/// <summary>Readers of the result, transformation, mechanism and gap sections.</summary>
internal static partial class DatasetFileReader
{
    private static readonly string[] ResultProperties =
    {
        "id", "compound", "target", "assay", "action", "value", "conditions", "references", "notes", "chembl", "gtopdb",
    };

    // The names of these arrays name the object shapes of the generated JSON Schema ($defs/quantitativeValue, …).
    private static readonly string[] QuantitativeValueProperties = { "type", "parameter", "relation", "value", "unit", "spread", "sampleSize", "agent" };

    private static readonly string[] QualitativeValueProperties = { "type", "text", "category" };

    private static readonly string[] ComparativeValueProperties = { "type", "comparedTo", "direction", "magnitude", "text" };

    private static readonly string[] AnyValueProperties =
    {
        "type", "parameter", "relation", "value", "unit", "spread", "sampleSize", "agent", "text", "category", "comparedTo", "direction", "magnitude",
    };

    private static readonly string[] SpreadProperties = { "value", "kind" };

    private static readonly string[] ConditionsProperties = { "dose", "timeAfterDose", "text" };

    private static readonly string[] DoseProperties = { "relation", "value", "unit", "route" };

    private static readonly string[] TimeAfterDoseProperties = { "value", "unit" };

    private static readonly string[] TransformationProperties =
    {
        "id", "substrate", "product", "reaction", "enzymes", "species", "setting", "productActive", "references", "notes",
    };

    private static readonly string[] MechanismProperties =
    {
        "id", "compound", "scope", "targets", "action", "primary", "text", "references", "notes",
    };

    private static readonly string[] GapProperties =
    {
        "id", "text", "compounds", "targets", "parameters", "setting", "references",
    };

    private static ResultSpec ReadResult(ObjectReader o)
    {
        var id = o.Id("id");
        var compound = o.Id("compound");
        var target = o.Id("target");
        var assay = o.Id("assay");
        var value = o.Get("value", required: true) is { } v ? ReadValue(o, v) : null;
        return new ResultSpec
        {
            Location = o.Location,
            Id = id.GetValueOrDefault(),
            Compound = compound.GetValueOrDefault(),
            Target = target.GetValueOrDefault(),
            Assay = assay.GetValueOrDefault(),
            Action = o.Enum("action", EnumWords.Action),
            Value = value!,
            Conditions = o.Object("conditions", ConditionsProperties) is { } c ? ReadConditions(c) : null,
            References = o.IdList("references"),
            Notes = Notes(o),
            Chembl = o.Object("chembl", ChemblProperties) is { } chembl ? ReadChembl(chembl) : null,
            GtoPdb = o.Object("gtopdb", GtopdbProperties) is { } gtopdb ? ReadGtoPdb(gtopdb) : null,
        };
    }

    /// <summary>Reads a value object; its <c>type</c> decides which properties are allowed.</summary>
    private static ValueSpec? ReadValue(ObjectReader result, JsonTreeNode node)
    {
        var context = result.Context;
        if (node.Kind != JsonTreeKind.Object)
        {
            context.ReportBreaking(DiagnosticCatalogue.WrongType, result.LocateValue(node, "value"), "value", "an object", node.Describe());
            return null;
        }

        var types = EnumWords.ValueKind;
        if (node.Find("type") is not { Value: { Kind: JsonTreeKind.String } type } || !types.TryParse(type.Text, out var kind))
        {
            // Report the type problem only; the other properties cannot be judged without a type.
            var probe = result.OpenInside(node, "value", AnyValueProperties)!.Value;
            if (probe.Get("type", required: true, JsonTreeKind.String, "a string") is { } bad)
            {
                context.ReportBreaking(
                    DiagnosticCatalogue.UnknownEnumValue,
                    probe.LocateValue(bad, "type"),
                    bad.Text,
                    types.Description,
                    types.Expected);
            }

            return null;
        }

        var known = kind switch
        {
            ValueKind.Quantitative => QuantitativeValueProperties,
            ValueKind.Qualitative => QualitativeValueProperties,
            _ => ComparativeValueProperties,
        };
        var o = result.OpenInside(node, "value", known)!.Value;
        context.Recorder?.Variant(o, "type", types.Words, types.ToWord(kind));
        return kind switch
        {
            ValueKind.Quantitative => ReadQuantitative(o),
            ValueKind.Qualitative => ReadQualitative(o),
            _ => ReadComparative(o),
        };
    }

    private static QuantitativeValueSpec? ReadQuantitative(ObjectReader o)
    {
        var parameter = o.Enum("parameter", EnumWords.Parameter, required: true);
        var relationBefore = o.Context.BreakingErrors;
        var relation = o.Relation("relation");
        var relationBroken = o.Context.BreakingErrors != relationBefore;
        var value = o.Decimal("value");
        var unit = o.Unit("unit");
        var spread = o.Object("spread", SpreadProperties) is { } s ? ReadSpread(s) : null;
        var sampleSize = o.Integer("sampleSize", 1, int.MaxValue);
        var agent = o.Text("agent");
        if (parameter is null || relationBroken || value is null || unit is null)
        {
            return null;
        }

        return new QuantitativeValueSpec
        {
            Location = o.Where,
            Value = new QuantitativeValue
            {
                Parameter = parameter.Value,
                Relation = relation?.Value ?? Relation.EqualTo,
                Magnitude = new Quantity(value.Value.Value, unit.Value.Value),
                Spread = spread?.Spread,
                SampleSize = (int?)sampleSize?.Value,
                Agent = agent,
            },
            RelationLocation = relation?.At ?? o.FirstCharacter,
            MagnitudeLocation = value.Value.At,
            UnitLocation = unit.Value.At,
            SpreadLocation = spread?.Location,
        };
    }

    private static (Spread Spread, ValueLocation Location)? ReadSpread(ObjectReader o)
    {
        var value = o.Decimal("value");
        var kind = o.Enum("kind", EnumWords.SpreadKind, required: true);
        return value is null || kind is null ? null : (new Spread(value.Value.Value, kind.Value), value.Value.At);
    }

    private static QualitativeValueSpec? ReadQualitative(ObjectReader o)
    {
        var text = o.RequiredText("text");
        var category = o.Enum("category", EnumWords.QualitativeCategory, required: true);
        return category is null ? null : new QualitativeValueSpec { Location = o.Where, Text = text, Category = category.Value };
    }

    private static ComparativeValueSpec ReadComparative(ObjectReader o)
    {
        var comparedTo = o.Id("comparedTo");
        var direction = o.Enum("direction", EnumWords.ComparativeDirection, required: true);
        return new ComparativeValueSpec
        {
            Location = o.Where,
            ComparedTo = comparedTo.GetValueOrDefault(),
            Direction = direction ?? default,
            Magnitude = o.Text("magnitude"),
            Text = o.Text("text"),
        };
    }

    private static ConditionsSpec ReadConditions(ObjectReader o) => new()
    {
        Location = o.Where,
        Dose = o.Object("dose", DoseProperties) is { } d ? ReadDose(d) : null,
        TimeAfterDose = o.Object("timeAfterDose", TimeAfterDoseProperties) is { } t ? ReadTime(t) : null,
        Text = o.Text("text"),
    };

    private static DoseSpec? ReadDose(ObjectReader o)
    {
        var relationBefore = o.Context.BreakingErrors;
        var relation = o.Relation("relation");
        var relationBroken = o.Context.BreakingErrors != relationBefore;
        var value = o.Decimal("value");
        var unit = o.Unit("unit");
        var route = o.Enum("route", EnumWords.DoseRoute);
        return relationBroken || value is null || unit is null
            ? null
            : new DoseSpec
            {
                Location = o.Where,
                Relation = relation ?? new Located<Relation>(Relation.EqualTo, o.FirstCharacter),
                Value = value.Value,
                Unit = unit.Value,
                Route = route,
            };
    }

    private static TimeSpec? ReadTime(ObjectReader o)
    {
        var value = o.Decimal("value");
        var unit = o.Unit("unit");
        return value is null || unit is null
            ? null
            : new TimeSpec { Location = o.Where, Value = value.Value, Unit = unit.Value };
    }

    private static TransformationSpec ReadTransformation(ObjectReader o)
    {
        var id = o.Id("id");
        var substrate = o.Id("substrate");
        var product = o.Id("product");
        var reaction = o.Enum("reaction", EnumWords.Reaction, required: true);
        var enzymes = ReadEnzymes(o);
        return new TransformationSpec
        {
            Location = o.Location,
            Id = id.GetValueOrDefault(),
            Substrate = substrate.GetValueOrDefault(),
            Product = product.GetValueOrDefault(),
            Reaction = reaction ?? default,
            Enzymes = enzymes ?? EnzymesSpec.NotReported,
            Species = o.Enum("species", EnumWords.Species),
            Setting = o.Enum("setting", EnumWords.AssaySetting),
            ProductActive = o.Bool("productActive"),
            References = o.IdList("references"),
            Notes = Notes(o),
        };
    }

    /// <summary><c>"not-reported"</c>, <c>"none"</c>, or a non-empty array of enzyme names.</summary>
    private static EnzymesSpec? ReadEnzymes(ObjectReader o)
    {
        const string Words = EnzymesSpec.NotReportedWord + ", " + EnzymesSpec.NoneWord + ", or an array of enzyme names";
        if (o.Get("enzymes", required: true) is not { } node)
        {
            return null;
        }

        if (node.Kind == JsonTreeKind.String)
        {
            o.Context.Recorder?.Read(o, "enzymes", ReadShape.WordsOf(EnzymesSpec.NotReportedWord, EnzymesSpec.NoneWord));
        }

        switch (node.Kind)
        {
            case JsonTreeKind.String when node.Text == EnzymesSpec.NotReportedWord:
                return EnzymesSpec.NotReported;
            case JsonTreeKind.String when node.Text == EnzymesSpec.NoneWord:
                return EnzymesSpec.None;
            case JsonTreeKind.String:
                o.Context.ReportBreaking(DiagnosticCatalogue.UnknownEnumValue, o.LocateValue(node, "enzymes"), node.Text, "enzymes value", Words);
                return null;
            case JsonTreeKind.Array:
                // A name that is not a string and an empty list are breaking errors: Section leaves the transformation out.
                var names = o.TextList("enzymes");
                o.RequireNonEmpty("enzymes", names);
                return EnzymesSpec.Listed(names);
            default:
                o.Context.ReportBreaking(DiagnosticCatalogue.WrongType, o.LocateValue(node, "enzymes"), "enzymes", "a string or an array", node.Describe());
                return null;
        }
    }

    private static MechanismSpec ReadMechanism(ObjectReader o)
    {
        var id = o.Id("id");
        var action = o.Enum("action", EnumWords.Action, required: true);
        var targets = o.IdList("targets", required: true);
        o.RequireNonEmpty("targets", targets);
        return new MechanismSpec
        {
            Location = o.Location,
            Id = id.GetValueOrDefault(),
            Compound = o.Id("compound", required: false),
            Scope = o.Text("scope"),
            Targets = targets,
            Action = action ?? default,
            Primary = o.Bool("primary") ?? false,
            Text = o.RequiredText("text"),
            References = o.IdList("references"),
            Notes = Notes(o),
        };
    }

    private static GapSpec ReadGap(ObjectReader o)
    {
        var id = o.Id("id");
        return new GapSpec
        {
            Location = o.Location,
            Id = id.GetValueOrDefault(),
            Text = o.RequiredText("text"),
            Compounds = o.IdList("compounds", required: true),
            Targets = o.IdList("targets", required: true),
            Parameters = o.EnumList("parameters", EnumWords.Parameter),
            Setting = o.Enum("setting", EnumWords.AssaySetting),
            References = o.IdList("references"),
        };
    }
}
