using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;

namespace Cianopramine.Data.Import;

/// <summary>
/// Imports the IUPHAR/BPS Guide to Pharmacology's downloadable interactions (<c>interactions.csv</c>, with its
/// <c># GtoPdb Version</c> first line and column names such as <c>Target ID</c>, <c>Ligand ID</c>, <c>Affinity Units</c>
/// and <c>Original Affinity Median nm</c>), optionally with <c>ligands.csv</c> for the ligands' structures and
/// identifiers. Each row becomes one result whose value is the affinity in nM the row gives, with the p-scale range
/// (<c>Affinity High</c>, <c>Median</c>, <c>Low</c>) and the ligand and target ids kept as the result's <c>gtopdb</c>
/// record. What a row lacks is left out, never filled in; a row that cannot be mapped is left out whole and reported.
/// </summary>
/// <remarks>What each column becomes is listed in docs/importing.md.</remarks>
public static class GtoPdbInteractionImporter
{
    /// <summary>Imports <c>interactions.csv</c>, and <c>ligands.csv</c> when given.</summary>
    /// <param name="interactionsPath">The interactions file.</param>
    /// <param name="ligandsPath">The ligands file, or <see langword="null"/> to import without structures and identifiers.</param>
    /// <param name="options">Dataset id, title and version; null for the defaults.</param>
    /// <returns>The dataset file and the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interactionsPath"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A path is empty.</exception>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not read a file.</exception>
    /// <exception cref="FormatException">A header lacks the columns every row needs, or names a column twice.</exception>
    public static ImportResult ImportFiles(string interactionsPath, string? ligandsPath = null, GtoPdbImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(interactionsPath);
        using var interactions = new StreamReader(interactionsPath, Encoding.UTF8);
        using var ligands = ligandsPath is null ? null : new StreamReader(ligandsPath, Encoding.UTF8);
        return Import(interactions, ligands, options);
    }

    /// <summary>Imports interactions (and ligands) from readers.</summary>
    /// <param name="interactions"><c>interactions.csv</c>, its release line optional, then the header.</param>
    /// <param name="ligands"><c>ligands.csv</c>, or <see langword="null"/>.</param>
    /// <param name="options">Dataset id, title and version; null for the defaults.</param>
    /// <returns>The dataset file and the problems (the ligands file's problems come first, with its line numbers).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interactions"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A header lacks the columns every row needs, or names a column twice.</exception>
    public static ImportResult Import(TextReader interactions, TextReader? ligands = null, GtoPdbImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        options ??= new GtoPdbImportOptions();
        var problems = new List<ImportProblem>();
        var ligandTable = ligands is null ? new Dictionary<long, GtoPdbLigand>() : GtoPdbLigand.Read(ligands, problems);

        var (rest, release, taken) = SourceText.SkipRelease(interactions);
        using var sep = SepTables.Open(rest);
        var columns = GtoPdbColumns.Find(sep.Header.ColNames);
        var rows = new List<GtoPdbRow>();
        var read = 0;
        foreach (var row in sep)
        {
            read++;
            var cells = new string?[sep.Header.ColNames.Count];
            for (var i = 0; i < cells.Length && i < row.ColCount; i++)
            {
                cells[i] = row[i].ToString();
            }

            if (GtoPdbRow.TryMap(cells, columns, row.LineNumberFrom + taken, problems) is { } mapped)
            {
                rows.Add(mapped);
            }
        }

        return new ImportResult(Write(rows, ligandTable, release, options), problems, read, rows.Count);
    }

    private static string Write(List<GtoPdbRow> rows, Dictionary<long, GtoPdbLigand> ligands, string? release, GtoPdbImportOptions options)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartObject("dataset");
            w.WriteString("id", options.DatasetId);
            w.WriteString("title", options.Title);
            w.WriteString("version", options.Version);
            w.WriteString(
                "description",
                "Imported from the IUPHAR/BPS Guide to PHARMACOLOGY interactions download" + (release is null ? string.Empty : " (" + release + ")") +
                " by Cianopramine.Data.Import. Guide to PHARMACOLOGY data: CC BY-SA 4.0 (https://www.guidetopharmacology.org/).");
            w.WriteEndObject();

            WriteReferences(w, rows, release);
            WriteCompounds(w, rows, ligands);
            WriteTargets(w, rows);
            var assays = WriteAssays(w, rows);
            w.WriteStartArray("results");
            foreach (var r in rows)
            {
                WriteResult(w, r, assays[(r.AssayDescription, r.Species)]);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return SourceText.Utf8(buffer);
    }

    /// <summary>The reference ids a row cites: its PubMed ids, or the download itself when it gives none.</summary>
    private static IEnumerable<string> Citations(GtoPdbRow r)
    {
        if (r.PubMedIds.Count == 0)
        {
            yield return DownloadReference;
            yield break;
        }

        foreach (var pmid in r.PubMedIds)
        {
            yield return "pmid" + pmid;
        }
    }

    private const string DownloadReference = "gtopdb-download";

    private static void WriteReferences(Utf8JsonWriter w, List<GtoPdbRow> rows, string? release)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        w.WriteStartArray("references");
        foreach (var r in rows)
        {
            foreach (var id in Citations(r))
            {
                if (!seen.Add(id))
                {
                    continue;
                }

                w.WriteStartObject();
                w.WriteString("id", id);
                if (id == DownloadReference)
                {
                    w.WriteString("kind", "web-page");
                    w.WriteString("title", "IUPHAR/BPS Guide to PHARMACOLOGY, interactions download" + (release is null ? string.Empty : " (" + release + ")"));
                    w.WriteString("url", "https://www.guidetopharmacology.org/download.jsp");
                }
                else
                {
                    w.WriteString("pmid", id.Substring("pmid".Length));
                }

                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
    }

    private static string CompoundId(long ligandId) => "gtp-ligand-" + ligandId.ToString(CultureInfo.InvariantCulture);

    private static string TargetId(long targetId) => "gtp-target-" + targetId.ToString(CultureInfo.InvariantCulture);

    private static void WriteCompounds(Utf8JsonWriter w, List<GtoPdbRow> rows, Dictionary<long, GtoPdbLigand> ligands)
    {
        var first = new Dictionary<long, GtoPdbRow>();
        var citations = new Dictionary<long, List<string>>();
        foreach (var r in rows)
        {
            first.TryAdd(r.LigandId, r);
            if (!citations.TryGetValue(r.LigandId, out var list))
            {
                citations.Add(r.LigandId, list = new List<string>());
            }

            foreach (var id in Citations(r))
            {
                if (!list.Contains(id))
                {
                    list.Add(id);
                }
            }
        }

        w.WriteStartArray("compounds");
        foreach (var (ligandId, r) in first)
        {
            ligands.TryGetValue(ligandId, out var ligand);
            var name = ligand?.Name ?? r.LigandName;
            w.WriteStartObject();
            w.WriteString("id", CompoundId(ligandId));
            if (name is not null)
            {
                w.WriteString("name", name);
            }

            var synonyms = new List<(string Text, string Kind)>();
            if (r.LigandName is { } rowName && !string.Equals(rowName, name, StringComparison.OrdinalIgnoreCase))
            {
                synonyms.Add((rowName, "other"));
            }

            if (ligand?.Iupac is { } iupac && !string.Equals(iupac, name, StringComparison.OrdinalIgnoreCase))
            {
                synonyms.Add((iupac, "systematic-name"));
            }

            foreach (var s in ligand?.Synonyms ?? Array.Empty<string>())
            {
                if (!synonyms.Exists(x => string.Equals(x.Text, s, StringComparison.OrdinalIgnoreCase)))
                {
                    synonyms.Add((s, "other"));
                }
            }

            if (synonyms.Count > 0)
            {
                w.WriteStartArray("synonyms");
                foreach (var (text, kind) in synonyms)
                {
                    w.WriteStartObject();
                    w.WriteString("text", text);
                    w.WriteString("kind", kind);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            if (ligand is { PubChemCid: not null } or { ChemblId: not null })
            {
                w.WriteStartObject("identifiers");
                if (ligand.PubChemCid is { } cid)
                {
                    w.WriteNumber("pubchemCid", cid);
                }

                if (ligand.ChemblId is { } chembl)
                {
                    w.WriteString("chemblId", chembl);
                }

                w.WriteEndObject();
            }

            if (ligand is { Smiles: not null } or { InChIKey: not null })
            {
                w.WriteStartObject("structure");
                w.WriteString("provenance", "reported");
                w.WriteString("method", "Guide to Pharmacology ligands.csv");
                if (ligand.Smiles is { } smiles)
                {
                    w.WriteString("smiles", smiles);
                }

                if (ligand.InChIKey is { } key)
                {
                    w.WriteString("inchiKey", key);
                }

                w.WriteEndObject();
            }

            w.WriteStartArray("references");
            foreach (var id in citations[ligandId])
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteTargets(Utf8JsonWriter w, List<GtoPdbRow> rows)
    {
        var targets = new Dictionary<long, (GtoPdbRow First, List<(string Accession, string? Species)> UniProt)>();
        foreach (var r in rows)
        {
            if (!targets.TryGetValue(r.TargetId, out var t))
            {
                targets.Add(r.TargetId, t = (r, new List<(string, string?)>()));
            }
            else if (t.First.Species != "human" && r.Species == "human")
            {
                // One target id covers every species; its symbol is the human gene's (HTR1A, not the rat's Htr1a)
                // when a row gives it, as the Guide's own target pages list the human gene first.
                targets[r.TargetId] = t = (r, t.UniProt);
            }

            foreach (var accession in r.UniProt)
            {
                if (!t.UniProt.Exists(x => x.Accession == accession))
                {
                    t.UniProt.Add((accession, r.Species));
                }
            }
        }

        w.WriteStartArray("targets");
        foreach (var (id, (r, uniprot)) in targets)
        {
            w.WriteStartObject();
            w.WriteString("id", TargetId(id));
            w.WriteString("symbol", r.TargetGene ?? r.TargetName);
            w.WriteString("name", r.TargetName);
            if (r.TargetGene is { } gene)
            {
                w.WriteString("gene", gene);
            }

            w.WriteStartArray("accessions");
            w.WriteStartObject();
            w.WriteString("database", "gtopdb");
            w.WriteString("value", id.ToString(CultureInfo.InvariantCulture));
            w.WriteEndObject();
            foreach (var (accession, species) in uniprot)
            {
                w.WriteStartObject();
                w.WriteString("database", "uniprot");
                w.WriteString("value", accession);
                if (species is not null)
                {
                    w.WriteString("species", species);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>One assay per assay description and species, in order of first use; returns their ids.</summary>
    private static Dictionary<(string?, string?), string> WriteAssays(Utf8JsonWriter w, List<GtoPdbRow> rows)
    {
        var ids = new Dictionary<(string?, string?), string>();
        w.WriteStartArray("assays");
        foreach (var r in rows)
        {
            var key = (r.AssayDescription, r.Species);
            if (ids.ContainsKey(key))
            {
                continue;
            }

            var id = "gtp-assay-" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
            ids.Add(key, id);
            w.WriteStartObject();
            w.WriteString("id", id);
            if (r.Species is { } species)
            {
                w.WriteStartArray("species");
                w.WriteStringValue(species);
                w.WriteEndArray();
            }

            if (r.AssayDescription is { } description)
            {
                w.WriteString("description", description);
            }
            w.WriteEndObject();
        }

        w.WriteEndArray();
        return ids;
    }

    private static void WriteResult(Utf8JsonWriter w, GtoPdbRow r, string assay)
    {
        w.WriteStartObject();
        w.WriteString("id", "line" + r.Line.ToString(CultureInfo.InvariantCulture));
        w.WriteString("compound", CompoundId(r.LigandId));
        w.WriteString("target", TargetId(r.TargetId));
        w.WriteString("assay", assay);
        if (r.Action is { } action)
        {
            w.WriteString("action", action);
        }

        ImportFormat.WriteQuantitative(w, r.Parameter, r.Relation, r.Value, "nM");
        w.WriteStartArray("references");
        foreach (var id in Citations(r))
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
        w.WriteStartObject("gtopdb");
        w.WriteNumber("ligandId", r.LigandId);
        w.WriteNumber("targetId", r.TargetId);
        if (r.AffinityHigh is { } high)
        {
            w.WriteNumber("affinityHigh", high);
        }

        if (r.AffinityMedian is { } median)
        {
            w.WriteNumber("affinityMedian", median);
        }

        if (r.AffinityLow is { } low)
        {
            w.WriteNumber("affinityLow", low);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
