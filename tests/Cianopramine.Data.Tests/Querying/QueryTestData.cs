using Cianopramine.Data.Model;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Querying;

/// <summary>
/// Builds small datasets for query tests. Every result gets the default assay ("assay", in vitro uptake inhibition)
/// and the default reference ("ref") unless the test names others; compounds, targets, assays and references are
/// looked up by id when results and steps are added.
/// </summary>
internal sealed class QueryTestData
{
    private readonly List<Reference> _references = new();
    private readonly List<Compound> _compounds = new();
    private readonly List<Target> _targets = new();
    private readonly List<Assay> _assays = new();
    private readonly List<AssayResult> _results = new();
    private readonly List<MetabolicTransformation> _steps = new();
    private readonly List<MechanismStatement> _mechanisms = new();
    private readonly List<DataGap> _gaps = new();

    public QueryTestData Reference(string id, string? pmid = null, string? doi = null, params CurationNote[] notes)
    {
        _references.Add(new Reference
        {
            Id = id,
            Kind = ReferenceKind.JournalArticle,
            Title = "Title of " + id,
            Pmid = pmid is null ? null : Pmid.Parse(pmid),
            Doi = doi is null ? null : Doi.Parse(doi),
            Status = ReferenceStatus.AbstractRead,
            Notes = ValueArray<CurationNote>.Create(notes),
        });
        return this;
    }

    public QueryTestData Compound(string id, string? name = null, CompoundRole role = CompoundRole.ParentDrug, params string[] synonyms)
    {
        _compounds.Add(new Compound
        {
            Id = id,
            Name = name ?? id,
            Role = role,
            Synonyms = ValueArray<Synonym>.Create(synonyms.Select(s => new Synonym { Text = s, Kind = SynonymKind.ResearchCode }).ToArray()),
        });
        return this;
    }

    public QueryTestData Target(string id, string? symbol = null, string? gene = null, params string[] uniprot)
    {
        _targets.Add(new Target
        {
            Id = id,
            Symbol = symbol ?? id.ToUpperInvariant(),
            Name = (symbol ?? id) + " protein",
            Kind = TargetKind.Transporter,
            Gene = gene,
            Accessions = ValueArray<TargetAccession>.Create(uniprot
                .Select(a => new TargetAccession { Database = AccessionDatabase.UniProt, Value = a, Species = Species.Human })
                .ToArray()),
        });
        return this;
    }

    public QueryTestData Assay(string id, AssayKind kind = AssayKind.UptakeInhibition, AssaySetting setting = AssaySetting.InVitro, params Species[] species)
    {
        _assays.Add(new Assay
        {
            Id = id,
            Kind = kind,
            Setting = setting,
            Species = ValueArray<Species>.Create(species),
            Description = "Assay " + id,
        });
        return this;
    }

    public QueryTestData Result(
        string id,
        string compound,
        string target,
        ResultValue value,
        string assay = "assay",
        string[]? references = null,
        PharmacologicalAction? action = null,
        CurationNote[]? notes = null,
        Conditions? conditions = null)
    {
        EnsureDefaults(assay, references);
        _results.Add(new AssayResult
        {
            Id = id,
            Compound = CompoundOf(compound),
            Target = _targets.Single(t => t.Id == target),
            Assay = _assays.Single(a => a.Id == assay),
            Value = value,
            Action = action,
            Conditions = conditions ?? Conditions.None,
            References = ValueArray<Reference>.Create((references ?? new[] { "ref" }).Select(r => _references.Single(x => x.Id == r)).ToArray()),
            Notes = ValueArray<CurationNote>.Create(notes ?? Array.Empty<CurationNote>()),
        });
        return this;
    }

    public QueryTestData Step(string id, string substrate, string product, Reaction reaction = Reaction.NDemethylation, params string[] enzymes)
    {
        EnsureDefaults(null, null);
        _steps.Add(new MetabolicTransformation
        {
            Id = id,
            Substrate = CompoundOf(substrate),
            Product = CompoundOf(product),
            Reaction = reaction,
            EnzymeEvidence = enzymes.Length == 0 ? EnzymeEvidence.NotReported : EnzymeEvidence.Reported,
            Enzymes = ValueArray<string>.Create(enzymes),
            Setting = AssaySetting.InVivo,
            References = ValueArray<Reference>.Create(_references.Single(r => r.Id == "ref")),
        });
        return this;
    }

    public QueryTestData Mechanism(string id, string? compound, string target, bool primary = false)
    {
        EnsureDefaults(null, null);
        _mechanisms.Add(new MechanismStatement
        {
            Id = id,
            Compound = compound is null ? null : CompoundOf(compound),
            Scope = compound is null ? "a class of drugs" : null,
            Targets = ValueArray<Target>.Create(_targets.Single(t => t.Id == target)),
            Action = PharmacologicalAction.Inhibitor,
            IsPrimary = primary,
            Text = "Statement " + id,
            References = ValueArray<Reference>.Create(_references.Single(r => r.Id == "ref")),
        });
        return this;
    }

    public QueryTestData Gap(string id, string[] compounds, string[] targets)
    {
        EnsureDefaults(null, null);
        _gaps.Add(new DataGap
        {
            Id = id,
            Text = "No values for " + id,
            Compounds = ValueArray<Compound>.Create(compounds.Select(CompoundOf).ToArray()),
            Targets = ValueArray<Target>.Create(targets.Select(t => _targets.Single(x => x.Id == t)).ToArray()),
            Parameters = ValueArray<ActivityParameter>.Create(ActivityParameter.Ki),
            Setting = AssaySetting.InVitro,
            References = ValueArray<Reference>.Create(_references.Single(r => r.Id == "ref")),
        });
        return this;
    }

    public ComparativeValue Than(string compound, ComparativeDirection direction, string? magnitude = null) =>
        new() { ComparedTo = CompoundOf(compound), Direction = direction, Magnitude = magnitude };

    public Dataset Build()
    {
        EnsureDefaults(null, null);
        return new Dataset(
            new DatasetMetadata { Id = "test", Title = "Test data", Version = "0.0.1", ContentHash = new string('0', 64) },
            ValueArray<Reference>.Create(_references.ToArray()),
            ValueArray<Compound>.Create(_compounds.ToArray()),
            ValueArray<Target>.Create(_targets.ToArray()),
            ValueArray<Assay>.Create(_assays.ToArray()),
            ValueArray<AssayResult>.Create(_results.ToArray()),
            ValueArray<MetabolicTransformation>.Create(_steps.ToArray()),
            ValueArray<MechanismStatement>.Create(_mechanisms.ToArray()),
            ValueArray<DataGap>.Create(_gaps.ToArray()));
    }

    public static QuantitativeValue Value(ActivityParameter parameter, Relation relation, decimal value, Unit unit) =>
        new() { Parameter = parameter, Relation = relation, Magnitude = new Quantity(value, unit) };

    public static QuantitativeValue Ic50(Relation relation, decimal value, Unit unit) => Value(ActivityParameter.IC50, relation, value, unit);

    public static QuantitativeValue Ki(Relation relation, decimal value, Unit unit) => Value(ActivityParameter.Ki, relation, value, unit);

    public static QuantitativeValue Percent(decimal value) => Value(ActivityParameter.PercentInhibition, Relation.EqualTo, value, Unit.Percent);

    public static QualitativeValue Words(string text, QualitativeCategory category = QualitativeCategory.Active) =>
        new() { Text = text, Category = category };

    public static CurationNote Note(CurationNoteKind kind, string text = "a note") => new() { Kind = kind, Text = text };

    private Compound CompoundOf(string id) => _compounds.Single(c => c.Id == id);

    private void EnsureDefaults(string? assay, string[]? references)
    {
        if (!_references.Any(r => r.Id == "ref") && (references is null || references.Contains("ref")))
        {
            _references.Add(new Reference { Id = "ref", Kind = ReferenceKind.JournalArticle, Title = "Default reference", Status = ReferenceStatus.AbstractRead });
        }

        if (assay == "assay" && !_assays.Any(a => a.Id == "assay"))
        {
            Assay("assay");
        }
    }
}
