using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Cianopramine.Data.Benchmarks.Synthetic;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Benchmarks.RealShape;

/// <summary>
/// The real-shaped datasets (a ChEMBL target slice, issue 14) at 7,014 results and 10× that, loaded once per process
/// with the runtime loader, and the same results as plain records for the LINQ scans.
/// </summary>
internal sealed class RealShapeData
{
    /// <summary>The sizes: the real table's 7,014 results and 10× it.</summary>
    public static readonly int[] Sizes = [7_014, 70_140];

    private static readonly ConcurrentDictionary<int, RealShapeData> Loaded = new();

    private RealShapeData(int results)
    {
        var files = SyntheticDatasets.RealShapedFiles(results);
        Dataset = DatasetLoader.Load(files.Select(DatasetSource.FromFile), new DatasetLoadOptions { MaxBytes = 1 << 30 }).Dataset;
        Rows = Dataset.AllResults.Items.Select(Row.Of).ToList();
        CompoundRows = Dataset.Compounds.Items.Select(c => new CompoundRow(c.Id, c.Name, c)).ToList();
    }

    public Dataset Dataset { get; }

    /// <summary>Every result as a plain record, the molar value computed once (the fastest form a LINQ scan can get).</summary>
    public List<Row> Rows { get; }

    public List<CompoundRow> CompoundRows { get; }

    public static RealShapeData Of(int results) => Loaded.GetOrAdd(results, static r => new RealShapeData(r));

    /// <summary>A result as a LINQ user would keep it: ids, parameter, relation, the molar value as a decimal, setting.</summary>
    internal sealed record Row(string Id, string CompoundId, string TargetId, ActivityParameter? Parameter, Relation Relation, decimal? Molar, AssaySetting Setting, AssayResult Result)
    {
        public static Row Of(AssayResult r) => r.Value is QuantitativeValue q
            ? new Row(r.Id, r.Compound.Id, r.Target.Id, q.Parameter, q.Relation, q.Concentration?.ToMolar(), r.Assay.Setting, r)
            : new Row(r.Id, r.Compound.Id, r.Target.Id, null, Relation.EqualTo, null, r.Assay.Setting, r);

        /// <summary>The censoring rule of "below t" (docs/querying.md), written as a LINQ user would.</summary>
        public bool CertainlyBelow(decimal t) => Molar is { } v && Relation switch
        {
            Relation.EqualTo or Relation.Approximately => v < t,
            Relation.LessThan => v <= t,
            Relation.LessThanOrEqual => v < t,
            _ => false,
        };

        /// <summary>The censoring rule of "at most t".</summary>
        public bool CertainlyAtMost(decimal t) => Molar is { } v && Relation switch
        {
            Relation.EqualTo or Relation.Approximately => v <= t,
            Relation.LessThan or Relation.LessThanOrEqual => v <= t,
            _ => false,
        };

        public bool UpperBounded => Molar is not null && Relation is not (Relation.GreaterThan or Relation.GreaterThanOrEqual);

        public int RelationRank => Relation switch
        {
            Relation.LessThan => 0,
            Relation.LessThanOrEqual => 1,
            _ => 2,
        };
    }

    internal sealed record CompoundRow(string Id, string Name, Compound Compound);
}
