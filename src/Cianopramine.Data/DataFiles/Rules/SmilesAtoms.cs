using System.Collections.Generic;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// The atoms of a SMILES string, counted by element with their hydrogens (implicit hydrogens from the OpenSMILES
/// normal valences), so that a formula can be checked against its structure without a cheminformatics library
/// (CPD0040). This reads atoms, bonds, branches, ring closures, bracket atoms (isotope, chirality, hydrogen count,
/// charge, class) and disconnected parts (<c>.</c>); it does not check that the structure is chemically sensible.
/// </summary>
internal static class SmilesAtoms
{
    private static readonly Dictionary<string, int[]> NormalValences = new(System.StringComparer.Ordinal)
    {
        ["B"] = new[] { 3 }, ["C"] = new[] { 4 }, ["N"] = new[] { 3, 5 }, ["O"] = new[] { 2 }, ["P"] = new[] { 3, 5 },
        ["S"] = new[] { 2, 4, 6 }, ["F"] = new[] { 1 }, ["Cl"] = new[] { 1 }, ["Br"] = new[] { 1 }, ["I"] = new[] { 1 },
    };

    /// <summary>Counts the atoms of each element, hydrogens included.</summary>
    /// <param name="smiles">The SMILES.</param>
    /// <param name="counts">The counts by element symbol, on success.</param>
    /// <returns>Whether the SMILES could be read; when not, nothing is known about its atoms.</returns>
    public static bool TryCount(string smiles, out Dictionary<string, long> counts)
    {
        counts = new Dictionary<string, long>(System.StringComparer.Ordinal);
        var atoms = new List<Atom>();
        var branches = new Stack<int>();
        var rings = new Dictionary<int, (int Atom, int Order)>();
        var previous = -1;
        var bond = 0; // 0: no bond symbol seen (single, or aromatic between aromatic atoms)
        var i = 0;
        while (i < smiles.Length)
        {
            var c = smiles[i];
            switch (c)
            {
                case '-' or '/' or '\\' or ':':
                    bond = 1;
                    i++;
                    continue;
                case '=':
                    bond = 2;
                    i++;
                    continue;
                case '#':
                    bond = 3;
                    i++;
                    continue;
                case '$':
                    bond = 4;
                    i++;
                    continue;
                case '.':
                    previous = -1;
                    bond = 0;
                    i++;
                    continue;
                case '(':
                    if (previous < 0)
                    {
                        return false;
                    }

                    branches.Push(previous);
                    i++;
                    continue;
                case ')':
                    if (branches.Count == 0)
                    {
                        return false;
                    }

                    previous = branches.Pop();
                    bond = 0;
                    i++;
                    continue;
            }

            if (c is >= '0' and <= '9' || c == '%')
            {
                int number;
                if (c == '%')
                {
                    if (i + 2 >= smiles.Length || !IsDigit(smiles[i + 1]) || !IsDigit(smiles[i + 2]))
                    {
                        return false;
                    }

                    number = ((smiles[i + 1] - '0') * 10) + (smiles[i + 2] - '0');
                    i += 3;
                }
                else
                {
                    number = c - '0';
                    i++;
                }

                if (previous < 0)
                {
                    return false;
                }

                if (rings.TryGetValue(number, out var open))
                {
                    var order = bond != 0 ? bond : open.Order != 0 ? open.Order : 1;
                    atoms[open.Atom].Bonds += order;
                    atoms[previous].Bonds += order;
                    rings.Remove(number);
                }
                else
                {
                    rings[number] = (previous, bond);
                }

                bond = 0;
                continue;
            }

            if (!TryReadAtom(smiles, ref i, out var atom))
            {
                return false;
            }

            atoms.Add(atom);
            var index = atoms.Count - 1;
            if (previous >= 0)
            {
                var order = bond != 0 ? bond : 1;
                atoms[previous].Bonds += order;
                atom.Bonds += order;
            }

            previous = index;
            bond = 0;
        }

        if (rings.Count != 0 || branches.Count != 0)
        {
            return false;
        }

        foreach (var atom in atoms)
        {
            Add(counts, atom.Element, 1);
            Add(counts, "H", atom.Bracket ? atom.Hydrogens : ImplicitHydrogens(atom));
        }

        if (counts.TryGetValue("H", out var h) && h == 0)
        {
            counts.Remove("H");
        }

        return true;
    }

    private static int ImplicitHydrogens(Atom atom)
    {
        if (!NormalValences.TryGetValue(atom.Element, out var valences))
        {
            return 0;
        }

        // An aromatic atom gives one bond order to the aromatic system (benzene's c: 2 ring bonds + 1, one H).
        var used = atom.Bonds + (atom.Aromatic ? 1 : 0);
        foreach (var valence in valences)
        {
            if (valence >= used)
            {
                return valence - used;
            }
        }

        return 0;
    }

    private static bool TryReadAtom(string s, ref int i, out Atom atom)
    {
        atom = new Atom();
        if (s[i] == '[')
        {
            var end = s.IndexOf(']', i);
            if (end < 0)
            {
                return false;
            }

            var body = s.Substring(i + 1, end - i - 1);
            i = end + 1;
            return TryReadBracket(body, atom);
        }

        // The organic subset: B C N O P S F Cl Br I, and aromatic b c n o p s.
        if (s[i] == 'C' && i + 1 < s.Length && s[i + 1] == 'l')
        {
            atom.Element = "Cl";
            i += 2;
            return true;
        }

        if (s[i] == 'B' && i + 1 < s.Length && s[i + 1] == 'r')
        {
            atom.Element = "Br";
            i += 2;
            return true;
        }

        switch (s[i])
        {
            case 'B' or 'C' or 'N' or 'O' or 'P' or 'S' or 'F' or 'I':
                atom.Element = s[i].ToString();
                i++;
                return true;
            case 'b' or 'c' or 'n' or 'o' or 'p' or 's':
                atom.Element = char.ToUpperInvariant(s[i]).ToString();
                atom.Aromatic = true;
                i++;
                return true;
            default:
                return false;
        }
    }

    private static bool TryReadBracket(string body, Atom atom)
    {
        atom.Bracket = true;
        var j = 0;
        while (j < body.Length && IsDigit(body[j]))
        {
            j++; // isotope
        }

        if (j >= body.Length)
        {
            return false;
        }

        if (body[j] is >= 'A' and <= 'Z')
        {
            var length = j + 1 < body.Length && body[j + 1] is >= 'a' and <= 'z' ? 2 : 1;
            atom.Element = body.Substring(j, length);
            j += length;
        }
        else if (body[j] is >= 'a' and <= 'z')
        {
            // Aromatic: se and as, else one letter.
            var two = j + 1 < body.Length ? body.Substring(j, 2) : string.Empty;
            var length = two is "se" or "as" ? 2 : 1;
            atom.Element = char.ToUpperInvariant(body[j]) + (length == 2 ? body[j + 1].ToString() : string.Empty);
            atom.Aromatic = true;
            j += length;
        }
        else
        {
            return false;
        }

        while (j < body.Length && body[j] == '@')
        {
            j++;
        }

        if (j < body.Length && body[j] == 'H')
        {
            j++;
            var count = 0;
            var any = false;
            while (j < body.Length && IsDigit(body[j]))
            {
                count = (count * 10) + (body[j] - '0');
                any = true;
                j++;
            }

            atom.Hydrogens = any ? count : 1;
        }

        // Charge and atom class do not change the atom counts.
        return true;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static void Add(Dictionary<string, long> counts, string element, long count)
    {
        counts.TryGetValue(element, out var existing);
        counts[element] = existing + count;
    }

    private sealed class Atom
    {
        public string Element { get; set; } = string.Empty;

        public bool Aromatic { get; set; }

        public bool Bracket { get; set; }

        public int Hydrogens { get; set; }

        public int Bonds { get; set; }
    }
}
