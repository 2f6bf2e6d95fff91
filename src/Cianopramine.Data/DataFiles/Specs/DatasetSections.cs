using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>The item sections of one file, or of a whole dataset once its files are merged.</summary>
internal sealed record DatasetSections
{
    /// <summary>No items.</summary>
    public static DatasetSections Empty { get; } = new();

    public ValueArray<ReferenceSpec> References { get; init; }

    public ValueArray<CompoundSpec> Compounds { get; init; }

    public ValueArray<TargetSpec> Targets { get; init; }

    public ValueArray<AssaySpec> Assays { get; init; }

    public ValueArray<ResultSpec> Results { get; init; }

    public ValueArray<TransformationSpec> Transformations { get; init; }

    public ValueArray<MechanismSpec> Mechanisms { get; init; }

    public ValueArray<GapSpec> Gaps { get; init; }
}
