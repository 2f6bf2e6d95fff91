using System;
using System.Collections.Generic;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Querying;

/// <summary>
/// Thrown by <c>Find</c> when a name or identifier leads to more than one entity (two compounds with one InChIKey,
/// a synonym two compounds share). The data loads with a CPD0033 warning; the lookup refuses to pick one. Use
/// <c>FindAll</c> to get every match.
/// </summary>
public sealed class AmbiguousNameException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">What was looked for (compound, target …).</param>
    /// <param name="query">The text looked up.</param>
    /// <param name="ids">The ids of the entities that match, in dataset order; copied.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="ids"/> holds a <see langword="null"/> item.</exception>
    public AmbiguousNameException(string kind, string query, IReadOnlyList<string> ids)
        : this(kind, query, NotFoundException.Copy(kind, query, ids, nameof(ids)))
    {
    }

    private AmbiguousNameException(string kind, string query, ValueArray<string> ids)
        : base($"'{query}' matches {ids.Count} {kind}s: {string.Join(", ", ids)}. Use FindAll to get all of them, or look one up by its id.")
    {
        Kind = kind;
        Query = query;
        Ids = ids;
    }

    /// <summary>What was looked for (compound, target …).</summary>
    public string Kind { get; }

    /// <summary>The text looked up.</summary>
    public string Query { get; }

    /// <summary>The ids of the matching entities, in dataset order.</summary>
    public IReadOnlyList<string> Ids { get; }
}
