namespace Cianopramine.Data.Export;

/// <summary>How <see cref="ResultCsv"/> writes results.</summary>
public sealed class ResultCsvOptions
{
    /// <summary>The default options: formulas neutralised, no byte order mark.</summary>
    internal static ResultCsvOptions Default { get; } = new();

    /// <summary>
    /// Whether a text cell that a spreadsheet would run as a formula (one starting with <c>=</c>, <c>+</c>, <c>-</c>,
    /// <c>@</c>, a tab or a carriage return) gets a leading apostrophe, so that it is shown as text. Default: true.
    /// Numbers the exporter formats itself (<c>-12</c>) are never changed.
    /// </summary>
    public bool NeutraliseFormulas { get; init; } = true;

    /// <summary>Whether a stream or file starts with a UTF-8 byte order mark (which some spreadsheets need to detect UTF-8). Default: false.</summary>
    public bool ByteOrderMark { get; init; }
}
