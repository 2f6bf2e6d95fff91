using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Cianopramine.Data.Model.Identifiers;
using nietras.SeparatedValues;

namespace Cianopramine.Data.Import;

/// <summary>What the Guide to Pharmacology's <c>ligands.csv</c> says about one ligand, as far as the format keeps it.</summary>
internal sealed record GtoPdbLigand
{
    public required long Id { get; init; }
    public string? Name { get; init; }
    public string? Smiles { get; init; }
    public string? InChIKey { get; init; }
    public long? PubChemCid { get; init; }
    public string? ChemblId { get; init; }
    public string? Iupac { get; init; }
    public required IReadOnlyList<string> Synonyms { get; init; }

    /// <summary>Reads <c>ligands.csv</c> (release line optional) into ligands by id; problems are reported with the file's line numbers.</summary>
    public static Dictionary<long, GtoPdbLigand> Read(TextReader reader, List<ImportProblem> problems)
    {
        var (rest, _, taken) = SourceText.SkipRelease(reader);
        using var sep = SepTables.Open(rest);
        var names = sep.Header.ColNames;
        int Of(string name) => SourceText.IndexOf(names, name);
        var id = Of("Ligand ID");
        if (id < 0)
        {
            throw new FormatException("Not a Guide to Pharmacology ligands file: the header lacks Ligand ID.");
        }

        int name = Of("Name"), smiles = Of("SMILES"), inchiKey = Of("InChIKey"), cid = Of("PubChem CID"), chembl = Of("ChEMBL ID"),
            iupac = Of("IUPAC name"), synonyms = Of("Synonyms"), inn = Of("INN");
        var ligands = new Dictionary<long, GtoPdbLigand>();
        foreach (var row in sep)
        {
            var line = row.LineNumberFrom + taken;
            var cells = new string?[names.Count];
            for (var i = 0; i < cells.Length && i < row.ColCount; i++)
            {
                cells[i] = row[i].ToString();
            }

            string? Cell(int index) => SourceText.Cell(cells, index);
            if (Cell(id) is not { } idText || !long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var ligandId) || ligandId <= 0)
            {
                problems.Add(new ImportProblem(line, "ligands.csv Ligand ID", $"'{Cell(id)}' is not a ligand id; the ligand row is not used"));
                continue;
            }

            long? pubchem = null;
            if (Cell(cid) is { } cidText)
            {
                if (long.TryParse(cidText, NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c > 0)
                {
                    pubchem = c;
                }
                else
                {
                    problems.Add(new ImportProblem(line, "ligands.csv PubChem CID", $"'{cidText}' is not a PubChem CID; left out"));
                }
            }

            var chemblId = Cell(chembl);
            if (chemblId is not null && !Cianopramine.Data.Model.Identifiers.ChemblId.IsValid(chemblId))
            {
                problems.Add(new ImportProblem(line, "ligands.csv ChEMBL ID", $"'{chemblId}' is not a ChEMBL id; left out"));
                chemblId = null;
            }

            var key = Cell(inchiKey);
            if (key is not null && !Cianopramine.Data.Model.Identifiers.InChIKey.IsValid(key))
            {
                problems.Add(new ImportProblem(line, "ligands.csv InChIKey", $"'{key}' is not an InChIKey; left out"));
                key = null;
            }

            var ligandName = Cell(name) is { } n ? SourceText.WithoutMarkup(n) : null;
            var aliases = new List<string>();
            void Alias(string? text)
            {
                if (text is null)
                {
                    return;
                }

                var plain = SourceText.WithoutMarkup(text);
                if (plain.Length > 0 && !string.Equals(plain, ligandName, StringComparison.OrdinalIgnoreCase) && !aliases.Contains(plain, StringComparer.OrdinalIgnoreCase))
                {
                    aliases.Add(plain);
                }
            }

            Alias(Cell(inn));
            foreach (var synonym in GtoPdbRow.Values(Cell(synonyms)))
            {
                Alias(synonym);
            }

            if (ligands.ContainsKey(ligandId))
            {
                problems.Add(new ImportProblem(line, "ligands.csv Ligand ID", $"ligand {ligandId} is listed again; the first row is used"));
                continue;
            }

            ligands.Add(ligandId, new GtoPdbLigand
            {
                Id = ligandId,
                Name = ligandName,
                Smiles = Cell(smiles),
                InChIKey = key,
                PubChemCid = pubchem,
                ChemblId = chemblId,
                Iupac = Cell(iupac) is { } iupacText ? SourceText.WithoutMarkup(iupacText) : null,
                Synonyms = aliases,
            });
        }

        return ligands;
    }
}

internal static class ListExtensions
{
    public static bool Contains(this List<string> list, string value, StringComparer comparer)
    {
        foreach (var item in list)
        {
            if (comparer.Equals(item, value))
            {
                return true;
            }
        }

        return false;
    }
}
