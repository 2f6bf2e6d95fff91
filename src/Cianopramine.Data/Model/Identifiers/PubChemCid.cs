using System;
using System.Globalization;

namespace Cianopramine.Data.Model.Identifiers;

/// <summary>A PubChem compound identifier (CID): a positive whole number, such as 3696 (imipramine).</summary>
/// <remarks>Equality compares the number. The default value (0) is not a valid CID.</remarks>
public readonly record struct PubChemCid
{
    /// <summary>Creates a CID.</summary>
    /// <param name="value">A positive number.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not positive.</exception>
    public PubChemCid(long value) =>
        Value = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A PubChem CID is a positive number.");

    /// <summary>The number.</summary>
    public long Value { get; }

    /// <summary>Parses a CID written in digits.</summary>
    /// <param name="text">The text, e.g. <c>3696</c>.</param>
    /// <param name="result">The CID, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the text is a positive whole number.</returns>
    public static bool TryParse(string? text, out PubChemCid result)
    {
        if (long.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            result = new PubChemCid(value);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Parses a CID, throwing when it is not valid.</summary>
    /// <param name="text">The text, e.g. <c>3696</c>.</param>
    /// <returns>The CID.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a positive whole number.</exception>
    public static PubChemCid Parse(string text) =>
        text is null ? throw new ArgumentNullException(nameof(text)) : TryParse(text, out var result) ? result : throw new FormatException($"'{text}' is not a valid PubChem CID.");

    /// <summary>The number in digits.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
