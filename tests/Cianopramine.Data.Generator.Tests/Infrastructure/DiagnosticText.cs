using Microsoft.CodeAnalysis;

namespace Cianopramine.Data.Generator.Tests.Infrastructure;

/// <summary>Diagnostics as the tests compare them: id, file and one-based line and column, as compilers print them.</summary>
internal static class DiagnosticText
{
    /// <summary><c>CPD0008 /path/file.dataset.json(9,31)</c>.</summary>
    public static string IdAndPosition(this Diagnostic diagnostic) => diagnostic.Id + " " + diagnostic.Position();

    /// <summary><c>/path/file.dataset.json(9,31)</c>, one-based.</summary>
    public static string Position(this Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }
}
