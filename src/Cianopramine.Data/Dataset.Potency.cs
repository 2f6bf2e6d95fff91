using System;
using System.Threading;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;

namespace Cianopramine.Data;

/// <summary>The potency index and the rankings it serves.</summary>
public sealed partial class Dataset
{
    private PotencyIndex? _potencyIndex;

    /// <summary>The potency index, built once on first use (thread-safe, lock-free).</summary>
    internal PotencyIndex PotencyIndex
    {
        get
        {
            var index = Volatile.Read(ref _potencyIndex);
            if (index is not null)
            {
                return index;
            }

            Interlocked.CompareExchange(ref _potencyIndex, new PotencyIndex(this), null);
            return _potencyIndex!;
        }
    }

    /// <summary>
    /// The <paramref name="count"/> compounds most selective for <paramref name="target"/> over
    /// <paramref name="over"/>: <c>data.MostSelective("SERT", "DAT", 10)</c>. Each compound's fold is the one
    /// <see cref="Selectivity(Compound, Target, Target)"/> reports (the value at <paramref name="over"/> divided by the
    /// value at <paramref name="target"/>, from the first pair of the same parameter, setting and compatible species).
    /// </summary>
    /// <remarks>
    /// Only determined folds take part, and only those known to be at least their number (<c>= 100</c>, <c>~ 100</c>,
    /// <c>&gt; 100</c>, <c>≥ 100</c>); a fold that is only an upper bound (<c>&lt; 5</c>) says nothing about how
    /// selective the compound is and is left out. Highest fold first; at one fold, <c>&gt;</c> before <c>≥</c> before
    /// <c>=</c>/<c>~</c>, then dataset order of the compounds. The ranking for a pair of targets is built on first use
    /// (one pass over both targets' results) and kept.
    /// </remarks>
    /// <param name="target">The target the selectivity is for.</param>
    /// <param name="over">The target it is over.</param>
    /// <param name="count">How many compounds at most.</param>
    /// <returns>The selectivities, most selective first; fewer than <paramref name="count"/> when fewer compounds qualify.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="over"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public ValueArray<SelectivityResult> MostSelective(Target target, Target over, int count)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(over);
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The number of compounds to rank cannot be negative.");
        }

        var ranked = PotencyIndex.Selectivity(target, over).Ranked;
        var results = new SelectivityResult[Math.Min(count, ranked.Length)];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = SelectivityResult.Create(this, ranked[i].Compound, target, over);
        }

        return ValueArray<SelectivityResult>.FromOwnedArray(results);
    }

    /// <summary>The compounds most selective for one target over another, the targets found by symbol, name, gene or accession.</summary>
    /// <param name="target">The target the selectivity is for ("SERT").</param>
    /// <param name="over">The target it is over ("DAT").</param>
    /// <param name="count">How many compounds at most.</param>
    /// <returns>The selectivities, most selective first.</returns>
    /// <exception cref="NotFoundException">A target is not found; the message suggests the nearest names.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="over"/> is <see langword="null"/>.</exception>
    /// <exception cref="AmbiguousNameException">A name leads to several targets.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public ValueArray<SelectivityResult> MostSelective(string target, string over, int count)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(over);
        return MostSelective(Targets.Find(target), Targets.Find(over), count);
    }
}
