using System;
using System.Collections.Generic;
using Cianopramine.Data.Model;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Units;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// Builds the model of a validated dataset: every spec maps to its model record here and nowhere else. The runtime
/// loader and the source generator both call it (the generator then writes the objects in the compact form that the
/// library decodes), so the two build the same objects from the same data.
/// </summary>
/// <remarks>
/// The input must be free of errors (<see cref="DatasetSpec.HasErrors"/> false): every id it refers to exists, every
/// identifier is valid. Entities are shared, not copied: a result's <see cref="AssayResult.Compound"/> is the same
/// instance as the dataset's compound.
/// </remarks>
internal sealed partial class SpecModelBuilder
{
    private readonly DatasetSpec _spec;
    private readonly Dictionary<string, Reference> _references;
    private readonly Dictionary<string, Compound> _compounds;
    private readonly Dictionary<string, Target> _targets;
    private readonly Dictionary<string, Assay> _assays;

    // Most facts cite one reference, and many facts cite the same one: a list of one reference is made once per
    // reference and shared (the lists are immutable).
    private readonly Dictionary<string, ValueArray<Reference>> _oneReference;

    // Built once, not once per compound (a lambda that uses the builder is a new delegate at every call).
    private readonly Func<SynonymSpec, Synonym> _buildSynonym;
    private readonly Func<CompoundRelationSpec, CompoundRelation> _buildRelation;

    private SpecModelBuilder(DatasetSpec spec)
    {
        _spec = spec;
        var s = spec.Sections;
        _references = new(s.References.Count, StringComparer.Ordinal);
        _oneReference = new(s.References.Count, StringComparer.Ordinal);
        _compounds = new(s.Compounds.Count, StringComparer.Ordinal);
        _targets = new(s.Targets.Count, StringComparer.Ordinal);
        _assays = new(s.Assays.Count, StringComparer.Ordinal);
        _buildSynonym = BuildSynonym;
        _buildRelation = BuildRelation;
    }

    /// <summary>Builds the items of a validated spec, with their content hash.</summary>
    /// <param name="spec">A dataset without errors.</param>
    /// <returns>
    /// The items; <see cref="DatasetMetadata.ContentHash"/> is the hash of their canonical form, computed when first read.
    /// </returns>
    public static DatasetContent Build(DatasetSpec spec)
    {
        var content = new SpecModelBuilder(spec).Build();
        return content with { Metadata = content.Metadata with { HashContent = () => CanonicalSink.ComputeHash(content) } };
    }

    private DatasetContent Build()
    {
        var s = _spec.Sections;
        var references = Map(s.References, BuildReference, r => r.Id, _references);
        var compounds = Map(s.Compounds, BuildCompound, c => c.Id, _compounds);
        var targets = Map(s.Targets, BuildTarget, t => t.Id, _targets);
        var assays = Map(s.Assays, BuildAssay, a => a.Id, _assays);
        var manifest = _spec.Manifest;
        var metadata = new DatasetMetadata
        {
            Id = manifest.Id.Value,
            Title = manifest.Title,
            Version = manifest.Version,
            Description = manifest.Description,
            Sources = References(manifest.Sources),
            ContentHash = string.Empty,
        };
        return new DatasetContent
        {
            Metadata = metadata,
            References = references,
            Compounds = compounds,
            Targets = targets,
            Assays = assays,
            Results = Map(s.Results, BuildResult),
            Transformations = Map(s.Transformations, BuildTransformation),
            Mechanisms = Map(s.Mechanisms, BuildMechanism),
            Gaps = Map(s.Gaps, BuildGap),
        };
    }

    private Reference BuildReference(ReferenceSpec r) => new()
    {
        Id = r.Id.Value,
        Kind = r.Kind,
        Title = r.Title,
        Authors = r.Authors,
        AuthorsTruncated = r.AuthorsTruncated,
        Journal = r.Journal,
        Publisher = r.Publisher,
        Year = r.Year?.Value,
        Month = r.Month?.Value,
        Volume = r.Volume,
        Issue = r.Issue,
        Pages = r.Pages,
        CatalogueNumber = r.CatalogueNumber,
        Pmid = r.Pmid is { } pmid ? Pmid.Parse(pmid.Value) : null,
        Doi = r.Doi is { } doi ? Doi.Parse(doi.Value) : null,
        Url = r.Url?.Value,
        Website = r.Website,
        Status = r.Status,
        Notes = Notes(r.Notes),
    };

    private Compound BuildCompound(CompoundSpec c) => new()
    {
        Id = c.Id.Value,
        Name = c.Name ?? c.Id.Value,
        HasStatedName = c.Name is not null,
        Role = c.Role,
        Class = c.Class,
        Synonyms = Map(c.Synonyms, _buildSynonym),
        Identifiers = Identifiers(c.Identifiers),
        Structure = c.Structure is { } structure ? Structure(structure) : null,
        Relations = Map(c.Relations, _buildRelation),
        References = References(c.References),
        Notes = Notes(c.Notes),
    };

    private Synonym BuildSynonym(SynonymSpec s) => new()
    {
        Text = s.Text,
        Kind = s.Kind,
        References = References(s.References),
    };

    private CompoundRelation BuildRelation(CompoundRelationSpec r) => new()
    {
        Kind = r.Kind,
        CompoundId = r.Compound.Value,
        Description = r.Description,
        References = References(r.References),
    };

    private static CompoundIdentifiers Identifiers(IdentifiersSpec? spec)
    {
        if (spec is null || (spec.PubchemCid is null && spec.ChemblId is null && spec.DrugbankId is null && spec.Cas is null))
        {
            return CompoundIdentifiers.None;
        }

        return new CompoundIdentifiers
        {
            PubChemCid = spec.PubchemCid is { } cid ? new PubChemCid(cid.Value) : null,
            ChemblId = spec.ChemblId is { } chembl ? ChemblId.Parse(chembl.Value) : null,
            DrugBankId = spec.DrugbankId is { } drugBank ? DrugBankId.Parse(drugBank.Value) : null,
            Cas = spec.Cas is { } cas ? CasNumber.Parse(cas.Value) : null,
        };
    }

    private StructureDescriptors Structure(StructureSpec s) => new()
    {
        Provenance = s.Provenance,
        Method = s.Method,
        Smiles = s.Smiles,
        Formula = s.Formula?.Value,
        AverageMass = s.AverageMass?.Value,
        MonoisotopicMass = s.MonoisotopicMass?.Value,
        InChIKey = s.InchiKey is { } key ? InChIKey.Parse(key.Value) : null,
        References = References(s.References),
    };

    private Target BuildTarget(TargetSpec t) => new()
    {
        Id = t.Id.Value,
        Symbol = t.Symbol,
        Name = t.Name,
        Kind = t.Kind,
        Gene = t.Gene,
        Accessions = Accessions(t.Accessions),
        Classifications = Map(t.Classifications, k => new TargetClassification
        {
            Symbol = k.Symbol,
            Gene = k.Gene,
            Accessions = Accessions(k.Accessions),
            Text = k.Text,
            References = References(k.References),
        }),
        References = References(t.References),
        Notes = Notes(t.Notes),
    };

    private static ValueArray<TargetAccession> Accessions(ValueArray<AccessionSpec> accessions) =>
        Map(accessions, a => new TargetAccession
        {
            Database = a.Database,
            Value = a.Value.Value,
            Species = a.Species is { } species ? species : null,
        });

    private static Assay BuildAssay(AssaySpec a) => new()
    {
        Id = a.Id.Value,
        Kind = a.Kind,
        Setting = a.Setting,
        Species = a.Species,
        Tissue = a.Tissue,
        Description = a.Description,
    };

    private static ValueArray<CurationNote> Notes(ValueArray<NoteSpec> notes) =>
        Map(notes, n => new CurationNote { Kind = n.Kind, Id = n.Id, Text = n.Text });

    private ValueArray<Reference> References(ValueArray<Located<string>> ids)
    {
        if (ids.Count != 1)
        {
            return Resolve(ids, _references);
        }

        var id = ids[0].Value;
        if (!_oneReference.TryGetValue(id, out var one))
        {
            one = ValueArray<Reference>.FromOwnedArray(new[] { Lookup(_references, id) });
            _oneReference.Add(id, one);
        }

        return one;
    }

    private static ValueArray<T> Resolve<T>(ValueArray<Located<string>> ids, Dictionary<string, T> index)
    {
        if (ids.IsEmpty)
        {
            return ValueArray<T>.Empty;
        }

        var items = new T[ids.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Lookup(index, ids[i].Value);
        }

        return ValueArray<T>.FromOwnedArray(items);
    }

    private static T Lookup<T>(Dictionary<string, T> index, string id) =>
        index.TryGetValue(id, out var item)
            ? item
            : throw new InvalidOperationException("The validated dataset refers to an unknown id '" + id + "'.");

    private static ValueArray<TModel> Map<TSpec, TModel>(ValueArray<TSpec> specs, Func<TSpec, TModel> build)
    {
        if (specs.IsEmpty)
        {
            return ValueArray<TModel>.Empty;
        }

        var items = new TModel[specs.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = build(specs[i]);
        }

        return ValueArray<TModel>.FromOwnedArray(items);
    }

    private static ValueArray<TModel> Map<TSpec, TModel>(
        ValueArray<TSpec> specs,
        Func<TSpec, TModel> build,
        Func<TModel, string> idOf,
        Dictionary<string, TModel> index)
    {
        var items = Map(specs, build);
        foreach (var item in items)
        {
            index[idOf(item)] = item;
        }

        return items;
    }

    private static Quantity Quantity(decimal value, Unit unit) => new(value, unit);
}
