using System.Collections.Generic;

namespace Cianopramine.Data.Loading;

/// <summary>A loaded dataset and the warnings its data raised (problems that do not stop a load, such as a metabolism cycle).</summary>
public sealed class DatasetLoadResult
{
    internal DatasetLoadResult(Dataset dataset, IReadOnlyList<DatasetProblem> warnings, IReadOnlyList<LeftOutItem> leftOut)
    {
        Dataset = dataset;
        Warnings = warnings;
        LeftOut = leftOut;
    }

    /// <summary>The dataset: complete and validated by the same rules as the source generator's.</summary>
    public Dataset Dataset { get; }

    /// <summary>The warnings, sorted by file, position and id; empty when there are none.</summary>
    public IReadOnlyList<DatasetProblem> Warnings { get; }

    /// <summary>
    /// The items left out of <see cref="Dataset"/> by a lenient load (<see cref="InvalidItemHandling.LeaveOut"/>): first
    /// the items with errors of their own, in file order, then the items left out because they referred to a left-out
    /// item (each after its <see cref="LeftOutItem.Cause"/>); each is also a CPD0035 warning in <see cref="Warnings"/>.
    /// Always empty for a strict load, which fails instead.
    /// </summary>
    public IReadOnlyList<LeftOutItem> LeftOut { get; }
}
