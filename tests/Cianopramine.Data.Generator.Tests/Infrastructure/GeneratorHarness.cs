using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Cianopramine.Data.Generator.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="DatasetGenerator"/> through <see cref="CSharpGeneratorDriver"/> as the compiler does, with step
/// tracking on, and compiles (and can execute) what it generates against the real Cianopramine.Data assembly.
/// </summary>
internal static class GeneratorHarness
{
    /// <summary>The <c>RootNamespace</c> of the test project unless a test says otherwise.</summary>
    public const string DefaultRootNamespace = "Lab.App";

    /// <summary>C# 12: the default language version of net8.0, the oldest framework the library supports.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>A driver over the given data files, tracking every step.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, string? rootNamespace = DefaultRootNamespace) =>
        CSharpGeneratorDriver.Create(
            generators: [new DatasetGenerator().AsSourceGenerator()],
            additionalTexts: texts,
            parseOptions: ParseOptions,
            optionsProvider: TestAnalyzerConfigOptionsProvider.WithRootNamespace(rootNamespace),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>A library compilation of a user's project: the given C# plus references to the framework and Cianopramine.Data.</summary>
    public static CSharpCompilation CreateCompilation(params string[] sources) => CreateCompilation(referenceLibrary: true, sources);

    /// <summary>A user's project, with or without a reference to Cianopramine.Data (CPD0032 when without).</summary>
    public static CSharpCompilation CreateCompilation(bool referenceLibrary, params string[] sources)
    {
        var trees = sources.Length == 0 ? [Parse("namespace Lab.App;\n\npublic static class Program\n{\n}\n")] : sources.Select(Parse).ToArray();
        var library = typeof(Dataset).Assembly.Location;
        return CSharpCompilation.Create(
            "Lab.App",
            trees,
            referenceLibrary ? References.Value : [.. References.Value.Where(r => r is not PortableExecutableReference { FilePath: var path } || path != library)],
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true));
    }

    /// <summary>Parses C# with the options the driver uses.</summary>
    public static SyntaxTree Parse(string source) => CSharpSyntaxTree.ParseText(source, ParseOptions);

    /// <summary>Runs the generator once over <paramref name="texts"/> in a fresh driver.</summary>
    public static GeneratorRun Run(IEnumerable<AdditionalText> texts, string? rootNamespace = DefaultRootNamespace, CancellationToken cancellationToken = default) =>
        Run(CreateDriver(texts, rootNamespace), CreateCompilation(), cancellationToken);

    /// <summary>Runs the generator over a diagnostic case's files, in the project the case describes.</summary>
    public static GeneratorRun Run(Cianopramine.Data.Reliability.DiagnosticCase diagnosticCase)
    {
        var compilation = CreateCompilation(referenceLibrary: !diagnosticCase.WithoutLibrary);
        if (diagnosticCase.Accepted is { } accepted)
        {
            compilation = WithSeverities(compilation, (accepted, ReportDiagnostic.Suppress));
        }

        return Run(CreateDriver(diagnosticCase.Texts()), compilation);
    }

    /// <summary>The compilation with rule severities set as <c>&lt;NoWarn&gt;</c> and <c>WarningsAsErrors</c> set them (<c>/nowarn</c>, <c>/warnaserror+</c>).</summary>
    public static CSharpCompilation WithSeverities(CSharpCompilation compilation, params (string Id, ReportDiagnostic Report)[] severities) =>
        compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            compilation.Options.SpecificDiagnosticOptions.SetItems(severities.Select(s => new KeyValuePair<string, ReportDiagnostic>(s.Id, s.Report)))));

    /// <summary>Runs <paramref name="driver"/> over <paramref name="compilation"/>.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation, CancellationToken cancellationToken = default)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics, cancellationToken);
        return new GeneratorRun(driver, output, driverDiagnostics);
    }

    /// <summary>
    /// Emits <paramref name="compilation"/>, loads it into a collectible <see cref="AssemblyLoadContext"/>, hands the
    /// assembly to <paramref name="use"/> and unloads it. Cianopramine.Data itself resolves to the test's copy, so
    /// objects built by the generated code are ordinary <see cref="Dataset"/> instances.
    /// </summary>
    public static TResult Execute<TResult>(Compilation compilation, Func<Assembly, TResult> use)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        emitted.Success.Should().BeTrue("the generated code must compile: {0}", string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            return use(context.LoadFromStream(image));
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The dataset that the generated type <paramref name="fullTypeName"/> builds.</summary>
    public static TResult ExecuteDataset<TResult>(Compilation compilation, string fullTypeName, Func<Dataset, TResult> use) =>
        Execute(compilation, assembly =>
        {
            var type = assembly.GetType(fullTypeName, throwOnError: true)!;
            var instance = (Dataset)type.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            return use(instance);
        });

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        var trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
        foreach (var path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            paths.Add(path);
        }

        paths.Add(typeof(Dataset).Assembly.Location);

        // A consumer compiles against the library, never the generator (an analyzer), which holds its own copy of the model.
        paths.Remove(typeof(DatasetGenerator).Assembly.Location);
        return [.. paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}

/// <summary>One run of the generator: the driver (for the next run), the updated compilation and what was reported.</summary>
/// <param name="Driver">The driver after the run; run it again to test incrementality.</param>
/// <param name="OutputCompilation">The input compilation plus the generated sources.</param>
/// <param name="DriverDiagnostics">What the driver itself reported, e.g. CS8785 when a generator throws.</param>
internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation OutputCompilation, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    /// <summary>The run result of all generators.</summary>
    public GeneratorDriverRunResult RunResult => Driver.GetRunResult();

    /// <summary>The run result of the one generator.</summary>
    public GeneratorRunResult Result => RunResult.Results[0];

    /// <summary>The diagnostics the generator reported.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>The sources the generator added.</summary>
    public ImmutableArray<GeneratedSourceResult> Sources => Result.GeneratedSources;

    /// <summary>Errors of the compilation that includes the generated sources, plus warnings inside generated code.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems()
    {
        return OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error ||
                        (d.Severity == DiagnosticSeverity.Warning && IsGenerated(d.Location.SourceTree)))
            .ToList();
    }

    private static bool IsGenerated(SyntaxTree? tree) => tree is not null && tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal);
}
