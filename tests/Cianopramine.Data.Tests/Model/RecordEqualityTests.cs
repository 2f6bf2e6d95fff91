using System.Reflection;
using System.Runtime.CompilerServices;
using Cianopramine.Data.Model;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Model;

/// <summary>
/// Value equality of every record in the model: two separately built equal records are equal (with equal hash codes
/// and <c>==</c>), and changing any one property, including an item deep inside a <see cref="ValueArray{T}"/>, makes
/// them unequal. A guard test fails when a record gains a property that no case here changes.
/// </summary>
public sealed class RecordEqualityTests
{
    private static readonly Dictionary<string, RecordCase> Cases = new RecordCase[]
    {
        RecordCase.For(Samples.UptakeAssay)
            .Change(nameof(Assay.Id), a => a with { Id = "binding" })
            .Change(nameof(Assay.Kind), a => a with { Kind = AssayKind.RadioligandBinding })
            .Change(nameof(Assay.Setting), a => a with { Setting = AssaySetting.InVitro })
            .Change(nameof(Assay.Species), a => a with { Species = ValueArray<Species>.Create(Species.Human, Species.Rat) })
            .Change(nameof(Assay.Tissue), a => a with { Tissue = null })
            .Change(nameof(Assay.Description), a => a with { Description = "5-HT uptake into synaptosomes" }),

        RecordCase.For(Samples.Result)
            .Change(nameof(AssayResult.Id), r => r with { Id = "P4-1mg-4h" })
            .Change(nameof(AssayResult.Compound), r => r with { Compound = r.Compound with { Class = null } })
            .Change(nameof(AssayResult.Target), r => r with { Target = Samples.Net() })
            .Change(nameof(AssayResult.Assay), r => r with { Assay = r.Assay with { Tissue = "synaptosomes" } })
            .Change(nameof(AssayResult.Conditions), r => r with { Conditions = Conditions.None })
            .Change(nameof(AssayResult.Value), r => r with { Value = Samples.Ic50FiftyMicromolar() with { Relation = Relation.GreaterThan } })
            .Change(nameof(AssayResult.Action), r => r with { Action = null })
            .Change(nameof(AssayResult.References), r => r with { References = ValueArray<Reference>.Create(Samples.Guide(), Samples.Eichler()) })
            .Change(nameof(AssayResult.Notes), r => r with { Notes = default })
            .Change(nameof(AssayResult.Chembl), r => r with { Chembl = new ChemblActivity { AssayId = "CHEMBL644102" } })
            .Change(nameof(AssayResult.GtoPdb), r => r with { GtoPdb = new GtoPdbInteraction { LigandId = 1 } }),

        RecordCase.For(() => new ChemblActivity { ActivityId = 1, AssayId = "CHEMBL1", DocumentId = "CHEMBL2", AssayType = ChemblAssayType.Binding, PChemblValue = 7m, TargetOrganism = "Homo sapiens" })
            .Change(nameof(ChemblActivity.ActivityId), c => c with { ActivityId = 2 })
            .Change(nameof(ChemblActivity.AssayId), c => c with { AssayId = "CHEMBL3" })
            .Change(nameof(ChemblActivity.DocumentId), c => c with { DocumentId = null })
            .Change(nameof(ChemblActivity.AssayType), c => c with { AssayType = ChemblAssayType.Functional })
            .Change(nameof(ChemblActivity.PChemblValue), c => c with { PChemblValue = 7.01m })
            .Change(nameof(ChemblActivity.TargetOrganism), c => c with { TargetOrganism = "Rattus norvegicus" }),

        RecordCase.For(() => new GtoPdbInteraction { LigandId = 1, TargetId = 2, AffinityHigh = 8m, AffinityMedian = 7.5m, AffinityLow = 7m })
            .Change(nameof(GtoPdbInteraction.LigandId), g => g with { LigandId = 3 })
            .Change(nameof(GtoPdbInteraction.TargetId), g => g with { TargetId = null })
            .Change(nameof(GtoPdbInteraction.AffinityHigh), g => g with { AffinityHigh = 8.1m })
            .Change(nameof(GtoPdbInteraction.AffinityMedian), g => g with { AffinityMedian = null })
            .Change(nameof(GtoPdbInteraction.AffinityLow), g => g with { AffinityLow = 6.9m }),

        RecordCase.For(Samples.WeakerThanCianopramine)
            .Change(nameof(ComparativeValue.ComparedTo), c => c with { ComparedTo = Samples.Desmethylcianopramine() })
            .Change(nameof(ComparativeValue.Direction), c => c with { Direction = ComparativeDirection.Stronger })
            .Change(nameof(ComparativeValue.Magnitude), c => c with { Magnitude = "slightly" })
            .Change(nameof(ComparativeValue.Text), c => c with { Text = null }),

        RecordCase.For(Samples.Cianopramine)
            .Change(nameof(Compound.Id), c => c with { Id = "cianopramine-2" })
            .Change(nameof(Compound.Name), c => c with { Name = "cianopramine" })
            .Change(nameof(Compound.HasStatedName), c => c with { HasStatedName = false })
            .Change(nameof(Compound.Role), c => c with { Role = CompoundRole.ReferenceCompound })
            .Change(nameof(Compound.Class), c => c with { Class = "antidepressant" })
            .Change(nameof(Compound.Synonyms), c => c with { Synonyms = ValueArray<Synonym>.Create(Samples.ResearchCode() with { Text = "Ro 11-2466" }, c.Synonyms[1]) })
            .Change(nameof(Compound.Identifiers), c => c with { Identifiers = CompoundIdentifiers.None })
            .Change(nameof(Compound.Structure), c => c with { Structure = c.Structure! with { AverageMass = 291.398 } })
            .Change(nameof(Compound.Relations), c => c with { Relations = default })
            .Change(nameof(Compound.References), c => c with { References = ValueArray<Reference>.Create(Samples.Guide(), Samples.Eichler() with { Year = 1985 }) })
            .Change(nameof(Compound.Notes), c => c with { Notes = ValueArray<CurationNote>.Create(Samples.Note(), Samples.Note()) }),

        RecordCase.For(Samples.ResearchCode)
            .Change(nameof(Synonym.Text), s => s with { Text = "Ro11-2465" })
            .Change(nameof(Synonym.Kind), s => s with { Kind = SynonymKind.Other })
            .Change(nameof(Synonym.References), s => s with { References = ValueArray<Reference>.Create(Samples.Eichler()) }),

        RecordCase.For(Samples.AnalogueOfImipramine)
            .Change(nameof(CompoundRelation.Kind), r => r with { Kind = CompoundRelationKind.Derivative })
            .Change(nameof(CompoundRelation.CompoundId), r => r with { CompoundId = "clomipramine" })
            .Change(nameof(CompoundRelation.Description), r => r with { Description = null })
            .Change(nameof(CompoundRelation.References), r => r with { References = default }),

        RecordCase.For(Samples.ImipramineIdentifiers)
            .Change(nameof(CompoundIdentifiers.PubChemCid), i => i with { PubChemCid = new PubChemCid(3697) })
            .Change(nameof(CompoundIdentifiers.ChemblId), i => i with { ChemblId = ChemblId.Parse("CHEMBL12") })
            .Change(nameof(CompoundIdentifiers.DrugBankId), i => i with { DrugBankId = null })
            .Change(nameof(CompoundIdentifiers.Cas), i => i with { Cas = CasNumber.Parse("50-55-5") }),

        RecordCase.For(Samples.Structure)
            .Change(nameof(StructureDescriptors.Provenance), s => s with { Provenance = ValueProvenance.Reported })
            .Change(nameof(StructureDescriptors.Method), s => s with { Method = null })
            .Change(nameof(StructureDescriptors.Smiles), s => s with { Smiles = "CNCCCN1c2ccccc2CCc2ccc(C#N)cc21" })
            .Change(nameof(StructureDescriptors.Formula), s => s with { Formula = "C19H21N3" })
            .Change(nameof(StructureDescriptors.AverageMass), s => s with { AverageMass = null })
            .Change(nameof(StructureDescriptors.MonoisotopicMass), s => s with { MonoisotopicMass = 291.1735 })
            .Change(nameof(StructureDescriptors.InChIKey), s => s with { InChIKey = InChIKey.Parse("PNXIHUVPMOBFSE-UHFFFAOYSA-N") })
            .Change(nameof(StructureDescriptors.References), s => s with { References = ValueArray<Reference>.Create(Samples.Guide() with { Title = null }) }),

        RecordCase.For(Samples.TwoHoursAfterTwoMilligrams)
            .Change(nameof(Conditions.Dose), c => c with { Dose = c.Dose! with { Route = Route.Intravenous } })
            .Change(nameof(Conditions.TimeAfterDose), c => c with { TimeAfterDose = new Quantity(4m, Unit.Hour) })
            .Change(nameof(Conditions.Text), c => c with { Text = null }),

        RecordCase.For(Samples.TwoMilligramsOral)
            .Change(nameof(Dose.Relation), d => d with { Relation = Relation.GreaterThanOrEqual })
            .Change(nameof(Dose.Amount), d => d with { Amount = new Quantity(2m, Unit.MilligramPerKilogram) })
            .Change(nameof(Dose.Route), d => d with { Route = null }),

        RecordCase.For(Samples.Note)
            .Change(nameof(CurationNote.Kind), n => n with { Kind = CurationNoteKind.Unverified })
            .Change(nameof(CurationNote.Id), n => n with { Id = "C5" })
            .Change(nameof(CurationNote.Text), n => n with { Text = n.Text + " " }),

        RecordCase.For(Samples.Gap)
            .Change(nameof(DataGap.Id), g => g with { Id = "G6" })
            .Change(nameof(DataGap.Text), g => g with { Text = "No Ki values at SERT have been published." })
            .Change(nameof(DataGap.Compounds), g => g with { Compounds = ValueArray<Compound>.Create(Samples.Cianopramine(), Samples.Desmethylcianopramine()) })
            .Change(nameof(DataGap.Targets), g => g with { Targets = ValueArray<Target>.Create(Samples.Net() with { Gene = null }) })
            .Change(nameof(DataGap.Parameters), g => g with { Parameters = ValueArray<ActivityParameter>.Create(ActivityParameter.IC50, ActivityParameter.Ki) })
            .Change(nameof(DataGap.Setting), g => g with { Setting = null })
            .Change(nameof(DataGap.References), g => g with { References = ValueArray<Reference>.Create(Samples.Eichler()) }),

        RecordCase.For(Samples.Metadata)
            .Change(nameof(DatasetMetadata.Id), m => m with { Id = "other" })
            .Change(nameof(DatasetMetadata.Title), m => m with { Title = "Other" })
            .Change(nameof(DatasetMetadata.Version), m => m with { Version = "1.0.1" })
            .Change(nameof(DatasetMetadata.Description), m => m with { Description = null })
            .Change(nameof(DatasetMetadata.Sources), m => m with { Sources = default })
            .Change(nameof(DatasetMetadata.ContentHash), m => m with { ContentHash = m.ContentHash.ToUpperInvariant() }),

        RecordCase.For(Samples.Mechanism)
            .Change(nameof(MechanismStatement.Id), m => m with { Id = "G-X2" })
            .Change(nameof(MechanismStatement.Compound), m => m with { Compound = null })
            .Change(nameof(MechanismStatement.Scope), m => m with { Scope = "tricyclic antidepressants" })
            .Change(nameof(MechanismStatement.Targets), m => m with { Targets = ValueArray<Target>.Create(Samples.Sert(), Samples.Net()) })
            .Change(nameof(MechanismStatement.Action), m => m with { Action = PharmacologicalAction.Blocker })
            .Change(nameof(MechanismStatement.IsPrimary), m => m with { IsPrimary = false })
            .Change(nameof(MechanismStatement.Text), m => m with { Text = "Inhibits 5-HT uptake." })
            .Change(nameof(MechanismStatement.References), m => m with { References = ValueArray<Reference>.Create(Samples.Guide(), Samples.Guide()) })
            .Change(nameof(MechanismStatement.Notes), m => m with { Notes = ValueArray<CurationNote>.Create(Samples.Note() with { Id = null }) }),

        RecordCase.For(Samples.NDemethylation)
            .Change(nameof(MetabolicTransformation.Id), t => t with { Id = "G-M2" })
            .Change(nameof(MetabolicTransformation.Substrate), t => t with { Substrate = Samples.Desmethylcianopramine() })
            .Change(nameof(MetabolicTransformation.Product), t => t with { Product = Samples.Cianopramine() })
            .Change(nameof(MetabolicTransformation.Reaction), t => t with { Reaction = Reaction.Hydroxylation })
            .Change(nameof(MetabolicTransformation.EnzymeEvidence), t => t with { EnzymeEvidence = EnzymeEvidence.NotReported })
            .Change(nameof(MetabolicTransformation.Enzymes), t => t with { Enzymes = ValueArray<string>.Create("CYP1A2", "CYP2D6") })
            .Change(nameof(MetabolicTransformation.Species), t => t with { Species = Species.Rat })
            .Change(nameof(MetabolicTransformation.Setting), t => t with { Setting = null })
            .Change(nameof(MetabolicTransformation.ProductActive), t => t with { ProductActive = null })
            .Change(nameof(MetabolicTransformation.References), t => t with { References = ValueArray<Reference>.Create(Samples.Eichler()) })
            .Change(nameof(MetabolicTransformation.Notes), t => t with { Notes = default }),

        RecordCase.For(Samples.PotentInhibitor)
            .Change(nameof(QualitativeValue.Text), v => v with { Text = "potent and selective inhibitor" })
            .Change(nameof(QualitativeValue.Category), v => v with { Category = QualitativeCategory.Active }),

        RecordCase.For(Samples.Ic50FiftyMicromolar)
            .Change(nameof(QuantitativeValue.Parameter), v => v with { Parameter = ActivityParameter.Ki })
            .Change(nameof(QuantitativeValue.Relation), v => v with { Relation = Relation.Approximately })
            .Change(nameof(QuantitativeValue.Magnitude), v => v with { Magnitude = new Quantity(50m, Unit.Micromolar) })
            .Change(nameof(QuantitativeValue.Spread), v => v with { Spread = new Spread(v.Spread!.Value.Value, SpreadKind.StandardDeviation) })
            .Change(nameof(QuantitativeValue.SampleSize), v => v with { SampleSize = 3 })
            .Change(nameof(QuantitativeValue.Agent), v => v with { Agent = "phenylephrine" }),

        RecordCase.For(() => new Spread(0.8m, SpreadKind.StandardError))
            .Change(nameof(Spread.Value), s => new Spread(0.9m, s.Kind))
            .Change(nameof(Spread.Kind), s => new Spread(s.Value, SpreadKind.Unspecified)),

        RecordCase.For(Samples.Eichler)
            .Change(nameof(Reference.Id), r => r with { Id = "eichler1984b" })
            .Change(nameof(Reference.Kind), r => r with { Kind = ReferenceKind.Other })
            .Change(nameof(Reference.Title), r => r with { Title = null })
            .Change(nameof(Reference.Authors), r => r with { Authors = ValueArray<string>.Create("Korn A", "Eichler HG") })
            .Change(nameof(Reference.AuthorsTruncated), r => r with { AuthorsTruncated = false })
            .Change(nameof(Reference.Journal), r => r with { Journal = "Clin. Pharmacol. Ther." })
            .Change(nameof(Reference.Publisher), r => r with { Publisher = "Mosby" })
            .Change(nameof(Reference.Year), r => r with { Year = 1985 })
            .Change(nameof(Reference.Month), r => r with { Month = null })
            .Change(nameof(Reference.Volume), r => r with { Volume = "37" })
            .Change(nameof(Reference.Issue), r => r with { Issue = null })
            .Change(nameof(Reference.Pages), r => r with { Pages = "808-816" })
            .Change(nameof(Reference.CatalogueNumber), r => r with { CatalogueNumber = "R-123" })
            .Change(nameof(Reference.Pmid), r => r with { Pmid = Pmid.Parse("6478740") })
            .Change(nameof(Reference.Doi), r => r with { Doi = null })
            .Change(nameof(Reference.Url), r => r with { Url = null })
            .Change(nameof(Reference.Website), r => r with { Website = "example.org" })
            .Change(nameof(Reference.Status), r => r with { Status = ReferenceStatus.FullTextRead })
            .Change(nameof(Reference.Notes), r => r with { Notes = ValueArray<CurationNote>.Create(Samples.Note() with { Kind = CurationNoteKind.CitationMismatch }) }),

        RecordCase.For(Samples.Sert)
            .Change(nameof(Target.Id), t => t with { Id = "sert-human" })
            .Change(nameof(Target.Symbol), t => t with { Symbol = "5-HTT" })
            .Change(nameof(Target.Name), t => t with { Name = "serotonin transporter" })
            .Change(nameof(Target.Kind), t => t with { Kind = TargetKind.Other })
            .Change(nameof(Target.Gene), t => t with { Gene = null })
            .Change(nameof(Target.Accessions), t => t with { Accessions = ValueArray<TargetAccession>.Create(t.Accessions[1], t.Accessions[0]) })
            .Change(nameof(Target.Classifications), t => t with { Classifications = default })
            .Change(nameof(Target.References), t => t with { References = ValueArray<Reference>.Create(Samples.Guide() with { Status = ReferenceStatus.NotChecked }) })
            .Change(nameof(Target.Notes), t => t with { Notes = default }),

        RecordCase.For(Samples.SertUniProt)
            .Change(nameof(TargetAccession.Database), a => a with { Database = AccessionDatabase.Chembl })
            .Change(nameof(TargetAccession.Value), a => a with { Value = "P31652" })
            .Change(nameof(TargetAccession.Species), a => a with { Species = Species.Rat }),

        RecordCase.For(Samples.Fundus5Ht2B)
            .Change(nameof(TargetClassification.Symbol), c => c with { Symbol = "5-HT2A" })
            .Change(nameof(TargetClassification.Gene), c => c with { Gene = null })
            .Change(nameof(TargetClassification.Accessions), c => c with { Accessions = ValueArray<TargetAccession>.Create(c.Accessions[0] with { Species = Species.Rat }) })
            .Change(nameof(TargetClassification.Text), c => c with { Text = "Now 5-HT2B." })
            .Change(nameof(TargetClassification.References), c => c with { References = default }),

        RecordCase.For(() => new Quantity(67m, Unit.MicrogramPerMinute))
            .Change(nameof(Quantity.Value), q => q with { Value = 68m })
            .Change(nameof(Quantity.Unit), q => q with { Unit = Unit.MilligramPerMinute }),
    }.ToDictionary(c => c.Type.Name);

    public static TheoryData<string> RecordNames => new(Cases.Keys.Order(StringComparer.Ordinal));

    public static TheoryData<string, string> PropertyChanges
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (name, recordCase) in Cases.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                foreach (var property in recordCase.Changes.Keys)
                {
                    data.Add(name, property);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void Two_separately_built_equal_records_are_equal_and_hash_alike(string record)
    {
        var recordCase = Cases[record];
        var a = recordCase.Build();
        var b = recordCase.Build();

        if (!recordCase.Type.IsValueType)
        {
            ReferenceEquals(a, b).Should().BeFalse("the builder must build a new object each time");
        }

        a.Equals(b).Should().BeTrue();
        b.Equals(a).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        Operator(recordCase.Type, "op_Equality", a, b).Should().BeTrue();
        Operator(recordCase.Type, "op_Inequality", a, b).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(PropertyChanges))]
    public void Changing_one_property_makes_records_unequal(string record, string property)
    {
        var recordCase = Cases[record];
        var original = recordCase.Build();
        var changed = recordCase.Changes[property](recordCase.Build());

        var info = recordCase.Type.GetProperty(property)!;
        Equals(info.GetValue(original), info.GetValue(changed)).Should().BeFalse($"the change must change {property} itself");

        changed.Equals(original).Should().BeFalse();
        original.Equals(changed).Should().BeFalse();
        Operator(recordCase.Type, "op_Equality", original, changed).Should().BeFalse();
        Operator(recordCase.Type, "op_Inequality", original, changed).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(PropertyChanges))]
    public void A_change_leaves_every_other_property_as_it_was(string record, string property)
    {
        var recordCase = Cases[record];
        var original = recordCase.Build();
        var changed = recordCase.Changes[property](recordCase.Build());

        foreach (var other in InitProperties(recordCase.Type).Where(p => p.Name != property))
        {
            other.GetValue(changed).Should().Be(other.GetValue(original), $"changing {property} must not touch {other.Name}");
        }
    }

    [Fact]
    public void Every_record_in_the_model_has_a_case_that_changes_each_of_its_properties()
    {
        var records = ModelTypes.All()
            .Where(t => !t.IsAbstract && ModelTypes.IsRecord(t) && InitProperties(t).Any())
            .ToList();

        records.Should().NotBeEmpty();
        foreach (var type in records)
        {
            Cases.Should().ContainKey(type.Name, $"{type.FullName} is a record and needs an equality case");
            Cases[type.Name].Changes.Keys.Should().BeEquivalentTo(
                InitProperties(type).Select(p => p.Name),
                $"every init property of {type.Name} must take part in equality");
        }
    }

    [Fact]
    public void Records_with_equal_collections_built_from_different_arrays_are_equal()
    {
        var a = Samples.Eichler() with { Authors = ValueArray<string>.Create(new[] { "Eichler HG", "Korn A" }) };
        var b = Samples.Eichler() with { Authors = new ValueArray<string>(new List<string> { "Eichler HG", "Korn A" }) };

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Records_that_differ_only_deep_inside_a_nested_collection_are_unequal()
    {
        var a = Samples.Result();
        var deeper = a.Compound.Synonyms[0] with { References = ValueArray<Reference>.Create(Samples.Guide() with { Year = 2001 }) };
        var b = a with { Compound = a.Compound with { Synonyms = ValueArray<Synonym>.Create(deeper, a.Compound.Synonyms[1]) } };

        a.Should().NotBe(b);
    }

    [Fact]
    public void Result_values_of_different_kinds_are_never_equal()
    {
        ResultValue quantitative = Samples.Ic50FiftyMicromolar();
        ResultValue qualitative = Samples.PotentInhibitor();
        ResultValue comparative = Samples.WeakerThanCianopramine();

        quantitative.Should().NotBe(qualitative);
        qualitative.Should().NotBe(comparative);
        comparative.Should().NotBe(quantitative);
    }

    [Fact]
    public void Quantitative_values_with_the_same_amount_in_different_units_are_different_values()
    {
        // The magnitude is kept exactly as reported: 50 µM and 5e-5 M are the same concentration but not the same datum.
        var molar = Samples.Ic50FiftyMicromolar();
        var micromolar = molar with { Magnitude = new Quantity(50m, Unit.Micromolar) };

        molar.Should().NotBe(micromolar);
        molar.Concentration.Should().Be(micromolar.Concentration);
    }

    internal static IEnumerable<PropertyInfo> InitProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { } setter && ModelTypes.IsInitOnly(setter));

    private static bool Operator(Type type, string name, object left, object right) =>
        (bool)type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type])!.Invoke(null, [left, right])!;

    private sealed class RecordCase
    {
        private RecordCase(Type type, Func<object> build)
        {
            Type = type;
            Build = build;
        }

        public Type Type { get; }

        public Func<object> Build { get; }

        public Dictionary<string, Func<object, object>> Changes { get; } = new(StringComparer.Ordinal);

        public static Builder<T> For<T>(Func<T> build)
            where T : notnull => new(new RecordCase(typeof(T), () => build()));

        public sealed class Builder<T>(RecordCase recordCase)
            where T : notnull
        {
            public Builder<T> Change(string property, Func<T, T> change)
            {
                recordCase.Changes.Add(property, o => change((T)o));
                return this;
            }

            public static implicit operator RecordCase(Builder<T> builder) => builder.Case;

            private RecordCase Case => recordCase;
        }
    }
}

/// <summary>Reflection helpers over the public model and unit types.</summary>
internal static class ModelTypes
{
    public static readonly string[] Namespaces = ["Cianopramine.Data.Model", "Cianopramine.Data.Units"];

    /// <summary>Every public type in the model and unit namespaces (and the identifier sub-namespace).</summary>
    public static IReadOnlyList<Type> All() =>
        typeof(Compound).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is { } ns && Namespaces.Any(n => ns == n || ns.StartsWith(n + ".", StringComparison.Ordinal)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();

    /// <summary>Whether the type is a record class or record struct (the compiler gives both a PrintMembers method).</summary>
    public static bool IsRecord(Type type) =>
        type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly, [typeof(System.Text.StringBuilder)]) is not null;

    /// <summary>Whether a property setter is <c>init</c> rather than <c>set</c>.</summary>
    public static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
