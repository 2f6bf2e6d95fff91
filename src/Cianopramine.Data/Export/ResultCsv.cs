using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Export;

/// <summary>
/// Writes results as CSV (RFC 4180: comma-separated, fields quoted when needed, CRLF line ends, UTF-8), one row per
/// result, with ChEMBL's activity column names where the meaning is the same and our own columns for the rest.
/// </summary>
/// <remarks>
/// <para>Columns (see <see cref="Columns"/> and docs/loading-and-exporting.md): <c>standard_type</c>,
/// <c>standard_relation</c>, <c>standard_value</c> and <c>standard_units</c> are the quantitative value with molar
/// concentrations converted exactly to nM (other units as written in the JSON format); <c>relation</c>,
/// <c>value</c> and <c>units</c> are the value as published; <c>activity_comment</c> is a qualitative result's words.</para>
/// <para><c>pchembl_value</c> follows ChEMBL's rule: −log₁₀ of the molar value, given only for IC50, EC50, Ki and Kd
/// (the parameters of ChEMBL's list IC50/XC50/EC50/AC50/Ki/Kd/Potency this format has), only when the relation is
/// <c>=</c>, the unit is molar (standardised to nM) and the value above zero, and only when no data-validity caveat
/// is set: ChEMBL leaves it out when <c>data_validity_comment</c> is set, and ours is set by an
/// <c>unverified</c> or <c>citation-mismatch</c> curation note. It is rounded to two decimals, as ChEMBL does.</para>
/// <para>A text cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading
/// apostrophe (<see cref="ResultCsvOptions.NeutraliseFormulas"/>), so <c>standard_relation</c> <c>=</c> is written
/// <c>'=</c>, as in ChEMBL's own downloads; numbers are left as they are.</para>
/// </remarks>
public static class ResultCsv
{
    private static readonly string[] ColumnNames =
    {
        "result_id", "molecule_pref_name", "molecule_chembl_id", "compound_id",
        "target_pref_name", "target_symbol", "target_chembl_id", "target_id",
        "assay_id", "assay_description", "assay_kind", "assay_setting", "assay_organism", "assay_tissue",
        "action_type", "value_kind", "agent",
        "standard_type", "standard_relation", "standard_value", "standard_units", "pchembl_value",
        "relation", "value", "units", "spread_value", "spread_kind", "sample_size",
        "activity_comment", "qualitative_category",
        "compared_to", "compared_to_id", "comparative_direction", "comparative_magnitude", "comparative_text",
        "conditions", "data_validity_comment", "curation_notes",
        "reference_ids", "pubmed_id", "doi",
    };

    /// <summary>The column names, in order: the header row.</summary>
    public static IReadOnlyList<string> Columns { get; } = Array.AsReadOnly(ColumnNames);

    /// <summary>The results as CSV text, with a header row.</summary>
    /// <param name="results">The results, e.g. <c>dataset.AllResults</c> or a query such as <c>dataset.Results.For("cianopramine")</c>.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="ResultCsvOptions.Default"/>.</param>
    /// <returns>The CSV.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> holds a <see langword="null"/> result.</exception>
    public static string ToCsv(IEnumerable<AssayResult> results, ResultCsvOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(results, writer, options);
        return writer.ToString();
    }

    /// <summary>Writes the results as CSV to a text writer, which is left open.</summary>
    /// <param name="results">The results.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="ResultCsvOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument (<paramref name="results"/>, <paramref name="writer"/>) is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> holds a <see langword="null"/> result.</exception>
    public static void Write(IEnumerable<AssayResult> results, TextWriter writer, ResultCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(writer);
        var csv = new CsvWriter(writer, (options ?? ResultCsvOptions.Default).NeutraliseFormulas);
        var header = new CsvCell[ColumnNames.Length];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = ColumnNames[i];
        }

        csv.WriteRecord(header);
        foreach (var result in results)
        {
            csv.WriteRecord(Row(result ?? throw new ArgumentException("A result is null.", nameof(results))));
        }
    }

    /// <summary>Writes the results as UTF-8 CSV to a stream, which is left open.</summary>
    /// <param name="results">The results.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="ResultCsvOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument (<paramref name="results"/>, <paramref name="stream"/>) is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written, or <paramref name="results"/> holds a <see langword="null"/> result.</exception>
    public static void Write(IEnumerable<AssayResult> results, Stream stream, ResultCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ResultCsvOptions.Default;
        using var writer = new StreamWriter(stream, new UTF8Encoding(options.ByteOrderMark), bufferSize: 16 * 1024, leaveOpen: true);
        Write(results, writer, options);
    }

    /// <summary>Writes the results as UTF-8 CSV to a file (created or overwritten).</summary>
    /// <param name="results">The results.</param>
    /// <param name="path">The file, e.g. <c>results.csv</c>.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="ResultCsvOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument (<paramref name="results"/>, <paramref name="path"/>) is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or <paramref name="results"/> holds a <see langword="null"/> result.</exception>
    /// <exception cref="IOException">The file cannot be created or written (a folder on the path is missing, the file is in use, the disk is full …).</exception>
    /// <exception cref="UnauthorizedAccessException">The caller may not write the file.</exception>
    public static void WriteFile(IEnumerable<AssayResult> results, string path, ResultCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = File.Create(path);
        Write(results, file, options);
    }

    /// <summary>The pChEMBL value of a result, by the rule in the remarks of <see cref="ResultCsv"/>, or <see langword="null"/>.</summary>
    /// <param name="result">The result.</param>
    /// <returns>−log₁₀(molar value), rounded to two decimals; <see langword="null"/> where ChEMBL would not compute one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static PValue? PChemblValue(AssayResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Value is QuantitativeValue
        {
            Parameter: ActivityParameter.IC50 or ActivityParameter.EC50 or ActivityParameter.Ki or ActivityParameter.Kd,
            Relation: Relation.EqualTo,
            PValue: { } p,
        } && ValidityComment(result) is null
            ? p.Round(2)
            : null;
    }

    private static CsvCell[] Row(AssayResult r)
    {
        var quantitative = r.Value as QuantitativeValue;
        var qualitative = r.Value as QualitativeValue;
        var comparative = r.Value as ComparativeValue;
        var cells = new CsvCell[ColumnNames.Length];
        var i = 0;
        cells[i++] = r.Id;
        cells[i++] = r.Compound.HasStatedName ? r.Compound.Name : null;   // empty when the source states no name
        cells[i++] = r.Compound.Identifiers.ChemblId?.Value;
        cells[i++] = r.Compound.Id;
        cells[i++] = r.Target.Name;
        cells[i++] = r.Target.Symbol;
        cells[i++] = TargetChemblId(r.Target, r.Assay.Species);
        cells[i++] = r.Target.Id;
        cells[i++] = r.Assay.Id;
        cells[i++] = r.Assay.Description;
        cells[i++] = EnumWords.AssayKind.ToWord(r.Assay.Kind);
        cells[i++] = EnumWords.AssaySetting.ToWord(r.Assay.Setting);
        cells[i++] = Organisms(r.Assay.Species);
        cells[i++] = r.Assay.Tissue;
        cells[i++] = r.Action is { } action ? EnumWords.Action.ToWord(action) : null;
        cells[i++] = Kind(r.Value);
        if (quantitative is not null)
        {
            var (value, units) = Standard(quantitative.Magnitude);
            cells[i++] = quantitative.Agent;
            cells[i++] = StandardType(quantitative.Parameter);
            cells[i++] = quantitative.Relation.Symbol();
            cells[i++] = Number(value);
            cells[i++] = units;
            cells[i++] = PChemblValue(r) is { } p ? new CsvCell(p.ToString("F2", CultureInfo.InvariantCulture), IsNumber: true) : default;
            cells[i++] = quantitative.Relation.Symbol();
            cells[i++] = Number(quantitative.Magnitude.Value);
            cells[i++] = EnumWords.Unit.ToWord(quantitative.Magnitude.Unit);
            cells[i++] = quantitative.Spread is { } spread ? Number(spread.Value) : default;
            cells[i++] = quantitative.Spread is { } kind ? EnumWords.SpreadKind.ToWord(kind.Kind) : null;
            cells[i++] = quantitative.SampleSize is { } n ? Number(n) : default;
        }
        else
        {
            i += 12;
        }

        cells[i++] = qualitative?.Text;
        cells[i++] = qualitative is null ? null : EnumWords.QualitativeCategory.ToWord(qualitative.Category);
        cells[i++] = comparative?.ComparedTo.Name;
        cells[i++] = comparative?.ComparedTo.Id;
        cells[i++] = comparative is null ? null : EnumWords.ComparativeDirection.ToWord(comparative.Direction);
        cells[i++] = comparative?.Magnitude;
        cells[i++] = comparative?.Text;
        cells[i++] = r.Conditions.IsEmpty ? null : r.Conditions.ToString();
        cells[i++] = ValidityComment(r);
        cells[i++] = Notes(r.Notes);
        cells[i++] = Join(r.References, x => x.Id);
        cells[i++] = Join(r.References, x => x.Pmid?.Value);
        cells[i] = Join(r.References, x => x.Doi?.Value);
        return cells;
    }

    private static string Kind(ResultValue value) => EnumWords.ValueKind.ToWord(value.Kind);

    /// <summary>ChEMBL's standard_type: the parameter, with ChEMBL's "Inhibition" for a percent inhibition.</summary>
    private static string StandardType(ActivityParameter parameter) => parameter switch
    {
        ActivityParameter.PercentInhibition => "Inhibition",
        ActivityParameter.Dose => "Dose",
        _ => EnumWords.Parameter.ToWord(parameter),
    };

    /// <summary>Molar values exactly in nM; others as given, with their JSON unit symbol.</summary>
    private static (decimal Value, string Units) Standard(Quantity magnitude) =>
        magnitude.TryGetConcentration(out var concentration)
            ? (concentration.ToNanomolar(), "nM")
            : (magnitude.Value, EnumWords.Unit.ToWord(magnitude.Unit));

    private static CsvCell Number(decimal value)
    {
        // Without trailing zeros: 50000 nM, not 50000.000000000.
        var normalised = value / 1.0000000000000000000000000000m;
        return new CsvCell(normalised.ToString(CultureInfo.InvariantCulture), IsNumber: true);
    }

    /// <summary>The curation notes that question the value (ChEMBL's data_validity_comment), or <see langword="null"/>.</summary>
    private static string? ValidityComment(AssayResult result)
    {
        var kinds = new List<string>();
        foreach (var note in result.Notes)
        {
            if (note.Kind is CurationNoteKind.Unverified or CurationNoteKind.CitationMismatch)
            {
                var word = EnumWords.NoteKind.ToWord(note.Kind);
                if (!kinds.Contains(word))
                {
                    kinds.Add(word);
                }
            }
        }

        return kinds.Count == 0 ? null : string.Join("; ", kinds);
    }

    private static string? Notes(ValueArray<CurationNote> notes)
    {
        if (notes.IsEmpty)
        {
            return null;
        }

        var texts = new List<string>(notes.Count);
        foreach (var note in notes)
        {
            var kind = EnumWords.NoteKind.ToWord(note.Kind);
            texts.Add(note.Id is null ? kind + ": " + note.Text : kind + " " + note.Id + ": " + note.Text);
        }

        return string.Join(" | ", texts);
    }

    /// <summary>
    /// The target's ChEMBL id for the assay's organism, or null. A ChEMBL target is one protein of one species
    /// (CHEMBL228 is human SERT), so, as in ChEMBL itself, a row gets the id only when the assay was done in exactly
    /// one species and the accession is recorded for that species: never on a rat, mouse or species-less row.
    /// </summary>
    internal static string? TargetChemblId(Target target, ValueArray<Species> assaySpecies)
    {
        if (assaySpecies.Count != 1)
        {
            return null;
        }

        foreach (var accession in target.Accessions)
        {
            if (accession.Database == AccessionDatabase.Chembl && accession.Species == assaySpecies[0])
            {
                return accession.Value;
            }
        }

        return null;
    }

    /// <summary>The assay's species as ChEMBL's organism names (Latin binomials), separated by "; ".</summary>
    private static string? Organisms(ValueArray<Species> species)
    {
        var names = new List<string>(species.Count);
        foreach (var s in species)
        {
            names.Add(s switch
            {
                Species.Human => "Homo sapiens",
                Species.Rat => "Rattus norvegicus",
                Species.Mouse => "Mus musculus",
                Species.GuineaPig => "Cavia porcellus",
                Species.Rabbit => "Oryctolagus cuniculus",
                Species.Dog => "Canis lupus familiaris",
                Species.Cat => "Felis catus",
                Species.Pig => "Sus scrofa",
                Species.Monkey => "Simiiformes",
                Species.Cattle => "Bos taurus",
                _ => throw new ArgumentOutOfRangeException(nameof(species), s, "Unknown species."),
            });
        }

        return names.Count == 0 ? null : string.Join("; ", names);
    }

    /// <summary>The distinct non-null values, in order, separated by "; "; <see langword="null"/> when there are none.</summary>
    private static string? Join(ValueArray<Reference> references, Func<Reference, string?> valueOf)
    {
        var values = new List<string>();
        foreach (var reference in references)
        {
            if (valueOf(reference) is { } value && !values.Contains(value))
            {
                values.Add(value);
            }
        }

        return values.Count == 0 ? null : string.Join("; ", values);
    }
}
