using Cianopramine.Data.Benchmarks.Synthetic;
using Cianopramine.Data.Loading;

namespace Cianopramine.Data.Analysis.Tests.Synthetic;

/// <summary>A synthetic dataset of the benchmarks' shape, written once per size into a temporary folder and loaded.</summary>
internal static class SyntheticData
{
    private static readonly Dictionary<int, Lazy<Dataset>> Cache = new();

    public static Dataset Load(int results)
    {
        Lazy<Dataset> lazy;
        lock (Cache)
        {
            if (!Cache.TryGetValue(results, out lazy!))
            {
                Cache[results] = lazy = new Lazy<Dataset>(() => Build(results));
            }
        }

        return lazy.Value;
    }

    private static Dataset Build(int results)
    {
        var directory = Path.Combine(Path.GetTempPath(), "cianopramine-analysis-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var files = new SyntheticDatasetBuilder(results).WriteTo(directory);
            return DatasetLoader.Load(files.Select(DatasetSource.FromFile), new DatasetLoadOptions { MaxBytes = 256 * 1024 * 1024 }).Dataset;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
