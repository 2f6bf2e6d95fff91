using System;
using System.Threading;
using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Generator.Emitting;
using Cianopramine.Data.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Cianopramine.Data.Generator;

/// <summary>
/// Compiles <c>*.dataset.json</c> additional files into C#, one dataset at a time: Parse (each file) → Group (files
/// into datasets) → Validate (each dataset, the shared rules) → Model (the objects, encoded, without source
/// positions) → Emit (the C# text). Diagnostics leave through outputs of their own, so an edit that moves the data
/// without changing it (a line inserted above a fact) stops at Model, and an edit to one dataset leaves the others
/// cached. Every problem is a compiler diagnostic with the data file's path, line and column; the generator itself
/// never throws. A dataset with errors still gets its type, whose members throw (<see cref="PlaceholderEmitter"/>), so
/// the build reports only the data's errors; a <c>.json</c> file that looks like data but is not named
/// <c>*.dataset.json</c> gets CPD0043 (<see cref="MisnamedDataFiles"/>).
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

        var grouping = files
            .Collect()
            .Select(static (parsed, _) => DatasetValidator.Group(parsed))
            .WithTrackingName(StepNames.Group);
        context.RegisterSourceOutput(grouping.Select(static (g, _) => g.Diagnostics), static (spc, d) => Report(spc, d));

        // The item rules the project lowers below error (.globalconfig, NoWarn): their items are left out.
        var accepted = context.CompilationProvider
            .Select(static (compilation, ct) => AcceptedRules.Of(compilation, ct))
            .WithTrackingName(StepNames.AcceptedRules);

        var validated = grouping
            .SelectMany(static (g, _) => g.Datasets)
            .Combine(accepted)
            .Select(static (input, ct) => Validate(input.Left, input.Right, ct))
            .WithTrackingName(StepNames.Validate);
        context.RegisterSourceOutput(validated.Select(static (v, _) => Reported(v)), static (spc, d) => Report(spc, d));

        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => RootNamespaceOf(options))
            .WithTrackingName(StepNames.RootNamespace);

        // Names are checked across datasets (two may not generate one type); only the outcome, without positions,
        // flows on to emission.
        // Datasets with errors claim their names after the valid ones, for a placeholder type (see PlaceholderEmitter).
        var names = validated
            .Select(static (v, _) => (v.Spec.Manifest, v.Spec.HasErrors))
            .Collect()
            .Combine(rootNamespace)
            .Select(static (pair, _) => CheckNames(pair.Left, pair.Right))
            .WithTrackingName(StepNames.Names);
        context.RegisterSourceOutput(names.Select(static (n, _) => n.Diagnostics), static (spc, d) => Report(spc, d));

        // The one scalar needed from the compilation: the data format the referenced library reads.
        var library = context.CompilationProvider
            .Select(static (compilation, _) => LibraryFormat.Of(compilation))
            .WithTrackingName(StepNames.LibraryFormat);
        var anyDataset = grouping.Select(static (g, _) => !g.Datasets.IsEmpty);
        context.RegisterSourceOutput(library.Combine(anyDataset), static (spc, pair) => ReportLibrary(spc, pair.Left, pair.Right));

        var models = validated
            .Combine(rootNamespace)
            .Combine(names.Select(static (n, _) => n.AcceptedIds))
            .Combine(library)
            .Select(static (input, ct) => Model(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right, ct))
            .WithTrackingName(StepNames.Model);

        var sources = models
            .Where(static model => model is not null)
            .Select(static (model, ct) => new GeneratedSource(model!.HintName, DatasetEmitter.Emit(model, ct)))
            .WithTrackingName(StepNames.Emit);
        context.RegisterSourceOutput(sources, static (spc, source) => spc.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8)));

        // A dataset with errors still gets its type, whose members throw, so the build reports only the data's errors.
        var placeholders = validated
            .Combine(rootNamespace)
            .Combine(names.Select(static (n, _) => n.PlaceholderIds))
            .Combine(library)
            .Select(static (input, _) => Placeholder(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right))
            .Where(static model => model is not null)
            .Select(static (model, _) => new GeneratedSource(model!.HintName, PlaceholderEmitter.Emit(model)))
            .WithTrackingName(StepNames.Placeholder);
        context.RegisterSourceOutput(placeholders, static (spc, source) => spc.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8)));

        // CPD0043: a .json additional file that looks like data but is not read because of its name.
        var misnamed = context.AdditionalTextsProvider
            .Where(static text => MisnamedDataFiles.IsCandidate(text.Path))
            .Select(static (text, ct) => MisnamedDataFiles.Check(text, ct))
            .WithTrackingName(StepNames.Misnamed);
        context.RegisterSourceOutput(misnamed, static (spc, file) =>
        {
            if (file is not null)
            {
                spc.ReportDiagnostic(MisnamedDataFiles.Diagnostic(file));
            }
        });
    }

    /// <summary>Validates one dataset; when the project accepts errors of some rules, leaves their items out.</summary>
    private static ValidatedGroup Validate(DatasetFiles group, ValueArray<string> accepted, CancellationToken ct)
    {
        var strict = DatasetValidator.Validate(group, ct);
        return accepted.IsEmpty ? strict : InvalidItems.LeaveOut(group, strict, id => AcceptedRules.Contains(accepted, id), ct);
    }

    /// <summary>What a dataset reports: its diagnostics and the errors of its left-out items, which Roslyn shows at the severity the project chose.</summary>
    private static ValueArray<DatasetDiagnostic> Reported(ValidatedGroup validated)
    {
        if (validated.LeftOut.IsEmpty)
        {
            return validated.Diagnostics;
        }

        var all = new System.Collections.Generic.List<DatasetDiagnostic>(validated.Diagnostics);
        foreach (var item in validated.LeftOut)
        {
            all.AddRange(item.Problems);
        }

        all.Sort(DatasetValidator.CompareDiagnostics);
        return ValueArray<DatasetDiagnostic>.FromOwnedArray(all.ToArray());
    }

    private static NameCheck CheckNames(System.Collections.Immutable.ImmutableArray<(DatasetManifestSpec Manifest, bool HasErrors)> datasets, string? rootNamespace)
    {
        var valid = new System.Collections.Generic.List<DatasetManifestSpec>();
        var broken = new System.Collections.Generic.List<DatasetManifestSpec>();
        foreach (var (manifest, hasErrors) in datasets)
        {
            (hasErrors ? broken : valid).Add(manifest);
        }

        return GeneratedNames.Check(
            ValueArray<DatasetManifestSpec>.FromOwnedArray(valid.ToArray()),
            ValueArray<DatasetManifestSpec>.FromOwnedArray(broken.ToArray()),
            rootNamespace);
    }

    /// <summary>The placeholder model of a dataset with errors that can have one, or <see langword="null"/>.</summary>
    private static PlaceholderModel? Placeholder(ValidatedGroup validated, string? rootNamespace, ValueArray<string> placeholderIds, int libraryFormat)
    {
        if (!validated.Spec.HasErrors || !IsAccepted(placeholderIds, validated.Spec.Manifest.Id.Value) ||
            LibraryFormat.Problem(libraryFormat, ModelFormat.CompactFormatVersion) is not null)
        {
            return null;
        }

        return PlaceholderEmitter.Model(validated, rootNamespace);
    }

    private static DatasetFileResult Parse(AdditionalText text, CancellationToken ct)
    {
        var source = text.GetText(ct);
        if (source is null)
        {
            // Listed as an AdditionalFile, but the compiler could not open it (it does not exist, or access is denied).
            return DatasetFileReader.Unreadable(text.Path, "the file does not exist");
        }

        // The compiler decodes a file with a UTF-16 byte order mark as UTF-16; the loader, given the same bytes, does
        // not: both report CPD0001 (one decoding rule, issue 15).
        if (DatasetFileReader.IsForeignUnicode(source.Encoding))
        {
            return DatasetFileReader.NotUtf8(text.Path);
        }

        return DatasetFileReader.Read(text.Path, source.ToString(), ct, MaxFileBytes);
    }

    private static string? RootNamespaceOf(AnalyzerConfigOptionsProvider options) =>
        options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var ns) && !string.IsNullOrWhiteSpace(ns) ? ns : null;

    /// <summary>The emit model of a dataset that can be generated, or <see langword="null"/>.</summary>
    private static EmitModel? Model(ValidatedGroup validated, string? rootNamespace, ValueArray<string> acceptedIds, int libraryFormat, CancellationToken ct)
    {
        var spec = validated.Spec;
        if (spec.HasErrors || !IsAccepted(acceptedIds, spec.Manifest.Id.Value) || LibraryFormat.Problem(libraryFormat, ModelFormat.CompactFormatVersion) is not null)
        {
            return null; // the diagnostics say why
        }

        return DatasetEmitter.Model(spec, rootNamespace, ct);
    }

    private static bool IsAccepted(ValueArray<string> acceptedIds, string id)
    {
        foreach (var accepted in acceptedIds)
        {
            if (string.Equals(accepted, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(SourceProductionContext context, ValueArray<DatasetDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(Diagnostics.Create(diagnostic));
        }
    }

    private static void ReportLibrary(SourceProductionContext context, int libraryFormat, bool anyDataset)
    {
        if (anyDataset && LibraryFormat.Problem(libraryFormat, ModelFormat.CompactFormatVersion) is { } problem)
        {
            context.ReportDiagnostic(Diagnostic.Create(Diagnostics.All[DiagnosticCatalogue.LibraryMismatch.Id], Location.None, problem));
        }
    }
}

/// <summary>The names of the pipeline's steps, for <c>WithTrackingName</c> and the incrementality tests.</summary>
public static class StepNames
{
    /// <summary>Reading one data file into specs and diagnostics.</summary>
    public const string Parse = "Parse";

    /// <summary>Sorting the files into datasets.</summary>
    public const string Group = "Group";

    /// <summary>Applying the shared rules to one dataset.</summary>
    public const string Validate = "Validate";

    /// <summary>The item rules the project lowers below error, whose items are left out.</summary>
    public const string AcceptedRules = "AcceptedRules";

    /// <summary>The project's root namespace.</summary>
    public const string RootNamespace = "RootNamespace";

    /// <summary>Checking the generated types' names across datasets.</summary>
    public const string Names = "Names";

    /// <summary>The data format the referenced library reads.</summary>
    public const string LibraryFormat = "LibraryFormat";

    /// <summary>Building and encoding one dataset: the emit model, without source positions.</summary>
    public const string Model = "Model";

    /// <summary>Writing the C# of one dataset.</summary>
    public const string Emit = "Emit";

    /// <summary>Writing the placeholder type of one dataset with errors.</summary>
    public const string Placeholder = "Placeholder";

    /// <summary>Looking for <c>.json</c> additional files that look like data but are not read because of their names.</summary>
    public const string Misnamed = "Misnamed";
}

/// <summary>One generated file.</summary>
internal sealed record GeneratedSource(string HintName, string Text);
