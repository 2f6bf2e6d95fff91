using System;
using System.Collections.Immutable;
using System.Threading;
using Cianopramine.Data.Generator.Emitting;
using Cianopramine.Data.Model;
using Cianopramine.Data.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Cianopramine.Data.Generator;

/// <summary>
/// Compiles <c>*.dataset.json</c> additional files into C#: Parse (one file at a time, cached per file) →
/// Validate (all files together, the shared rules) → Emit (one source file per dataset). Every problem becomes a
/// compiler diagnostic with the data file's path, line and column; the generator itself never throws.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DatasetGenerator : IIncrementalGenerator
{
    /// <summary>The file-name ending that marks an additional file as dataset data.</summary>
    public const string DataFileSuffix = ".dataset.json";

    /// <summary>The largest data file the generator reads, in bytes.</summary>
    public const int MaxFileBytes = 256 * 1024 * 1024;

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Parse: the only step that sees Roslyn's AdditionalText; it yields an equatable, symbol-free model.
        var files = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(DataFileSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(static (text, ct) => Parse(text, ct))
            .WithTrackingName(StepNames.Parse);

        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => RootNamespaceOf(options))
            .WithTrackingName(StepNames.RootNamespace);

        var validated = files
            .Collect()
            .Select(static (parsed, ct) => DatasetValidator.Validate(parsed, ct))
            .WithTrackingName(StepNames.Validate);

        var output = validated
            .Combine(rootNamespace)
            .Select(static (pair, ct) => EmitAll(pair.Left, pair.Right, ct))
            .WithTrackingName(StepNames.Emit);

        context.RegisterSourceOutput(output, static (spc, result) => Report(spc, result));
    }

    private static DatasetFileResult Parse(AdditionalText text, CancellationToken ct)
    {
        var source = text.GetText(ct);
        if (source is null)
        {
            return DatasetFileReader.Read(text.Path, string.Empty, ct);
        }

        return DatasetFileReader.Read(text.Path, source.ToString(), ct, MaxFileBytes);
    }

    private static string? RootNamespaceOf(AnalyzerConfigOptionsProvider options) =>
        options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var ns) && !string.IsNullOrWhiteSpace(ns) ? ns : null;

    private static GeneratorOutput EmitAll(ValidatedDataset validated, string? rootNamespace, CancellationToken ct)
    {
        var sources = ImmutableArray.CreateBuilder<GeneratedSource>();
        var diagnostics = ImmutableArray.CreateBuilder<DatasetDiagnostic>();
        diagnostics.AddRange(validated.Diagnostics);
        var names = new GeneratedNames();
        foreach (var dataset in validated.Datasets)
        {
            ct.ThrowIfCancellationRequested();
            if (dataset.HasErrors)
            {
                continue; // a dataset with errors generates nothing; its diagnostics say why
            }

            // Keywords, a bad RootNamespace or a second dataset with the same type name: a diagnostic, not broken code.
            if (names.Claim(dataset, rootNamespace) is { } problem)
            {
                diagnostics.Add(problem);
                continue;
            }

            var model = DatasetEmitter.Model(dataset, rootNamespace, ct);
            sources.Add(new GeneratedSource(model.HintName, DatasetEmitter.Emit(model, ct)));
        }

        return new GeneratorOutput(sources.ToImmutable(), diagnostics.ToImmutable());
    }

    private static void Report(SourceProductionContext context, GeneratorOutput output)
    {
        foreach (var diagnostic in output.Diagnostics)
        {
            context.ReportDiagnostic(Diagnostics.Create(diagnostic));
        }

        foreach (var source in output.Sources)
        {
            context.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8));
        }
    }
}

/// <summary>The names of the pipeline's steps, for <c>WithTrackingName</c> and the incrementality tests.</summary>
public static class StepNames
{
    /// <summary>Reading one data file into specs and diagnostics.</summary>
    public const string Parse = "Parse";

    /// <summary>The project's root namespace.</summary>
    public const string RootNamespace = "RootNamespace";

    /// <summary>Applying the shared rules to all files.</summary>
    public const string Validate = "Validate";

    /// <summary>Writing the C# for every valid dataset.</summary>
    public const string Emit = "Emit";
}

/// <summary>One generated file.</summary>
internal sealed record GeneratedSource(string HintName, string Text);

/// <summary>What the generator adds to a compilation: sources and diagnostics. Equatable, so unchanged output is cached.</summary>
internal sealed record GeneratorOutput(ValueArray<GeneratedSource> Sources, ValueArray<DatasetDiagnostic> Diagnostics);
