using System;
using System.Collections.Generic;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Querying;

/// <summary>
/// Thrown by the <c>Find</c>/<c>Get</c> lookups when nothing matches. The message names the query and the nearest
/// known names ("did you mean Ro 11-2465?"). Use the <c>TryFind</c>/<c>TryGet</c> variants to avoid the exception.
/// </summary>
public sealed class NotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">What was looked for (compound, target …).</param>
    /// <param name="query">The text looked up.</param>
    /// <param name="suggestions">The nearest known names, nearest first; copied.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="suggestions"/> holds a <see langword="null"/> item.</exception>
    public NotFoundException(string kind, string query, IReadOnlyList<string> suggestions)
        : this(kind, query, Copy(kind, query, suggestions))
    {
    }

    private NotFoundException(string kind, string query, ValueArray<string> suggestions)
        : base(BuildMessage(kind, query, suggestions))
    {
        Kind = kind;
        Query = query;
        Suggestions = suggestions;
    }

    /// <summary>What was looked for (compound, target …).</summary>
    public string Kind { get; }

    /// <summary>The text looked up.</summary>
    public string Query { get; }

    /// <summary>The nearest known names, nearest first; empty when nothing is close.</summary>
    public IReadOnlyList<string> Suggestions { get; }

    /// <summary>The suggestions as an immutable copy, after the checks of every argument (run before the base constructor).</summary>
    internal static ValueArray<string> Copy(string kind, string query, IReadOnlyList<string> items, string parameterName = "suggestions")
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(query);
        if (items is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        var copy = new string[items.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = items[i] ?? throw new ArgumentException("The list holds a null item.", parameterName);
        }

        return ValueArray<string>.FromOwnedArray(copy);
    }

    private static string BuildMessage(string kind, string query, ValueArray<string> suggestions)
    {
        var message = $"No {kind} matches '{query}'.";
        return suggestions.Count == 0 ? message : message + " Did you mean " + string.Join(" or ", suggestions) + "?";
    }
}
