namespace Cianopramine.Data.Import;

/// <summary>
/// A row, or a cell of a row, that an importer could not map; nothing is guessed. The row is left out whole, unless
/// the message says that only the cell is left out (an identifier the format does not accept, in a row that is imported).
/// </summary>
/// <remarks>Built by the importers only; a report, compared by reference.</remarks>
public sealed class ImportProblem
{
    internal ImportProblem(int line, string? column, string message)
    {
        Line = line;
        Column = column;
        Message = message;
    }

    /// <summary>The one-based line of the row in the source file (the first line of the file is line 1).</summary>
    public int Line { get; }

    /// <summary>
    /// The source column the problem is in (prefixed with the file's name when an import reads two files), or null when
    /// it concerns the whole row.
    /// </summary>
    public string? Column { get; }

    /// <summary>What could not be mapped, and why.</summary>
    public string Message { get; }

    /// <summary><c>line 12, Standard Units: 'ug.mL-1' is not a molar unit</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Column is null ? $"line {Line}: {Message}" : $"line {Line}, {Column}: {Message}";
}
