using System.Text;
using Cianopramine.Data.Generator.Tests.Infrastructure;
using Cianopramine.Data.Reliability;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Cianopramine.Data.Generator.Tests;

/// <summary>The generator never throws, whatever the data files hold, and stops promptly when cancelled.</summary>
public sealed class RobustnessTests
{
    /// <summary>
    /// Hostile or broken data files, by name; each is built in the test, none is checked in. Nesting 10 000 levels deep
    /// is not here: <c>CorpusTests</c> runs each shape of <see cref="LimitInputs"/> through the generator and the loader
    /// with these checks and more (exactly CPD0028, at the same place both ways).
    /// </summary>
    private static readonly IReadOnlyDictionary<string, Func<SourceText?>> NastyInputs = new Dictionary<string, Func<SourceText?>>
    {
        ["empty"] = () => Text(string.Empty),
        ["byte-order-mark-only"] = () => Text("\uFEFF"),
        ["whitespace-only"] = () => Text(" \r\n\t \n"),
        ["null"] = () => Text("null"),
        ["empty-array"] = () => Text("[]"),
        ["empty-object"] = () => Text("{}"),
        ["top-level-string"] = () => Text("\"dataset\""),
        ["two-top-level-values"] = () => Text("{} {}"),
        ["dataset-is-a-number"] = () => Text("{ \"dataset\": 42 }"),
        ["dataset-is-an-array"] = () => Text("{ \"dataset\": [] }"),
        ["sections-of-the-wrong-type"] = () => Text(
            "{ \"dataset\": { \"id\": \"x\", \"title\": \"t\", \"version\": \"1\" }, \"references\": {}, \"compounds\": 1, " +
            "\"targets\": \"t\", \"assays\": [1, \"a\", null, []], \"results\": [{}], \"transformations\": [null], " +
            "\"mechanisms\": [true], \"gaps\": [[]] }"),
        ["random-bytes-as-utf8"] = () => SourceText.From(new MemoryStream(RandomBytes(64 * 1024, seed: 1))),
        ["random-bytes-as-latin1"] = () => Text(Encoding.Latin1.GetString(RandomBytes(64 * 1024, seed: 2))),
        ["random-json-characters"] = () => Text(RandomJsonCharacters(64 * 1024, seed: 3)),
        ["huge-string"] = () => Text("\"" + new string('x', 32 * 1024 * 1024) + "\""),
        ["huge-number"] = () => Text("{ \"dataset\": { \"id\": \"x\", \"title\": \"t\", \"version\": \"1\" }, \"references\": [{ \"id\": \"r\", \"kind\": \"book\", \"status\": \"not-checked\", \"year\": 1" + new string('0', 100_000) + " }] }"),
        ["lone-surrogate-escape"] = () => Text("{ \"dataset\": { \"id\": \"x\", \"title\": \"\\uD800\", \"version\": \"1\" } }"),
        ["lone-surrogate-character"] = () => Text("{ \"\uD800\": \"\uDC00\uD800\" }"),
        ["nul-characters"] = () => Text("{ \"dataset\"\0: \0 }"),
        ["many-duplicate-properties"] = () => Text("{ " + string.Join(", ", Enumerable.Repeat("\"dataset\": 1", 20_000)) + " }"),
        ["many-unknown-properties"] = () => Text("{ " + string.Join(", ", Enumerable.Range(0, 20_000).Select(i => "\"p" + i + "\": " + i)) + " }"),
        ["unreadable-file"] = () => null,
    };

    public static TheoryData<string> NastyInputNames => [.. NastyInputs.Keys];

    [Theory]
    [MemberData(nameof(NastyInputNames))]
    public void Nasty_file_does_not_make_the_generator_throw_and_is_reported_only_with_catalogue_diagnostics_that_name_it(string name)
    {
        var file = Nasty(name);

        var run = GeneratorHarness.Run([file]);

        run.Result.Exception.Should().BeNull();
        run.Diagnostics.Should().NotBeEmpty().And.OnlyContain(d =>
            d.Id.StartsWith("CPD", StringComparison.Ordinal) && d.Location.GetLineSpan().Path == file.Path);
        run.DriverDiagnostics.Should().OnlyContain(d => d.Id.StartsWith("CPD", StringComparison.Ordinal), "CS8785 would mean the generator threw");
        run.Sources.Where(s => !IsPlaceholder(s)).Should().BeEmpty("a file with errors gets at most a placeholder type");
        run.CompilationProblems().Should().BeEmpty();
    }

    private static bool IsPlaceholder(GeneratedSourceResult source) => source.SourceText.ToString().Contains("throw NotGenerated()", StringComparison.Ordinal);

    [Fact]
    public void Generator_does_not_throw_on_all_nasty_files_together_with_valid_data()
    {
        var deep = LimitInputs.NestingColumns.Keys.Select(shape => (AdditionalText)new InMemoryAdditionalText($"/lab/deep-{shape}.dataset.json", Text(LimitInputs.Nesting(shape))));
        var files = NastyInputs.Keys.Select(Nasty).Concat(deep).Concat(Fixtures.LibraryDataFiles()).ToList();

        var run = GeneratorHarness.Run(files, "Cianopramine.Data");

        run.Result.Exception.Should().BeNull();
        run.Diagnostics.Should().OnlyContain(d => d.Id.StartsWith("CPD", StringComparison.Ordinal));
        run.Sources.Where(s => !IsPlaceholder(s)).Select(s => s.HintName).Should().Equal("Cianopramine.Data.CianopramineDataset.g.cs");
        run.CompilationProblems().Should().BeEmpty();
    }

    [Fact]
    public void Huge_but_valid_text_is_emitted_as_code_that_compiles()
    {
        var title = new string('t', 4 * 1024 * 1024);
        var file = Fixtures.InMemory("huge.dataset.json", "{ \"dataset\": { \"id\": \"huge\", \"title\": \"" + title + "\", \"version\": \"1\" } }");

        var run = GeneratorHarness.Run([file]);

        GeneratorHarness.ExecuteDataset(run.OutputCompilation, "Lab.App.HugeDataset", d => d.Metadata.Title.Length).Should().Be(title.Length);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void A_file_name_with_a_line_break_stays_inside_the_generated_header_comment(string lineBreak)
    {
        // Linux allows any of these in a file name; the generator names its data files in a // comment, where a line
        // break would turn the rest of the name into code.
        var file = Fixtures.InMemory(
            "/data/lab" + lineBreak + "class Broken {" + lineBreak + ".dataset.json",
            "{ \"dataset\": { \"id\": \"lab\", \"title\": \"Lab\", \"version\": \"1\" } }");

        var run = GeneratorHarness.Run([file]);

        run.Diagnostics.Should().BeEmpty();
        run.CompilationProblems().Should().BeEmpty();
        var header = run.Sources.Single().SourceText.Lines[1].ToString();
        var spaces = new string(' ', lineBreak.Length);
        header.Should().Be("// Generated by Cianopramine.Data.Generator from: lab" + spaces + "class Broken {" + spaces + ".dataset.json");
        GeneratorHarness.ExecuteDataset(run.OutputCompilation, "Lab.App.LabDataset", d => d.Metadata.Title).Should().Be("Lab");
    }

    [Fact]
    public void Files_that_are_not_dataset_files_are_ignored()
    {
        var run = GeneratorHarness.Run([new InMemoryAdditionalText("/lab/notes.json", "not json at all")]);

        run.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Cancelled_token_makes_the_driver_throw_OperationCanceledException()
    {
        var driver = GeneratorHarness.CreateDriver(Fixtures.LibraryDataFiles());
        var compilation = GeneratorHarness.CreateCompilation();

        var act = () => driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out _, new CancellationToken(canceled: true));

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Cancellation_while_parsing_makes_the_driver_throw_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        var big = "{ \"dataset\": { \"id\": \"big\", \"title\": \"t\", \"version\": \"1\" }, \"references\": [" +
            string.Join(", ", Enumerable.Range(0, 50_000).Select(i => $"{{ \"id\": \"r{i}\", \"kind\": \"book\", \"status\": \"not-checked\" }}")) + "] }";
        var file = new CancellingAdditionalText("/lab/big.dataset.json", big, cancellation);
        var driver = GeneratorHarness.CreateDriver([file]);

        var act = () => driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out _, out _, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    private static AdditionalText Nasty(string name) => new InMemoryAdditionalText($"/lab/{name}.dataset.json", NastyInputs[name]());

    private static SourceText Text(string text) => SourceText.From(text, Encoding.UTF8);

    private static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string RandomJsonCharacters(int count, int seed)
    {
        const string Alphabet = "{}[],:\"\\ 0123456789.eE-+truefalsnl\n\tu";
        var random = new Random(seed);
        return new string(Enumerable.Range(0, count).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
    }

    /// <summary>A data file that cancels the run the moment the generator reads it, so cancellation hits mid-parse.</summary>
    private sealed class CancellingAdditionalText(string path, string text, CancellationTokenSource cancellation) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            cancellation.Cancel();
            return SourceText.From(text, Encoding.UTF8);
        }
    }
}
