using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using Apache.Arrow;
using Microsoft.Data.Analysis;

namespace Cianopramine.Data.Analysis;

/// <summary>
/// HTML and SVG for notebooks: a DataFrame as a table (registered as its HTML formatter by the package's notebook
/// extension) and a potency-distribution plot (p-values per target) drawn from the results table.
/// </summary>
public static class AnalysisHtml
{
    /// <summary>A DataFrame as an HTML table of its first rows; every cell is HTML-encoded.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="maxRows">The most rows shown (20).</param>
    /// <returns>An HTML fragment with class <c>cpd-dataframe</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="frame"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRows"/> is negative.</exception>
    public static string ToHtml(DataFrame frame, int maxRows = 20)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var html = new StringBuilder("<table class=\"cpd-dataframe\"><thead><tr>");
        foreach (var column in frame.Columns)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(column.Name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        var rows = Math.Min(frame.Rows.Count, maxRows);
        for (long r = 0; r < rows; r++)
        {
            html.Append("<tr>");
            foreach (var column in frame.Columns)
            {
                var value = column[r];
                html.Append("<td>").Append(WebUtility.HtmlEncode(value switch
                {
                    null => string.Empty,
                    double d => d.ToString("G6", CultureInfo.InvariantCulture),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    _ => value.ToString(),
                })).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        html.Append("<p class=\"cpd-dataframe-rows\">").Append(rows.ToString(CultureInfo.InvariantCulture)).Append(" of ")
            .Append(frame.Rows.Count.ToString(CultureInfo.InvariantCulture)).Append(" rows, ")
            .Append(frame.Columns.Count.ToString(CultureInfo.InvariantCulture)).Append(" columns</p>");
        return html.ToString();
    }

    /// <summary>
    /// The potency distribution per target as an SVG strip plot: one row per target symbol, one dot per result with a
    /// p-value (pIC50, pKi, … of a molar concentration), hollow when the value is censored. Results without a
    /// p-value are counted in the row's label, not drawn.
    /// </summary>
    /// <param name="results">The results table (<see cref="DatasetTables.Results"/>).</param>
    /// <returns>An SVG element with class <c>cpd-potency-plot</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is not a results table: it lacks the <c>target_symbol</c>, <c>p_value</c> or <c>censored</c> column of this package's schema.</exception>
    public static string PotencyPlotSvg(RecordBatch results)
    {
        ArgumentNullException.ThrowIfNull(results);
        // Checked, not cast: another table (or any RecordBatch) threw InvalidCastException or ArgumentOutOfRangeException.
        var symbols = ResultsColumn<StringArray>(results, "target_symbol");
        var pValues = ResultsColumn<DoubleArray>(results, "p_value");
        var censored = ResultsColumn<BooleanArray>(results, "censored");
        var rows = Enumerable.Range(0, results.Length)
            .GroupBy(i => symbols.GetString(i)!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToArray();
        var values = Enumerable.Range(0, results.Length).Select(i => pValues.GetValue(i)).Where(v => v is not null).Select(v => v!.Value).ToArray();
        var min = values.Length == 0 ? 3 : Math.Floor(values.Min()) - 1;
        var max = values.Length == 0 ? 10 : Math.Ceiling(values.Max()) + 1;
        const int left = 260, width = 420, rowHeight = 28, top = 20;
        var height = top + (rows.Length * rowHeight) + 40;
        string X(double p) => (left + ((p - min) / (max - min) * width)).ToString("F1", CultureInfo.InvariantCulture);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"cpd-potency-plot\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{left + width + 20}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>Potency distribution per target (p-value of molar results)</title>");
        for (var r = 0; r < rows.Length; r++)
        {
            var y = top + (r * rowHeight) + (rowHeight / 2);
            var drawn = rows[r].Where(i => pValues.GetValue(i) is not null).ToArray();
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 8}\" y=\"{y + 4}\" text-anchor=\"end\">{WebUtility.HtmlEncode(rows[r].Key)} ({drawn.Length} of {rows[r].Count()})</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{left + width}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#ddd\"/>");
            foreach (var i in drawn)
            {
                var p = pValues.GetValue(i)!.Value;
                var open = censored.GetValue(i) == true;
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(p)}\" cy=\"{y}\" r=\"4\" fill=\"{(open ? "none" : "#1f77b4")}\" stroke=\"#1f77b4\"><title>{p.ToString("F2", CultureInfo.InvariantCulture)}</title></circle>");
            }
        }

        var axis = top + (rows.Length * rowHeight) + 6;
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{left + width}\" y1=\"{axis}\" y2=\"{axis}\" stroke=\"#333\"/>");
        for (var p = min; p <= max; p++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(p)}\" y=\"{axis + 16}\" text-anchor=\"middle\">{p.ToString("F0", CultureInfo.InvariantCulture)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + (width / 2)}\" y=\"{axis + 32}\" text-anchor=\"middle\">p-value (−log10 M); hollow: censored</text></svg>");
        return svg.ToString();
    }

    /// <summary>A column of a results table, by name and Arrow type.</summary>
    private static T ResultsColumn<T>(RecordBatch results, string name)
        where T : class, IArrowArray
    {
        for (var c = 0; c < results.ColumnCount; c++)
        {
            if (results.Schema.GetFieldByIndex(c).Name == name && results.Column(c) is T column)
            {
                return column;
            }
        }

        throw new ArgumentException(
            $"The batch is not a results table of Cianopramine.Data.Analysis: it has no {name} column of type {typeof(T).Name} (pass DatasetTables.Results).", nameof(results));
    }
}
