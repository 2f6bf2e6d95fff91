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
/// <param name="Elements">
/// The atoms of all components (multipliers applied) in Hill order, each symbol once; an isotope keeps its own
/// symbol (<c>[13C]</c>, <c>D</c>, <c>T</c>) and sorts right after its element.
/// </param>
/// <param name="HillFormula">
/// The Hill-normalised formula, components joined by <c>.</c> with their multipliers, each with its charge written
/// <c>+</c>, <c>-</c>, <c>+2</c>, <c>-3</c>: e.g. <c>C20H23N3.ClH</c>, <c>C4H12N+</c>, <c>Ca+2</c>.
/// </param>
/// <param name="AverageMass">
/// The average molar mass in g/mol: standard atomic weights, and the isotope's atomic mass for each labelled atom.
/// Electrons are not counted (a charge changes the mass by 0.000549 g/mol per charge, far inside the tolerance).
/// </param>
/// <param name="Charge">The net charge of all components.</param>
internal sealed record ParsedFormula(ValueArray<ElementCount> Elements, string HillFormula, decimal AverageMass, int Charge);

/// <summary>
/// Molecular formulas: parsing, Hill normalisation, and average mass from IUPAC standard atomic weights (abridged
/// conventional values) and isotope masses (AME2020). Accepted, in the spellings ChEMBL and PubChem use:
/// element symbols with counts and nested parentheses (<c>Ca(OH)2</c>); several components separated by <c>.</c> or
/// <c>·</c>, each with an optional leading multiplier (<c>C20H23N3.2HCl</c>, <c>C17H19NO3·H2O</c>); a net charge at
/// the end of a component (<c>C4H12N+</c>, <c>C2H3O2-</c>, <c>Ca+2</c>, <c>SO4-2</c>; and <c>Ca2+</c>, where digits
/// before the sign are the charge only when the component is a single element symbol); and isotopes in brackets
/// with their mass number (<c>[3H]</c>, <c>[13C]</c>, <c>[125I]</c>) or as <c>D</c> and <c>T</c>.
/// </summary>
internal static class MolecularFormula
{
    /// <summary>How far a stated average mass may be from the formula's mass (CPD0020), in g/mol.</summary>
    public const decimal MassTolerance = 0.05m;

    private const int MaxCount = 100_000;

    private const int MaxCharge = 20;

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

    /// <summary>
    /// The Hill formula of a parsed formula's atoms as a structure shows them: all components together, each isotope
    /// counted as its element, no charge. <c>C2H7N.ClH</c>, <c>C4H12N+</c> and <c>C2H5DO</c> give <c>C2H8ClN</c>,
    /// <c>C4H12N</c> and <c>C2H6O</c>: what the atoms of a SMILES make (CPD0040 compares the two).
    /// </summary>
    /// <param name="formula">A parsed formula.</param>
    /// <returns>The formula of its atoms, by element.</returns>
    public static string AtomsHill(ParsedFormula formula)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var element in formula.Elements)
        {
            var symbol = ElementOf(element.Symbol);
            counts[symbol] = counts.TryGetValue(symbol, out var count) ? count + element.Count : element.Count;
        }

        return Hill(counts);
    }

    /// <summary>
    /// Atomic masses (g/mol, AME2020) of the isotopes labelled ligands carry, keyed by the bracket spelling; <c>D</c>
    /// and <c>T</c> are <c>[2H]</c> and <c>[3H]</c>.
    /// </summary>
    private static readonly Dictionary<string, decimal> IsotopeMasses = new(StringComparer.Ordinal)
    {
        ["[1H]"] = 1.007825m, ["[2H]"] = 2.014102m, ["[3H]"] = 3.016049m,
        ["[11C]"] = 11.011434m, ["[12C]"] = 12m, ["[13C]"] = 13.003355m, ["[14C]"] = 14.003242m,
        ["[13N]"] = 13.005739m, ["[15N]"] = 15.000109m,
        ["[15O]"] = 15.003066m, ["[17O]"] = 16.999132m, ["[18O]"] = 17.999160m,
        ["[18F]"] = 18.000938m, ["[32P]"] = 31.973908m, ["[33P]"] = 32.971725m, ["[35S]"] = 34.969032m,
        ["[36Cl]"] = 35.968307m, ["[76Br]"] = 75.924542m, ["[77Br]"] = 76.921379m, ["[82Br]"] = 81.916801m,
        ["[123I]"] = 122.905590m, ["[124I]"] = 123.906210m, ["[125I]"] = 124.904630m, ["[131I]"] = 130.906126m,
    };

    /// <summary>Whether an element symbol has a standard atomic weight in the table.</summary>
    /// <param name="symbol">The symbol, e.g. <c>Na</c>.</param>
    /// <returns>Whether it is known.</returns>
    public static bool IsKnownElement(string symbol) => AtomicWeights.ContainsKey(symbol);

    /// <summary>Parses a formula.</summary>
    /// <param name="formula">The formula, e.g. <c>C20H23N3</c>, <c>Ca(OH)2</c>, <c>C20H23N3.HCl</c> or <c>C4H12N+</c>.</param>
    /// <param name="parsed">The parsed formula on success.</param>
    /// <param name="error">What is wrong, on failure.</param>
    /// <returns>Whether the formula was parsed.</returns>
    public static bool TryParse(string formula, out ParsedFormula? parsed, out string error)
    {
        parsed = null;
        if (formula.Length == 0)
        {
            error = "it is empty";
            return false;
        }

        var total = new Dictionary<string, long>(StringComparer.Ordinal);
        var hill = new StringBuilder();
        var charge = 0;
        var position = 0;
        while (true)
        {
            if (!TryParseComponent(formula, ref position, total, hill, ref charge, out error))
            {
                return false;
            }

            if (position == formula.Length)
            {
                break;
            }

            if (formula[position] is not ('.' or '\u00B7'))
            {
                error = "unexpected '" + formula[position] + "' at position " + (position + 1).ToString(CultureInfo.InvariantCulture);
                return false;
            }

            position++;
            hill.Append('.');
        }

        var elements = HillOrder(total);
        var mass = 0m;
        foreach (var element in elements)
        {
            if (element.Count > MaxCount)
            {
                error = "the count of " + element.Symbol + " is too large";
                return false;
            }

            mass += MassOf(element.Symbol) * element.Count;
        }

        parsed = new ParsedFormula(ValueArray<ElementCount>.FromOwnedArray(elements), hill.ToString(), mass, charge);
        return true;
    }

    /// <summary>The average molar mass of a formula, or <see langword="null"/> when it cannot be parsed.</summary>
    /// <param name="formula">The formula.</param>
    /// <returns>The mass in g/mol.</returns>
    public static decimal? AverageMass(string formula) => TryParse(formula, out var parsed, out _) ? parsed!.AverageMass : null;

    /// <summary>One component: an optional multiplier, atoms, an optional charge.</summary>
    private static bool TryParseComponent(
        string text, ref int position, Dictionary<string, long> total, StringBuilder hill, ref int charge, out string error)
    {
        var multiplier = 1L;
        if (position < text.Length && text[position] is >= '0' and <= '9')
        {
            multiplier = ReadCount(text, ref position);
            if (multiplier == 0)
            {
                error = "a multiplier of zero";
                return false;
            }

            if (position < text.Length && text[position] == '/')
            {
                error = "fractional multipliers (e.g. 1/2H2O) are not supported; write the whole-number ratio (C40H46N6.H2O)";
                return false;
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var atomsStart = position;
        if (!TryParseGroup(text, ref position, 0, counts, out error))
        {
            return false;
        }

        var componentCharge = 0;
        if (IsMonatomicChargeSuffix(text, atomsStart, position, counts, out var ionCharge, out var chargeStart))
        {
            // Ca2+, Fe3+: the digits before the sign are the charge of a single-element component, so its one
            // symbol (the only key of counts) has one atom.
            counts[text.Substring(atomsStart, chargeStart - atomsStart)] = 1;
            componentCharge = ionCharge;
            position++;
        }
        else if (position < text.Length && text[position] is '+' or '-')
        {
            var sign = text[position] == '+' ? 1 : -1;
            position++;
            var magnitude = 0L;
            if (position < text.Length && text[position] is >= '0' and <= '9')
            {
                magnitude = ReadCount(text, ref position);
            }
            else
            {
                magnitude = 1;
                while (position < text.Length && text[position] == text[position - 1])
                {
                    magnitude++;
                    position++;
                }
            }

            if (magnitude is 0 or > MaxCharge)
            {
                error = "a charge of " + magnitude.ToString(CultureInfo.InvariantCulture) + " is out of range";
                return false;
            }

            componentCharge = sign * (int)magnitude;
        }

        foreach (var pair in counts)
        {
            Add(total, pair.Key, pair.Value * multiplier);
        }

        if (multiplier != 1)
        {
            hill.Append(multiplier.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var element in HillOrder(counts))
        {
            hill.Append(element.Symbol);
            if (element.Count != 1)
            {
                hill.Append(element.Count.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (componentCharge != 0)
        {
            hill.Append(componentCharge > 0 ? '+' : '-');
            if (Math.Abs(componentCharge) != 1)
            {
                hill.Append(Math.Abs(componentCharge).ToString(CultureInfo.InvariantCulture));
            }
        }

        charge += componentCharge * (int)multiplier; // at most 20 × 100,001 per component
        return true;
    }

    /// <summary>
    /// Whether the component just read is one element symbol followed by digits and the next character is a sign:
    /// <c>Ca2+</c> (then the digits are the charge, not a count).
    /// </summary>
    private static bool IsMonatomicChargeSuffix(
        string text, int atomsStart, int position, Dictionary<string, long> counts, out int charge, out int digitsStart)
    {
        charge = 0;
        digitsStart = position;
        if (position >= text.Length || text[position] is not ('+' or '-') || counts.Count != 1)
        {
            return false;
        }

        while (digitsStart > atomsStart && text[digitsStart - 1] is >= '0' and <= '9')
        {
            digitsStart--;
        }

        if (digitsStart == position || text[atomsStart] is < 'A' or > 'Z')
        {
            return false;
        }

        for (var i = atomsStart + 1; i < digitsStart; i++)
        {
            if (text[i] is < 'a' or > 'z')
            {
                return false;
            }
        }

        var magnitude = 0;
        for (var i = digitsStart; i < position; i++)
        {
            magnitude = Math.Min((magnitude * 10) + (text[i] - '0'), MaxCharge + 1);
        }

        if (magnitude is 0 or > MaxCharge)
        {
            return false;
        }

        charge = text[position] == '+' ? magnitude : -magnitude;
        return true;
    }

    private static decimal MassOf(string symbol) => symbol switch
    {
        "D" => IsotopeMasses["[2H]"],
        "T" => IsotopeMasses["[3H]"],
        _ when symbol[0] == '[' => IsotopeMasses[symbol],
        _ => AtomicWeights[symbol],
    };

    /// <summary>The element an atom symbol belongs to: <c>C</c> for <c>[13C]</c>, <c>H</c> for <c>D</c>.</summary>
    private static string ElementOf(string symbol)
    {
        if (symbol is "D" or "T")
        {
            return "H";
        }

        if (symbol[0] != '[')
        {
            return symbol;
        }

        var i = 1;
        while (symbol[i] is >= '0' and <= '9')
        {
            i++;
        }

        return symbol.Substring(i, symbol.Length - 1 - i);
    }

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

            string symbol;
            if (c == '[')
            {
                if (!TryReadIsotope(text, ref position, out symbol, out error))
                {
                    return false;
                }
            }
            else
            {
                if (c is < 'A' or > 'Z')
                {
                    if (any && depth == 0 && c is '.' or '\u00B7' or '+' or '-')
                    {
                        break; // the end of a component: a separator or a charge
                    }

                    error = "unexpected '" + c + "' at position " + (position + 1).ToString(CultureInfo.InvariantCulture);
                    return false;
                }

                var start = position++;
                while (position < text.Length && text[position] is >= 'a' and <= 'z')
                {
                    position++;
                }

                symbol = text.Substring(start, position - start);
                if (!AtomicWeights.ContainsKey(symbol) && symbol is not ("D" or "T"))
                {
                    error = "unknown element '" + symbol + "'";
                    return false;
                }
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

        if (depth == 0 && position < text.Length && text[position] == ')')
        {
            error = "a ')' has no matching '('";
            return false;
        }

        return true;
    }

    /// <summary>Reads <c>[13C]</c>: a mass number and an element symbol in brackets, an isotope in the table.</summary>
    private static bool TryReadIsotope(string text, ref int position, out string symbol, out string error)
    {
        var start = position;
        var close = text.IndexOf(']', position);
        if (close < 0)
        {
            symbol = string.Empty;
            error = "a '[' is not closed";
            return false;
        }

        symbol = text.Substring(start, close - start + 1);
        position = close + 1;
        if (!IsotopeMasses.ContainsKey(symbol))
        {
            error = "unknown isotope '" + symbol + "' (write the mass number and the element, e.g. [13C], [125I])";
            return false;
        }

        error = string.Empty;
        return true;
    }

    private static long ReadCount(string text, ref int position)
    {
        long count = 0;
        var start = position;
        while (position < text.Length && text[position] is >= '0' and <= '9')
        {
            if (count <= MaxCount)
            {
                count = (count * 10) + (text[position] - '0');
            }

            position++;
        }

        return position == start ? 1 : count;
    }

    private static void Add(Dictionary<string, long> counts, string symbol, long count)
    {
        counts.TryGetValue(symbol, out var existing);
        counts[symbol] = Math.Min(existing + count, MaxCount + 1L);
    }

    /// <summary>Hill order: C first, then H, then the rest alphabetically; without carbon, all alphabetically.</summary>
    private static ElementCount[] HillOrder(Dictionary<string, long> counts)
    {
        var hasCarbon = false;
        foreach (var symbol in counts.Keys)
        {
            hasCarbon |= ElementOf(symbol) == "C";
        }

        var list = new List<ElementCount>();
        foreach (var pair in counts)
        {
            if (pair.Value > 0) // counting a SMILES adds hydrogens of count zero (ClCl, CCl4)
            {
                list.Add(new ElementCount(pair.Key, (int)Math.Min(pair.Value, MaxCount + 1L)));
            }
        }

        list.Sort((a, b) =>
        {
            var elementA = ElementOf(a.Symbol);
            var elementB = ElementOf(b.Symbol);
            var rankA = Rank(elementA, hasCarbon);
            var rankB = Rank(elementB, hasCarbon);
            if (rankA != rankB)
            {
                return rankA.CompareTo(rankB);
            }

            var byElement = string.CompareOrdinal(elementA, elementB);
            if (byElement != 0)
            {
                return byElement;
            }

            // The element as such first, then its isotopes by mass: C, [11C], [13C]; H, D, T.
            var isotopeA = a.Symbol != elementA;
            var isotopeB = b.Symbol != elementB;
            return isotopeA != isotopeB ? isotopeA.CompareTo(isotopeB) : MassOf(a.Symbol).CompareTo(MassOf(b.Symbol));
        });
        return list.ToArray();
    }

    private static int Rank(string symbol, bool hasCarbon) =>
        !hasCarbon ? 2 : symbol == "C" ? 0 : symbol == "H" ? 1 : 2;
}
