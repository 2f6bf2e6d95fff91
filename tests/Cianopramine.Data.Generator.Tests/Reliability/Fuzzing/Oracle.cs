using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Cianopramine.Data.Generator;
using Cianopramine.Data.Loading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Cianopramine.Data.Reliability.Fuzzing;

/// <summary>One problem as both paths report it: id, severity, one-based position and message.</summary>
internal sealed record ReportedProblem(string Id, bool IsError, int Line, int Column, string Message, string? JsonPath)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Id} @{Line}:{Column} {JsonPath} {(IsError ? "error" : "warning")}: {Message}");
}

/// <summary>What the generator and the runtime loader made of one input, and every broken promise.</summary>
internal sealed class OracleResult
{
    public required IReadOnlyList<ReportedProblem> GeneratorProblems { get; init; }

    public required int GeneratedSources { get; init; }

    /// <summary>The number of placeholder types (of a dataset with errors) the generator emitted.</summary>
    public int PlaceholderSources { get; init; }

    /// <summary>The loader's problems: the exception's when it threw <see cref="DatasetLoadException"/>, else its warnings.</summary>
    public required IReadOnlyList<ReportedProblem> LoaderProblems { get; init; }

    public required bool Loaded { get; init; }

    public Dataset? LoadedDataset { get; init; }

    public required TimeSpan GeneratorTime { get; init; }

    public required TimeSpan LoaderTime { get; init; }

    /// <summary>Bytes the loader allocated on its thread.</summary>
    public required long LoaderAllocatedBytes { get; init; }

    /// <summary>Every broken promise, in words; empty when both paths behaved.</summary>
    public required IReadOnlyList<string> Violations { get; init; }
}

/// <summary>
/// Runs one data file through the source generator (as the compiler does) and through the runtime loader, and
/// checks the promises of issue 7: the generator never throws and only reports catalogue diagnostics; what it emits
/// compiles; the loader either returns a dataset or throws exactly one <see cref="DatasetLoadException"/> whose problems
/// carry a path and a one-based position; both report the same ids at the same positions with the same messages;
/// and when both succeed, the generated dataset equals the loaded one.
/// </summary>
/// <remarks>
/// Used by the corpus tests, the fuzz regression tests and the fuzzer (tests/Cianopramine.Data.Fuzz), so it depends
/// on nothing but Roslyn and the two assemblies under test.
/// </remarks>
internal static class Oracle
{
    /// <summary>The generator's C#-only rule (keywords, RootNamespace): reported by the generator, not the loader.</summary>
    public const string GeneratorOnlyId = "CPD0031";

    private const string RootNamespace = "Fuzz.App";

    /// <summary>What only a placeholder type (a dataset with errors, issue 16) contains.</summary>
    private const string PlaceholderMarker = "throw NotGenerated()";

    /// <summary>
    /// As in a consumer's project with <c>GenerateDocumentationFile</c>: doc comments are parsed and diagnosed, so a
    /// character that breaks the generated XML documentation (CS1570, issue 15) is caught on every input.
    /// </summary>
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private static readonly Lazy<CSharpCompilation> EmptyCompilation = new(() => CSharpCompilation.Create(
        "Fuzz.App",
        new[] { CSharpSyntaxTree.ParseText("namespace Fuzz.App;\n\npublic static class Program\n{\n}\n", ParseOptions) },
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true)));

    /// <summary>Checks one input.</summary>
    /// <param name="path">The file's path, reported by both paths.</param>
    /// <param name="bytes">The file's bytes (the loader reads them; the generator gets the text csc would decode).</param>
    /// <param name="compareDatasets">When both succeed, run the generated code and compare its dataset with the loaded one (costs an emit).</param>
    /// <param name="compiledBefore">Generated code already compiled (the fuzzer's cache): code in it is not compiled again.</param>
    public static OracleResult Check(string path, byte[] bytes, bool compareDatasets = true, ISet<string>? compiledBefore = null)
    {
        var violations = new List<string>();

        // --- the generator, as the compiler runs it ---
        var generatorClock = Stopwatch.StartNew();
        var (generatorProblems, sources, outputCompilation, generatedCode, placeholders) = RunGenerator(path, CompilerSourceText(bytes), violations);
        generatorClock.Stop();

        // --- the runtime loader, from the same bytes ---
        var loaderProblems = new List<ReportedProblem>();
        Dataset? loaded = null;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var loaderClock = Stopwatch.StartNew();
        try
        {
            var result = DatasetLoader.Load(new[] { DatasetSource.FromUtf8(bytes, path) });
            loaded = result.Dataset;
            loaderProblems.AddRange(result.Warnings.Select(From));
            if (result.Dataset is null)
            {
                violations.Add("the loader returned no dataset and threw nothing");
            }
        }
        catch (Exception ex) when (ex.GetType() == typeof(DatasetLoadException))
        {
            var e = (DatasetLoadException)ex;
            loaderProblems.AddRange(e.Problems.Select(From));
            if (!e.Problems.Any(p => p.IsError))
            {
                violations.Add("the loader threw DatasetLoadException without an error: " + e.Message);
            }

            foreach (var p in e.Problems)
            {
                if (p.File != path)
                {
                    violations.Add($"loader problem {p.Id} names file '{p.File}', not '{path}'");
                }
            }
        }
        catch (Exception ex)
        {
            violations.Add("the loader threw " + ex.GetType().FullName + " (only DatasetLoadException is allowed): " + ex);
        }

        loaderClock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        foreach (var p in loaderProblems)
        {
            if (p.Line < 1 || p.Column < 1 || p.JsonPath is null || !p.JsonPath.StartsWith('$') || string.IsNullOrWhiteSpace(p.Message))
            {
                violations.Add("loader problem without a usable place or message: " + p);
            }
        }

        // --- the two paths agree ---
        var generatorComparable = generatorProblems
            .Where(g => g.Id != GeneratorOnlyId || loaderProblems.Any(l => l.Id == GeneratorOnlyId))
            .Select(Key)
            .ToList();
        var loaderComparable = loaderProblems.Select(Key).ToList();
        if (!generatorComparable.SequenceEqual(loaderComparable))
        {
            violations.Add(
                "the generator and the loader disagree:\n  generator: " + string.Join("\n             ", generatorProblems) +
                "\n  loader:    " + string.Join("\n             ", loaderProblems));
        }

        var generatorFailed = generatorProblems.Any(p => p.IsError);
        if (generatorFailed && sources > 0)
        {
            violations.Add("the generator reported an error and still emitted code");
        }

        // A dataset with errors may get its type as a placeholder whose members throw (issue 16), and only then.
        if (placeholders > 0 && (!generatorFailed || placeholders > 1))
        {
            violations.Add($"the generator emitted {placeholders} placeholder(s) for a file with{(generatorFailed ? string.Empty : "out")} errors");
        }

        if (!generatorFailed && sources == 0)
        {
            violations.Add("the generator reported no error but emitted no code");
        }

        if (loaded is not null && generatorProblems.Any(p => p.IsError && p.Id != GeneratorOnlyId))
        {
            violations.Add("the loader accepted a file the generator rejected");
        }

        var compile = compiledBefore is null || compiledBefore.Add(generatedCode);
        if (sources + placeholders > 0 && outputCompilation is not null && compile)
        {
            // Errors anywhere, and warnings in generated code, which a consumer's TreatWarningsAsErrors would turn into errors.
            var errors = outputCompilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error ||
                            (d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true))
                .Take(5)
                .ToList();
            if (errors.Count > 0)
            {
                violations.Add("the generated code does not compile: " + string.Join("; ", errors));
            }
            else if (compareDatasets && loaded is not null && sources > 0)
            {
                CompareGeneratedWithLoaded(outputCompilation, loaded, violations);
            }
        }

        return new OracleResult
        {
            GeneratorProblems = generatorProblems,
            GeneratedSources = sources,
            PlaceholderSources = placeholders,
            LoaderProblems = loaderProblems,
            Loaded = loaded is not null,
            LoadedDataset = loaded,
            GeneratorTime = generatorClock.Elapsed,
            LoaderTime = loaderClock.Elapsed,
            LoaderAllocatedBytes = allocated,
            Violations = violations,
        };
    }

    /// <summary>
    /// The text the compiler hands a generator for an additional file of these bytes: Roslyn's own decoding, which
    /// follows a UTF-8 or UTF-16 byte order mark (and keeps the encoding it found in <see cref="SourceText.Encoding"/>)
    /// and otherwise reads UTF-8, invalid bytes as U+FFFD. Issue 15: decoding every input as UTF-8 here hid that the
    /// generator read UTF-16 files the loader rejected.
    /// </summary>
    public static SourceText CompilerSourceText(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return SourceText.From(stream, encoding: null, throwIfBinaryDetected: false);
    }

    /// <summary>Runs the generator over one file whose text is <paramref name="text"/>.</summary>
    public static (IReadOnlyList<ReportedProblem> Problems, int Sources, Compilation? Output, string Code, int Placeholders) RunGenerator(string path, string text, List<string> violations) =>
        RunGenerator(path, SourceText.From(text, Encoding.UTF8), violations);

    /// <summary>Runs the generator over one file whose decoded text is <paramref name="text"/>.</summary>
    public static (IReadOnlyList<ReportedProblem> Problems, int Sources, Compilation? Output, string Code, int Placeholders) RunGenerator(string path, SourceText text, List<string> violations)
    {
        var file = new TextFile(path, text);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            generators: new[] { new DatasetGenerator().AsSourceGenerator() },
            additionalTexts: new AdditionalText[] { file },
            parseOptions: ParseOptions,
            optionsProvider: new Options());
        try
        {
            driver = driver.RunGeneratorsAndUpdateCompilation(EmptyCompilation.Value, out var output, out var driverDiagnostics);
            var result = driver.GetRunResult().Results[0];
            if (result.Exception is { } exception)
            {
                violations.Add("the generator threw " + exception);
            }

            foreach (var d in driverDiagnostics.Where(d => !d.Id.StartsWith("CPD", StringComparison.Ordinal)))
            {
                violations.Add("the driver reported " + d + " (CS8785 means the generator threw)");
            }

            var problems = new List<ReportedProblem>();
            foreach (var d in result.Diagnostics)
            {
                var span = d.Location.GetLineSpan();
                if (!d.Id.StartsWith("CPD", StringComparison.Ordinal))
                {
                    violations.Add("the generator reported a diagnostic outside the catalogue: " + d);
                }

                if (span.Path != path)
                {
                    violations.Add($"generator diagnostic {d.Id} is in '{span.Path}', not '{path}'");
                }

                problems.Add(new ReportedProblem(
                    d.Id,
                    d.Severity == DiagnosticSeverity.Error,
                    span.StartLinePosition.Line + 1,
                    span.StartLinePosition.Character + 1,
                    d.GetMessage(CultureInfo.InvariantCulture),
                    null));
            }

            var placeholders = result.GeneratedSources.Count(g => g.SourceText.ToString().Contains(PlaceholderMarker, StringComparison.Ordinal));
            return (problems, result.GeneratedSources.Length - placeholders, output, string.Concat(result.GeneratedSources.Select(g => g.SourceText.ToString())), placeholders);
        }
        catch (Exception ex)
        {
            violations.Add("running the generator threw " + ex);
            return (Array.Empty<ReportedProblem>(), 0, null, string.Empty, 0);
        }
    }

    private static (string, bool, int, int, string) Key(ReportedProblem p) => (p.Id, p.IsError, p.Line, p.Column, p.Message);

    private static ReportedProblem From(DatasetProblem p) => new(p.Id, p.IsError, p.Line, p.Column, p.Message, p.JsonPath);

    private static void CompareGeneratedWithLoaded(Compilation compilation, Dataset loaded, List<string> violations)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            violations.Add("the generated code does not emit: " + string.Join("; ", emitted.Diagnostics.Take(5)));
            return;
        }

        image.Position = 0;
        var context = new AssemblyLoadContext("oracle-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var instance = assembly.GetTypes()
                .Select(t => t.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static))
                .FirstOrDefault(p => p is not null && p.PropertyType == typeof(Dataset));
            if (instance is null)
            {
                violations.Add("the generated code has no Instance property");
                return;
            }

            var generated = (Dataset)instance.GetValue(null)!;
            if (!generated.Equals(loaded))
            {
                violations.Add("the generated dataset differs from the loaded one (hash " + generated.Metadata.ContentHash + " vs " + loaded.Metadata.ContentHash + ")");
            }
        }
        catch (Exception ex)
        {
            violations.Add("running the generated code threw " + ex);
        }
        finally
        {
            context.Unload();
        }
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        var trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
        foreach (var p in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            paths.Add(p);
        }

        paths.Add(typeof(Dataset).Assembly.Location);

        // A consumer compiles against the library, never the generator (an analyzer), which holds its own copy of the model.
        paths.Remove(typeof(DatasetGenerator).Assembly.Location);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }

    private sealed class TextFile(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly GlobalOptionsImpl Global = new();
        private static readonly EmptyOptions None = new();

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;

        private sealed class GlobalOptionsImpl : AnalyzerConfigOptions
        {
#pragma warning disable CS8765 // see TestAnalyzerConfigOptionsProvider: the generator's polyfill of NotNullWhen clashes
            public override bool TryGetValue(string key, out string? value)
#pragma warning restore CS8765
            {
                value = key == "build_property.RootNamespace" ? RootNamespace : null;
                return value is not null;
            }
        }

        private sealed class EmptyOptions : AnalyzerConfigOptions
        {
#pragma warning disable CS8765
            public override bool TryGetValue(string key, out string? value)
#pragma warning restore CS8765
            {
                value = null;
                return false;
            }
        }
    }
}
