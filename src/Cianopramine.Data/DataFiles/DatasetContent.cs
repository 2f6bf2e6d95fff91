using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// The items of a dataset, linked and in dataset order, without indexes: what a data file holds, as model objects.
/// The source generator writes it in the compact form, the library decodes and loads it into a <c>Dataset</c>, and
/// both write its canonical form for the content hash.
/// </summary>
internal sealed record DatasetContent
{
    /// <summary>Id, title, version, description, sources and content hash.</summary>
    public required DatasetMetadata Metadata { get; init; }

    public ValueArray<Reference> References { get; init; }

    public ValueArray<Compound> Compounds { get; init; }

    public ValueArray<Target> Targets { get; init; }

    public ValueArray<Assay> Assays { get; init; }

    public ValueArray<AssayResult> Results { get; init; }

    public ValueArray<MetabolicTransformation> Transformations { get; init; }

    public ValueArray<MechanismStatement> Mechanisms { get; init; }

    public ValueArray<DataGap> Gaps { get; init; }
}
