using System.Collections.Generic;

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
    /// <param name="suggestions">The nearest known names, nearest first.</param>
    public NotFoundException(string kind, string query, IReadOnlyList<string> suggestions)
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

    private static string BuildMessage(string kind, string query, IReadOnlyList<string> suggestions)
    {
        var message = $"No {kind} matches '{query}'.";
        return suggestions.Count == 0 ? message : message + " Did you mean " + string.Join(" or ", suggestions) + "?";
    }
}
