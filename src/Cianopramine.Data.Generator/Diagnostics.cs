using System.Collections.Generic;
using Cianopramine.Data.DataFiles;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Cianopramine.Data.Generator;

/// <summary>
/// The Roslyn descriptors of the shared <see cref="DiagnosticCatalogue"/>: one descriptor per catalogue id, so
/// compiler output, <c>AnalyzerReleases.Unshipped.md</c>, docs/diagnostics.md and the runtime loader agree.
/// </summary>
internal static class Diagnostics
{
    private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors = Build(fixedSeverity: false);

    /// <summary>
    /// The same descriptors, not configurable: for an item rule's error outside any item (e.g. in the manifest), which
    /// no item can take with it, so lowering its severity would only hide a dataset that is not generated.
    /// </summary>
    private static readonly Dictionary<string, DiagnosticDescriptor> FixedDescriptors = Build(fixedSeverity: true);

    /// <summary>Every descriptor, by id.</summary>
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> All => Descriptors;

    /// <summary>Turns a shared diagnostic into a compiler diagnostic at the data file's line and column.</summary>
    public static Diagnostic Create(DatasetDiagnostic diagnostic)
    {
        var descriptor = diagnostic.IsError && InvalidItems.ItemPath(diagnostic.Location.JsonPath) is null
            ? FixedDescriptors[diagnostic.Id]
            : Descriptors[diagnostic.Id];
        var at = diagnostic.Location;
        var location = Location.Create(
            at.FilePath,
            new TextSpan(at.Start, at.Length),
            new LinePositionSpan(new LinePosition(at.StartLine, at.StartColumn), new LinePosition(at.EndLine, at.EndColumn)));
        var args = new object[diagnostic.MessageArgs.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = diagnostic.MessageArgs[i];
        }

        return Diagnostic.Create(descriptor, location, args);
    }

    /// <summary>
    /// One descriptor per catalogue id. The file-level rules (<see cref="InvalidItems.IsFileLevel"/>) are never
    /// configurable (<see cref="WellKnownDiagnosticTags.NotConfigurable"/>): no severity setting can hide a file that is
    /// not read. With <paramref name="fixedSeverity"/>, every error rule is not configurable.
    /// </summary>
    private static Dictionary<string, DiagnosticDescriptor> Build(bool fixedSeverity)
    {
        var descriptors = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var info in DiagnosticCatalogue.All)
        {
            var isError = info.Severity == DatasetDiagnosticSeverity.Error;
            descriptors[info.Id] = new DiagnosticDescriptor(
                info.Id,
                info.Title,
                info.MessageFormat,
                DiagnosticDescriptorInfo.Category,
                isError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                isEnabledByDefault: true,
                helpLinkUri: info.HelpLink,
                customTags: isError && (fixedSeverity || InvalidItems.IsFileLevel(info.Id)) ? new[] { WellKnownDiagnosticTags.NotConfigurable } : System.Array.Empty<string>());
        }

        return descriptors;
    }
}
