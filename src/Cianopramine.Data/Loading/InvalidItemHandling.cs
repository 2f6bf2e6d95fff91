namespace Cianopramine.Data.Loading;

/// <summary>What a load does with an item (a compound, a result …) that breaks a rule of the format.</summary>
public enum InvalidItemHandling
{
    /// <summary>The default: any error fails the whole load with a <see cref="DatasetLoadException"/> listing every problem.</summary>
    Fail,

    /// <summary>
    /// The item is left out, and so is every item that refers to it (a result of a left-out compound), so nothing
    /// survives half-linked. Each is listed in <see cref="DatasetLoadResult.LeftOut"/> and reported as a CPD0035 warning.
    /// Problems of a file or of the manifest (invalid JSON, no manifest, a limit exceeded) still fail the load.
    /// </summary>
    LeaveOut,
}
