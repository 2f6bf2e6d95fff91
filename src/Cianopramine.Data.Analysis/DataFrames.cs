using System;
using System.Collections.Generic;
using Apache.Arrow;
using Microsoft.Data.Analysis;

namespace Cianopramine.Data.Analysis;

public sealed partial class DatasetTables
{
    /// <summary>
    /// The results as a <see cref="DataFrame"/> (Microsoft.Data.Analysis), for notebooks: every typed column of the
    /// results table; list columns are joined with "; " and the <c>json</c> column is left out.
    /// </summary>
    /// <returns>A new DataFrame.</returns>
    public DataFrame ToDataFrame() => ToDataFrame(Results);

    /// <summary>Any analysis table as a <see cref="DataFrame"/> (list columns joined with "; ", <c>json</c> left out).</summary>
    /// <param name="table">One of <see cref="Tables"/>.</param>
    /// <returns>A new DataFrame.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException">A column has an Arrow type that no DataFrame column holds (the tables of this package have none: strings, doubles, 32- and 64-bit integers, booleans and lists of strings).</exception>
    public static DataFrame ToDataFrame(RecordBatch table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = new List<DataFrameColumn>();
        for (var c = 0; c < table.ColumnCount; c++)
        {
            var name = table.Schema.GetFieldByIndex(c).Name;
            if (name == "json")
            {
                continue;
            }

            columns.Add(table.Column(c) switch
            {
                StringArray a => Fill(new StringDataFrameColumn(name, a.Length), a.Length, i => a.GetString(i)),
                DoubleArray a => new DoubleDataFrameColumn(name, Values(a.Length, a.GetValue)),
                Int32Array a => new Int32DataFrameColumn(name, Values(a.Length, a.GetValue)),
                Int64Array a => new Int64DataFrameColumn(name, Values(a.Length, a.GetValue)),
                BooleanArray a => new BooleanDataFrameColumn(name, Values(a.Length, a.GetValue)),
                ListArray a => Fill(new StringDataFrameColumn(name, a.Length), a.Length, i => Join(a, i)),
                var other => throw new NotSupportedException($"No DataFrame column for {name} ({other.Data.DataType.Name})."),
            });
        }

        return new DataFrame(columns);
    }

    private static StringDataFrameColumn Fill(StringDataFrameColumn column, int length, Func<int, string?> get)
    {
        for (var i = 0; i < length; i++)
        {
            column[i] = get(i);
        }

        return column;
    }

    private static IEnumerable<T?> Values<T>(int length, Func<int, T?> get)
        where T : struct
    {
        for (var i = 0; i < length; i++)
        {
            yield return get(i);
        }
    }

    private static string Join(ListArray lists, int row)
    {
        var values = (StringArray)lists.Values;
        var parts = new string[lists.ValueOffsets[row + 1] - lists.ValueOffsets[row]];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = values.GetString(lists.ValueOffsets[row] + i)!;
        }

        return string.Join("; ", parts);
    }
}
