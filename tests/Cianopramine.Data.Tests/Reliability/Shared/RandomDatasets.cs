using System.Globalization;
using Cianopramine.Data.Model;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Reliability;

/// <summary>How big a random dataset is: the property tests shrink these counts when a case fails.</summary>
/// <param name="References">1 or more.</param>
/// <param name="Compounds">1 or more.</param>
/// <param name="Targets">1 or more.</param>
/// <param name="Assays">1 or more.</param>
/// <param name="Results">0 or more.</param>
/// <param name="Transformations">0 or more (never more than the compounds allow without a cycle).</param>
/// <param name="Mechanisms">0 or more.</param>
/// <param name="Gaps">0 or more.</param>
internal sealed record DatasetShape(int References, int Compounds, int Targets, int Assays, int Results, int Transformations, int Mechanisms, int Gaps)
{
    public static DatasetShape Small { get; } = new(2, 3, 2, 2, 8, 2, 2, 1);
}

/// <summary>A shape and a seed: one random dataset, printed so that a failure can be replayed.</summary>
internal sealed record DatasetCase(DatasetShape Shape, int Seed)
{
    public Dataset Build() => RandomDatasets.Build(Shape, Seed);

    public override string ToString() => $"{Shape} seed {Seed}";
}

/// <summary>
/// Random but valid datasets, built through the public model (never through JSON), so that export and load can be
/// checked against an independent source: every value the format allows, awkward text (quotes, backslashes, line
/// breaks, control characters, non-ASCII, surrogate pairs, leading spaces), exact decimals of every scale, censored
/// values, optional parts present or absent. The same shape and seed always give the same dataset.
/// </summary>
internal static class RandomDatasets
{
    /// <summary>
    /// Structures the validator can check, self-consistent: formula, average mass (within 0.05 g/mol), monoisotopic
    /// mass (within 0.01) and a SMILES with those atoms.
    /// </summary>
    private static readonly (string Formula, double Mass, double Monoisotopic, string Smiles)[] Structures =
    {
        ("C20H23N3", 305.425, 305.1892, "CN(C)CCCN1c2ccccc2CCc2ccc(C#N)cc21"),
        ("C19H21N3", 291.398, 291.1735, "CNCCCN1c2ccccc2CCc2ccc(C#N)cc21"),
        ("C19H24N2", 280.415, 280.1939, "CN(C)CCCN1c2ccccc2CCc2ccccc21"),
        ("C18H22N2", 266.388, 266.1783, "CNCCCN1c2ccccc2CCc2ccccc21"),
        ("H2O", 18.015, 18.0106, "O"),
    };

    private static readonly string[] Casses = { "50-49-7", "50-47-5", "7732-18-5", "64-17-5", "58-08-2" };
    private static readonly string[] InChIKeys = { "BCGWQEHRXPVZCO-UHFFFAOYSA-N", "HCYAFALTSJYZDH-UHFFFAOYSA-N", "XLYOFNOQVPJJNP-UHFFFAOYSA-N" };
    private static readonly string[] UniProts = { "P31645", "P23975", "P08908", "A0A024R1R8", "Q9Y5N1", "O15244" };
    private static readonly string[] Dois = { "10.1038/clpt.1984.216", "10.1007/BF00432351", "10.1016/0006-8993(88)90806-8", "10.1000/xyz<>&\"" };

    private static readonly Unit[] MolarUnits = { Unit.Molar, Unit.Millimolar, Unit.Micromolar, Unit.Nanomolar, Unit.Picomolar };
    private static readonly Unit[] DoseUnits =
    {
        Unit.Gram, Unit.Milligram, Unit.Microgram, Unit.MilligramPerKilogram, Unit.MicrogramPerKilogram, Unit.MilligramPerMinute, Unit.MicrogramPerMinute,
    };

    private static readonly Unit[] TimeUnits = { Unit.Minute, Unit.Hour, Unit.Day };

    // Letters, digits, punctuation that JSON and C# escape, line breaks, controls, non-ASCII, a surrogate pair.
    private static readonly string[] TextPieces =
    {
        "a", "b", "Z", "5", "HT", " ", " ", "-", ".", ",", "\"", "\\", "/", "'", "<", ">", "&", "{", "}", "[", "]", "\n", "\r\n", "\t",
        "\u0001", "\u007f", "µ", "é", "≤", "≥", "→", "Ro 11-2465", "\u2028", "😀", "ß", "İ", "\u00a0", "$", "%", "{0}", "null",
    };

    private static readonly string[] NamePieces = TextPieces.Where(p => !p.Any(char.IsControl) && p != "\u2028").ToArray();

    /// <summary>Builds the dataset of a shape and seed. Its content hash is a placeholder: the model does not compute one.</summary>
    public static Dataset Build(DatasetShape shape, int seed)
    {
        var random = new Random(seed);
        var references = Enumerable.Range(0, Math.Max(1, shape.References)).Select(i => BuildReference(random, i)).ToArray();
        var compounds = new List<Compound>();
        for (var i = 0; i < Math.Max(1, shape.Compounds); i++)
        {
            compounds.Add(BuildCompound(random, i, references, compounds));
        }

        var targets = Enumerable.Range(0, Math.Max(1, shape.Targets)).Select(i => BuildTarget(random, i, references)).ToArray();
        var assays = Enumerable.Range(0, Math.Max(1, shape.Assays)).Select(i => BuildAssay(random, i)).ToArray();
        var results = Enumerable.Range(0, shape.Results).Select(i => BuildResult(random, i, references, compounds, targets, assays)).ToArray();

        // Substrate before product in list order: a graph without a cycle (a cycle is a warning, tested elsewhere).
        var transformations = new List<MetabolicTransformation>();
        for (var i = 0; i < shape.Transformations && compounds.Count > 1; i++)
        {
            var s = random.Next(compounds.Count - 1);
            var p = random.Next(s + 1, compounds.Count);
            transformations.Add(BuildTransformation(random, i, compounds[s], compounds[p], references));
        }

        var mechanisms = Enumerable.Range(0, shape.Mechanisms).Select(i => BuildMechanism(random, i, references, compounds, targets)).ToArray();
        var gaps = Enumerable.Range(0, shape.Gaps).Select(i => BuildGap(random, i, references, compounds, targets)).ToArray();
        var metadata = new DatasetMetadata
        {
            Id = "lab" + Id(random, 0, 10),
            Title = Text(random),
            Version = random.Next(3) == 0 ? "1.0.0" : Text(random),
            Description = Maybe(random, () => Text(random)),
            Sources = Subset(random, references, atLeastOne: false),
            ContentHash = "random",
        };
        return new Dataset(
            metadata,
            Values(references),
            Values(compounds),
            Values(targets),
            Values(assays),
            Values(results),
            Values(transformations),
            Values(mechanisms),
            Values(gaps));
    }

    /// <summary>The same dataset with another content hash (the loader computes the hash; the model keeps what it is given).</summary>
    public static Dataset WithContentHash(Dataset dataset, string hash) => new(
        dataset.Metadata with { ContentHash = hash },
        dataset.References.Items,
        dataset.Compounds.Items,
        dataset.Targets.Items,
        dataset.Assays.Items,
        dataset.AllResults.Items,
        dataset.Transformations.Items,
        dataset.Mechanisms.Items,
        dataset.Gaps.Items);

    /// <summary>A random quantitative value: every parameter with a unit that fits it, every relation, spreads only with = or ~.</summary>
    public static QuantitativeValue Quantitative(Random random, ActivityParameter? parameter = null)
    {
        var p = parameter ?? Pick(random, Enum.GetValues<ActivityParameter>());
        var unit = p switch
        {
            ActivityParameter.PercentInhibition => Unit.Percent,
            ActivityParameter.ED50 or ActivityParameter.Dose => Pick(random, DoseUnits),
            _ => Pick(random, MolarUnits),
        };
        var relation = Pick(random, Enum.GetValues<Relation>());
        // Percentages within -1000 % to 1000 % (CPD0029 beyond; outside 0-100 % is the warning CPD0044).
        var magnitude = unit == Unit.Percent ? Magnitude(random, allowNonPositive: true) % 1000m : Magnitude(random, allowNonPositive: false);
        return new QuantitativeValue
        {
            Parameter = p,
            Relation = relation,
            Magnitude = new Quantity(magnitude, unit),
            Spread = relation is Relation.EqualTo or Relation.Approximately && random.Next(3) == 0
                ? new Spread(Math.Abs(Magnitude(random, allowNonPositive: true)), Pick(random, Enum.GetValues<SpreadKind>()))
                : null,
        };
    }

    /// <summary>
    /// An exact decimal: 1 to 15 significant digits, scale 0 to 12 (so that it converts between every molar unit without
    /// rounding), occasionally with trailing zeros, occasionally an extreme of the type.
    /// </summary>
    public static decimal Magnitude(Random random, bool allowNonPositive)
    {
        decimal value = random.Next(20) switch
        {
            0 => 1m,
            1 => 1000m,
            2 => 0.001m,
            3 => 5e-5m,
            4 => 50.000m,
            _ => decimal.Round(random.NextInt64(1, 999_999_999_999_999) / Pow10(random.Next(0, 13)), 12),
        };
        if (value == 0m)
        {
            value = 1m;
        }

        if (allowNonPositive)
        {
            value = random.Next(6) switch
            {
                0 => -value,
                1 => 0m,
                _ => value,
            };
        }

        return value;
    }

    public static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= 10m;
        }

        return result;
    }

    private static Reference BuildReference(Random random, int index) => new()
    {
        Id = "ref" + index.ToString(CultureInfo.InvariantCulture) + "." + Id(random, 0, 6),
        Kind = Pick(random, Enum.GetValues<ReferenceKind>()),
        Title = Maybe(random, () => Text(random)),
        Authors = random.Next(2) == 0 ? default : Values(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Text(random))),
        AuthorsTruncated = random.Next(4) == 0,
        Journal = Maybe(random, () => Text(random)),
        Publisher = Maybe(random, () => Text(random)),
        Year = random.Next(2) == 0 ? random.Next(1800, 2101) : null,
        Month = random.Next(3) == 0 ? random.Next(1, 13) : null,
        Volume = Maybe(random, () => Text(random)),
        Issue = Maybe(random, () => Text(random)),
        Pages = Maybe(random, () => Text(random)),
        CatalogueNumber = Maybe(random, () => Text(random)),
        Pmid = random.Next(2) == 0 ? Pmid.Parse(random.Next(1, 999_999_999).ToString(CultureInfo.InvariantCulture)) : null,
        Doi = random.Next(2) == 0 ? Doi.Parse(Pick(random, Dois)) : null,
        Url = random.Next(3) == 0 ? "https://example.org/" + Id(random, 1, 10) + "?q=" + Id(random, 0, 5) : null,
        Website = Maybe(random, () => Text(random)),
        Status = Pick(random, Enum.GetValues<ReferenceStatus>()),
        Notes = Notes(random),
    };

    private static Compound BuildCompound(Random random, int index, Reference[] references, List<Compound> earlier)
    {
        var structure = random.Next(3) == 0 ? Pick(random, Structures) : default;
        return new Compound
        {
            Id = "c" + index.ToString(CultureInfo.InvariantCulture) + "." + Id(random, 0, 8),
            // Names, synonyms and InChIKeys unique per compound: shared ones are a CPD0033 warning, tested on its own.
            Name = NameText(random) + " #" + index.ToString(CultureInfo.InvariantCulture),
            Role = Pick(random, Enum.GetValues<CompoundRole>()),
            Class = Maybe(random, () => Text(random)),
            Synonyms = random.Next(2) == 0
                ? default
                : Values(Enumerable.Range(0, random.Next(1, 3)).Select(_ => new Synonym
                {
                    Text = NameText(random) + " #" + index.ToString(CultureInfo.InvariantCulture) + "/" + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture),
                    Kind = Pick(random, Enum.GetValues<SynonymKind>()),
                    References = Subset(random, references, atLeastOne: false),
                })),
            Identifiers = random.Next(2) == 0 ? CompoundIdentifiers.None : RandomIdentifiers(random),
            Structure = random.Next(2) == 0
                ? null
                : new StructureDescriptors
                {
                    Provenance = Pick(random, Enum.GetValues<ValueProvenance>()),
                    Method = Maybe(random, () => Text(random)),
                    Smiles = Maybe(random, () => structure.Formula is null ? "CN(C)CCCN1c2ccccc2CCc2ccc(C#N)cc21" : structure.Smiles),
                    Formula = structure.Formula,
                    AverageMass = structure.Formula is null ? (random.Next(2) == 0 ? RandomDouble(random) : null) : structure.Mass,
                    MonoisotopicMass = random.Next(2) == 0 ? (structure.Formula is null ? RandomDouble(random) : structure.Monoisotopic) : null,
                    InChIKey = random.Next(2) == 0 && index < InChIKeys.Length ? InChIKey.Parse(InChIKeys[index]) : null,
                    References = Subset(random, references, atLeastOne: false),
                },
            Relations = earlier.Count == 0 || random.Next(2) == 0
                ? default
                : Values(new[]
                {
                    new CompoundRelation
                    {
                        Kind = Pick(random, Enum.GetValues<CompoundRelationKind>()),
                        CompoundId = Pick(random, earlier.ToArray()).Id,
                        Description = Maybe(random, () => Text(random)),
                        References = Subset(random, references, atLeastOne: false),
                    },
                }),
            References = Subset(random, references, atLeastOne: true),
            Notes = Notes(random),
        };
    }

    private static CompoundIdentifiers RandomIdentifiers(Random random) => new()
    {
        PubChemCid = new PubChemCid(random.NextInt64(1, long.MaxValue)),
        ChemblId = random.Next(2) == 0 ? ChemblId.Parse("CHEMBL" + random.Next(1, 9_999_999).ToString(CultureInfo.InvariantCulture)) : null,
        DrugBankId = random.Next(2) == 0 ? DrugBankId.Parse("DB" + random.Next(0, 99_999).ToString("D5", CultureInfo.InvariantCulture)) : null,
        Cas = random.Next(2) == 0 ? CasNumber.Parse(Pick(random, Casses)) : null,
    };

    private static Target BuildTarget(Random random, int index, Reference[] references) => new()
    {
        Id = "T" + index.ToString(CultureInfo.InvariantCulture) + "." + Id(random, 0, 6),
        Symbol = NameText(random),
        Name = NameText(random),
        Kind = Pick(random, Enum.GetValues<TargetKind>()),
        Gene = Maybe(random, () => NameText(random)),
        Accessions = random.Next(2) == 0 ? default : Values(Enumerable.Range(0, random.Next(1, 3)).Select(_ => Accession(random))),
        Classifications = random.Next(3) != 0
            ? default
            : Values(new[]
            {
                new TargetClassification
                {
                    Symbol = NameText(random),
                    Gene = Maybe(random, () => NameText(random)),
                    Accessions = random.Next(2) == 0 ? default : Values(new[] { Accession(random) }),
                    Text = Text(random),
                    References = Subset(random, references, atLeastOne: true),
                },
            }),
        References = Subset(random, references, atLeastOne: false),
        Notes = Notes(random),
    };

    private static TargetAccession Accession(Random random)
    {
        var database = Pick(random, Enum.GetValues<AccessionDatabase>());
        return new TargetAccession
        {
            Database = database,
            Value = database switch
            {
                AccessionDatabase.UniProt => Pick(random, UniProts),
                AccessionDatabase.Chembl => "CHEMBL" + random.Next(1, 999_999).ToString(CultureInfo.InvariantCulture),
                _ => random.Next(1, 99_999).ToString(CultureInfo.InvariantCulture),
            },
            Species = random.Next(2) == 0 ? Pick(random, Enum.GetValues<Species>()) : null,
        };
    }

    private static Assay BuildAssay(Random random, int index) => new()
    {
        Id = "a" + index.ToString(CultureInfo.InvariantCulture) + "." + Id(random, 0, 6),
        Kind = Pick(random, Enum.GetValues<AssayKind>()),
        Setting = Pick(random, Enum.GetValues<AssaySetting>()),
        Species = random.Next(3) == 0 ? default : Values(Enum.GetValues<Species>().OrderBy(_ => random.Next()).Take(random.Next(1, 3))),
        Tissue = Maybe(random, () => Text(random)),
        Description = Text(random),
    };

    private static AssayResult BuildResult(Random random, int index, Reference[] references, List<Compound> compounds, Target[] targets, Assay[] assays)
    {
        var compound = Pick(random, compounds.ToArray());
        var others = compounds.Where(c => c != compound).ToArray();
        ResultValue value = random.Next(5) switch
        {
            0 => new QualitativeValue { Text = Text(random), Category = Pick(random, Enum.GetValues<QualitativeCategory>()) },

            // Never compared with itself (CPD0046).
            1 when others.Length > 0 => new ComparativeValue
            {
                ComparedTo = Pick(random, others),
                Direction = Pick(random, Enum.GetValues<ComparativeDirection>()),
                Magnitude = Maybe(random, () => Text(random)),
                Text = Maybe(random, () => Text(random)),
            },
            _ => Quantitative(random),
        };
        return new AssayResult
        {
            Id = "r" + index.ToString(CultureInfo.InvariantCulture) + "." + Id(random, 0, 6),
            Compound = compound,
            Target = Pick(random, targets),
            Assay = Pick(random, assays),
            Conditions = random.Next(2) == 0 ? Conditions.None : BuildConditions(random),
            Value = value,
            Action = random.Next(2) == 0 ? Pick(random, Enum.GetValues<PharmacologicalAction>()) : null,
            References = Subset(random, references, atLeastOne: true),
            Notes = Notes(random),
            Chembl = random.Next(3) != 0 ? null : new ChemblActivity
            {
                ActivityId = random.Next(2) == 0 ? random.Next(1, int.MaxValue) : null,
                AssayId = random.Next(2) == 0 ? "CHEMBL" + random.Next(1, 9_999_999).ToString(CultureInfo.InvariantCulture) : null,
                DocumentId = random.Next(2) == 0 ? "CHEMBL" + random.Next(1, 9_999_999).ToString(CultureInfo.InvariantCulture) : null,
                AssayType = random.Next(2) == 0 ? Pick(random, Enum.GetValues<ChemblAssayType>()) : null,
                TargetOrganism = Maybe(random, () => Text(random)),
            },
            GtoPdb = random.Next(3) != 0 ? null : new GtoPdbInteraction
            {
                LigandId = random.Next(2) == 0 ? random.Next(1, 20_000) : null,
                TargetId = random.Next(2) == 0 ? random.Next(1, 3_000) : null,
                AffinityHigh = random.Next(2) == 0 ? random.Next(300, 1100) / 100m : null,
                AffinityMedian = random.Next(2) == 0 ? random.Next(300, 1100) / 100m : null,
                AffinityLow = random.Next(2) == 0 ? random.Next(300, 1100) / 100m : null,
            },
        };
    }

    private static Conditions BuildConditions(Random random)
    {
        var conditions = new Conditions
        {
            Dose = random.Next(2) == 0
                ? null
                : new Dose
                {
                    Relation = Pick(random, Enum.GetValues<Relation>()),
                    Amount = new Quantity(Magnitude(random, allowNonPositive: false), Pick(random, DoseUnits)),
                    Route = random.Next(2) == 0 ? Pick(random, Enum.GetValues<Route>()) : null,
                },
            TimeAfterDose = random.Next(2) == 0 ? null : new Quantity(Magnitude(random, allowNonPositive: false), Pick(random, TimeUnits)),
            Text = Maybe(random, () => Text(random)),
        };
        return conditions.IsEmpty ? Conditions.None : conditions;
    }

    private static MetabolicTransformation BuildTransformation(Random random, int index, Compound substrate, Compound product, Reference[] references)
    {
        var evidence = Pick(random, Enum.GetValues<EnzymeEvidence>());
        return new MetabolicTransformation
        {
            Id = "t" + index.ToString(CultureInfo.InvariantCulture) + "." + Id(random, 0, 6),
            Substrate = substrate,
            Product = product,
            Reaction = Pick(random, Enum.GetValues<Reaction>()),
            EnzymeEvidence = evidence,
            Enzymes = evidence == EnzymeEvidence.Reported ? Values(Enumerable.Range(0, random.Next(1, 3)).Select(_ => Text(random)).Distinct(StringComparer.Ordinal)) : default,
            Species = random.Next(2) == 0 ? Pick(random, Enum.GetValues<Species>()) : null,
            Setting = random.Next(2) == 0 ? Pick(random, Enum.GetValues<AssaySetting>()) : null,
            ProductActive = random.Next(3) switch { 0 => true, 1 => false, _ => null },
            References = Subset(random, references, atLeastOne: true),
            Notes = Notes(random),
        };
    }

    private static MechanismStatement BuildMechanism(Random random, int index, Reference[] references, List<Compound> compounds, Target[] targets)
    {
        var compound = random.Next(3) == 0 ? null : Pick(random, compounds.ToArray());
        return new MechanismStatement
        {
            Id = "m" + index.ToString(CultureInfo.InvariantCulture) + "." + Id(random, 0, 6),
            Compound = compound,
            Scope = compound is null ? Text(random) : null,
            Targets = Subset(random, targets, atLeastOne: true),
            Action = Pick(random, Enum.GetValues<PharmacologicalAction>()),
            IsPrimary = random.Next(2) == 0,
            Text = Text(random),
            References = Subset(random, references, atLeastOne: true),
            Notes = Notes(random),
        };
    }

    private static DataGap BuildGap(Random random, int index, Reference[] references, List<Compound> compounds, Target[] targets) => new()
    {
        Id = "g" + index.ToString(CultureInfo.InvariantCulture) + "." + Id(random, 0, 6),
        Text = Text(random),
        Compounds = Subset(random, compounds.ToArray(), atLeastOne: true),
        Targets = Subset(random, targets, atLeastOne: true),
        Parameters = random.Next(2) == 0 ? default : Values(Enum.GetValues<ActivityParameter>().OrderBy(_ => random.Next()).Take(random.Next(1, 3))),
        Setting = random.Next(2) == 0 ? Pick(random, Enum.GetValues<AssaySetting>()) : null,
        References = Subset(random, references, atLeastOne: true),
    };

    private static ValueArray<CurationNote> Notes(Random random) =>
        random.Next(3) != 0
            ? default
            : Values(Enumerable.Range(0, random.Next(1, 3)).Select(_ => new CurationNote
            {
                Kind = Pick(random, Enum.GetValues<CurationNoteKind>()),
                Id = Maybe(random, () => "C" + random.Next(1, 99).ToString(CultureInfo.InvariantCulture)),
                Text = Text(random),
            }));

    /// <summary>
    /// Text for a name, synonym, symbol or gene: like <see cref="Text"/> but without the characters names may not hold
    /// (CPD0048: controls, line breaks; the pieces are all NFC).
    /// </summary>
    public static string NameText(Random random)
    {
        var pieces = random.Next(1, 8);
        var text = string.Concat(Enumerable.Range(0, pieces).Select(_ => Pick(random, NamePieces)));
        return string.IsNullOrWhiteSpace(text) ? text + "x" : text;
    }

    /// <summary>Text with at least one character that is not white space.</summary>
    public static string Text(Random random)
    {
        var pieces = random.Next(1, 8);
        var text = string.Concat(Enumerable.Range(0, pieces).Select(_ => Pick(random, TextPieces)));
        return string.IsNullOrWhiteSpace(text) ? text + "x" : text;
    }

    private static string Id(Random random, int min, int max)
    {
        const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.";
        return new string(Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
    }

    private static double RandomDouble(Random random) => random.Next(4) switch
    {
        0 => Math.Round(random.NextDouble() * 1000, 3) + 0.001,
        1 => double.Epsilon,
        2 => double.MaxValue,
        _ => BitConverter.Int64BitsToDouble(random.NextInt64(1, 0x7FEFFFFFFFFFFFFF)),
    };

    private static string? Maybe(Random random, Func<string> make) => random.Next(2) == 0 ? null : make();

    private static ValueArray<T> Subset<T>(Random random, T[] items, bool atLeastOne)
    {
        var chosen = items.Where(_ => random.Next(2) == 0).ToList();
        if (atLeastOne && chosen.Count == 0)
        {
            chosen.Add(Pick(random, items));
        }

        return chosen.Count == 0 ? default : Values(chosen);
    }

    public static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static ValueArray<T> Values<T>(IEnumerable<T> items) => new(items);
}
