using System.Collections.Generic;

namespace Cianopramine.Data.Loading;

/// <summary>A loaded dataset and the warnings its data raised (problems that do not stop a load, such as a metabolism cycle).</summary>
public sealed class DatasetLoadResult
{
    internal DatasetLoadResult(Dataset dataset, IReadOnlyList<DatasetProblem> warnings)
    {
        Dataset = dataset;
        Warnings = warnings;
    }

    /// <summary>The dataset: complete and validated by the same rules as the source generator's.</summary>
    public Dataset Dataset { get; }

    /// <summary>The warnings, sorted by file, position and id; empty when there are none.</summary>
    public IReadOnlyList<DatasetProblem> Warnings { get; }
}
