using System.Text;
using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Model;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Serialization;

/// <summary>Runtime loading: sources, multi-file datasets, limits, and one exception listing every problem.</summary>
public class LoaderTests
{
    [Fact]
    public void The_embedded_datasets_own_json_files_load_into_a_dataset_equal_to_the_generated_one()
    {
        var loaded = DatasetLoader.Load(SerializationTestFiles.EmbeddedDataFiles.Select(DatasetSource.FromFile)).Dataset;

        loaded.Should().Be(CianopramineDataset.Instance);
    }

    [Fact]
    public void A_valid_file_loads_with_its_values_typed_and_its_entities_shared()
    {
        var data = Dataset.FromJson(SampleData.Dataset());

        var result = data.AllResults.Get("r1");
        var value = result.Value.Should().BeOfType<QuantitativeValue>().Subject;
        value.Magnitude.Should().Be(new Quantity(0.00005m, Unit.Molar));
        value.Concentration!.Value.ToMicromolar().Should().Be(50m);
        result.Compound.Should().BeSameAs(data.Compounds.Get("parent"));
        result.References[0].Should().BeSameAs(data.References.Get("lab1985"));
        data.Metadata.Sources.Should().ContainSingle().Which.Should().BeSameAs(data.References.Get("lab1985"));
        data.Metadata.ContentHash.Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public void The_content_hash_computed_when_first_read_is_that_of_the_canonical_form_and_equality_does_not_depend_on_it()
    {
        var json = SampleData.Dataset();
        var a = Dataset.FromJson(json);
        var b = Dataset.FromJson("\n" + json);

        // Neither hash read yet: equality and the hash code compute them.
        a.Metadata.Should().Be(b.Metadata);
        a.Metadata.GetHashCode().Should().Be(b.Metadata.GetHashCode());
        a.Metadata.ContentHash.Should().Be(CanonicalSink.ComputeHash(a.Content));
        (a.Metadata with { Title = "other" }).ContentHash.Should().Be(a.Metadata.ContentHash);
        Dataset.FromJson(SampleData.Dataset(results: SampleData.Result.Replace("\"r1\"", "\"r0\""))).Metadata.ContentHash
            .Should().NotBe(a.Metadata.ContentHash);
    }

    [Fact]
    public void A_dataset_split_over_sources_equals_the_same_dataset_in_one_source()
    {
        var whole = SampleData.Dataset(results: SampleData.Result + ", " + SampleData.Result.Replace("\"r1\"", "\"r0\""));
        var part = """{ "dataset": "lab", "results": [ """ + SampleData.Result.Replace("\"r1\"", "\"r0\"") + " ] }";

        // Items are merged in ordinal order of the source names: "a" (the manifest's) before "b".
        var split = DatasetLoader.Load(new[] { DatasetSource.FromJson(part, "b.dataset.json"), DatasetSource.FromJson(SampleData.Dataset(), "a.dataset.json") }).Dataset;

        split.Should().Be(Dataset.FromJson(whole));
    }

    [Fact]
    public void Every_problem_of_a_bad_file_is_listed_in_one_exception_in_file_order()
    {
        var json = SampleData.Dataset(
            references: SampleData.Reference.Replace("abstract-read", "skimmed"),
            results: SampleData.Result.Replace("\"M\"", "\"mol\""),
            mechanisms: SampleData.Mechanism.Replace("\"SERT\"", "\"NET\""));

        var problems = ((Action)(() => Dataset.FromJson(json))).Should().Throw<DatasetLoadException>().Which.Problems;

        problems.Select(p => p.Id).Should().Equal("CPD0005", "CPD0006", "CPD0008");
        problems.Should().OnlyContain(p => p.File == "<json>" && p.IsError);
        problems[1].JsonPath.Should().Be("$.results[0].value.unit");
        (problems[1].Line, problems[1].Column).Should().Be(SampleData.PositionOf(json, "\"mol\""));
        problems[2].JsonPath.Should().Be("$.mechanisms[0].targets[0]");
    }

    [Fact]
    public void The_exception_message_lists_the_problems_as_a_compiler_would()
    {
        var json = SampleData.Dataset(assays: SampleData.Assay.Replace("in-vitro", "in-silico"));

        var exception = ((Action)(() => Dataset.FromJson(json))).Should().Throw<DatasetLoadException>().Which;

        var (line, column) = SampleData.PositionOf(json, "\"in-silico\"");
        exception.Message.Should().StartWith("The dataset could not be loaded: 1 error.")
            .And.Contain($"<json>({line},{column}): error CPD0005: 'in-silico' is not a valid assay setting")
            .And.EndWith("[$.assays[0].setting]");
    }

    [Fact]
    public void CPD0001_a_syntax_error_has_its_line_and_column()
    {
        var json = "{\n  \"dataset\": { \"id\": \"lab\" \"title\": \"x\" }\n}";

        var problem = LoadProblems(json).Should().ContainSingle().Subject;

        problem.Id.Should().Be("CPD0001");
        (problem.Line, problem.Column).Should().Be((2, 28));
        problem.JsonPath.Should().Be("$");
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void CPD0001_NaN_and_Infinity_are_not_JSON_numbers(string literal)
    {
        var json = SampleData.Dataset(results: SampleData.Result.Replace("5e-5", literal));

        var problem = LoadProblems(json).Should().ContainSingle().Subject;

        problem.Id.Should().Be("CPD0001");
        var (line, column) = SampleData.PositionOf(json, literal);
        problem.Line.Should().Be(line);
        problem.Column.Should().BeInRange(column, column + 1);
    }

    // A number beyond a double (1e400, 1e999) is the shared diagnostic case CPD0010-non-finite-concentration
    // (Reliability/Shared/DiagnosticCases.cs); nesting past the depth limit is CPD0028-nested-too-deep.
    [Theory]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e-40")]
    public void CPD0010_a_magnitude_that_overflows_or_underflows_a_decimal_is_rejected(string number)
    {
        var json = SampleData.Dataset(results: SampleData.Result.Replace("5e-5", number));

        var problem = LoadProblems(json).Should().ContainSingle().Subject;

        problem.Should().BeEquivalentTo(new { Id = "CPD0010", JsonPath = "$.results[0].value.value" });
        (problem.Line, problem.Column).Should().Be(SampleData.PositionOf(json, number));
    }

    [Fact]
    public void CPD0028_input_larger_than_the_limit_is_rejected_before_it_is_read()
    {
        var json = SampleData.Dataset();

        var load = () => Dataset.FromJson(json, new DatasetLoadOptions { MaxBytes = 100 });

        var problem = load.Should().Throw<DatasetLoadException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Should().BeEquivalentTo(new { Id = "CPD0028", Line = 1, Column = 1, JsonPath = "$" });
        problem.Message.Should().Contain("100");
    }

    [Fact]
    public void CPD0028_a_stream_longer_than_the_limit_is_not_read_to_its_end()
    {
        using var endless = new EndlessStream();

        var load = () => DatasetLoader.Load(new[] { DatasetSource.FromStream(endless) }, new DatasetLoadOptions { MaxBytes = 1000 }).Dataset;

        load.Should().Throw<DatasetLoadException>().Which.Problems.Should().ContainSingle().Which.Id.Should().Be("CPD0028");
        endless.BytesRead.Should().BeLessThan(100_000);
    }

    [Fact]
    public void CPD0023_sources_holding_two_datasets_are_not_loaded_as_one()
    {
        var other = SampleData.Dataset(manifest: SampleData.Manifest.Replace("\"lab\"", "\"other\""));

        var load = () => DatasetLoader.Load(new[] { DatasetSource.FromJson(SampleData.Dataset(), "a.json"), DatasetSource.FromJson(other, "b.json") });

        var problem = load.Should().Throw<DatasetLoadException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Should().BeEquivalentTo(new { Id = "CPD0023", File = "b.json", Line = 2, Column = 22, JsonPath = "$.dataset.id" });
        problem.Message.Should().Contain("'other'").And.Contain("'lab'");
    }

    [Fact]
    public void A_missing_file_is_a_load_problem_not_an_IO_exception()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".dataset.json");

        var load = () => Dataset.FromFile(path);

        var problem = load.Should().Throw<DatasetLoadException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Should().BeEquivalentTo(new { Id = "CPD0042", File = path, Line = 1, Column = 1 });
        problem.Message.Should().Be("The input could not be read: the file does not exist", "a missing file is not 'not valid JSON'");
    }

    [Fact]
    public void Files_streams_bytes_and_text_load_the_same_dataset()
    {
        var json = SampleData.Dataset();
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".dataset.json");
        File.WriteAllText(path, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            var fromText = Dataset.FromJson(json);
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

            Dataset.FromFile(path).Should().Be(fromText);
            DatasetLoader.Load(new[] { DatasetSource.FromStream(stream) }).Dataset.Should().Be(fromText);
            DatasetLoader.Load(new[] { DatasetSource.FromUtf8(Encoding.UTF8.GetBytes(json)) }).Dataset.Should().Be(fromText);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Loading_asynchronously_gives_the_same_dataset()
    {
        var json = SampleData.Dataset();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var loaded = (await DatasetLoader.LoadAsync(new[] { DatasetSource.FromStream(stream) })).Dataset;

        loaded.Should().Be(Dataset.FromJson(json));
    }

    [Fact]
    public void Loading_honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var load = () => DatasetLoader.Load(new[] { DatasetSource.FromJson(SampleData.Dataset()) }, cancellationToken: cancelled.Token);

        load.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Arguments_are_checked()
    {
        ((Action)(() => DatasetLoader.Load(Array.Empty<DatasetSource>()))).Should().Throw<ArgumentException>();
        ((Action)(() => Dataset.FromJson(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => _ = new DatasetLoadOptions { MaxBytes = 0 })).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_default_limits_are_16_MiB_and_64_levels()
    {
        DatasetLoadOptions.Default.MaxBytes.Should().Be(16 * 1024 * 1024);
        DatasetLoadOptions.MaxDepth.Should().Be(64);
    }

    private static IReadOnlyList<DatasetProblem> LoadProblems(string json) =>
        ((Action)(() => Dataset.FromJson(json))).Should().Throw<DatasetLoadException>().Which.Problems;

    /// <summary>A stream that never ends, counting what is read from it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
