using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Cianopramine.Data.Benchmarks.Infrastructure;

/// <summary>
/// Runs <see cref="DatasetGenerator"/> the way the compiler does (<see cref="CSharpGeneratorDriver"/>), compiles what it
/// generates into an assembly with Roslyn in process, and loads that assembly into a collectible
/// <see cref="AssemblyLoadContext"/> to build datasets from it.
/// </summary>
internal static class GeneratedCode
{
    /// <summary>C# 12, the default language version of net8.0, the oldest framework the library supports.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>The data files as the compiler hands them to a generator (read once, up front).</summary>
    public static ImmutableArray<AdditionalText> ReadAdditionalTexts(IEnumerable<string> paths) =>
        [.. paths.Select(path => (AdditionalText)new FileText(path, SourceText.From(File.ReadAllText(path), Encoding.UTF8)))];

    /// <summary>An empty library project that references the framework and Cianopramine.Data.</summary>
    public static CSharpCompilation EmptyProject(string assemblyName = "Synthetic.Scale") =>
        CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText("namespace Synthetic.Scale;\n\ninternal static class Project\n{\n}\n", ParseOptions)],
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true));

    /// <summary>Runs the generator once, in a new driver (nothing cached), and returns what it generated.</summary>
    /// <exception cref="InvalidOperationException">The generator reported an error or generated nothing.</exception>
    public static GeneratorRunResult RunGenerator(ImmutableArray<AdditionalText> texts, Compilation project)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            generators: [new DatasetGenerator().AsSourceGenerator()],
            additionalTexts: texts,
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        driver = driver.RunGenerators(project, CancellationToken.None);
        var result = driver.GetRunResult().Results[0];
        if (result.Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw.", exception);
        }

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0 || result.GeneratedSources.IsEmpty)
        {
            throw new InvalidOperationException("The generator reported: " + string.Join("\n", errors.Take(10)));
        }

        return result;
    }

    /// <summary>Parses, binds and emits the project plus <paramref name="generated"/> into an assembly image.</summary>
    /// <exception cref="InvalidOperationException">The code does not compile.</exception>
    public static byte[] Compile(Compilation project, IEnumerable<SourceText> generated, CancellationToken cancellationToken = default)
    {
        var compilation = project.AddSyntaxTrees(generated.Select((text, i) =>
            CSharpSyntaxTree.ParseText(text, ParseOptions, path: "Generated" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs", cancellationToken: cancellationToken)));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, cancellationToken: cancellationToken);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The generated code does not compile:\n" +
                string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        }

        return image.ToArray();
    }

    /// <summary>Loads an assembly image into a new collectible context.</summary>
    public static (AssemblyLoadContext Context, Assembly Assembly) Load(byte[] image)
    {
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        using var stream = new MemoryStream(image, writable: false);
        return (context, context.LoadFromStream(stream));
    }

    /// <summary>
    /// The generated type's <c>CreateFresh()</c>, which builds a new dataset on every call (the shared
    /// <c>Instance</c> builds once). Cianopramine.Data resolves to this process's copy, so the result is a real <see cref="Dataset"/>.
    /// </summary>
    public static Func<Dataset> CreateFresh(Assembly assembly, string typeName)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var method = type.GetMethod("CreateFresh", BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes)
                     ?? throw new InvalidOperationException(typeName + " has no CreateFresh(): the generator is older than the benchmarks.");
        return method.CreateDelegate<Func<Dataset>>();
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The framework's own assemblies (not this process's other dependencies) and Cianopramine.Data.
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => path.StartsWith(runtime, StringComparison.Ordinal));
        return [.. trusted.Append(typeof(Dataset).Assembly.Location).Distinct().Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }

    private sealed class FileText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
