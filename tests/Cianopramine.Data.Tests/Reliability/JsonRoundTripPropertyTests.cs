using Cianopramine.Data.Reliability;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Export;
using CsCheck;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// Issue 7, part 2: random valid datasets, built through the model, exported with the serializer and loaded back,
/// give equal datasets. CsCheck shrinks a failing case to the smallest shape that still fails and prints its seed.
/// </summary>
public sealed class JsonRoundTripPropertyTests
{
    internal static readonly Gen<DatasetShape> Shapes =
        Gen.Select(Gen.Int[1, 4], Gen.Int[1, 5], Gen.Int[1, 3], Gen.Int[1, 3], Gen.Int[0, 12], Gen.Int[0, 4], Gen.Int[0, 3], Gen.Int[0, 2])
            .Select(x => new DatasetShape(x.Item1, x.Item2, x.Item3, x.Item4, x.Item5, x.Item6, x.Item7, x.Item8));

    internal static readonly Gen<DatasetCase> Datasets = Gen.Select(Shapes, Gen.Int, (shape, seed) => new DatasetCase(shape, seed));

    [Fact]
    public void Export_then_load_gives_an_equal_dataset()
    {
        Datasets.Sample(
            x =>
            {
                var built = x.Build();
                var json = DatasetJson.Export(built);

                var loaded = LoadOrExplain(json);

                // The loader computes the content hash; the model keeps the placeholder it was given.
                loaded.Should().Be(RandomDatasets.WithContentHash(built, loaded.Metadata.ContentHash), "loading what was exported gives the same facts:\n{0}", json);
            },
            iter: 300,
            print: x => x.ToString());
    }

    [Fact]
    public void Export_of_the_loaded_dataset_gives_the_same_bytes_and_the_same_hash()
    {
        Datasets.Sample(
            x =>
            {
                var built = x.Build();
                var first = DatasetJson.ExportUtf8(built);
                var loaded = LoadOrExplain(DatasetJson.Export(built));

                var second = DatasetJson.ExportUtf8(loaded);
                var again = LoadOrExplain(DatasetJson.Export(loaded));

                second.Should().Equal(first);
                again.Metadata.ContentHash.Should().Be(loaded.Metadata.ContentHash);
            },
            iter: 150,
            print: x => x.ToString());
    }

    [Fact]
    public void The_content_hash_does_not_depend_on_indentation()
    {
        Datasets.Sample(
            x =>
            {
                var built = x.Build();
                var indented = LoadOrExplain(DatasetJson.Export(built));
                var compact = LoadOrExplain(DatasetJson.Export(built, new DatasetJsonOptions { Indented = false }));

                compact.Should().Be(indented);
            },
            iter: 60,
            print: x => x.ToString());
    }

    private static Dataset LoadOrExplain(string json)
    {
        try
        {
            return Dataset.FromJson(json);
        }
        catch (DatasetLoadException e)
        {
            throw new Xunit.Sdk.XunitException("The exported JSON does not load: " + e.Message + "\n" + json);
        }
    }
}
