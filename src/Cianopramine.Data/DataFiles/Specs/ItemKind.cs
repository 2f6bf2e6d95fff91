using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.DataFiles;

/// <summary>The kinds of items that have ids; used in messages and for id lookups.</summary>
internal enum ItemKind
{
    /// <summary>The dataset itself (its manifest).</summary>
    Dataset,

    /// <summary>A literature reference.</summary>
    Reference,

    /// <summary>A compound.</summary>
    Compound,

    /// <summary>A target.</summary>
    Target,

    /// <summary>An assay.</summary>
    Assay,

    /// <summary>An assay result.</summary>
    Result,

    /// <summary>A metabolic transformation.</summary>
    Transformation,

    /// <summary>A mechanism statement.</summary>
    Mechanism,

    /// <summary>A stated data gap.</summary>
    Gap,
}

/// <summary>The words of <see cref="ItemKind"/>, as the rules' messages name the kinds.</summary>
internal static class ItemKinds
{
    public static readonly EnumWordTable<ItemKind> Words = new(
        "item kind",
        ("dataset", ItemKind.Dataset, "dataset"),
        ("reference", ItemKind.Reference, "reference"),
        ("compound", ItemKind.Compound, "compound"),
        ("target", ItemKind.Target, "target"),
        ("assay", ItemKind.Assay, "assay"),
        ("result", ItemKind.Result, "result"),
        ("transformation", ItemKind.Transformation, "transformation"),
        ("mechanism", ItemKind.Mechanism, "mechanism statement"),
        ("gap", ItemKind.Gap, "data gap"));
}
