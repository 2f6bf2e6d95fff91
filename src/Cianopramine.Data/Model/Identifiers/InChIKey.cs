using System;

namespace Cianopramine.Data.Model.Identifiers;

/// <summary>A standard InChIKey: 14 letters, a hyphen, 10 letters, a hyphen and one letter.</summary>
/// <remarks>
/// The hashed form of the IUPAC International Chemical Identifier, used to look compounds up across databases.
/// Only valid values can be created (<see cref="Parse"/>, <see cref="TryParse"/>); the check is the same one the
/// source generator and the runtime loader apply. Equality is ordinal on <see cref="Value"/>. The default value is
/// not a valid identifier and has an empty <see cref="Value"/>.
/// </remarks>
public readonly record struct InChIKey
{
    private readonly string? _value;

    private InChIKey(string value) => _value = value;

    /// <summary>
    /// An identifier from text already checked and in canonical form: the compact stream that the source generator
    /// wrote from validated values. Nothing is checked or trimmed (first access of an embedded dataset, issue 14).
    /// </summary>
    /// <param name="canonical">The <see cref="Value"/> of a valid identifier.</param>
    /// <returns>The identifier.</returns>
    internal static InChIKey FromCanonical(string canonical) => new(canonical);

    /// <summary>The identifier's canonical text, e.g. <c>LQXYCDLHSKICDY-UHFFFAOYSA-N</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether <paramref name="text"/> is a valid identifier of this kind.</summary>
    /// <param name="text">The text to check; surrounding white space is ignored.</param>
    /// <returns><see langword="true"/> when it is valid.</returns>
    public static bool IsValid(string? text) => text is not null && IdentifierRules.IsValidInChIKey(text.Trim());

    /// <summary>Parses an identifier.</summary>
    /// <param name="text">The text, e.g. <c>LQXYCDLHSKICDY-UHFFFAOYSA-N</c>; surrounding white space is ignored.</param>
    /// <param name="result">The identifier, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether <paramref name="text"/> is valid.</returns>
    public static bool TryParse(string? text, out InChIKey result)
    {
        if (IsValid(text))
        {
            result = new InChIKey(text!.Trim());
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Parses an identifier, throwing when it is not valid.</summary>
    /// <param name="text">The text, e.g. <c>LQXYCDLHSKICDY-UHFFFAOYSA-N</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not valid.</exception>
    public static InChIKey Parse(string text) =>
        text is null ? throw new ArgumentNullException(nameof(text)) : TryParse(text, out var result) ? result : throw new FormatException($"'{text}' is not a valid InChIKey.");

    /// <summary>The canonical text.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
