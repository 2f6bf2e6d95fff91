using System.Collections.Generic;
using Cianopramine.Data.Units;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Model;

/// <summary>The conditions of a result: dose, time after the dose, and any other stated condition.</summary>
public sealed record Conditions
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal Conditions()
    {
    }

    /// <summary>No stated conditions.</summary>
    public static Conditions None { get; } = new();

    /// <summary>The dose, or null.</summary>
    public Dose? Dose { get; internal init; }

    /// <summary>The time after the dose, or null.</summary>
    public Quantity? TimeAfterDose { get; internal init; }

    /// <summary>Other conditions in words (before cianopramine), or null.</summary>
    public string? Text { get; internal init; }

    /// <summary>Whether no condition is stated.</summary>
    public bool IsEmpty => Dose is null && TimeAfterDose is null && Text is null;

    /// <summary>The conditions joined with commas: <c>2 mg oral, 2 h after dose</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var parts = new List<string>(3);
        if (Dose is not null)
        {
            parts.Add(Dose.ToString());
        }

        if (TimeAfterDose is { } time)
        {
            parts.Add($"{time} after dose");
        }

        if (Text is not null)
        {
            parts.Add(Text);
        }

        return string.Join(", ", parts);
    }
}

/// <summary>A dose: a relation (≥ 0.1 mg/kg), an amount and, where stated, the route.</summary>
public sealed record Dose
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal Dose()
    {
    }

    /// <summary>How the stated amount bounds the doses meant; <see cref="Relation.EqualTo"/> for a single dose.</summary>
    public Relation Relation { get; internal init; } = Relation.EqualTo;

    /// <summary>The amount: a mass, mass per body mass or mass rate.</summary>
    public Quantity Amount { get; internal init; }

    /// <summary>The route, or null when not stated.</summary>
    public Route? Route { get; internal init; }

    /// <summary>Relation, amount and route: <c>≥ 0.1 mg/kg</c>, <c>2 mg oral</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var amount = Relation == Relation.EqualTo ? Amount.ToString() : $"{Text.Of(Relation)} {Amount}";
        return Route is { } route ? $"{amount} {Text.Of(route)}" : amount;
    }
}
