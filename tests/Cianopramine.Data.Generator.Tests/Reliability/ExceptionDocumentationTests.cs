using System.Collections.Immutable;
using System.Text;
using Cianopramine.Data.Generator.Tests.Docs;
using Cianopramine.Data.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Cianopramine.Data.Generator.Tests.Reliability;

/// <summary>
/// Issue 15: every exception that can leave a public member of the three packages is documented on it with an
/// <c>&lt;exception cref="…"&gt;</c> element in the XML docs the build ships. The packages' source is compiled here
/// with Roslyn and every public member's escaping exceptions are found (<see cref="ThrowAnalysis"/>: its own throws and
/// guards, and those of everything of the same package it calls, less what it catches); each must be documented on the
/// member (the type or a base type more specific than <see cref="SystemException"/>). <c>ArgumentNullException</c> is
/// also checked by calling every member with null (<c>NullArgumentTests</c> in the core tests); the behaviour of a
/// sample of entry points with bad input is checked by <see cref="ExceptionBehaviourTests"/>.
/// </summary>
public sealed class ExceptionDocumentationTests
{
    /// <summary>The three packages this repository ships.</summary>
    public static TheoryData<string> Packages() => [.. PackageNames];

    private static readonly string[] PackageNames = ["Cianopramine.Data", "Cianopramine.Data.Import", "Cianopramine.Data.Analysis"];

    /// <summary>
    /// Exceptions the analysis finds a path to that cannot leave the method, by the method's documentation id (a
    /// private or internal method, so that every caller benefits, or a public one) and the exception's; each entry
    /// says why. Two kinds: a throw that asserts the library's own invariant (reached only through a bug of the
    /// library, never through a caller's argument or data that loads), and a call made only after a check that rules
    /// out what the callee would throw. These are not documented on the public members above them.
    /// </summary>
    private static readonly Dictionary<(string Method, string Exception), string> CannotHappen = new()
    {
        [("M:Cianopramine.Data.Vocabulary.EnumWords.For``1", "T:System.InvalidOperationException")] = "Assertion: every enumeration of the model has its word table (EnumWords' static constructor registers them; EnumWordsTests checks every enumeration).",
        [("M:Cianopramine.Data.Display.HtmlBuilder.Close(System.String)", "T:System.InvalidOperationException")] = "Assertion: the renderers close the elements they open, in order; every rendering is run by the HTML tests.",
        [("M:Cianopramine.Data.Display.HtmlBuilder.Write(System.String)", "T:System.InvalidOperationException")] = "Assertion: nothing writes after CloseAfterLimit (the renderer's catch is the last thing it runs).",
        [("M:Cianopramine.Data.Analysis.DatasetTables.ResultRows*", "T:System.InvalidOperationException")] = "Assertion: the dataset's own JSON export lists the results in the model's order.",
        [("M:Cianopramine.Data.Querying.ResultQuery.Accepts*", "T:System.ArgumentOutOfRangeException")] = "Reads the thresholds at indexes of this query's own list.",
        [("M:Cianopramine.Data.Display.DatasetHtml.*", "T:Cianopramine.Data.Display.HtmlBuilder.LimitReachedException")] = "Thrown inside the writer that DatasetHtml.Render runs in a try that catches it (the analysis counts the lambda passed to Render as part of the member that holds it).",
        [("M:Cianopramine.Data.Model.ResultValue.Match``1(System.Func{Cianopramine.Data.Model.QuantitativeValue,``0},System.Func{Cianopramine.Data.Model.QualitativeValue,``0},System.Func{Cianopramine.Data.Model.ComparativeValue,``0})", "T:System.InvalidOperationException")] = "Assertion: ResultValue's constructor is private protected and its three subclasses are sealed, so every value is one of the three.",
        [("M:Cianopramine.Data.DataFiles.CompactReader.Int", "T:System.OverflowException")] = "Reads only what CompactSink wrote (the generator's output, or a merge's relink in memory), never outside input.",
        [("M:Cianopramine.Data.Embedding.GeneratedDatasets.Build*", "T:System.ArgumentException")] = "Reads only what the generator wrote after validating the data (unique ids: CPD0007), for this very format version (checked first).",
        [("M:Cianopramine.Data.Analysis.DatasetTables.Items*", "T:System.InvalidOperationException")] = "Assertion: the dataset's own JSON export lists each section in the model's order.",
        [("M:Cianopramine.Data.Analysis.DatasetTables.Build*", "T:System.Text.Json.JsonException")] = "Parses the JSON that Dataset.WriteJson has just written.",
        [("M:Cianopramine.Data.Analysis.DatasetTables.ToDataFrame", "T:System.NotSupportedException")] = "The package's own results table holds only column types that ToDataFrame(RecordBatch) maps (strings, doubles, integers, booleans, lists of strings).",
        [("M:Cianopramine.Data.Analysis.DatasetTables.WriteColumnAsync*", "T:System.NotSupportedException")] = "Writes only the package's own tables, whose column types all have a Parquet mapping (ParquetTables.FieldOf).",
        [("M:Cianopramine.Data.Merging.DatasetMerger.Differences*", "T:System.Text.Json.JsonException")] = "Parses the JSON the library itself has just written for an item.",
        [("M:Cianopramine.Data.Model.QuantitativeValue.get_PValue", "T:System.InvalidOperationException")] = "Calls ToPValue only when the concentration is above 0 M.",
        [("M:Cianopramine.Data.Querying.ConcentrationThreshold.FromPValue(Cianopramine.Data.Querying.ThresholdComparison,Cianopramine.Data.Units.PValue)", "T:System.InvalidOperationException")] = "Calls ToConcentration only for a p-value of at least -16 (PValue.MinForConcentration).",
        [("M:Cianopramine.Data.Querying.ResultQuery.WithPValue*", "T:System.ArgumentOutOfRangeException")] = "Passes a defined ThresholdComparison constant.",
        [("M:Cianopramine.Data.Querying.ResultQuery.Below(Cianopramine.Data.Units.MolarConcentration)", "T:System.ArgumentOutOfRangeException")] = "Passes the defined comparison Below.",
        [("M:Cianopramine.Data.Querying.ResultQuery.AtMost(Cianopramine.Data.Units.MolarConcentration)", "T:System.ArgumentOutOfRangeException")] = "Passes the defined comparison AtMost.",
        [("M:Cianopramine.Data.Querying.ResultQuery.Above(Cianopramine.Data.Units.MolarConcentration)", "T:System.ArgumentOutOfRangeException")] = "Passes the defined comparison Above.",
        [("M:Cianopramine.Data.Querying.ResultQuery.AtLeast(Cianopramine.Data.Units.MolarConcentration)", "T:System.ArgumentOutOfRangeException")] = "Passes the defined comparison AtLeast.",
        [("M:Cianopramine.Data.Querying.ResultQuery.RangeOf*", "T:System.ArgumentOutOfRangeException")] = "The plan's driver is the index of one of this query's thresholds.",
        [("M:Cianopramine.Data.Units.MolarConcentration.ToString(System.String,System.IFormatProvider)", "T:System.ArgumentOutOfRangeException")] = "Formats in ReadableUnit(), a defined unit.",
        [("M:Cianopramine.Data.Units.Quantity.TryGetConcentration(Cianopramine.Data.Units.MolarConcentration@)", "T:System.ArgumentOutOfRangeException")] = "Converts only with the molar unit TryGetMolarUnit returned, a defined one.",
        [("M:Cianopramine.Data.Export.ResultCsv.Organisms*", "T:System.ArgumentOutOfRangeException")] = "Species come from loaded or generated data, whose reader accepts only defined species.",
        [("M:Cianopramine.Data.Display.DatasetHtml.WritePathway*", "T:System.ArgumentOutOfRangeException")] = "Draws the diagram with the defined format DiagramFormat.Mermaid.",
        [("M:Cianopramine.Data.Display.DatasetHtml.ToHtml(Cianopramine.Data.Model.Reference,Cianopramine.Data.Display.HtmlDisplayOptions)", "T:System.ArgumentException")] = "Passes a one-item list of the reference it has checked for null.",
        [("M:Cianopramine.Data.Dataset.FromJson(System.String,Cianopramine.Data.Loading.DatasetLoadOptions)", "T:System.ArgumentException")] = "Passes one source, never null.",
        [("M:Cianopramine.Data.Dataset.FromJson(System.String,Cianopramine.Data.Loading.DatasetLoadOptions)", "T:System.OperationCanceledException")] = "Passes no cancellation token (the default cannot be cancelled) and reads a string.",
        [("M:Cianopramine.Data.Dataset.FromFile(System.String,Cianopramine.Data.Loading.DatasetLoadOptions)", "T:System.OperationCanceledException")] = "Passes no cancellation token (the default cannot be cancelled).",
        [("M:Cianopramine.Data.Dataset.Merge(Cianopramine.Data.Dataset,Cianopramine.Data.Dataset)", "T:System.ArgumentException")] = "Passes two datasets, each checked for null first.",
        [("M:Cianopramine.Data.Import.ImportResult.Load(System.String)", "T:System.ArgumentException")] = "Passes one source, never null.",
        [("M:Cianopramine.Data.Import.ImportResult.Load(System.String)", "T:System.OperationCanceledException")] = "Passes no cancellation token and reads a string.",
        [("M:Cianopramine.Data.Analysis.DatasetTableReader.Collector.Load*", "T:System.ArgumentException")] = "Passes one source, never null.",
        [("M:Cianopramine.Data.Analysis.DatasetTableReader.Collector.Load*", "T:System.OperationCanceledException")] = "Passes no cancellation token and reads a string.",
    };

    [Fact]
    public void Every_entry_of_the_cannot_happen_table_still_removes_a_path()
    {
        var stale = PackageNames.Select(package => Analyse(package).Analysis.UnusedEntries().ToHashSet())
            .Aggregate((unused, inPackage) => { unused.IntersectWith(inPackage); return unused; });

        stale.Select(entry => entry.Method + " " + entry.Exception).Should().BeEmpty("an entry whose path is gone must leave the table");
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_exception_that_can_leave_a_public_member_is_documented_on_it(string package)
    {
        var (analysis, docs, members) = Analyse(package);

        var problems = Check(analysis, docs, members);

        members.Should().HaveCountGreaterThan(package == "Cianopramine.Data" ? 500 : 15, "the check must reach the package's public members");
        problems.Should().BeEmpty(string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_analysis_compiles_the_packages_source_without_errors_that_hide_calls()
    {
        foreach (var package in PackageNames)
        {
            var compilation = Compile(package);

            // Errors leave calls unresolved, and an unresolved call is one the analysis cannot follow. Only the code
            // that generators write at build time is missing here: the core's embedded dataset (its own generator) and
            // a [GeneratedRegex] of the importers.
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !IsGeneratedAtBuildTime(d))
                .Select(d => package + ": " + d.ToString())
                .Take(20)
                .ToList();
            errors.Should().BeEmpty(string.Join(Environment.NewLine, errors));
        }
    }

    private static bool IsGeneratedAtBuildTime(Diagnostic error)
    {
        var message = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        if (message.Contains("CianopramineDataset", StringComparison.Ordinal))
        {
            return true;
        }

        if (error.Id == "CS8795" && error.Location.SourceTree is { } tree)
        {
            var line = error.Location.GetLineSpan().StartLinePosition.Line;
            return line > 0 && tree.GetText().Lines[line - 1].ToString().Contains("[GeneratedRegex(", StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>
    /// The check must be able to fail: a public method that throws through a private helper, a guard, a rethrow and a
    /// call to another public member, without documenting it, is reported; one that documents it, or catches it, is not.
    /// </summary>
    [Fact]
    public void The_check_finds_exceptions_thrown_directly_through_helpers_and_through_other_public_members()
    {
        const string Source = """
            using System;
            using System.Threading;
            namespace Probe;
            /// <summary>Probe.</summary>
            public static class Api
            {
                /// <summary>Throws directly, undocumented.</summary>
                /// <param name="x">x.</param>
                public static void Direct(int x) { if (x < 0) throw new ArgumentOutOfRangeException(nameof(x)); }

                /// <summary>Throws through a helper two levels down, undocumented.</summary>
                public static int ThroughHelper() => Helper();

                /// <summary>Throws through a helper, documented.</summary>
                /// <exception cref="FormatException">Always.</exception>
                public static int Documented() => Helper();

                /// <summary>Documents a base type more specific than SystemException.</summary>
                /// <param name="x">x.</param>
                /// <exception cref="ArgumentException">x is negative.</exception>
                public static void DocumentedBase(int x) => Direct(x);

                /// <summary>Passes its argument to a public member that rejects it, undocumented.</summary>
                /// <param name="x">x.</param>
                public static void ThroughPublic(int x) => Direct(x);

                /// <summary>Passes a constant the callee accepts: the callee's argument exception is not this member's.</summary>
                public static void PassesAConstant() => Direct(1);

                /// <summary>Catches what the helper throws.</summary>
                public static int Catches() { try { return Helper(); } catch (FormatException) { return 0; } catch (InvalidOperationException) { return 1; } }

                /// <summary>Catches all but cancellation, which it lets through (undocumented).</summary>
                /// <param name="token">t.</param>
                public static int Filtered(CancellationToken token)
                {
                    try { token.ThrowIfCancellationRequested(); return Helper(); }
                    catch (Exception ex) when (ex is not OperationCanceledException) { return 0; }
                }

                /// <summary>Rethrows what it caught, undocumented.</summary>
                public static int Rethrows() { try { return Helper(); } catch (FormatException) { Console.WriteLine(); throw; } }

                /// <summary>A property whose getter throws, undocumented.</summary>
                public static int Property => new Thing().Value;

                /// <summary>Asserts a state that cannot occur.</summary>
                public static int Asserts() => throw new System.Diagnostics.UnreachableException();

                private static int Helper() => Deeper() ? 1 : throw Fail();

                private static bool Deeper() => int.Parse("1", System.Globalization.CultureInfo.InvariantCulture) == 1 ? throw new FormatException() : true;

                private static InvalidOperationException Fail() => new("no");

                private sealed class Thing { public int Value => throw new NotSupportedException(); }
            }
            """;
        var compilation = CSharpCompilation.Create("Probe", [CSharpSyntaxTree.ParseText(Source, ParseOptions)], References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var pe = new MemoryStream();
        using var xml = new MemoryStream();
        var emitted = compilation.Emit(pe, xmlDocumentationStream: xml);
        emitted.Success.Should().BeTrue(string.Join(Environment.NewLine, emitted.Diagnostics));
        xml.Position = 0;
        var docs = ThrowAnalysis.ReadDocumentation(xml);
        var analysis = new ThrowAnalysis(compilation, id => docs.GetValueOrDefault(id));

        var problems = Check(analysis, docs, analysis.PublicMembers().ToList());

        problems.Select(p => p[..p.IndexOf(" (", StringComparison.Ordinal)]).Should().BeEquivalentTo(
            "M:Probe.Api.Direct(System.Int32) throws T:System.ArgumentOutOfRangeException",
            "M:Probe.Api.ThroughHelper throws T:System.FormatException",
            "M:Probe.Api.ThroughHelper throws T:System.InvalidOperationException",
            "M:Probe.Api.Documented throws T:System.InvalidOperationException",
            "M:Probe.Api.ThroughPublic(System.Int32) throws T:System.ArgumentOutOfRangeException",
            "M:Probe.Api.Filtered(System.Threading.CancellationToken) throws T:System.OperationCanceledException",
            "M:Probe.Api.Rethrows throws T:System.FormatException",
            "M:Probe.Api.Rethrows throws T:System.InvalidOperationException",
            "P:Probe.Api.Property throws T:System.NotSupportedException");
    }

    private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Preview)
        .WithPreprocessorSymbols("NET", "NET10_0", "NET10_0_OR_GREATER", "NET9_0_OR_GREATER", "NET8_0_OR_GREATER", "NET7_0_OR_GREATER", "NET6_0_OR_GREATER", "NET5_0_OR_GREATER", "NETCOREAPP", "RELEASE");

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        [.. ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => !Path.GetFileName(path).StartsWith("Cianopramine.Data", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))]);

    /// <summary>The package's source (as the build compiles it for net10.0) against the framework, its packages and the repository's packages it references.</summary>
    private static CSharpCompilation Compile(string package)
    {
        var directory = Path.Combine(DocPage.RepositoryRoot, "src", package);
        var separator = Path.DirectorySeparatorChar;
        var trees = Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(separator + "obj" + separator, StringComparison.Ordinal) && !path.Contains(separator + "bin" + separator, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), ParseOptions, path, Encoding.UTF8))
            .ToList();
        var own = package switch
        {
            "Cianopramine.Data" => Array.Empty<string>(),
            _ => ["Cianopramine.Data"],
        };
        var references = References.Value.AddRange(own.Select(name => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, name + ".dll"))));
        return CSharpCompilation.Create(package, trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<(ThrowAnalysis, Dictionary<string, IReadOnlyCollection<string>>, List<(ISymbol, ImmutableArray<IMethodSymbol>)>)>> Analyses = new(StringComparer.Ordinal);

    /// <summary>The analysis of one package, its shipped XML docs (and those of the packages it references), and its public members; made once per test run.</summary>
    private static (ThrowAnalysis Analysis, Dictionary<string, IReadOnlyCollection<string>> Docs, List<(ISymbol Member, ImmutableArray<IMethodSymbol> Methods)> Members) Analyse(string package) =>
        Analyses.GetOrAdd(package, p => new(() => AnalyseOnce(p))).Value;

    private static (ThrowAnalysis Analysis, Dictionary<string, IReadOnlyCollection<string>> Docs, List<(ISymbol Member, ImmutableArray<IMethodSymbol> Methods)> Members) AnalyseOnce(string package)
    {
        var docs = ThrowAnalysis.ReadDocumentation(Path.Combine(AppContext.BaseDirectory, package + ".xml"));
        var all = new Dictionary<string, IReadOnlyCollection<string>>(docs, StringComparer.Ordinal);
        foreach (var other in new[] { "Cianopramine.Data" }.Where(p => p != package))
        {
            foreach (var (id, exceptions) in ThrowAnalysis.ReadDocumentation(Path.Combine(AppContext.BaseDirectory, other + ".xml")))
            {
                all.TryAdd(id, exceptions);
            }
        }

        var analysis = new ThrowAnalysis(Compile(package), id => all.GetValueOrDefault(id), CannotHappen);
        return (analysis, docs, analysis.PublicMembers().ToList());
    }

    /// <summary>Every (member, exception) the analysis finds that the member's docs do not name, with the path to the throw.</summary>
    private static List<string> Check(
        ThrowAnalysis analysis,
        Dictionary<string, IReadOnlyCollection<string>> docs,
        List<(ISymbol Member, ImmutableArray<IMethodSymbol> Methods)> members)
    {
        var problems = new List<string>();
        foreach (var (member, methods) in members)
        {
            var id = member.GetDocumentationCommentId()!;
            var documented = docs.GetValueOrDefault(id) ?? [];
            foreach (var (exception, why) in methods.SelectMany(m => analysis.ThrownBy(m)).DistinctBy(t => t.Key))
            {
                if (!analysis.IsCovered(exception, documented))
                {
                    problems.Add($"{id} throws {exception} ({why})");
                }
            }
        }

        problems.Sort(StringComparer.Ordinal);
        if (Environment.GetEnvironmentVariable("EXCEPTION_DOCS_REPORT") is { Length: > 0 } report)
        {
            // For a person fixing many at once: the whole list, one per line (the assertion message is cut).
            File.AppendAllLines(report, problems);
        }

        return problems;
    }
}
