using System;
using System.Collections.Generic;
using System.Threading;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// The semantic rules of one merged dataset: id format (CPD0018) and uniqueness (CPD0007), references between items
/// (CPD0008), provenance (CPD0022), and — in the other parts of this class — values, identifiers, structures and the
/// metabolism graph.
/// </summary>
internal sealed partial class DatasetRules
{
    private readonly DatasetManifestSpec _manifest;
    private readonly DatasetSections _sections;
    private readonly HashSet<ItemKey> _skipped;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DatasetDiagnostic> _diagnostics = new();

    // The lookup tables of this run (set by Run, from the thread's).
    private Tables _tables = null!;

    // The tables of the last run on this thread, cleared and kept for the next: a dataset of thousands of items
    // needs tables of hundreds of kilobytes, which the runtime allocates on the large object heap, and allocating
    // them at every load made the collector run full collections every few loads (see Tables).
    [ThreadStatic]
    private static Tables? t_tables;

    /// <summary>The tables this thread keeps for its next run, if any (for tests).</summary>
    internal static Tables? KeptTables => t_tables;

    private Dictionary<string, (bool Valid, ParsedFormula? Parsed, string Error)>? _parsedFormulas;
    private Dictionary<string, string?>? _smilesFormulas;

    public DatasetRules(DatasetManifestSpec manifest, DatasetSections sections, HashSet<ItemKey> skipped, CancellationToken cancellationToken)
    {
        _manifest = manifest;
        _sections = sections;
        _skipped = skipped;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Applies every rule.</summary>
    /// <returns>The diagnostics, in rule order (the caller sorts them).</returns>
    public List<DatasetDiagnostic> Run()
    {
        // Taken from the thread for the run (a nested run on the same thread would make its own) and given back cleared.
        var tables = t_tables ?? new Tables();
        t_tables = null;
        try
        {
            _tables = tables;
            var s = _sections;
            tables.Size(ItemKind.Reference, s.References.Count);
            tables.Size(ItemKind.Compound, s.Compounds.Count);
            tables.Size(ItemKind.Target, s.Targets.Count);
            tables.Size(ItemKind.Assay, s.Assays.Count);
            tables.Size(ItemKind.Result, s.Results.Count);
            tables.Size(ItemKind.Transformation, s.Transformations.Count);
            tables.Size(ItemKind.Mechanism, s.Mechanisms.Count);
            tables.Size(ItemKind.Gap, s.Gaps.Count);
            RunRules();
            return _diagnostics;
        }
        finally
        {
            if (tables.Clear())
            {
                t_tables = tables;
            }
        }
    }

    private void RunRules()
    {
        DefineAll();
        CheckManifest();
        _cancellationToken.ThrowIfCancellationRequested();
        CheckReferences();
        CheckCompounds();
        _cancellationToken.ThrowIfCancellationRequested();
        CheckTargets();
        CheckResults();
        _cancellationToken.ThrowIfCancellationRequested();
        CheckTransformations();
        CheckMechanisms();
        CheckGaps();
        CheckMetabolismCycles();
        CheckIdentityCollisions();
    }

    private void Report(DiagnosticDescriptorInfo descriptor, SourceLocation location, params object[] args) =>
        _diagnostics.Add(DatasetDiagnostic.Create(descriptor, location, args));

    private void Report(DiagnosticDescriptorInfo descriptor, ValueLocation location, params object[] args) =>
        Report(descriptor, location.Resolve(), args);

    private static string Word(ItemKind kind) => ItemKinds.Words.ToWord(kind);

    /// <summary>Indexes every item id (CPD0018 for a bad format, CPD0007 for a repeat).</summary>
    private void DefineAll()
    {
        CheckIdFormat(_manifest.Id);
        foreach (var x in _sections.References) Define(ItemKind.Reference, x.Id);
        foreach (var x in _sections.Compounds) Define(ItemKind.Compound, x.Id);
        foreach (var x in _sections.Targets) Define(ItemKind.Target, x.Id);
        foreach (var x in _sections.Assays) Define(ItemKind.Assay, x.Id);
        foreach (var x in _sections.Results) Define(ItemKind.Result, x.Id);
        foreach (var x in _sections.Transformations) Define(ItemKind.Transformation, x.Id);
        foreach (var x in _sections.Mechanisms) Define(ItemKind.Mechanism, x.Id);
        foreach (var x in _sections.Gaps) Define(ItemKind.Gap, x.Id);
    }

    private void Define(ItemKind kind, Located<string> id)
    {
        CheckIdFormat(id);
        var defined = _tables.Defined[(int)kind];
        if (defined.TryGetValue(id.Value, out var at))
        {
            var first = at.Resolve();
            Report(DiagnosticCatalogue.DuplicateId, id.Location, Word(kind), id.Value, first.FilePath, first.DisplayLine, first.DisplayColumn);
        }
        else
        {
            defined.Add(id.Value, id.At);
        }
    }

    private void CheckIdFormat(Located<string> id)
    {
        if (!IdentifierRules.IsValidId(id.Value))
        {
            Report(DiagnosticCatalogue.InvalidId, id.Location, id.Value);
        }
    }

    /// <summary>Reports a reference to an item that does not exist (CPD0008); an item left out after errors counts as existing.</summary>
    private void Refer(ItemKind ownerKind, string ownerId, Located<string> reference, ItemKind kind)
    {
        if (!_tables.Defined[(int)kind].ContainsKey(reference.Value) && (_skipped.Count == 0 || !_skipped.Contains(new ItemKey(kind, reference.Value))))
        {
            Report(DiagnosticCatalogue.DanglingReference, reference.Location, Word(ownerKind), ownerId, Word(kind), reference.Value);
        }
    }

    private void ReferAll(ItemKind ownerKind, string ownerId, ValueArray<Located<string>> references, ItemKind kind)
    {
        foreach (var reference in references)
        {
            Refer(ownerKind, ownerId, reference, kind);
        }
    }

    /// <summary>Checks literature references, requiring at least one where a fact needs provenance (CPD0022).</summary>
    private void Cite(ItemKind ownerKind, Located<string> ownerId, ValueLocation ownerLocation, ValueArray<Located<string>> references, bool required)
    {
        if (required && references.IsEmpty)
        {
            Report(DiagnosticCatalogue.NoReference, ownerLocation.Resolve().FirstCharacter(), Word(ownerKind), ownerId.Value);
        }

        ReferAll(ownerKind, ownerId.Value, references, ItemKind.Reference);
    }

    private void CheckManifest()
    {
        var id = _manifest.Id;
        ReferAll(ItemKind.Dataset, id.Value, _manifest.Sources, ItemKind.Reference);
        if (_manifest.Namespace is { } ns && !IdentifierRules.IsValidNamespace(ns.Value))
        {
            Report(DiagnosticCatalogue.InvalidGeneratedName, ns.Location, ns.Value, "namespace");
        }

        if (_manifest.TypeName is { } typeName && !IdentifierRules.IsValidTypeName(typeName.Value))
        {
            Report(DiagnosticCatalogue.InvalidGeneratedName, typeName.Location, typeName.Value, "type name");
        }
    }

    private void CheckCompounds()
    {
        foreach (var c in _sections.Compounds)
        {
            Cite(ItemKind.Compound, c.Id, c.Location, c.References, required: true);
            foreach (var synonym in c.Synonyms)
            {
                ReferAll(ItemKind.Compound, c.Id.Value, synonym.References, ItemKind.Reference);
            }

            foreach (var relation in c.Relations)
            {
                Refer(ItemKind.Compound, c.Id.Value, relation.Compound, ItemKind.Compound);
                if (relation.Compound.Value == c.Id.Value)
                {
                    Report(
                        DiagnosticCatalogue.RelatedToItself,
                        relation.Compound.Location,
                        "Compound",
                        c.Id.Value,
                        c.Id.Value,
                        "its relation '" + EnumWords.CompoundRelationKind.ToWord(relation.Kind) + "'");
                }

                ReferAll(ItemKind.Compound, c.Id.Value, relation.References, ItemKind.Reference);
            }

            if (c.Identifiers is { } identifiers)
            {
                CheckIdentifiers(identifiers);
            }

            if (c.Structure is { } structure)
            {
                CheckStructure(structure);
                ReferAll(ItemKind.Compound, c.Id.Value, structure.References, ItemKind.Reference);
            }
        }
    }

    private void CheckTargets()
    {
        foreach (var t in _sections.Targets)
        {
            Cite(ItemKind.Target, t.Id, t.Location, t.References, required: false);
            CheckAccessions(t.Accessions);
            foreach (var classification in t.Classifications)
            {
                Cite(ItemKind.Target, t.Id, classification.Location, classification.References, required: true);
                CheckAccessions(classification.Accessions);
            }
        }
    }

    private void CheckResults()
    {
        foreach (var r in _sections.Results)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Refer(ItemKind.Result, r.Id.Value, r.Compound, ItemKind.Compound);
            Refer(ItemKind.Result, r.Id.Value, r.Target, ItemKind.Target);
            Refer(ItemKind.Result, r.Id.Value, r.Assay, ItemKind.Assay);
            Cite(ItemKind.Result, r.Id, r.Location, r.References, required: true);
            if (r.Value is ComparativeValueSpec comparative)
            {
                Refer(ItemKind.Result, r.Id.Value, comparative.ComparedTo, ItemKind.Compound);
                if (comparative.ComparedTo.Value == r.Compound.Value)
                {
                    Report(DiagnosticCatalogue.RelatedToItself, comparative.ComparedTo.Location, "Result", r.Id.Value, r.Compound.Value, "its comparison");
                }
            }
            else if (r.Value is QuantitativeValueSpec quantitative)
            {
                CheckQuantitative(quantitative);
            }

            if (r.Conditions?.Dose is { } dose)
            {
                CheckDose(dose);
            }

            if (r.Conditions?.TimeAfterDose is { } time)
            {
                CheckTime(time);
            }

            if (r.Chembl is { } chembl)
            {
                CheckChembl(chembl, r.Value as QuantitativeValueSpec);
            }
        }
    }

    private void CheckTransformations()
    {
        foreach (var t in _sections.Transformations)
        {
            Refer(ItemKind.Transformation, t.Id.Value, t.Substrate, ItemKind.Compound);
            Refer(ItemKind.Transformation, t.Id.Value, t.Product, ItemKind.Compound);
            Cite(ItemKind.Transformation, t.Id, t.Location, t.References, required: true);
            if (t.Substrate.Value == t.Product.Value)
            {
                Report(DiagnosticCatalogue.SelfTransformation, t.Product.Location, t.Id.Value, t.Product.Value);
            }
        }
    }

    private void CheckMechanisms()
    {
        foreach (var m in _sections.Mechanisms)
        {
            if (m.Compound is { } compound)
            {
                Refer(ItemKind.Mechanism, m.Id.Value, compound, ItemKind.Compound);
            }
            else if (m.Scope is null)
            {
                Report(DiagnosticCatalogue.MechanismWithoutSubject, m.Location.FirstCharacter(), m.Id.Value);
            }

            ReferAll(ItemKind.Mechanism, m.Id.Value, m.Targets, ItemKind.Target);
            Cite(ItemKind.Mechanism, m.Id, m.Location, m.References, required: true);
        }
    }

    private void CheckGaps()
    {
        foreach (var g in _sections.Gaps)
        {
            ReferAll(ItemKind.Gap, g.Id.Value, g.Compounds, ItemKind.Compound);
            ReferAll(ItemKind.Gap, g.Id.Value, g.Targets, ItemKind.Target);
            Cite(ItemKind.Gap, g.Id, g.Location, g.References, required: true);
        }
    }

    /// <summary>The rules' lookup tables, reused run after run on one thread.</summary>
    internal sealed class Tables
    {
        // Larger tables are not kept: a thread that once validated a huge dataset does not hold its tables (about 36
        // bytes an entry, so at most about 5 MB a thread are kept).
        internal const int MaxKeptEntries = 1 << 17;

        /// <summary>
        /// The ids defined, one table per kind (indexed by <see cref="ItemKind"/>), keyed on the id alone: ordinal
        /// string keys hash faster than a (kind, id) pair, and every reference of every item is looked up here.
        /// </summary>
        public Dictionary<string, ValueLocation>[] Defined { get; } = NewDefined();

        /// <summary>The compounds' lookup keys (CPD0040), compared as lookups compare them.</summary>
        public Dictionary<string, (string Id, SourceLocation Location)> CompoundKeys { get; } = new(LookupKeyComparer.Instance);

        /// <summary>The targets' lookup keys (CPD0041).</summary>
        public Dictionary<string, (string Id, SourceLocation Location)> TargetKeys { get; } = new(LookupKeyComparer.Instance);

        /// <summary>Makes room for <paramref name="count"/> ids of a kind at once, instead of growing step by step.</summary>
        public void Size(ItemKind kind, int count) => Reserve(Defined[(int)kind], count);

        public static void Reserve<TKey, TValue>(Dictionary<TKey, TValue> table, int count)
            where TKey : notnull
        {
#if NET
            table.EnsureCapacity(count);
#endif
        }

        /// <summary>Empties every table (letting go of the strings they hold).</summary>
        /// <returns>Whether the tables are small enough to keep.</returns>
        public bool Clear()
        {
            var entries = CompoundKeys.Count + TargetKeys.Count;
            CompoundKeys.Clear();
            TargetKeys.Clear();
            foreach (var table in Defined)
            {
                entries += table.Count;
                table.Clear();
            }

            return entries <= MaxKeptEntries;
        }

        private static Dictionary<string, ValueLocation>[] NewDefined()
        {
            var defined = new Dictionary<string, ValueLocation>[(int)ItemKind.Gap + 1];
            for (var i = 0; i < defined.Length; i++)
            {
                defined[i] = new Dictionary<string, ValueLocation>(StringComparer.Ordinal);
            }

            return defined;
        }
    }
}
