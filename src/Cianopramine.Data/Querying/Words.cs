using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Querying;

/// <summary>Words for enum values and short renderings shared by the query results' text output.</summary>
internal static class Words
{
    public static string Of(AssaySetting setting) => setting switch
    {
        AssaySetting.InVitro => "in vitro",
        AssaySetting.InVivo => "in vivo",
        AssaySetting.ExVivo => "ex vivo",
        AssaySetting.IsolatedTissue => "isolated tissue",
        _ => setting.ToString(),
    };

    public static string Of(ActivityParameter parameter) => parameter switch
    {
        ActivityParameter.PercentInhibition => "% inhibition",
        ActivityParameter.Dose => "dose",
        _ => parameter.ToString(),
    };

    public static string Of(Reaction reaction) => reaction switch
    {
        Reaction.NDemethylation => "N-demethylation",
        Reaction.ODemethylation => "O-demethylation",
        Reaction.Hydroxylation => "hydroxylation",
        Reaction.NOxidation => "N-oxidation",
        Reaction.Glucuronidation => "glucuronidation",
        Reaction.Sulfation => "sulfation",
        _ => "other reaction",
    };

    public static string Of(ValueKind kind) => kind switch
    {
        ValueKind.Quantitative => "quantitative",
        ValueKind.Qualitative => "qualitative",
        _ => "comparative",
    };

    public static string Of(PharmacologicalAction action) => action switch
    {
        PharmacologicalAction.NoEffect => "no effect",
        _ => action.ToString().ToLowerInvariant(),
    };

    public static string Of(ThresholdComparison comparison) => comparison switch
    {
        ThresholdComparison.Below => "below",
        ThresholdComparison.AtMost => "at most",
        ThresholdComparison.Above => "above",
        _ => "at least",
    };

    /// <summary>A value for people, without the p-value.</summary>
    public static string Short(ResultValue value) => value is QuantitativeValue q ? Of(q, withPValue: false) : Of(value);

    /// <summary>A value for people: quantitative values with their p-value when molar, qualitative words in quotes.</summary>
    public static string Of(ResultValue value) => value switch
    {
        QuantitativeValue q => Of(q, withPValue: true),
        QualitativeValue t => $"\"{t.Text}\" ({Of(t.Category)})",
        ComparativeValue c => c.Text is null ? c.ToString() : $"{c} (\"{c.Text}\")",
        _ => value.ToString(),
    };

    public static string Of(QualitativeCategory category) => category switch
    {
        QualitativeCategory.HighAffinity => "high affinity",
        _ => category.ToString().ToLowerInvariant(),
    };

    public static string Of(QuantitativeValue q, bool withPValue) => Of(q.Parameter) + " " + Magnitude(q, withPValue);

    /// <summary>Relation, magnitude, spread and (optionally) p-value, without the parameter: <c>= 50 µM; pIC50 = 4.30</c>.</summary>
    public static string Magnitude(QuantitativeValue q, bool withPValue)
    {
        var text = new StringBuilder();
        text.Append(q.Relation.DisplaySymbol()).Append(' ');
        var spreadValue = q.Spread?.Value;
        if (q.Concentration is { } c && q.Magnitude.Unit.TryGetMolarUnit(out var reportedUnit))
        {
            // Shown in its most readable unit; the spread, given in the reported unit, follows it there.
            var unit = c.ReadableUnit();
            text.Append(c.ToString(unit));
            if (spreadValue is >= 0m)
            {
                spreadValue = MolarConcentration.From(spreadValue.Value, reportedUnit).In(unit);
            }
        }
        else
        {
            text.Append(q.Magnitude.ToString());
        }

        if (q.Spread is { } spread)
        {
            text.Append(" ± ").Append(spreadValue!.Value.ToString(CultureInfo.InvariantCulture));
            text.Append(spread.Kind switch
            {
                SpreadKind.StandardDeviation => " (SD)",
                SpreadKind.StandardError => " (SEM)",
                SpreadKind.ConfidenceInterval95 => " (95 % CI)",
                SpreadKind.Range => " (half range)",
                _ => " (spread unspecified)",
            });
        }

        if (withPValue && q.PValue is { } p)
        {
            text.Append("; p").Append(q.Parameter).Append(' ').Append(q.PValueRelation.DisplaySymbol()).Append(' ').Append(p.ToString());
        }

        return text.ToString();
    }

    /// <summary>The assay in short: setting, species and description.</summary>
    public static string Of(Assay assay)
    {
        var text = new StringBuilder(Of(assay.Setting));
        if (!assay.Species.IsEmpty)
        {
            text.Append(", ");
            for (var i = 0; i < assay.Species.Count; i++)
            {
                text.Append(i == 0 ? string.Empty : "/").Append(assay.Species[i].ToString().ToLowerInvariant());
            }
        }

        return text.Append(": ").Append(assay.Description).ToString();
    }

    public static string Ids(ValueArray<Reference> references)
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < references.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(references[i].Id);
        }

        return text.Append(']').ToString();
    }

    public static string List<T>(IEnumerable<T> items, string separator = ", ") => string.Join(separator, items);
}
