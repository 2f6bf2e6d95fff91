using Cianopramine.Data.Reliability;
using Microsoft.CodeAnalysis;

namespace Cianopramine.Data.Generator.Tests.Infrastructure;

/// <summary>The shared diagnostic cases (Reliability/Shared/DiagnosticCases.cs) as the compiler hands them to the generator.</summary>
internal static class DiagnosticCaseTexts
{
    /// <summary>The fixture's data files as additional texts whose paths are the files' full paths, in ordinal order.</summary>
    public static IReadOnlyList<AdditionalText> Texts(this DiagnosticCase diagnosticCase) =>
        diagnosticCase.Missing
            ? [.. diagnosticCase.Paths().Select(path => (AdditionalText)new UnopenableText(path))]
            : [.. diagnosticCase.Paths().Select(Fixtures.Load)];

    /// <summary>An additional file the compiler could not open: listed in the project, but not on disk.</summary>
    private sealed class UnopenableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }
}
