using System.Collections.Generic;
using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Querying;

/// <summary>The rules that say when two quantitative results may be set side by side, and short descriptions of result lists.</summary>
internal static class Comparability
{
    /// <summary>The result's value as a molar quantitative value, or null.</summary>
    public static QuantitativeValue? Molar(AssayResult result) =>
        result.Value is QuantitativeValue q && q.Concentration is not null ? q : null;

    /// <summary>Whether two assays' species are compatible: they share one, or either does not state its species.</summary>
    public static bool SpeciesCompatible(Assay a, Assay b)
    {
        if (a.Species.IsEmpty || b.Species.IsEmpty)
        {
            return true;
        }

        foreach (var x in a.Species)
        {
            foreach (var y in b.Species)
            {
                if (x == y)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Two results of different compounds at one target are comparable when both are molar concentrations of the same
    /// parameter, from assays of the same kind, in the same setting, in compatible species.
    /// </summary>
    public static bool ComparableAcrossCompounds(AssayResult a, AssayResult b) =>
        Molar(a) is { } qa && Molar(b) is { } qb
        && qa.Parameter == qb.Parameter
        && a.Assay.Kind == b.Assay.Kind
        && a.Assay.Setting == b.Assay.Setting
        && SpeciesCompatible(a.Assay, b.Assay);

    /// <summary>
    /// Two results of one compound at different targets are comparable when both are molar concentrations of the same
    /// parameter, in the same setting, in compatible species (the assay kinds differ with the target by nature).
    /// </summary>
    public static bool ComparableAcrossTargets(AssayResult a, AssayResult b) =>
        Molar(a) is { } qa && Molar(b) is { } qb
        && qa.Parameter == qb.Parameter
        && a.Assay.Setting == b.Assay.Setting
        && SpeciesCompatible(a.Assay, b.Assay);

    /// <summary>A result list in short: <c>P2 (qualitative), P5 (qualitative)</c>; "none" when empty.</summary>
    public static string Describe(IReadOnlyList<AssayResult> results)
    {
        if (results.Count == 0)
        {
            return "none";
        }

        var text = new StringBuilder();
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            text.Append(i == 0 ? string.Empty : ", ").Append(r.Id).Append(" (");
            text.Append(r.Value switch
            {
                QuantitativeValue q when q.Concentration is not null => $"{Text.Of(q.Parameter)}, {Text.Of(r.Assay.Setting)}",
                QuantitativeValue q => $"{Text.Of(q.Parameter)}, not a concentration",
                _ => Text.Of(r.Value.Kind),
            });
            text.Append(')');
        }

        return text.ToString();
    }
}
