namespace Cianopramine.Data.Tests.Facts;

/// <summary>The pipe tables of a Markdown file, each under the heading it follows.</summary>
internal sealed class MarkdownTables
{
    private readonly Dictionary<string, MarkdownTable> _byHeading;

    private MarkdownTables(string text, Dictionary<string, MarkdownTable> byHeading)
    {
        Text = text;
        _byHeading = byHeading;
    }

    /// <summary>The whole file.</summary>
    public string Text { get; }

    /// <summary>The headings that have a table.</summary>
    public IEnumerable<string> Headings => _byHeading.Keys;

    /// <summary>The table under a heading (its text without the leading #s).</summary>
    public MarkdownTable this[string heading] =>
        _byHeading.TryGetValue(heading, out var table)
            ? table
            : throw new KeyNotFoundException($"docs/dataset.md has no table under a heading '{heading}'; it has: {string.Join(", ", _byHeading.Keys)}.");

    /// <summary>Reads the tables of a file: a table is consecutive lines starting with '|', its second line the separator.</summary>
    public static MarkdownTables Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var tables = new Dictionary<string, MarkdownTable>(StringComparer.Ordinal);
        string? heading = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#'))
            {
                heading = line.TrimStart('#').Trim();
                continue;
            }

            if (!line.StartsWith('|') || heading is null)
            {
                continue;
            }

            var start = i;
            var block = new List<(int Line, string Text)>();
            while (i < lines.Length && lines[i].StartsWith('|'))
            {
                block.Add((i + 1, lines[i]));
                i++;
            }

            if (block.Count < 2)
            {
                throw new FormatException($"docs/dataset.md line {start + 1}: a table needs a header and a separator line.");
            }

            var columns = Cells(block[0].Text);
            var rows = new List<MarkdownRow>();
            foreach (var (number, rowText) in block.Skip(2))
            {
                var cells = Cells(rowText);
                if (cells.Count != columns.Count)
                {
                    throw new FormatException($"docs/dataset.md line {number}: {cells.Count} cells, but the table under '{heading}' has {columns.Count} columns.");
                }

                rows.Add(new MarkdownRow(heading, number, columns, cells));
            }

            if (!tables.TryAdd(heading, new MarkdownTable(heading, columns, rows)))
            {
                throw new FormatException($"docs/dataset.md has two tables under '{heading}'.");
            }
        }

        return new MarkdownTables(text, tables);
    }

    private static List<string> Cells(string line)
    {
        var inner = line.Trim();
        inner = inner.Substring(1, inner.EndsWith('|') ? inner.Length - 2 : inner.Length - 1);
        return inner.Split('|').Select(c => c.Trim()).ToList();
    }
}

/// <summary>One pipe table.</summary>
internal sealed record MarkdownTable(string Heading, IReadOnlyList<string> Columns, IReadOnlyList<MarkdownRow> Rows)
{
    /// <summary>The rows keyed by a column's value; fails on a repeated key.</summary>
    public Dictionary<string, MarkdownRow> ByKey(string column)
    {
        var byKey = new Dictionary<string, MarkdownRow>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            if (!byKey.TryAdd(row[column], row))
            {
                throw new FormatException($"docs/dataset.md line {row.Line}: '{row[column]}' appears twice in the {column} column under '{Heading}'.");
            }
        }

        return byKey;
    }
}

/// <summary>One row of a pipe table.</summary>
internal sealed class MarkdownRow
{
    private readonly IReadOnlyList<string> _columns;
    private readonly IReadOnlyList<string> _cells;

    public MarkdownRow(string heading, int line, IReadOnlyList<string> columns, IReadOnlyList<string> cells)
    {
        Heading = heading;
        Line = line;
        _columns = columns;
        _cells = cells;
    }

    public string Heading { get; }

    /// <summary>The 1-based line number in the file.</summary>
    public int Line { get; }

    /// <summary>The cell under a column.</summary>
    public string this[string column]
    {
        get
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                if (string.Equals(_columns[i], column, StringComparison.Ordinal))
                {
                    return _cells[i];
                }
            }

            throw new KeyNotFoundException($"The table under '{Heading}' has no column '{column}'; it has: {string.Join(", ", _columns)}.");
        }
    }

    public override string ToString() => $"docs/dataset.md line {Line}";
}
