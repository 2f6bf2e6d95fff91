using System.Globalization;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// Where something is in a data file: a character span, its zero-based line and column range (like Roslyn's
/// <c>LinePosition</c>; columns count UTF-16 code units) and the JSON path of the value.
/// </summary>
/// <param name="FilePath">The file, as given to the reader.</param>
/// <param name="Start">The zero-based offset of the first character, in UTF-16 code units of the file's text.</param>
/// <param name="Length">The length in UTF-16 code units.</param>
/// <param name="StartLine">The zero-based line of the first character.</param>
/// <param name="StartColumn">The zero-based column of the first character.</param>
/// <param name="EndLine">The zero-based line just after the span.</param>
/// <param name="EndColumn">The zero-based column just after the span.</param>
/// <param name="JsonPath">The JSON path of the value, e.g. <c>$.results[3].value.unit</c>.</param>
internal sealed record SourceLocation(
    string FilePath,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    string JsonPath)
{
    /// <summary>The one-based line, as editors and compiler output show it.</summary>
    public int DisplayLine => StartLine + 1;

    /// <summary>The one-based column, as editors and compiler output show it.</summary>
    public int DisplayColumn => StartColumn + 1;

    /// <summary>The one-based end line.</summary>
    public int DisplayEndLine => EndLine + 1;

    /// <summary>The one-based end column.</summary>
    public int DisplayEndColumn => EndColumn + 1;

    /// <summary>A location at the very start of a file, for problems with the file as a whole.</summary>
    /// <param name="filePath">The file.</param>
    /// <returns>The location of offset 0, path <c>$</c>.</returns>
    public static SourceLocation StartOfFile(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0, "$");

    /// <summary>
    /// A place in data that has no text: a JSON path in a dataset built in memory (a merge). Its line and column are
    /// 0, which <see cref="DisplayLine"/> and <see cref="DisplayColumn"/> show as 0, not as a position.
    /// </summary>
    /// <param name="name">What the data is, e.g. <c>merge of 'a' and 'b'</c>.</param>
    /// <param name="jsonPath">The JSON path the data would have in a file.</param>
    /// <returns>The location.</returns>
    public static SourceLocation InMemory(string name, string jsonPath) => new(name, 0, 0, -1, -1, -1, -1, jsonPath);

    /// <summary>The same place with only its first character, e.g. the opening brace of an object.</summary>
    /// <returns>A location of length at most one.</returns>
    public SourceLocation FirstCharacter() =>
        Length <= 1 ? this : this with { Length = 1, EndLine = StartLine, EndColumn = StartColumn + 1 };

    /// <summary>Formats as <c>path(line,column)</c> with one-based numbers, as compilers print locations.</summary>
    /// <returns>The display form.</returns>
    public override string ToString() =>
        FilePath + "(" + DisplayLine.ToString(CultureInfo.InvariantCulture) + "," +
        DisplayColumn.ToString(CultureInfo.InvariantCulture) + ")";
}
