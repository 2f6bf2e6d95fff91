using Cianopramine.Data.Reliability;
using Microsoft.CodeAnalysis;

namespace Cianopramine.Data.Generator.Tests.Infrastructure;

/// <summary>The shared diagnostic cases (Reliability/Shared/DiagnosticCases.cs) as the compiler hands them to the generator.</summary>
internal static class DiagnosticCaseTexts
{
    /// <summary>The fixture's data files as additional texts whose paths are the files' full paths, in ordinal order.</summary>
    public static IReadOnlyList<AdditionalText> Texts(this DiagnosticCase diagnosticCase) =>
        [.. diagnosticCase.Paths().Select(Fixtures.Load)];
}
