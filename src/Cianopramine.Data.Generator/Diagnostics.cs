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
    private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors = Build();

    /// <summary>Every descriptor, by id.</summary>
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> All => Descriptors;

    /// <summary>Turns a shared diagnostic into a compiler diagnostic at the data file's line and column.</summary>
    public static Diagnostic Create(DatasetDiagnostic diagnostic)
    {
        var descriptor = Descriptors[diagnostic.Id];
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

    private static Dictionary<string, DiagnosticDescriptor> Build()
    {
        var descriptors = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var info in DiagnosticCatalogue.All)
        {
            descriptors[info.Id] = new DiagnosticDescriptor(
                info.Id,
                info.Title,
                info.MessageFormat,
                DiagnosticDescriptorInfo.Category,
                info.Severity == DatasetDiagnosticSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                isEnabledByDefault: true,
                helpLinkUri: info.HelpLink);
        }

        return descriptors;
    }
}
