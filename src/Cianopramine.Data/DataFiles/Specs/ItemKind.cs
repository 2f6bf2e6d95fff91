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
