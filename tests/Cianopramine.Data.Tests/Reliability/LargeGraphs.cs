using Cianopramine.Data.Model;
using Cianopramine.Data.Tests.Model;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// The large inputs of issue 15 that break renderers and walks, generated at test time through the model (the
/// loader's cost is not what they test): a chain of 40,000 steps, the dense graph of 450 compounds and 101,025
/// transformations (every pair i &lt; j, as the reviewer's file), and a result citing one reference 10⁶ times.
/// </summary>
internal static class LargeGraphs
{
    /// <summary>
    /// A dataset whose metabolism is the given edges between compounds c0 … c(n-1), in the given order; named
    /// "Compound i", or all <paramref name="longName"/> (one string, so a long name costs its length once).
    /// </summary>
    public static Dataset Metabolism(int compounds, IEnumerable<(int From, int To)> edges, string? longName = null)
    {
        var items = new Compound[compounds];
        for (var i = 0; i < compounds; i++)
        {
            items[i] = Samples.Desmethylcianopramine() with
            {
                Id = "c" + i,
                Name = longName ?? "Compound " + i,
                Synonyms = default,
            };
        }

        var template = Samples.NDemethylation() with { Notes = default };
        var steps = new List<MetabolicTransformation>();
        foreach (var (from, to) in edges)
        {
            steps.Add(template with { Id = "t" + steps.Count, Substrate = items[from], Product = items[to] });
        }

        return Build(items, steps.ToArray());
    }

    /// <summary>c0 → c1 → … → c(steps).</summary>
    public static Dataset Chain(int steps) =>
        Metabolism(steps + 1, Enumerable.Range(0, steps).Select(i => (i, i + 1)));

    /// <summary>Every pair i &lt; j of 450 compounds: 101,025 transformations, acyclic; with <paramref name="cyclic"/>, every third pair turned round.</summary>
    public static Dataset Dense(bool cyclic = false, int compounds = 450)
    {
        var edges = new List<(int, int)>(compounds * (compounds - 1) / 2);
        for (var i = 0; i < compounds; i++)
        {
            for (var j = i + 1; j < compounds; j++)
            {
                edges.Add(cyclic && (i + j) % 3 == 0 ? (j, i) : (i, j));
            }
        }

        return Metabolism(compounds, edges);
    }

    /// <summary>One result whose reference list names the same reference <paramref name="times"/> times.</summary>
    public static AssayResult CitingOneReference(int times)
    {
        var references = new Reference[times];
        Array.Fill(references, Samples.Guide());
        return Samples.Result() with { References = ValueArray<Reference>.FromOwnedArray(references) };
    }

    private static Dataset Build(Compound[] compounds, MetabolicTransformation[] steps) =>
        new(
            Samples.Metadata(),
            ValueArray<Reference>.Create(Samples.Guide()),
            ValueArray<Compound>.FromOwnedArray(compounds),
            ValueArray<Target>.Empty,
            ValueArray<Assay>.Empty,
            ValueArray<AssayResult>.Empty,
            ValueArray<MetabolicTransformation>.FromOwnedArray(steps),
            ValueArray<MechanismStatement>.Empty,
            ValueArray<DataGap>.Empty);
}
