using System;
using System.Collections.Generic;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Querying;

/// <summary>The metabolism graph of a dataset: which compound is formed from which, by which reaction.</summary>
/// <remarks>Walks are cycle-safe: each transformation is visited at most once.</remarks>
public sealed class MetabolismGraph
{
    private readonly Dictionary<string, ValueArray<MetabolicTransformation>> _bySubstrate;
    private readonly Dictionary<string, ValueArray<MetabolicTransformation>> _byProduct;
    private readonly CompoundCollection _compounds;

    internal MetabolismGraph(Dataset dataset)
    {
        _compounds = dataset.Compounds;
        var bySubstrate = new Dictionary<string, List<MetabolicTransformation>>(StringComparer.Ordinal);
        var byProduct = new Dictionary<string, List<MetabolicTransformation>>(StringComparer.Ordinal);
        foreach (var step in dataset.Transformations)
        {
            Add(bySubstrate, step.Substrate.Id, step);
            Add(byProduct, step.Product.Id, step);
        }

        _bySubstrate = Freeze(bySubstrate);
        _byProduct = Freeze(byProduct);
    }

    /// <summary>The steps that start from a compound: its direct metabolites.</summary>
    /// <param name="compound">The substrate.</param>
    /// <returns>The steps, in dataset order.</returns>
    public ValueArray<MetabolicTransformation> MetabolitesOf(Compound compound) => Lookup(_bySubstrate, compound);

    /// <summary>The steps that start from a compound found by any name.</summary>
    /// <param name="nameOrIdentifier">The substrate's name, synonym or identifier.</param>
    /// <returns>The steps.</returns>
    /// <exception cref="NotFoundException">No compound matches.</exception>
    public ValueArray<MetabolicTransformation> MetabolitesOf(string nameOrIdentifier) => MetabolitesOf(_compounds.Find(nameOrIdentifier));

    /// <summary>The steps that form a compound: its direct parents.</summary>
    /// <param name="compound">The product.</param>
    /// <returns>The steps, in dataset order.</returns>
    public ValueArray<MetabolicTransformation> ParentsOf(Compound compound) => Lookup(_byProduct, compound);

    /// <summary>The steps that form a compound found by any name.</summary>
    /// <param name="nameOrIdentifier">The product's name, synonym or identifier.</param>
    /// <returns>The steps.</returns>
    /// <exception cref="NotFoundException">No compound matches.</exception>
    public ValueArray<MetabolicTransformation> ParentsOf(string nameOrIdentifier) => ParentsOf(_compounds.Find(nameOrIdentifier));

    /// <summary>
    /// Every step reachable from a compound, breadth first: its metabolites, their metabolites and so on.
    /// Each step appears once, so a cycle ends the walk.
    /// </summary>
    /// <param name="compound">Where the pathway starts.</param>
    /// <returns>The steps in the order they are reached.</returns>
    public ValueArray<MetabolicTransformation> PathwayFrom(Compound compound)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var steps = new List<MetabolicTransformation>();
        var queue = new Queue<Compound>();
        queue.Enqueue(compound);
        while (queue.Count > 0)
        {
            foreach (var step in MetabolitesOf(queue.Dequeue()))
            {
                if (seen.Add(step.Id))
                {
                    steps.Add(step);
                    queue.Enqueue(step.Product);
                }
            }
        }

        return ValueArray<MetabolicTransformation>.FromOwnedArray(steps.ToArray());
    }

    private static ValueArray<MetabolicTransformation> Lookup(Dictionary<string, ValueArray<MetabolicTransformation>> index, Compound compound)
    {
        if (compound is null)
        {
            throw new ArgumentNullException(nameof(compound));
        }

        return index.TryGetValue(compound.Id, out var steps) ? steps : ValueArray<MetabolicTransformation>.Empty;
    }

    private static void Add(Dictionary<string, List<MetabolicTransformation>> index, string key, MetabolicTransformation step)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<MetabolicTransformation>();
        }

        list.Add(step);
    }

    private static Dictionary<string, ValueArray<MetabolicTransformation>> Freeze(Dictionary<string, List<MetabolicTransformation>> index)
    {
        var frozen = new Dictionary<string, ValueArray<MetabolicTransformation>>(index.Count, StringComparer.Ordinal);
        foreach (var pair in index)
        {
            frozen[pair.Key] = ValueArray<MetabolicTransformation>.FromOwnedArray(pair.Value.ToArray());
        }

        return frozen;
    }
}
