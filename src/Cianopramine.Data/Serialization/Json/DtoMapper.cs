using System;
using System.Collections.Generic;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using Cianopramine.Data.Validation;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Serialization.Json;

/// <summary>
/// Turns a dataset into the data-file records, in the dataset's order. Enumerations and units are written with the
/// shared tables the reader parses them with (<see cref="EnumWords"/>), so export and
/// load agree by construction; identifiers as their canonical text; entities as ids.
/// </summary>
internal static class DtoMapper
{
    public static DatasetFileDto ToDto(Dataset dataset, string? schema)
    {
        var m = dataset.Metadata;
        return new DatasetFileDto
        {
            Schema = schema,
            Dataset = new ManifestDto
            {
                Id = m.Id,
                Title = m.Title,
                Version = m.Version,
                Description = m.Description,
                Sources = Ids(m.Sources),
            },
            References = Optional(dataset.References.Items, Reference),
            Compounds = Optional(dataset.Compounds.Items, Compound),
            Targets = Optional(dataset.Targets.Items, Target),
            Assays = Optional(dataset.Assays.Items, Assay),
            Results = Optional(dataset.AllResults.Items, Result),
            Transformations = Optional(dataset.Transformations.Items, Transformation),
            Mechanisms = Optional(dataset.Mechanisms.Items, Mechanism),
            Gaps = Optional(dataset.Gaps.Items, Gap),
        };
    }

    public static ReferenceDto Reference(Reference r) => new()
    {
        Id = r.Id,
        Kind = EnumWords.ReferenceKind.ToWord(r.Kind),
        Title = r.Title,
        Authors = Optional(r.Authors, a => a),
        AuthorsTruncated = r.AuthorsTruncated ? true : null,
        Journal = r.Journal,
        Publisher = r.Publisher,
        Year = r.Year,
        Month = r.Month,
        Volume = r.Volume,
        Issue = r.Issue,
        Pages = r.Pages,
        CatalogueNumber = r.CatalogueNumber,
        Pmid = r.Pmid?.Value,
        Doi = r.Doi?.Value,
        Url = r.Url,
        Website = r.Website,
        Status = EnumWords.ReferenceStatus.ToWord(r.Status),
        Notes = Notes(r.Notes),
    };

    public static CompoundDto Compound(Compound c) => new()
    {
        Id = c.Id,
        Name = c.Name,
        Role = EnumWords.CompoundRole.ToWord(c.Role),
        Class = c.Class,
        Synonyms = Optional(c.Synonyms, s => new SynonymDto
        {
            Text = s.Text,
            Kind = EnumWords.SynonymKind.ToWord(s.Kind),
            References = Ids(s.References),
        }),
        Identifiers = c.Identifiers is { IsEmpty: false } ids
            ? new IdentifiersDto
            {
                PubchemCid = ids.PubChemCid?.Value,
                ChemblId = ids.ChemblId?.Value,
                DrugbankId = ids.DrugBankId?.Value,
                Cas = ids.Cas?.Value,
            }
            : null,
        Structure = c.Structure is { } s
            ? new StructureDto
            {
                Provenance = EnumWords.StructureProvenance.ToWord(s.Provenance),
                Method = s.Method,
                Smiles = s.Smiles,
                Formula = s.Formula,
                AverageMass = s.AverageMass,
                MonoisotopicMass = s.MonoisotopicMass,
                InchiKey = s.InChIKey?.Value,
                References = Ids(s.References),
            }
            : null,
        Relations = Optional(c.Relations, r => new RelationDto
        {
            Kind = EnumWords.CompoundRelationKind.ToWord(r.Kind),
            Compound = r.CompoundId,
            Description = r.Description,
            References = Ids(r.References),
        }),
        References = Ids(c.References),
        Notes = Notes(c.Notes),
    };

    public static TargetDto Target(Target t) => new()
    {
        Id = t.Id,
        Symbol = t.Symbol,
        Name = t.Name,
        Kind = EnumWords.TargetKind.ToWord(t.Kind),
        Gene = t.Gene,
        Accessions = Accessions(t.Accessions),
        Classifications = Optional(t.Classifications, k => new ClassificationDto
        {
            Symbol = k.Symbol,
            Gene = k.Gene,
            Accessions = Accessions(k.Accessions),
            Text = k.Text,
            References = Required(k.References, r => r.Id),
        }),
        References = Ids(t.References),
        Notes = Notes(t.Notes),
    };

    public static AssayDto Assay(Assay a) => new()
    {
        Id = a.Id,
        Kind = EnumWords.AssayKind.ToWord(a.Kind),
        Setting = EnumWords.AssaySetting.ToWord(a.Setting),
        Species = Optional(a.Species, Word),
        Tissue = a.Tissue,
        Description = a.Description,
    };

    public static ResultDto Result(AssayResult r) => new()
    {
        Id = r.Id,
        Compound = r.Compound.Id,
        Target = r.Target.Id,
        Assay = r.Assay.Id,
        Action = r.Action is { } action ? Word(action) : null,
        Value = Value(r.Value),
        Conditions = Conditions(r.Conditions),
        References = Required(r.References, x => x.Id),
        Notes = Notes(r.Notes),
    };

    public static TransformationDto Transformation(MetabolicTransformation t) => new()
    {
        Id = t.Id,
        Substrate = t.Substrate.Id,
        Product = t.Product.Id,
        Reaction = EnumWords.Reaction.ToWord(t.Reaction),
        Enzymes = t.EnzymeEvidence switch
        {
            EnzymeEvidence.NotReported => new EnzymesDto(EnzymesSpec.NotReportedWord, null),
            EnzymeEvidence.None => new EnzymesDto(EnzymesSpec.NoneWord, null),
            _ => new EnzymesDto(null, Required(t.Enzymes, e => e)),
        },
        Species = t.Species is { } species ? Word(species) : null,
        Setting = t.Setting is { } setting ? EnumWords.AssaySetting.ToWord(setting) : null,
        ProductActive = t.ProductActive,
        References = Required(t.References, r => r.Id),
        Notes = Notes(t.Notes),
    };

    public static MechanismDto Mechanism(MechanismStatement m) => new()
    {
        Id = m.Id,
        Compound = m.Compound?.Id,
        Scope = m.Scope,
        Targets = Required(m.Targets, t => t.Id),
        Action = Word(m.Action),
        Primary = m.IsPrimary ? true : null,
        Text = m.Text,
        References = Required(m.References, r => r.Id),
        Notes = Notes(m.Notes),
    };

    public static GapDto Gap(DataGap g) => new()
    {
        Id = g.Id,
        Text = g.Text,
        Compounds = Required(g.Compounds, c => c.Id),
        Targets = Required(g.Targets, t => t.Id),
        Parameters = Optional(g.Parameters, p => EnumWords.Parameter.ToWord(p)),
        Setting = g.Setting is { } setting ? EnumWords.AssaySetting.ToWord(setting) : null,
        References = Required(g.References, r => r.Id),
    };

    private static ValueDto Value(ResultValue value) => value switch
    {
        QuantitativeValue q => new QuantitativeValueDto
        {
            Parameter = EnumWords.Parameter.ToWord(q.Parameter),
            Relation = Word(q.Relation),
            Value = q.Magnitude.Value,
            Unit = Symbol(q.Magnitude.Unit),
            Spread = q.Spread is { } spread
                ? new SpreadDto { Value = spread.Value, Kind = EnumWords.SpreadKind.ToWord(spread.Kind) }
                : null,
        },
        QualitativeValue t => new QualitativeValueDto
        {
            Text = t.Text,
            Category = EnumWords.QualitativeCategory.ToWord(t.Category),
        },
        ComparativeValue c => new ComparativeValueDto
        {
            ComparedTo = c.ComparedTo.Id,
            Direction = EnumWords.ComparativeDirection.ToWord(c.Direction),
            Magnitude = c.Magnitude,
            Text = c.Text,
        },
        _ => throw new ArgumentException("Unknown value kind.", nameof(value)),
    };

    private static ConditionsDto? Conditions(Conditions conditions) =>
        conditions.IsEmpty
            ? null
            : new ConditionsDto
            {
                Dose = conditions.Dose is { } dose
                    ? new DoseDto
                    {
                        Relation = dose.Relation == Relation.EqualTo ? null : Word(dose.Relation),
                        Value = dose.Amount.Value,
                        Unit = Symbol(dose.Amount.Unit),
                        Route = dose.Route is { } route ? EnumWords.DoseRoute.ToWord(route) : null,
                    }
                    : null,
                TimeAfterDose = conditions.TimeAfterDose is { } time
                    ? new TimeDto { Value = time.Value, Unit = Symbol(time.Unit) }
                    : null,
                Text = conditions.Text,
            };

    private static AccessionDto[]? Accessions(ValueArray<TargetAccession> accessions) =>
        Optional(accessions, a => new AccessionDto
        {
            Database = EnumWords.AccessionDatabase.ToWord(a.Database),
            Value = a.Value,
            Species = a.Species is { } species ? Word(species) : null,
        });

    private static NoteDto[]? Notes(ValueArray<CurationNote> notes) =>
        Optional(notes, n => new NoteDto { Kind = EnumWords.NoteKind.ToWord(n.Kind), Id = n.Id, Text = n.Text });

    private static string Word(Species species) => EnumWords.Species.ToWord(species);

    private static string Word(PharmacologicalAction action) => EnumWords.Action.ToWord(action);

    private static string Word(Relation relation) => EnumWords.Relation.ToWord(relation);

    private static string Symbol(Unit unit) => EnumWords.Unit.ToWord(unit);

    private static string[]? Ids(ValueArray<Reference> references) => Optional(references, r => r.Id);

    /// <summary>The mapped items, or <see langword="null"/> (left out) when there are none.</summary>
    private static TDto[]? Optional<T, TDto>(IReadOnlyList<T> items, Func<T, TDto> map) =>
        items.Count == 0 ? null : Required(items, map);

    /// <summary>The mapped items; an empty array is written as <c>[]</c>.</summary>
    private static TDto[] Required<T, TDto>(IReadOnlyList<T> items, Func<T, TDto> map)
    {
        var result = new TDto[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = map(items[i]);
        }

        return result;
    }
}
