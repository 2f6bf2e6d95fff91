using System;
using System.Collections.Generic;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Querying;

/// <summary>The metabolism graph of a dataset: which compound is formed from which, by which reaction.</summary>
/// <remarks>
/// <para>Direct lookups (<see cref="MetabolitesOf(Compound)"/>, <see cref="ParentsOf(Compound)"/>) are served from
/// lists built once, returned without copying. Walks (<see cref="PathwayFrom(Compound)"/>,
/// <see cref="PathwayTo(Compound)"/>) are transitive and cycle-safe: each step is visited once and each compound
/// expanded once, so a cycle ends the walk and the step that closes it is marked.</para>
/// <para>An empty enzyme list on a step means nothing on its own: each step says whether its enzymes are reported,
/// none, or not reported (<see cref="MetabolicTransformation.EnzymesText"/>).</para>
/// </remarks>
public sealed class MetabolismGraph
{
    private readonly Dictionary<string, ValueArray<MetabolicTransformation>> _bySubstrate;
    private readonly Dictionary<string, ValueArray<MetabolicTransformation>> _byProduct;
    private readonly CompoundCollection _compounds;

    internal MetabolismGraph(Dataset dataset)
    {
        _compounds = dataset.Compounds;
        Steps = dataset.Transformations.Items;
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

    /// <summary>Every step of the graph, in dataset order.</summary>
    public ValueArray<MetabolicTransformation> Steps { get; }

    /// <summary>The steps that start from a compound: its direct metabolites.</summary>
    /// <param name="compound">The substrate.</param>
    /// <returns>The steps, in dataset order; empty when the dataset names no metabolite.</returns>
    public ValueArray<MetabolicTransformation> MetabolitesOf(Compound compound) => Lookup(_bySubstrate, compound);

    /// <summary>The steps that start from a compound found by any name.</summary>
    /// <param name="nameOrIdentifier">The substrate's name, synonym or identifier.</param>
    /// <returns>The steps.</returns>
    /// <exception cref="NotFoundException">No compound matches.</exception>
    public ValueArray<MetabolicTransformation> MetabolitesOf(string nameOrIdentifier) => MetabolitesOf(_compounds.Find(nameOrIdentifier));

    /// <summary>The steps that form a compound: its direct parents.</summary>
    /// <param name="compound">The product.</param>
    /// <returns>The steps, in dataset order; empty when the dataset names no parent.</returns>
    public ValueArray<MetabolicTransformation> ParentsOf(Compound compound) => Lookup(_byProduct, compound);

    /// <summary>The steps that form a compound found by any name.</summary>
    /// <param name="nameOrIdentifier">The product's name, synonym or identifier.</param>
    /// <returns>The steps.</returns>
    /// <exception cref="NotFoundException">No compound matches.</exception>
    public ValueArray<MetabolicTransformation> ParentsOf(string nameOrIdentifier) => ParentsOf(_compounds.Find(nameOrIdentifier));

    /// <summary>
    /// The whole pathway downstream of a compound, breadth first: its metabolites, their metabolites and so on.
    /// </summary>
    /// <param name="compound">Where the pathway starts.</param>
    /// <returns>The pathway; empty when the compound has no metabolites.</returns>
    public MetabolicPathway PathwayFrom(Compound compound) => Walk(compound, PathwayDirection.Downstream);

    /// <summary>The whole pathway downstream of a compound found by any name.</summary>
    /// <param name="nameOrIdentifier">The compound's name, synonym or identifier.</param>
    /// <returns>The pathway.</returns>
    /// <exception cref="NotFoundException">No compound matches.</exception>
    public MetabolicPathway PathwayFrom(string nameOrIdentifier) => PathwayFrom(_compounds.Find(nameOrIdentifier));

    /// <summary>
    /// The whole pathway upstream of a compound, breadth first: the steps that form it, the steps that form their
    /// substrates and so on, back to the parent drug.
    /// </summary>
    /// <param name="compound">The compound whose origin is wanted.</param>
    /// <returns>The pathway; empty when the compound is formed from nothing in the dataset.</returns>
    public MetabolicPathway PathwayTo(Compound compound) => Walk(compound, PathwayDirection.Upstream);

    /// <summary>The whole pathway upstream of a compound found by any name.</summary>
    /// <param name="nameOrIdentifier">The compound's name, synonym or identifier.</param>
    /// <returns>The pathway.</returns>
    /// <exception cref="NotFoundException">No compound matches.</exception>
    public MetabolicPathway PathwayTo(string nameOrIdentifier) => PathwayTo(_compounds.Find(nameOrIdentifier));

    /// <summary>Whether <paramref name="product"/> is formed from <paramref name="substrate"/>, directly or through intermediates.</summary>
    /// <param name="product">The possible metabolite.</param>
    /// <param name="substrate">The possible precursor.</param>
    /// <returns><see langword="true"/> when a chain of steps leads from the substrate to the product.</returns>
    public bool IsFormedFrom(Compound product, Compound substrate)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(substrate);
        return Reaches(substrate.Id, product.Id);
    }

    private MetabolicPathway Walk(Compound start, PathwayDirection direction)
    {
        ArgumentNullException.ThrowIfNull(start);
        var index = direction == PathwayDirection.Downstream ? _bySubstrate : _byProduct;
        var seenSteps = new HashSet<string>(StringComparer.Ordinal);
        var seenCompounds = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var compounds = new List<Compound> { start };
        var steps = new List<PathwayStep>();
        var queue = new Queue<(Compound Compound, int Depth)>();
        queue.Enqueue((start, 0));
        while (queue.Count > 0)
        {
            var (current, depth) = queue.Dequeue();
            foreach (var step in Lookup(index, current))
            {
                if (!seenSteps.Add(step.Id))
                {
                    continue;
                }

                var next = direction == PathwayDirection.Downstream ? step.Product : step.Substrate;
                var closesCycle = false;
                if (seenCompounds.Add(next.Id))
                {
                    compounds.Add(next);
                    queue.Enqueue((next, depth + 1));
                }
                else
                {
                    // The compound was reached before: a cycle only if the step leads back to where it came from.
                    closesCycle = Reaches(step.Product.Id, step.Substrate.Id);
                }

                steps.Add(new PathwayStep(step, depth + 1, closesCycle));
            }
        }

        return new MetabolicPathway(
            start,
            direction,
            ValueArray<PathwayStep>.FromOwnedArray(steps.ToArray()),
            ValueArray<Compound>.FromOwnedArray(compounds.ToArray()));
    }

    /// <summary>Whether a chain of steps leads from one compound to another (cycle-safe).</summary>
    private bool Reaches(string fromId, string toId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { fromId };
        var stack = new Stack<string>();
        stack.Push(fromId);
        while (stack.Count > 0)
        {
            if (!_bySubstrate.TryGetValue(stack.Pop(), out var steps))
            {
                continue;
            }

            foreach (var step in steps)
            {
                if (string.Equals(step.Product.Id, toId, StringComparison.Ordinal))
                {
                    return true;
                }

                if (seen.Add(step.Product.Id))
                {
                    stack.Push(step.Product.Id);
                }
            }
        }

        return false;
    }

    private static ValueArray<MetabolicTransformation> Lookup(Dictionary<string, ValueArray<MetabolicTransformation>> index, Compound compound)
    {
        ArgumentNullException.ThrowIfNull(compound);
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
