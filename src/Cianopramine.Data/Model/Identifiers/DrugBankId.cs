using System;

namespace Cianopramine.Data.Model.Identifiers;

/// <summary>A DrugBank accession: DB followed by five digits, such as DB00458.</summary>
/// <remarks>
/// DrugBank accessions identify drugs in the DrugBank database.
/// Only valid values can be created (<see cref="Parse"/>, <see cref="TryParse"/>); the check is the same one the
/// source generator and the runtime loader apply. Equality is ordinal on <see cref="Value"/>. The default value is
/// not a valid identifier and has an empty <see cref="Value"/>.
/// </remarks>
public readonly record struct DrugBankId
{
    private readonly string? _value;

    private DrugBankId(string value) => _value = value;

    /// <summary>
    /// An identifier from text already checked and in canonical form: the compact stream that the source generator
    /// wrote from validated values. Nothing is checked or trimmed (first access of an embedded dataset, issue 14).
    /// </summary>
    /// <param name="canonical">The <see cref="Value"/> of a valid identifier.</param>
    /// <returns>The identifier.</returns>
    internal static DrugBankId FromCanonical(string canonical) => new(canonical);

    /// <summary>The identifier's canonical text, e.g. <c>DB00458</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether <paramref name="text"/> is a valid identifier of this kind.</summary>
    /// <param name="text">The text to check; surrounding white space is ignored.</param>
    /// <returns><see langword="true"/> when it is valid.</returns>
    public static bool IsValid(string? text) => text is not null && IdentifierRules.IsValidDrugBankId(text.Trim());

    /// <summary>Parses an identifier.</summary>
    /// <param name="text">The text, e.g. <c>DB00458</c>; surrounding white space is ignored.</param>
    /// <param name="result">The identifier, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether <paramref name="text"/> is valid.</returns>
    public static bool TryParse(string? text, out DrugBankId result)
    {
        if (IsValid(text))
        {
            result = new DrugBankId(text!.Trim());
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Parses an identifier, throwing when it is not valid.</summary>
    /// <param name="text">The text, e.g. <c>DB00458</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not valid.</exception>
    public static DrugBankId Parse(string text) =>
        text is null ? throw new ArgumentNullException(nameof(text)) : TryParse(text, out var result) ? result : throw new FormatException($"'{text}' is not a valid DrugBankId.");

    /// <summary>The canonical text.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
