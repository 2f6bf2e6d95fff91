using System;

namespace Cianopramine.Data.Model.Identifiers;

/// <summary>Why a CAS Registry Number is invalid.</summary>
internal enum CasProblem
{
    /// <summary>It is valid.</summary>
    None,

    /// <summary>It is not 2–7 digits, '-', 2 digits, '-', 1 digit (without a leading zero).</summary>
    Format,

    /// <summary>The last digit is not the check digit of the others.</summary>
    CheckDigit,
}

/// <summary>
/// Format rules for ids and database identifiers: pure, culture-invariant, allocation-free functions shared by the
/// generator, the loader and the public value types.
/// </summary>
internal static class IdentifierRules
{
    /// <summary>The longest allowed id.</summary>
    public const int MaxIdLength = 64;

    // The same formats as regular expressions (ECMA-262, as JSON Schema's "pattern" takes them), written once here next
    // to the functions they mirror, for the generated JSON Schema (docs/schema/dataset.schema.json). A test checks each
    // against its function on valid and invalid samples.

    /// <summary>The pattern of <see cref="IsValidId"/>.</summary>
    public const string IdPattern = "^[A-Za-z0-9._-]{1,64}$";

    /// <summary>The pattern of <see cref="IsValidInChIKey"/>.</summary>
    public const string InChIKeyPattern = "^[A-Z]{14}-[A-Z]{10}-[A-Z]$";

    /// <summary>The format of <see cref="CheckCas"/> (<see cref="CasProblem.Format"/>); the check digit is beyond a pattern.</summary>
    public const string CasPattern = "^[1-9][0-9]{1,6}-[0-9]{2}-[0-9]$";

    /// <summary>The pattern of <see cref="IsValidPmid"/>.</summary>
    public const string PmidPattern = "^[1-9][0-9]{0,8}$";

    /// <summary>The pattern of <see cref="IsValidDoi"/>.</summary>
    public const string DoiPattern = "^10\\.[0-9]+(\\.[0-9]+)*/[^\\s\\u0000-\\u001F\\u007F-\\u009F]+$";

    /// <summary>The pattern of <see cref="IsValidUniProt"/>.</summary>
    public const string UniProtPattern = "^([OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2})$";

    /// <summary>The pattern of <see cref="IsValidChemblId"/>.</summary>
    public const string ChemblIdPattern = "^CHEMBL[1-9][0-9]{0,13}$";

    /// <summary>The pattern of <see cref="IsValidDrugBankId"/>.</summary>
    public const string DrugBankIdPattern = "^DB[0-9]{5}$";

    /// <summary>The pattern of <see cref="IsValidGtoPdbId"/>.</summary>
    public const string GtoPdbIdPattern = PmidPattern;

    /// <summary>
    /// The shape of <see cref="IsValidHttpUrl"/>: an http or https scheme and no whitespace or control characters. It
    /// accepts every valid URL; whether the host is well formed is beyond it.
    /// </summary>
    public const string HttpUrlPattern = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s\\u0000-\\u001F\\u007F-\\u009F]+$";

    /// <summary>The pattern of <see cref="IsValidTypeName"/>.</summary>
    public const string TypeNamePattern = "^[A-Za-z_][A-Za-z0-9_]*$";

    /// <summary>The pattern of <see cref="IsValidNamespace"/>.</summary>
    public const string NamespacePattern = "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$";

    /// <summary>A dataset item id: 1–64 ASCII letters, digits, <c>-</c>, <c>_</c> and <c>.</c> (case-sensitive).</summary>
    /// <param name="value">The candidate.</param>
    /// <returns>Whether it is a valid id.</returns>
    public static bool IsValidId(string? value)
    {
        if (value is null || value.Length == 0 || value.Length > MaxIdLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!IsAsciiLetterOrDigit(c) && c != '-' && c != '_' && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A standard InChIKey: 14 uppercase letters, <c>-</c>, 10 uppercase letters, <c>-</c>, 1 uppercase letter.
    /// </summary>
    /// <param name="value">The candidate.</param>
    /// <returns>Whether it has the InChIKey format.</returns>
    public static bool IsValidInChIKey(string? value)
    {
        if (value is null || value.Length != 27 || value[14] != '-' || value[25] != '-')
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (i != 14 && i != 25 && !IsAsciiUpper(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Checks a CAS Registry Number's format and check digit.</summary>
    /// <param name="value">The candidate, e.g. <c>50-55-5</c>.</param>
    /// <returns>What is wrong, or <see cref="CasProblem.None"/>.</returns>
    public static CasProblem CheckCas(string? value)
    {
        // 2–7 digits, '-', 2 digits, '-', 1 check digit.
        if (value is null || value.Length < 7 || value.Length > 12)
        {
            return CasProblem.Format;
        }

        var firstDash = value.Length - 5;
        if (value[firstDash] != '-' || value[value.Length - 2] != '-' || value[0] == '0')
        {
            return CasProblem.Format;
        }

        var sum = 0;
        var position = 1;
        for (var i = value.Length - 3; i >= 0; i--)
        {
            if (i == firstDash)
            {
                continue;
            }

            if (!IsAsciiDigit(value[i]))
            {
                return CasProblem.Format;
            }

            sum += (value[i] - '0') * position;
            position++;
        }

        var check = value[value.Length - 1];
        if (!IsAsciiDigit(check))
        {
            return CasProblem.Format;
        }

        return sum % 10 == check - '0' ? CasProblem.None : CasProblem.CheckDigit;
    }

    /// <summary>A CAS Registry Number with a correct check digit (e.g. <c>50-55-5</c>, <c>7732-18-5</c>).</summary>
    /// <param name="value">The candidate.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidCas(string? value) => CheckCas(value) == CasProblem.None;

    /// <summary>A PubMed id: 1–9 digits without a leading zero.</summary>
    /// <param name="value">The candidate.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidPmid(string? value) =>
        value is not null && value.Length >= 1 && value.Length <= 9 && value[0] != '0' && AllDigits(value, 0);

    /// <summary>
    /// A DOI: <c>10.</c>, registrant digits (optionally in dot-separated groups), <c>/</c>, a non-empty suffix
    /// without whitespace or control characters.
    /// </summary>
    /// <param name="value">The candidate, e.g. <c>10.1038/clpt.1984.216</c>.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidDoi(string? value)
    {
        if (value is null || value.Length < 6 || !value.StartsWith("10.", StringComparison.Ordinal))
        {
            return false;
        }

        var i = 3;
        var groupLength = 0;
        for (; i < value.Length && value[i] != '/'; i++)
        {
            if (IsAsciiDigit(value[i]))
            {
                groupLength++;
            }
            else if (value[i] == '.' && groupLength > 0)
            {
                groupLength = 0;
            }
            else
            {
                return false;
            }
        }

        if (i >= value.Length - 1 || groupLength == 0)
        {
            return false;
        }

        for (i++; i < value.Length; i++)
        {
            if (char.IsWhiteSpace(value[i]) || char.IsControl(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A UniProt accession, by the official pattern
    /// <c>[OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2}</c>.
    /// </summary>
    /// <param name="value">The candidate, e.g. <c>P31645</c>.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidUniProt(string? value)
    {
        if (value is null || (value.Length != 6 && value.Length != 10) || !IsAsciiDigit(value[1]))
        {
            return false;
        }

        var first = value[0];
        if (first is 'O' or 'P' or 'Q')
        {
            return value.Length == 6 && IsUpperOrDigit(value[2]) && IsUpperOrDigit(value[3]) &&
                   IsUpperOrDigit(value[4]) && IsAsciiDigit(value[5]);
        }

        if (!IsAsciiUpper(first))
        {
            return false;
        }

        // [A-NR-Z][0-9] then one or two blocks of [A-Z][A-Z0-9]{2}[0-9].
        for (var block = 2; block < value.Length; block += 4)
        {
            if (!IsAsciiUpper(value[block]) || !IsUpperOrDigit(value[block + 1]) ||
                !IsUpperOrDigit(value[block + 2]) || !IsAsciiDigit(value[block + 3]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A ChEMBL id: <c>CHEMBL</c> and digits without a leading zero.</summary>
    /// <param name="value">The candidate, e.g. <c>CHEMBL228</c>.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidChemblId(string? value) =>
        value is not null && value.Length > 6 && value.Length <= 20 &&
        value.StartsWith("CHEMBL", StringComparison.Ordinal) && value[6] != '0' && AllDigits(value, 6);

    /// <summary>A DrugBank id: <c>DB</c> and exactly five digits.</summary>
    /// <param name="value">The candidate, e.g. <c>DB00458</c>.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidDrugBankId(string? value) =>
        value is not null && value.Length == 7 && value[0] == 'D' && value[1] == 'B' && AllDigits(value, 2);

    /// <summary>A PubChem compound id: a positive integer.</summary>
    /// <param name="value">The candidate.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidPubChemCid(long value) => value > 0;

    /// <summary>An IUPHAR/BPS Guide to Pharmacology object id: 1–9 digits without a leading zero.</summary>
    /// <param name="value">The candidate, e.g. <c>928</c>.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidGtoPdbId(string? value) => IsValidPmid(value);

    /// <summary>An absolute <c>http</c> or <c>https</c> URL with a host and no whitespace.</summary>
    /// <param name="value">The candidate.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidHttpUrl(string? value)
    {
        if (value is null || value.Length == 0)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) &&
               (string.Equals(uri.Scheme, "http", StringComparison.Ordinal) ||
                string.Equals(uri.Scheme, "https", StringComparison.Ordinal)) &&
               uri.Host.Length > 0 &&
               (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
                value.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A C# identifier made of ASCII letters, digits and underscores, not starting with a digit.</summary>
    /// <param name="value">The candidate.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidTypeName(string? value)
    {
        if (value is null || value.Length == 0 || IsAsciiDigit(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A dotted C# namespace: one or more <see cref="IsValidTypeName"/> parts separated by dots.</summary>
    /// <param name="value">The candidate, e.g. <c>Contoso.Pharmacology</c>.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidNamespace(string? value)
    {
        if (value is null || value.Length == 0)
        {
            return false;
        }

        foreach (var part in value.Split('.'))
        {
            if (!IsValidTypeName(part))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllDigits(string value, int start)
    {
        for (var i = start; i < value.Length; i++)
        {
            if (!IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        return start < value.Length;
    }

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    private static bool IsAsciiUpper(char c) => c is >= 'A' and <= 'Z';

    private static bool IsUpperOrDigit(char c) => IsAsciiUpper(c) || IsAsciiDigit(c);

    private static bool IsAsciiLetterOrDigit(char c) => IsUpperOrDigit(c) || c is >= 'a' and <= 'z';
}
