using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Benchmarks.Synthetic;

/// <summary>
/// Writes a synthetic but realistic dataset in the data-file format (docs/json-format.md): references with PMIDs and
/// DOIs, compounds with research codes, systematic names, PubChem/ChEMBL/DrugBank/CAS identifiers (valid check digits),
/// computed structures (formula and a mass that agrees with it, InChIKey-shaped keys), targets with UniProt/ChEMBL
/// accessions, assays, quantitative (IC50/Ki/Kd/EC50 in M, mM, µM, nM, pM; % inhibition; ED50 and doses), qualitative
/// and comparative results, metabolic transformations (chains of N-demethylation, hydroxylation, glucuronidation),
/// mechanism statements and data gaps.
/// </summary>
/// <remarks>
/// <para>The proportions are fixed, so a size is one number, the result count: per compound ≈ 10 results, per target
/// ≈ 50, per reference ≈ 20, per assay ≈ 25. A query's selectivity is therefore the same at every size, and its
/// latency measures the index, not the answer's length.</para>
/// <para>The output is deterministic (a seeded generator): the same size gives the same bytes. The dataset is split over
/// several files, as curated datasets are: the manifest and references, compounds, targets and assays, results in
/// files of at most <see cref="ResultsPerFile"/>, and metabolism/mechanisms/gaps.</para>
/// </remarks>
internal sealed class SyntheticDatasetBuilder
{
    /// <summary>Results per results file.</summary>
    public const int ResultsPerFile = 10_000;

    private static readonly string[] Syllables =
    [
        "ci", "a", "no", "pra", "mi", "ne", "des", "me", "thyl", "flu", "ox", "e", "ti", "par", "ser", "tra", "lin",
        "cit", "lo", "pram", "ven", "la", "fax", "dul", "ro", "zi", "mir", "ta", "za", "pi", "clo", "nor", "trip", "ty",
    ];

    private static readonly string[] Stems = ["pramine", "triptyline", "oxetine", "faxine", "pram", "zodone", "tiline", "apine", "xepin"];

    private static readonly string[] Classes =
    [
        "tricyclic antidepressant", "selective serotonin reuptake inhibitor", "serotonin-noradrenaline reuptake inhibitor",
        "tetracyclic antidepressant", "monoamine oxidase inhibitor", "atypical antidepressant",
    ];

    private static readonly string[] CodePrefixes = ["Ro", "Lu", "LY", "BW", "WY", "CGP", "ORG", "SCH", "MK"];
    private static readonly string[] Species = ["human", "rat", "mouse", "guinea-pig", "rabbit", "dog", "monkey"];
    private static readonly string[] Tissues = ["brain synaptosomes", "platelets", "cortex membranes", "hippocampus slices", "stomach fundus strip", "HEK293 cells"];
    private static readonly string[] Journals = ["Eur J Pharmacol", "J Pharmacol Exp Ther", "Psychopharmacology", "Br J Pharmacol", "Neuropharmacology", "Clin Pharmacol Ther"];
    private static readonly string[] Surnames = ["Maj", "Eichler", "Kovachich", "Wainscott", "Rogóż", "Bijak", "Müller", "Nordström", "Okafor", "Tanaka", "Silva", "Dubois"];
    private static readonly string[] MolarUnits = ["nM", "uM", "M", "mM", "pM", "µM"];
    private static readonly string[] QuantitativeParameters = ["IC50", "Ki", "Kd", "EC50"];
    private static readonly string[] Relations = ["=", "=", "=", "=", "=", "=", "<", ">", "<=", ">=", "~"];
    private static readonly string[] SpreadKinds = ["sd", "sem", "ci95", "range", "unspecified"];
    private static readonly string[] Actions = ["inhibitor", "antagonist", "agonist", "blocker", "potentiator", "ligand", "no-effect"];
    private static readonly string[] AssayKinds = ["uptake-inhibition", "radioligand-binding", "displacement-protection", "functional-tissue-response", "pressor-response", "enzyme-inhibition"];
    private static readonly string[] Settings = ["in-vitro", "in-vitro", "in-vivo", "ex-vivo", "isolated-tissue"];
    private static readonly string[] Reactions = ["n-demethylation", "hydroxylation", "n-oxidation", "glucuronidation", "o-demethylation", "sulfation"];
    private static readonly string[] Enzymes = ["CYP2D6", "CYP2C19", "CYP1A2", "CYP3A4", "UGT1A4", "FMO3"];
    private static readonly string[] TargetKinds = ["transporter", "receptor", "receptor", "enzyme", "ion-channel", "receptor-group"];
    private static readonly string[] GenePrefixes = ["SLC6A", "HTR", "ADRA", "DRD", "CHRM", "HRH", "KCNH", "MAO"];

    private static readonly (string Text, string Category)[] Qualitative =
    [
        ("potent and selective inhibitor", "potent"), ("active", "active"), ("inactive at 10 µM", "inactive"),
        ("weak antagonism", "weak"), ("a single high-affinity, Na⁺-dependent site", "high-affinity"),
        ("blocks at high doses, potentiates at low doses", "mixed"),
    ];

    private readonly int _results;
    private readonly int _compounds;
    private readonly int _targets;
    private readonly int _references;
    private readonly int _assays;
    private readonly Random _random;
    private readonly bool _realShape;
    private readonly int _multiTarget;

    /// <summary>A builder of a dataset with <paramref name="results"/> results.</summary>
    /// <param name="results">The number of results (at least 100).</param>
    /// <param name="seed">The seed; the same seed and size give the same files.</param>
    public SyntheticDatasetBuilder(int results, int seed = 20260101)
    {
        if (results < 100)
        {
            throw new ArgumentOutOfRangeException(nameof(results), results, "At least 100 results.");
        }

        _results = results;
        _compounds = results / 10;
        _targets = Math.Max(5, results / 50);
        _references = Math.Max(5, results / 20);
        _assays = Math.Max(5, results / 25);
        _random = new Random(seed);
    }

    private SyntheticDatasetBuilder(int results, int seed, bool realShape)
        : this(results, seed)
    {
        if (!realShape)
        {
            return;
        }

        // A ChEMBL target slice (issue 14): 3 targets; 7,014 results over 5,654 compounds at the 7k size (0.806 compounds
        // per result), of which ~15 % are measured at two or three targets; all results molar concentrations (Ki mostly,
        // some IC50), log-normal from 0.01 nM to 100 µM, ~5 % censored; a few hundred references; 30 assays.
        _realShape = true;
        _targets = 3;
        _compounds = (int)(results * 0.806);
        _multiTarget = (int)(_compounds * 0.15);
        _references = Math.Max(5, results / 25);
        _assays = 30;
    }

    /// <summary>
    /// A builder of a dataset shaped like a ChEMBL target slice (issue 14): 3 targets with thousands of results each,
    /// ~0.8 compounds per result of which ~15 % are measured at two or more targets, every value a molar concentration
    /// (log-normal, 0.01 nM to 100 µM, ~5 % censored), a few hundred references.
    /// </summary>
    /// <param name="results">The number of results (7,014 is the real table's size).</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The builder.</returns>
    public static SyntheticDatasetBuilder RealShaped(int results, int seed = 20260101) => new(results, seed, realShape: true);

    /// <summary>The dataset id (and the generated type <c>Synthetic.Scale.SyntheticDataset</c>).</summary>
    public const string DatasetId = "synthetic";

    /// <summary>The namespace of the generated type.</summary>
    public const string Namespace = "Synthetic.Scale";

    /// <summary>The generated type's full name.</summary>
    public const string TypeName = Namespace + ".SyntheticDataset";

    /// <summary>The number of compounds.</summary>
    public int CompoundCount => _compounds;

    /// <summary>The number of targets.</summary>
    public int TargetCount => _targets;

    /// <summary>The id of compound <paramref name="index"/>.</summary>
    public static string CompoundId(int index) => "cpd-" + index.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The name of compound <paramref name="index"/> (unique).</summary>
    public static string CompoundName(int index)
    {
        // A pronounceable stem made from the index's digits in base |Syllables|, then a class suffix.
        var text = new StringBuilder();
        var n = index + 7;
        do
        {
            text.Append(Syllables[n % Syllables.Length]);
            n /= Syllables.Length;
        }
        while (n > 0);
        text.Append(Stems[index % Stems.Length]);
        text[0] = char.ToUpperInvariant(text[0]);
        return text.ToString();
    }

    /// <summary>The research code of compound <paramref name="index"/> (unique), e.g. <c>Lu 12-3456</c>.</summary>
    public static string ResearchCode(int index) =>
        CodePrefixes[index % CodePrefixes.Length] + " " + (10 + (index / 10_000 % 90)).ToString(CultureInfo.InvariantCulture) + "-" +
        (index % 10_000).ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The CAS Registry Number of compound <paramref name="index"/>, with a correct check digit.</summary>
    public static string Cas(int index)
    {
        // 6–7 digits without a leading zero; the check digit is the sum of the digits weighted 1, 2, 3… from the right, mod 10.
        var body = (100_000 + (index * 7919L % 8_900_000)).ToString(CultureInfo.InvariantCulture);
        var sum = 0;
        for (int i = body.Length - 1, position = 1; i >= 0; i--, position++)
        {
            sum += (body[i] - '0') * position;
        }

        return body.Substring(0, body.Length - 2) + "-" + body.Substring(body.Length - 2) + "-" + (sum % 10).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>An InChIKey-shaped key for compound <paramref name="index"/>: 14 letters, '-', 10 letters, '-', 1 letter.</summary>
    public static string InChIKey(int index)
    {
        var state = (ulong)(index + 1) * 0x9E3779B97F4A7C15UL;
        var key = new char[27];
        for (var i = 0; i < key.Length; i++)
        {
            state ^= state >> 29;
            state *= 0xBF58476D1CE4E5B9UL;
            key[i] = (char)('A' + (int)(state % 26));
        }

        key[14] = '-';
        key[25] = '-';
        key[23] = 'S'; // "…SA-N": standard InChI, version A, neutral, as most keys end
        key[24] = 'A';
        key[26] = 'N';
        return new string(key);
    }

    /// <summary>The symbol of target <paramref name="index"/> (unique).</summary>
    public static string TargetSymbol(int index) =>
        GenePrefixes[index % GenePrefixes.Length] + (index / GenePrefixes.Length + 1).ToString(CultureInfo.InvariantCulture) + "-T";

    /// <summary>Writes the dataset's files into <paramref name="directory"/> (created if needed).</summary>
    /// <returns>The paths written, the manifest's file first.</returns>
    public IReadOnlyList<string> WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        var paths = new List<string>
        {
            Write(directory, "synthetic.dataset.json", WriteManifestAndReferences),
            Write(directory, "compounds.dataset.json", WriteCompounds),
            Write(directory, "targets.dataset.json", WriteTargetsAndAssays),
        };
        for (var start = 0; start < _results; start += ResultsPerFile)
        {
            var from = start;
            var name = "results-" + (start / ResultsPerFile).ToString("D3", CultureInfo.InvariantCulture) + ".dataset.json";
            paths.Add(Write(directory, name, w => WriteResults(w, from, Math.Min(_results, from + ResultsPerFile))));
        }

        paths.Add(Write(directory, "metabolism.dataset.json", WriteMetabolism));
        return paths;
    }

    private static string Write(string directory, string name, Action<Utf8JsonWriter> body)
    {
        var path = Path.Combine(directory, name);
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        body(writer);
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
        return path;
    }

    private void WriteManifestAndReferences(Utf8JsonWriter w)
    {
        w.WriteStartObject("dataset");
        w.WriteString("id", DatasetId);
        w.WriteString("title", "Synthetic antidepressant pharmacology (" + _results.ToString(CultureInfo.InvariantCulture) + " results)");
        w.WriteString("version", "1.0.0");
        w.WriteString("description", "Made-up data with the shape of curated pharmacology data, for benchmarks. Nothing here is a fact.");
        w.WriteString("namespace", Namespace);
        w.WriteStartArray("sources");
        w.WriteStringValue(ReferenceId(0));
        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartArray("references");
        for (var i = 0; i < _references; i++)
        {
            w.WriteStartObject();
            w.WriteString("id", ReferenceId(i));
            w.WriteString("kind", "journal-article");
            w.WriteString("title", "Effects of " + CompoundName(i % _compounds) + " on monoamine uptake and receptor binding (" + (i + 1).ToString(CultureInfo.InvariantCulture) + ")");
            w.WriteStartArray("authors");
            var authors = 1 + (i % 4);
            for (var a = 0; a < authors; a++)
            {
                w.WriteStringValue(Surnames[(i + a * 5) % Surnames.Length] + " " + (char)('A' + ((i + a) % 26)));
            }

            w.WriteEndArray();
            if (i % 3 == 0)
            {
                w.WriteBoolean("authorsTruncated", true);
            }

            w.WriteString("journal", Journals[i % Journals.Length]);
            var year = 1975 + (i % 50);
            w.WriteNumber("year", year);
            w.WriteString("volume", (10 + (i % 300)).ToString(CultureInfo.InvariantCulture));
            w.WriteString("pages", (100 + (i % 800)).ToString(CultureInfo.InvariantCulture) + "-" + (108 + (i % 800)).ToString(CultureInfo.InvariantCulture));
            w.WriteString("pmid", (1_000_000 + i * 37).ToString(CultureInfo.InvariantCulture));
            w.WriteString("doi", "10.1016/0014-2999(" + year.ToString(CultureInfo.InvariantCulture) + ")" + i.ToString("D6", CultureInfo.InvariantCulture));
            w.WriteString("status", i % 5 == 0 ? "full-text-read" : "abstract-read");
            if (i % 40 == 7)
            {
                WriteNote(w, "unverified", "The abstract does not give the value; the full text was not located.");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void WriteCompounds(Utf8JsonWriter w)
    {
        w.WriteString("dataset", DatasetId);
        w.WriteStartArray("compounds");
        for (var i = 0; i < _compounds; i++)
        {
            var metabolite = i % 4 == 3;
            w.WriteStartObject();
            w.WriteString("id", CompoundId(i));
            w.WriteString("name", CompoundName(i));
            w.WriteString("role", metabolite ? "metabolite" : i % 17 == 5 ? "reference-compound" : "parent-drug");
            w.WriteString("class", Classes[i % Classes.Length]);
            w.WriteStartArray("synonyms");
            WriteSynonym(w, ResearchCode(i), "research-code", i);
            if (!_realShape)
            {
                WriteSynonym(w, "3-cyano-N-methyl-" + CompoundName(i).ToLowerInvariant(), "systematic-name", i);
            }

            if (i % 2 == 0 && !_realShape)
            {
                WriteSynonym(w, CompoundName(i) + " hydrochloride", "other", i);
            }

            w.WriteEndArray();

            w.WriteStartObject("identifiers");
            if (!_realShape)
            {
                w.WriteNumber("pubchemCid", 100_000 + (i * 13));
            }

            w.WriteString("chemblId", "CHEMBL" + (1_000 + i).ToString(CultureInfo.InvariantCulture));
            if (i < 99_999 && i % 3 == 0 && !_realShape)
            {
                w.WriteString("drugbankId", "DB" + (i + 1).ToString("D5", CultureInfo.InvariantCulture));
            }

            if (!_realShape)
            {
                w.WriteString("cas", Cas(i));
            }

            w.WriteEndObject();

            // The formula is the SMILES's: the cianopramine skeleton (C20H23N3) with i % 4 extra CH2 in the bridge, so
            // that the formula-vs-SMILES check (CPD0040) holds for synthetic data as it must for real data.
            var extra = i % 4;
            var formula = "C" + (20 + extra).ToString(CultureInfo.InvariantCulture) + "H" +
                          (23 + (2 * extra)).ToString(CultureInfo.InvariantCulture) + "N3";
            w.WriteStartObject("structure");
            w.WriteString("provenance", i % 5 == 0 ? "reported" : "computed");
            w.WriteString("method", "Computed from the systematic name with RDKit.");
            w.WriteString("smiles", "CN(C)CCCN1c2ccccc2CC" + new string('C', extra) + "c2ccc(C#N)cc21");
            w.WriteString("formula", formula);
            var mass = MolecularFormula.AverageMass(formula) ?? throw new InvalidOperationException("Bad synthetic formula " + formula);
            w.WriteNumber("averageMass", decimal.Round(mass, 3));
            w.WriteString("inchiKey", InChIKey(i));
            w.WriteEndObject();

            if (metabolite)
            {
                w.WriteStartArray("relations");
                w.WriteStartObject();
                w.WriteString("kind", "metabolite-of");
                w.WriteString("compound", CompoundId(i - 1));
                w.WriteString("description", "N-desmethyl metabolite of " + CompoundName(i - 1));
                WriteReferenceIds(w, "references", i, 1);
                w.WriteEndObject();
                w.WriteEndArray();
            }

            WriteReferenceIds(w, "references", i, 2);
            if (i % 25 == 3)
            {
                WriteNote(w, "context-note", "The structure is computed from the name, not a database record.");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void WriteSynonym(Utf8JsonWriter w, string text, string kind, int compound)
    {
        w.WriteStartObject();
        w.WriteString("text", text);
        w.WriteString("kind", kind);
        if (kind == "research-code")
        {
            WriteReferenceIds(w, "references", compound, 1);
        }

        w.WriteEndObject();
    }

    private void WriteTargetsAndAssays(Utf8JsonWriter w)
    {
        w.WriteString("dataset", DatasetId);
        w.WriteStartArray("targets");
        for (var i = 0; i < _targets; i++)
        {
            w.WriteStartObject();
            w.WriteString("id", TargetId(i));
            w.WriteString("symbol", TargetSymbol(i));
            w.WriteString("name", "synthetic " + TargetKinds[i % TargetKinds.Length] + " " + (i + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteString("kind", TargetKinds[i % TargetKinds.Length]);
            w.WriteString("gene", GenePrefixes[i % GenePrefixes.Length] + (i + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteStartArray("accessions");
            WriteAccession(w, "uniprot", UniProt(i, 0), "human");
            WriteAccession(w, "uniprot", UniProt(i, 1), "rat");
            WriteAccession(w, "chembl", "CHEMBL" + (200 + i).ToString(CultureInfo.InvariantCulture), "human");
            w.WriteEndArray();
            WriteReferenceIds(w, "references", i, 1);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("assays");
        for (var i = 0; i < _assays; i++)
        {
            w.WriteStartObject();
            w.WriteString("id", AssayId(i));
            w.WriteString("kind", AssayKinds[i % AssayKinds.Length]);
            var setting = Settings[i % Settings.Length];
            w.WriteString("setting", setting);
            if (i % 4 != 0)
            {
                w.WriteStartArray("species");
                w.WriteStringValue(Species[i % Species.Length]);
                if (i % 7 == 0)
                {
                    w.WriteStringValue(Species[(i + 1) % Species.Length]);
                }

                w.WriteEndArray();
            }

            if (i % 2 == 0)
            {
                w.WriteString("tissue", Tissues[i % Tissues.Length]);
            }

            w.WriteString("description", AssayKinds[i % AssayKinds.Length].Replace('-', ' ') + " (" + setting + ", protocol " + (i + 1).ToString(CultureInfo.InvariantCulture) + ")");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteAccession(Utf8JsonWriter w, string database, string value, string species)
    {
        w.WriteStartObject();
        w.WriteString("database", database);
        w.WriteString("value", value);
        w.WriteString("species", species);
        w.WriteEndObject();
    }

    private void WriteResults(Utf8JsonWriter w, int from, int to)
    {
        w.WriteString("dataset", DatasetId);
        w.WriteStartArray("results");
        for (var i = from; i < to; i++)
        {
            // Result i belongs to compound i % compounds (≈ 10 each) and to a random target (≈ 50 each). Real shape: each
            // compound once at target (compound % 3); the results beyond one per compound go to the first 15 % of the
            // compounds, at their next target, then the one after.
            var compound = i % _compounds;
            var target = _random.Next(_targets);
            if (_realShape)
            {
                var extra = i - _compounds;
                compound = extra < 0 ? i : extra % Math.Max(1, _multiTarget);
                target = (compound + (extra < 0 ? 0 : 1 + (extra / Math.Max(1, _multiTarget)))) % _targets;
            }

            var roll = _realShape ? 0 : _random.Next(100);
            w.WriteStartObject();
            w.WriteString("id", "R" + i.ToString("D7", CultureInfo.InvariantCulture));
            w.WriteString("compound", CompoundId(compound));
            w.WriteString("target", TargetId(target));
            w.WriteString("assay", AssayId(_random.Next(_assays)));
            w.WriteString("action", Actions[_random.Next(Actions.Length)]);
            w.WriteStartObject("value");
            if (roll < 50)
            {
                WriteConcentration(w);
            }
            else if (roll < 60)
            {
                WriteOtherQuantity(w);
            }
            else if (roll < 85)
            {
                var (text, category) = Qualitative[_random.Next(Qualitative.Length)];
                w.WriteString("type", "qualitative");
                w.WriteString("text", text);
                w.WriteString("category", category);
            }
            else
            {
                w.WriteString("type", "comparative");
                w.WriteString("comparedTo", CompoundId((compound + 1 + _random.Next(_compounds - 1)) % _compounds));
                w.WriteString("direction", _random.Next(3) switch { 0 => "weaker", 1 => "stronger", _ => "similar" });
                w.WriteString("magnitude", _random.Next(2) == 0 ? "considerably" : "slightly");
                w.WriteString("text", "compared in the same assay");
            }

            w.WriteEndObject();
            if (!_realShape && (roll is >= 50 and < 60 || _random.Next(10) == 0))
            {
                w.WriteStartObject("conditions");
                w.WriteStartObject("dose");
                w.WriteNumber("value", (decimal)(1 + _random.Next(40)) / 4);
                w.WriteString("unit", "mg/kg");
                w.WriteString("route", _random.Next(2) == 0 ? "oral" : "intraperitoneal");
                w.WriteEndObject();
                w.WriteStartObject("timeAfterDose");
                w.WriteNumber("value", 1 + _random.Next(24));
                w.WriteString("unit", "h");
                w.WriteEndObject();
                w.WriteEndObject();
            }

            WriteReferenceIds(w, "references", i, 1 + (i % 3 == 0 ? 1 : 0));
            if (i % 50 == 11)
            {
                WriteNote(w, i % 100 == 11 ? "unverified" : "citation-mismatch", "The value could not be checked against the primary source.");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void WriteConcentration(Utf8JsonWriter w)
    {
        if (_realShape)
        {
            WriteRealConcentration(w);
            return;
        }

        var relation = Relations[_random.Next(Relations.Length)];
        var unit = MolarUnits[_random.Next(MolarUnits.Length)];
        w.WriteString("type", "quantitative");
        w.WriteString("parameter", QuantitativeParameters[_random.Next(QuantitativeParameters.Length)]);
        w.WriteString("relation", relation);

        // A value of realistic potency (≈ 0.1 nM to 100 µM) expressed in the unit drawn.
        var nanomolar = (decimal)Math.Round(Math.Pow(10, -1 + (_random.NextDouble() * 6)), 2);
        if (nanomolar <= 0)
        {
            nanomolar = 0.1m;
        }

        var value = unit switch
        {
            "pM" => nanomolar * 1000m,
            "nM" => nanomolar,
            "uM" or "µM" => nanomolar / 1000m,
            "mM" => nanomolar / 1_000_000m,
            _ => nanomolar / 1_000_000_000m,
        };
        w.WriteNumber("value", value);
        w.WriteString("unit", unit);
        if (relation is "=" or "~" && _random.Next(3) == 0)
        {
            w.WriteStartObject("spread");
            w.WriteNumber("value", decimal.Round(value / (2 + _random.Next(8)), 6) is var s && s > 0 ? s : value);
            w.WriteString("kind", SpreadKinds[_random.Next(SpreadKinds.Length)]);
            w.WriteEndObject();
        }
    }

    /// <summary>
    /// A ChEMBL-like value: Ki (80 %) or IC50, standardised to nM (90 %) or µM; log10(nM) normal with mean 2 and
    /// standard deviation 1.3, clipped to 0.01 nM – 100 µM; 5 % censored (mostly "&gt;", as inactive compounds are
    /// reported, some "&lt;"), the censored ones at round bounds.
    /// </summary>
    private void WriteRealConcentration(Utf8JsonWriter w)
    {
        w.WriteString("type", "quantitative");
        w.WriteString("parameter", _random.Next(5) == 0 ? "IC50" : "Ki");
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        var log = Math.Clamp(2.0 + (1.3 * normal), -2.0, 5.0);
        var censored = _random.Next(20) == 0;
        var relation = !censored ? "=" : _random.Next(4) == 0 ? "<" : ">";
        decimal nanomolar = censored
            ? (relation == ">" ? new[] { 1_000m, 10_000m, 100_000m }[_random.Next(3)] : new[] { 0.1m, 1m, 10m }[_random.Next(3)])
            : decimal.Round((decimal)Math.Pow(10, log), log < 0 ? 4 : 2);
        if (nanomolar <= 0m)
        {
            nanomolar = 0.01m;
        }

        var micromolar = _random.Next(10) == 0;
        w.WriteString("relation", relation);
        w.WriteNumber("value", micromolar ? nanomolar / 1000m : nanomolar);
        w.WriteString("unit", micromolar ? "uM" : "nM");
    }

    private void WriteOtherQuantity(Utf8JsonWriter w)
    {
        w.WriteString("type", "quantitative");
        if (_random.Next(2) == 0)
        {
            w.WriteString("parameter", "percent-inhibition");
            w.WriteString("relation", "=");
            w.WriteNumber("value", _random.Next(101));
            w.WriteString("unit", "%");
            w.WriteStartObject("spread");
            w.WriteNumber("value", 1 + _random.Next(15));
            w.WriteString("kind", "sem");
            w.WriteEndObject();
        }
        else
        {
            w.WriteString("parameter", "ED50");
            w.WriteString("relation", "=");
            w.WriteNumber("value", (decimal)(1 + _random.Next(200)) / 10);
            w.WriteString("unit", "mg/kg");
        }
    }

    private void WriteMetabolism(Utf8JsonWriter w)
    {
        w.WriteString("dataset", DatasetId);

        // Every fourth compound (a metabolite) is formed from the one before it; every eighth metabolite is formed
        // further (a glucuronide of a hydroxylated metabolite): pathways of depth one and two.
        w.WriteStartArray("transformations");
        var id = 0;
        for (var i = 3; i < _compounds; i += 4)
        {
            WriteTransformation(w, ref id, i - 1, i, Reactions[0], active: true);
            if (i + 2 < _compounds && i % 8 == 3)
            {
                WriteTransformation(w, ref id, i, i + 2, Reactions[1 + (i % (Reactions.Length - 1))], active: false);
            }
        }

        w.WriteEndArray();

        w.WriteStartArray("mechanisms");
        for (var i = 0; i < _compounds; i += 5)
        {
            w.WriteStartObject();
            w.WriteString("id", "X" + i.ToString("D6", CultureInfo.InvariantCulture));
            w.WriteString("compound", CompoundId(i));
            w.WriteStartArray("targets");
            w.WriteStringValue(TargetId(i % _targets));
            w.WriteEndArray();
            w.WriteString("action", "inhibitor");
            w.WriteBoolean("primary", i % 10 == 0);
            w.WriteString("text", CompoundName(i) + " inhibits " + TargetSymbol(i % _targets) + " with high affinity.");
            WriteReferenceIds(w, "references", i, 1);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("gaps");
        for (var i = 0; i < Math.Max(1, _compounds / 100); i++)
        {
            w.WriteStartObject();
            w.WriteString("id", "GAP" + i.ToString("D5", CultureInfo.InvariantCulture));
            w.WriteString("text", "No Ki has been reported at this target.");
            w.WriteStartArray("compounds");
            w.WriteStringValue(CompoundId(i * 100 % _compounds));
            w.WriteEndArray();
            w.WriteStartArray("targets");
            w.WriteStringValue(TargetId(i % _targets));
            w.WriteEndArray();
            w.WriteStartArray("parameters");
            w.WriteStringValue("Ki");
            w.WriteEndArray();
            WriteReferenceIds(w, "references", i, 1);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void WriteTransformation(Utf8JsonWriter w, ref int id, int substrate, int product, string reaction, bool active)
    {
        w.WriteStartObject();
        w.WriteString("id", "M" + id.ToString("D6", CultureInfo.InvariantCulture));
        w.WriteString("substrate", CompoundId(substrate));
        w.WriteString("product", CompoundId(product));
        w.WriteString("reaction", reaction);
        if (id % 3 == 0)
        {
            w.WriteString("enzymes", "not-reported");
        }
        else
        {
            w.WriteStartArray("enzymes");
            w.WriteStringValue(Enzymes[id % Enzymes.Length]);
            if (id % 3 == 2)
            {
                w.WriteStringValue(Enzymes[(id + 1) % Enzymes.Length]);
            }

            w.WriteEndArray();
        }

        w.WriteString("species", "human");
        w.WriteString("setting", "in-vivo");
        w.WriteBoolean("productActive", active);
        WriteReferenceIds(w, "references", substrate, 1);
        w.WriteEndObject();
        id++;
    }

    private void WriteReferenceIds(Utf8JsonWriter w, string property, int seed, int count)
    {
        w.WriteStartArray(property);
        for (var k = 0; k < count; k++)
        {
            w.WriteStringValue(ReferenceId((seed + (k * 7)) % _references));
        }

        w.WriteEndArray();
    }

    private static void WriteNote(Utf8JsonWriter w, string kind, string text)
    {
        w.WriteStartArray("notes");
        w.WriteStartObject();
        w.WriteString("kind", kind);
        w.WriteString("text", text);
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static string ReferenceId(int index) => "ref" + index.ToString("D6", CultureInfo.InvariantCulture);

    private static string TargetId(int index) => "tgt-" + index.ToString("D5", CultureInfo.InvariantCulture);

    private static string AssayId(int index) => "assay-" + index.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>A UniProt-shaped accession, [OPQ][0-9][A-Z0-9]{3}[0-9], unique per target and species.</summary>
    private static string UniProt(int target, int species)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        var n = (target * 2) + species;
        var chars = new char[6];
        chars[0] = "OPQ"[n % 3];
        n /= 3;
        chars[1] = (char)('0' + (n % 10));
        n /= 10;
        for (var i = 2; i < 5; i++)
        {
            chars[i] = alphabet[n % alphabet.Length];
            n /= alphabet.Length;
        }

        chars[5] = (char)('0' + (n % 10));
        return new string(chars);
    }
}
