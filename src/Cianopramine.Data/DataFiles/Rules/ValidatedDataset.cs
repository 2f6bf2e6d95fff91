using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>The outcome of <see cref="DatasetValidator.Validate(System.Collections.Generic.IEnumerable{DatasetFileResult}, System.Threading.CancellationToken)"/>: the datasets and every diagnostic.</summary>
internal sealed record ValidatedDataset
{
    /// <summary>One entry per dataset that has a manifest, in ordinal order of the manifest's file path.</summary>
    public required ValueArray<DatasetSpec> Datasets { get; init; }

    /// <summary>
    /// Every diagnostic (the files' and the semantic rules'), sorted by file path (ordinal), offset, then id.
    /// </summary>
    public required ValueArray<DatasetDiagnostic> Diagnostics { get; init; }

    /// <summary>The items left out because their errors were accepted; empty in strict validation.</summary>
    public ValueArray<LeftOutSpec> LeftOut { get; init; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var d in Diagnostics)
            {
                if (d.IsError)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
