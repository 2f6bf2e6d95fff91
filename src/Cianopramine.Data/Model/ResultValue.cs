using System;

namespace Cianopramine.Data.Model;

/// <summary>The three kinds of result value.</summary>
public enum ValueKind
{
    /// <summary>A number with a unit: <see cref="QuantitativeValue"/>.</summary>
    Quantitative,

    /// <summary>The source's words with a normalised category: <see cref="QualitativeValue"/>.</summary>
    Qualitative,

    /// <summary>Relative to another compound: <see cref="ComparativeValue"/>.</summary>
    Comparative,
}

/// <summary>
/// A result's value: exactly one of <see cref="QuantitativeValue"/>, <see cref="QualitativeValue"/> or
/// <see cref="ComparativeValue"/>. No other subclass can exist, so a <c>switch</c> over the three is complete.
/// </summary>
/// <remarks>Value equality, as for all records.</remarks>
public abstract record ResultValue
{
    private protected ResultValue()
    {
    }

    /// <summary>Which of the three kinds this value is.</summary>
    public abstract ValueKind Kind { get; }

    /// <summary>
    /// Closes the hierarchy. The compiler gives every record a protected copy constructor, through which a record in
    /// another assembly could derive from <see cref="ResultValue"/>; it cannot override this member, which it cannot see.
    /// </summary>
    private protected abstract void OnlyThisAssemblyDerives();

    /// <summary>Calls the function that matches the value's kind.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="quantitative">Called for a quantitative value.</param>
    /// <param name="qualitative">Called for a qualitative value.</param>
    /// <param name="comparative">Called for a comparative value.</param>
    /// <returns>What the called function returns.</returns>
    /// <exception cref="ArgumentNullException">A function is <see langword="null"/>.</exception>
    public TResult Match<TResult>(
        Func<QuantitativeValue, TResult> quantitative,
        Func<QualitativeValue, TResult> qualitative,
        Func<ComparativeValue, TResult> comparative)
    {
        if (quantitative is null)
        {
            throw new ArgumentNullException(nameof(quantitative));
        }

        if (qualitative is null)
        {
            throw new ArgumentNullException(nameof(qualitative));
        }

        if (comparative is null)
        {
            throw new ArgumentNullException(nameof(comparative));
        }

        return this switch
        {
            QuantitativeValue q => quantitative(q),
            QualitativeValue t => qualitative(t),
            ComparativeValue c => comparative(c),
            _ => throw new InvalidOperationException("Unknown value kind."),
        };
    }
}
