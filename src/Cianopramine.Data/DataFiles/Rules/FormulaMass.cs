using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>One element of a formula and how many atoms of it.</summary>
/// <param name="Symbol">The element symbol, e.g. <c>Cl</c>.</param>
/// <param name="Count">The number of atoms.</param>
internal readonly record struct ElementCount(string Symbol, int Count);

/// <summary>A parsed molecular formula.</summary>
/// <param name="Elements">The elements in Hill order, each once.</param>
/// <param name="HillFormula">The Hill-normalised formula, e.g. <c>C20H23N3</c>.</param>
/// <param name="AverageMass">The average molar mass in g/mol from standard atomic weights.</param>
internal sealed record ParsedFormula(ValueArray<ElementCount> Elements, string HillFormula, decimal AverageMass);

/// <summary>
/// Molecular formulas: parsing (element symbols with counts, nested parentheses such as <c>Ca(OH)2</c>), Hill
/// normalisation, and average mass from IUPAC standard atomic weights (abridged conventional values).
/// </summary>
internal static class MolecularFormula
{
    /// <summary>How far a stated average mass may be from the formula's mass (CPD0020), in g/mol.</summary>
    public const decimal MassTolerance = 0.05m;

    private const int MaxCount = 100_000;

    private static readonly Dictionary<string, decimal> AtomicWeights = new(StringComparer.Ordinal)
    {
        ["H"] = 1.008m, ["He"] = 4.0026m, ["Li"] = 6.94m, ["Be"] = 9.0122m, ["B"] = 10.81m, ["C"] = 12.011m,
        ["N"] = 14.007m, ["O"] = 15.999m, ["F"] = 18.998m, ["Ne"] = 20.180m, ["Na"] = 22.990m, ["Mg"] = 24.305m,
        ["Al"] = 26.982m, ["Si"] = 28.085m, ["P"] = 30.974m, ["S"] = 32.06m, ["Cl"] = 35.45m, ["Ar"] = 39.95m,
        ["K"] = 39.098m, ["Ca"] = 40.078m, ["Ti"] = 47.867m, ["V"] = 50.942m, ["Cr"] = 51.996m,
        ["Mn"] = 54.938m, ["Fe"] = 55.845m, ["Co"] = 58.933m, ["Ni"] = 58.693m, ["Cu"] = 63.546m,
        ["Zn"] = 65.38m, ["Ga"] = 69.723m, ["Ge"] = 72.630m, ["As"] = 74.922m, ["Se"] = 78.971m,
        ["Br"] = 79.904m, ["Rb"] = 85.468m, ["Sr"] = 87.62m, ["Mo"] = 95.95m, ["Ag"] = 107.87m,
        ["Cd"] = 112.41m, ["Sn"] = 118.71m, ["Sb"] = 121.76m, ["Te"] = 127.60m, ["I"] = 126.90m,
        ["Cs"] = 132.91m, ["Ba"] = 137.33m, ["Gd"] = 157.25m, ["W"] = 183.84m, ["Pt"] = 195.08m,
        ["Au"] = 196.97m, ["Hg"] = 200.59m, ["Tl"] = 204.38m, ["Pb"] = 207.2m, ["Bi"] = 208.98m,
    };

    /// <summary>How far a stated monoisotopic mass may be from the formula's (CPD0041), in g/mol (Da).</summary>
    public const decimal MonoisotopicTolerance = 0.01m;

    /// <summary>The mass of each element's most abundant isotope, in Da (AME2016), for the monoisotopic mass check.</summary>
    private static readonly Dictionary<string, decimal> MonoisotopicMasses = new(StringComparer.Ordinal)
    {
        ["H"] = 1.00782503m, ["B"] = 11.00930536m, ["C"] = 12m, ["N"] = 14.00307401m, ["O"] = 15.99491462m,
        ["F"] = 18.99840316m, ["Na"] = 22.98976928m, ["Mg"] = 23.98504170m, ["Si"] = 27.97692653m,
        ["P"] = 30.97376200m, ["S"] = 31.97207117m, ["Cl"] = 34.96885268m, ["K"] = 38.96370649m,
        ["Ca"] = 39.96259086m, ["Fe"] = 55.93493633m, ["Cu"] = 62.92959772m, ["Zn"] = 63.92914201m,
        ["Se"] = 79.91652180m, ["Br"] = 78.91833760m, ["I"] = 126.90447190m, ["Li"] = 7.01600344m,
    };

    /// <summary>
    /// The monoisotopic mass of a parsed formula (each element's most abundant isotope), or <see langword="null"/>
    /// when an element is not in the table (then the mass is not checked).
    /// </summary>
    /// <param name="formula">The parsed formula.</param>
    /// <returns>The mass in g/mol (Da).</returns>
    public static decimal? MonoisotopicMass(ParsedFormula formula)
    {
        var mass = 0m;
        foreach (var element in formula.Elements)
        {
            if (!MonoisotopicMasses.TryGetValue(element.Symbol, out var isotope))
            {
                return null;
            }

            mass += isotope * element.Count;
        }

        return mass;
    }

    /// <summary>The Hill formula of atom counts by element (<c>C20H23N3</c>).</summary>
    /// <param name="counts">The counts.</param>
    /// <returns>The formula.</returns>
    public static string Hill(Dictionary<string, long> counts)
    {
        var hill = new StringBuilder();
        foreach (var element in HillOrder(counts))
        {
            hill.Append(element.Symbol);
            if (element.Count != 1)
            {
                hill.Append(element.Count.ToString(CultureInfo.InvariantCulture));
            }
        }

        return hill.ToString();
    }

    /// <summary>Whether an element symbol has a standard atomic weight in the table.</summary>
    /// <param name="symbol">The symbol, e.g. <c>Na</c>.</param>
    /// <returns>Whether it is known.</returns>
    public static bool IsKnownElement(string symbol) => AtomicWeights.ContainsKey(symbol);

    /// <summary>Parses a formula.</summary>
    /// <param name="formula">The formula, e.g. <c>C20H23N3</c> or <c>Ca(OH)2</c>.</param>
    /// <param name="parsed">The parsed formula on success.</param>
    /// <param name="error">What is wrong, on failure.</param>
    /// <returns>Whether the formula was parsed.</returns>
    public static bool TryParse(string formula, out ParsedFormula? parsed, out string error)
    {
        parsed = null;
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var position = 0;
        if (formula.Length == 0)
        {
            error = "it is empty";
            return false;
        }

        if (!TryParseGroup(formula, ref position, 0, counts, out error))
        {
            return false;
        }

        if (position != formula.Length)
        {
            error = "unexpected '" + formula[position] + "' at position " + (position + 1).ToString(CultureInfo.InvariantCulture);
            return false;
        }

        var elements = HillOrder(counts);
        var mass = 0m;
        var hill = new StringBuilder();
        foreach (var element in elements)
        {
            if (element.Count > MaxCount)
            {
                error = "the count of " + element.Symbol + " is too large";
                return false;
            }

            mass += AtomicWeights[element.Symbol] * element.Count;
            hill.Append(element.Symbol);
            if (element.Count != 1)
            {
                hill.Append(element.Count.ToString(CultureInfo.InvariantCulture));
            }
        }

        parsed = new ParsedFormula(ValueArray<ElementCount>.FromOwnedArray(elements), hill.ToString(), mass);
        return true;
    }

    /// <summary>The average molar mass of a formula, or <see langword="null"/> when it cannot be parsed.</summary>
    /// <param name="formula">The formula.</param>
    /// <returns>The mass in g/mol.</returns>
    public static decimal? AverageMass(string formula) => TryParse(formula, out var parsed, out _) ? parsed!.AverageMass : null;

    private static bool TryParseGroup(string text, ref int position, int depth, Dictionary<string, long> counts, out string error)
    {
        error = string.Empty;
        var any = false;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == ')')
            {
                break;
            }

            if (c == '(')
            {
                if (depth >= 8)
                {
                    error = "parentheses are nested too deeply";
                    return false;
                }

                position++;
                var inner = new Dictionary<string, long>(StringComparer.Ordinal);
                if (!TryParseGroup(text, ref position, depth + 1, inner, out error))
                {
                    return false;
                }

                if (position >= text.Length || text[position] != ')')
                {
                    error = "a '(' is not closed";
                    return false;
                }

                position++;
                var multiplier = ReadCount(text, ref position);
                if (multiplier == 0)
                {
                    error = "a count of zero";
                    return false;
                }

                foreach (var pair in inner)
                {
                    Add(counts, pair.Key, pair.Value * multiplier);
                }

                any = true;
                continue;
            }

            if (c is < 'A' or > 'Z')
            {
                error = "unexpected '" + c + "' at position " + (position + 1).ToString(CultureInfo.InvariantCulture);
                return false;
            }

            var start = position++;
            while (position < text.Length && text[position] is >= 'a' and <= 'z')
            {
                position++;
            }

            var symbol = text.Substring(start, position - start);
            if (!AtomicWeights.ContainsKey(symbol))
            {
                error = "unknown element '" + symbol + "'";
                return false;
            }

            var count = ReadCount(text, ref position);
            if (count == 0)
            {
                error = "a count of zero";
                return false;
            }

            Add(counts, symbol, count);
            any = true;
        }

        if (!any)
        {
            error = depth == 0 ? "it names no element" : "empty parentheses";
            return false;
        }

        if (depth == 0 && position < text.Length)
        {
            error = "a ')' has no matching '('";
            return false;
        }

        return true;
    }

    private static long ReadCount(string text, ref int position)
    {
        long count = 0;
        var digits = 0;
        while (position < text.Length && text[position] is >= '0' and <= '9')
        {
            if (count <= MaxCount)
            {
                count = (count * 10) + (text[position] - '0');
            }

            position++;
            digits++;
        }

        return digits == 0 ? 1 : count;
    }

    private static void Add(Dictionary<string, long> counts, string symbol, long count)
    {
        counts.TryGetValue(symbol, out var existing);
        counts[symbol] = Math.Min(existing + count, MaxCount + 1L);
    }

    /// <summary>Hill order: C first, then H, then the rest alphabetically; without carbon, all alphabetically.</summary>
    private static ElementCount[] HillOrder(Dictionary<string, long> counts)
    {
        var hasCarbon = counts.ContainsKey("C");
        var list = new List<ElementCount>();
        foreach (var pair in counts)
        {
            if (pair.Value > 0)
            {
                list.Add(new ElementCount(pair.Key, (int)Math.Min(pair.Value, MaxCount + 1L)));
            }
        }

        list.Sort((a, b) =>
        {
            var rankA = Rank(a.Symbol, hasCarbon);
            var rankB = Rank(b.Symbol, hasCarbon);
            return rankA != rankB ? rankA.CompareTo(rankB) : string.CompareOrdinal(a.Symbol, b.Symbol);
        });
        return list.ToArray();
    }

    private static int Rank(string symbol, bool hasCarbon) =>
        !hasCarbon ? 2 : symbol == "C" ? 0 : symbol == "H" ? 1 : 2;
}
