using System.Text;
using Cianopramine.Data.Reliability;
using Cianopramine.Data.Reliability.Fuzzing;
using Cianopramine.Data.Loading;

namespace Cianopramine.Data.Generator.Tests.Reliability;

/// <summary>
/// Issue 7, part 1: every file of the bad-data corpus (tests/Corpus/bad) run both ways, through the source generator
/// and through the runtime loader (<see cref="Oracle"/>): the generator reports exactly the expected ids, never throws
/// and never emits code that does not compile; the loader throws exactly one <see cref="DatasetLoadException"/>
/// listing the same ids at the same lines and columns with a JSON path (or, for a warning only, loads the dataset and
/// reports the warning), in bounded time and memory.
/// </summary>
public sealed class CorpusTests
{
    private static readonly TimeSpan GeneratorBudget = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan LoaderBudget = TimeSpan.FromSeconds(5);
    private const long LoaderAllocationBudget = 32L * 1024 * 1024;

    public static IEnumerable<object[]> BadFiles => Corpus.BadNames();

    public static IEnumerable<object[]> GoodFiles => Corpus.GoodNames();

    public static IEnumerable<object[]> FuzzFiles => Corpus.FuzzNames();

    [Fact]
    public void The_corpus_has_at_least_40_bad_files_each_with_its_expected_ids()
    {
        var cases = Corpus.Bad();

        cases.Should().HaveCountGreaterThanOrEqualTo(40);
        cases.Should().OnlyContain(c => c.Expected.Count > 0 && c.Description.Length > 0, "each file has NAME.expected.txt with a description and ids");
        cases.SelectMany(c => c.Expected).Should().OnlyContain(p => Diagnostics.All.ContainsKey(p.Id), "the ids come from the catalogue");
        Directory.GetFiles(Corpus.BadDirectory, "*" + Corpus.ExpectedSuffix).Should().HaveCount(cases.Count, "no expectation file lacks its data file");
    }

    [Fact]
    public void The_corpus_covers_every_kind_of_problem_issue_7_lists()
    {
        var ids = Corpus.Bad().SelectMany(c => c.Expected).Select(p => p.Id).ToHashSet();

        // truncated JSON, comments, trailing commas, NaN/Infinity, invalid UTF-8; wrong types; missing and duplicate keys;
        // duplicate ids; dangling references; unknown units and enums; magnitudes; empty names; self and cyclic
        // metabolism; formula/mass; CAS/InChIKey/PMID/DOI/UniProt; no reference.
        ids.Should().Contain(new[]
        {
            "CPD0001", "CPD0002", "CPD0003", "CPD0005", "CPD0006", "CPD0007", "CPD0008", "CPD0009", "CPD0010", "CPD0011",
            "CPD0012", "CPD0013", "CPD0014", "CPD0015", "CPD0020", "CPD0022", "CPD0024", "CPD0025", "CPD0026", "CPD0027",
        });
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Bad_file_gives_its_diagnostics_through_the_generator_and_the_loader(string name)
    {
        var file = Corpus.BadCase(name);

        var result = Oracle.Check(file.Path, file.ReadBytes());

        result.Violations.Should().BeEmpty();
        result.GeneratorProblems.Select(p => p.Id).Should().Equal(file.Expected.Select(p => p.Id), "the generator reports exactly the expected ids");
        result.LoaderProblems.Select(p => p.Id).Should().Equal(file.Expected.Select(p => p.Id), "the loader lists the same ids");
        result.Loaded.Should().Be(!file.MustFail, "a file with an error never loads; a warning alone does");
        (result.GeneratedSources > 0).Should().Be(!file.MustFail, "a dataset with an error generates no dataset (at most a placeholder)");
        for (var i = 0; i < file.Expected.Count; i++)
        {
            var expected = file.Expected[i];
            if (expected.Line is not null)
            {
                result.LoaderProblems[i].Should().BeEquivalentTo(
                    new { expected.Line, expected.Column, JsonPath = expected.JsonPath ?? result.LoaderProblems[i].JsonPath },
                    options => options.ExcludingMissingMembers());
            }
        }

        result.GeneratorTime.Should().BeLessThan(GeneratorBudget);
        result.LoaderTime.Should().BeLessThan(LoaderBudget);
        result.LoaderAllocatedBytes.Should().BeLessThan(LoaderAllocationBudget);
    }

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public void Good_file_with_an_unusual_encoding_generates_and_loads_the_same_dataset(string name)
    {
        var path = Corpus.GoodPath(name);

        var result = Oracle.Check(path, File.ReadAllBytes(path));

        result.Violations.Should().BeEmpty();
        result.GeneratorProblems.Should().BeEmpty();
        result.Loaded.Should().BeTrue();
        result.GeneratedSources.Should().Be(1);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_and_ignored_both_ways()
    {
        var withBom = File.ReadAllBytes(Corpus.GoodPath("byte-order-mark"));
        withBom.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF });

        var with = Oracle.Check("/lab/bom.dataset.json", withBom);
        var without = Oracle.Check("/lab/bom.dataset.json", withBom[3..]);

        with.Violations.Should().BeEmpty();
        with.LoadedDataset.Should().Be(without.LoadedDataset, "the mark changes nothing, not even the content hash");
    }

    public static IEnumerable<object[]> NestingShapes => LimitInputs.NestingShapes();

    [Theory]
    [MemberData(nameof(NestingShapes))]
    public void Nesting_10000_deep_is_CPD0028_both_ways_at_the_65th_level_in_bounded_time(string shape)
    {
        var result = Oracle.Check("/lab/deep.dataset.json", Encoding.UTF8.GetBytes(LimitInputs.Nesting(shape)));

        result.Violations.Should().BeEmpty("the generator neither throws nor reports outside the catalogue, and both paths agree");
        result.GeneratorProblems.Select(p => p.Id).Should().Equal("CPD0028");
        result.LoaderProblems.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Id = "CPD0028", Line = 1, Column = LimitInputs.NestingColumns[shape], JsonPath = "$", Message = LimitInputs.NestingMessage },
            options => options.ExcludingMissingMembers());
        result.GeneratedSources.Should().Be(0);
        result.LoaderTime.Should().BeLessThan(LoaderBudget);
        result.GeneratorTime.Should().BeLessThan(GeneratorBudget);
    }

    [Fact]
    public void A_50_MB_file_is_read_by_the_generator_without_an_exception_and_rejected_by_the_loaders_size_limit()
    {
        // 50 MB of padding in a "$comment", then one real problem: the generator (limit 256 MiB) reads it all and
        // reports that problem; the loader (limit 16 MiB) rejects the size before reading any of it (LoaderCorpusTests
        // checks each loader entry point's time and memory on the same file).
        var bytes = LimitInputs.FiftyMegabyteFile();
        bytes.Length.Should().BeGreaterThan(50_000_000);

        var violations = new List<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (problems, sources, _, _, _) = Oracle.RunGenerator("/lab/big.dataset.json", Encoding.UTF8.GetString(bytes), violations);
        clock.Stop();

        violations.Should().BeEmpty();
        problems.Select(p => (p.Id, p.Line, p.Column)).Should().Equal(("CPD0006", LimitInputs.FiftyMegabyteProblemLine, LimitInputs.FiftyMegabyteProblemColumn));
        sources.Should().Be(0);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));

        var load = () => DatasetLoader.Load(new[] { DatasetSource.FromUtf8(bytes, "/lab/big.dataset.json") });
        load.Should().ThrowExactly<DatasetLoadException>().Which.Problems.Select(p => p.Id).Should().Equal("CPD0028");
    }

    [Theory]
    [MemberData(nameof(FuzzFiles))]
    public void Input_the_fuzzer_once_broke_things_with_now_behaves_both_ways(string name)
    {
        if (name == "(none)")
        {
            return; // the fuzzer has found nothing yet
        }

        var path = Corpus.FuzzPath(name);

        var result = Oracle.Check(path, File.ReadAllBytes(path));

        result.Violations.Should().BeEmpty();
        result.LoaderTime.Should().BeLessThan(LoaderBudget);
        result.GeneratorTime.Should().BeLessThan(GeneratorBudget);
    }
}
