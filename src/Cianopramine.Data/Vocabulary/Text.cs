using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Vocabulary;

/// <summary>
/// How values read for people, in one place: <c>ToString</c> of the model, the query results' text reports and the
/// HTML renderings all call these, and every enumeration word comes from its table in <see cref="EnumWords"/>.
/// </summary>
internal static class Text
{
    /// <summary>The display word of an enumeration value (<c>in vitro</c>, <c>% inhibition</c>, <c>N-demethylation</c>).</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The word.</returns>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumWords.Display(value);

    /// <summary>A value for people: quantitative values with their p-value when molar, qualitative words in quotes.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Of(ResultValue value) => value switch
    {
        QuantitativeValue q => Of(q, withPValue: true),
        QualitativeValue t => "\"" + t.Text + "\" (" + Of(t.Category) + ")",
        ComparativeValue c => c.Text is null ? Comparison(c) : Comparison(c) + " (\"" + c.Text + "\")",
        _ => value.ToString(),
    };

    /// <summary>A value for people, without the p-value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Short(ResultValue value) => value is QuantitativeValue q ? Of(q, withPValue: false) : Of(value);

    /// <summary>
    /// Agent, parameter, relation, magnitude, spread and (optionally) p-value: <c>IC50 = 50 µM; pIC50 = 4.30</c>,
    /// <c>phenylephrine dose = 67 µg/min ± 25 (spread unspecified)</c>.
    /// </summary>
    /// <param name="q">The value.</param>
    /// <param name="withPValue">Whether to add the p-value of a molar concentration.</param>
    /// <returns>The text.</returns>
    public static string Of(QuantitativeValue q, bool withPValue) =>
        (q.Agent is null ? Of(q.Parameter) : q.Agent + " " + Of(q.Parameter)) + " " + Magnitude(q, withPValue);

    /// <summary>Relation, magnitude, spread and (optionally) p-value, without the parameter: <c>= 50 µM; pIC50 = 4.30</c>.</summary>
    /// <param name="q">The value.</param>
    /// <param name="withPValue">Whether to add the p-value of a molar concentration.</param>
    /// <returns>The text.</returns>
    public static string Magnitude(QuantitativeValue q, bool withPValue)
    {
        var text = new StringBuilder();
        text.Append(Of(q.Relation)).Append(' ');
        var spreadValue = q.Spread?.Value;
        if (q.Concentration is { } c && q.Magnitude.Unit.TryGetMolarUnit(out var reportedUnit))
        {
            // Shown in its most readable unit; the spread, given in the reported unit, follows it there (a spread too
            // large to be a concentration, which a data file cannot hold, keeps both in the reported unit).
            var unit = c.ReadableUnit();
            if (spreadValue is >= 0m)
            {
                if (MolarConcentration.TryFrom(spreadValue.Value, reportedUnit, out var spreadConcentration))
                {
                    spreadValue = spreadConcentration.In(unit);
                }
                else
                {
                    unit = reportedUnit;
                }
            }

            text.Append(c.ToString(unit));
        }
        else
        {
            text.Append(q.Magnitude.ToString());
        }

        if (q.Spread is { } spread)
        {
            text.Append(" ± ").Append(spreadValue!.Value.ToString(CultureInfo.InvariantCulture))
                .Append(" (").Append(Of(spread.Kind)).Append(')');
        }

        if (q.SampleSize is { } n)
        {
            text.Append(" (n = ").Append(n.ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        if (withPValue && q.PValue is { } p)
        {
            text.Append("; p").Append(Of(q.Parameter)).Append(' ').Append(Of(q.PValueRelation)).Append(' ').Append(p.ToString());
        }

        return text.ToString();
    }

    /// <summary>Direction, degree and the other compound: <c>considerably weaker than Cianopramine</c>.</summary>
    /// <param name="c">The value.</param>
    /// <returns>The text.</returns>
    public static string Comparison(ComparativeValue c)
    {
        var phrase = c.Direction == ComparativeDirection.Similar ? "similar to" : Of(c.Direction) + " than";
        return c.Magnitude is null ? phrase + " " + c.ComparedTo.Name : c.Magnitude + " " + phrase + " " + c.ComparedTo.Name;
    }

    /// <summary>The assay in short: setting, species and description.</summary>
    /// <param name="assay">The assay.</param>
    /// <returns>The text.</returns>
    public static string Of(Assay assay)
    {
        var text = new StringBuilder(Of(assay.Setting));
        if (!assay.Species.IsEmpty)
        {
            text.Append(", ");
            for (var i = 0; i < assay.Species.Count; i++)
            {
                text.Append(i == 0 ? string.Empty : "/").Append(Of(assay.Species[i]));
            }
        }

        return assay.Description is { } description ? text.Append(": ").Append(description).ToString() : text.ToString();
    }

    /// <summary>The ids of references in brackets: <c>[guide, ref4]</c>.</summary>
    /// <param name="references">The references.</param>
    /// <returns>The text.</returns>
    public static string Ids(ValueArray<Reference> references)
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < references.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(references[i].Id);
        }

        return text.Append(']').ToString();
    }

    /// <summary>Items joined with a separator, each as its <c>ToString</c>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="separator">The separator.</param>
    /// <returns>The text.</returns>
    public static string List<T>(IEnumerable<T> items, string separator = ", ") => string.Join(separator, items);

    /// <summary>Enumeration values joined with commas, each as its display word.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="values">The values.</param>
    /// <returns>The text.</returns>
    public static string Words<TEnum>(ValueArray<TEnum> values)
        where TEnum : struct, Enum
    {
        var words = new string[values.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Of(values[i]);
        }

        return string.Join(", ", words);
    }

    /// <summary>A count with its noun, singular or plural: <c>1 compound</c>, <c>2 compounds</c>, <c>0 data gaps</c>.</summary>
    /// <param name="count">The count.</param>
    /// <param name="singular">The noun for one.</param>
    /// <returns>The text.</returns>
    public static string Count(int count, string singular) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : singular + "s");
}
