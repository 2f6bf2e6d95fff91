using System;
using System.Collections.Generic;
using System.IO;

namespace Cianopramine.Data.Export;

/// <summary>Writes RFC 4180 records: CRLF after every record, fields quoted when they hold a comma, quote, CR or LF.</summary>
internal sealed class CsvWriter
{
    private readonly TextWriter _writer;
    private readonly bool _neutralise;

    public CsvWriter(TextWriter writer, bool neutralise)
    {
        _writer = writer;
        _neutralise = neutralise;
    }

    /// <summary>Writes one record.</summary>
    /// <param name="cells">The cells; a <see cref="CsvCell.IsNumber"/> cell is never neutralised.</param>
    public void WriteRecord(IReadOnlyList<CsvCell> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            var text = cells[i].Text ?? string.Empty;
            if (_neutralise && !cells[i].IsNumber)
            {
                text = Neutralise(text);
            }

            WriteField(text);
        }

        _writer.Write("\r\n");
    }

    /// <summary>Prefixes an apostrophe to text that a spreadsheet would run as a formula.</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The text, safe to open in a spreadsheet.</returns>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private void WriteField(string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(text);
            return;
        }

        _writer.Write('"');
        _writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }
}

/// <summary>A CSV cell: text, or a number the exporter formatted (which is never neutralised).</summary>
/// <param name="Text">The cell's text; <see langword="null"/> for an empty cell.</param>
/// <param name="IsNumber">Whether the text is a number formatted by the exporter.</param>
internal readonly record struct CsvCell(string? Text, bool IsNumber = false)
{
    public static implicit operator CsvCell(string? text) => new(text);
}
