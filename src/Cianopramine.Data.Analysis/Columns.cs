using System;
using System.Collections.Generic;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace Cianopramine.Data.Analysis;

/// <summary>
/// One column of a table: its name, Arrow type, description and how a row fills it. A table's columns are declared
/// once (<see cref="AnalysisSchema"/>); the Arrow schema, the Parquet schema and the DataFrame all follow from them.
/// </summary>
internal abstract class ColumnSpec<TRow>
{
    protected ColumnSpec(string name, string description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string Description { get; }

    public abstract IArrowType Type { get; }

    public virtual bool Nullable => true;

    public Field Field => new(Name, Type, Nullable, new Dictionary<string, string> { ["description"] = Description });

    public abstract IColumnBuilder<TRow> CreateBuilder();
}

internal interface IColumnBuilder<TRow>
{
    void Append(TRow row);

    IArrowArray Build();
}

internal sealed class StringColumn<TRow>(string name, string description, Func<TRow, string?> get, bool nullable = true) : ColumnSpec<TRow>(name, description)
{
    public override IArrowType Type => StringType.Default;

    public override bool Nullable => nullable;

    public override IColumnBuilder<TRow> CreateBuilder() => new Builder(get);

    private sealed class Builder(Func<TRow, string?> get) : IColumnBuilder<TRow>
    {
        private readonly StringArray.Builder _builder = new();

        public void Append(TRow row)
        {
            if (get(row) is { } value)
            {
                _builder.Append(value);
            }
            else
            {
                _builder.AppendNull();
            }
        }

        public IArrowArray Build() => _builder.Build();
    }
}

internal sealed class DoubleColumn<TRow>(string name, string description, Func<TRow, double?> get) : ColumnSpec<TRow>(name, description)
{
    public override IArrowType Type => DoubleType.Default;

    public override IColumnBuilder<TRow> CreateBuilder() => new Builder(get);

    private sealed class Builder(Func<TRow, double?> get) : IColumnBuilder<TRow>
    {
        private readonly DoubleArray.Builder _builder = new();

        public void Append(TRow row) => _builder.Append(get(row));

        public IArrowArray Build() => _builder.Build();
    }
}

internal sealed class Int32Column<TRow>(string name, string description, Func<TRow, int?> get) : ColumnSpec<TRow>(name, description)
{
    public override IArrowType Type => Int32Type.Default;

    public override IColumnBuilder<TRow> CreateBuilder() => new Builder(get);

    private sealed class Builder(Func<TRow, int?> get) : IColumnBuilder<TRow>
    {
        private readonly Int32Array.Builder _builder = new();

        public void Append(TRow row) => _builder.Append(get(row));

        public IArrowArray Build() => _builder.Build();
    }
}

internal sealed class Int64Column<TRow>(string name, string description, Func<TRow, long> get) : ColumnSpec<TRow>(name, description)
{
    public override IArrowType Type => Int64Type.Default;

    public override bool Nullable => false;

    public override IColumnBuilder<TRow> CreateBuilder() => new Builder(get);

    private sealed class Builder(Func<TRow, long> get) : IColumnBuilder<TRow>
    {
        private readonly Int64Array.Builder _builder = new();

        public void Append(TRow row) => _builder.Append(get(row));

        public IArrowArray Build() => _builder.Build();
    }
}

internal sealed class BooleanColumn<TRow>(string name, string description, Func<TRow, bool?> get) : ColumnSpec<TRow>(name, description)
{
    public override IArrowType Type => BooleanType.Default;

    public override IColumnBuilder<TRow> CreateBuilder() => new Builder(get);

    private sealed class Builder(Func<TRow, bool?> get) : IColumnBuilder<TRow>
    {
        private readonly BooleanArray.Builder _builder = new();

        public void Append(TRow row)
        {
            if (get(row) is { } value)
            {
                _builder.Append(value);
            }
            else
            {
                _builder.AppendNull();
            }
        }

        public IArrowArray Build() => _builder.Build();
    }
}

/// <summary>A list of strings; an empty list is an empty list (never null), so "no species stated" stays distinguishable from a value.</summary>
internal sealed class StringListColumn<TRow>(string name, string description, Action<TRow, List<string>> fill) : ColumnSpec<TRow>(name, description)
{
    public override IArrowType Type => new ListType(new Field("element", StringType.Default, nullable: false));

    public override bool Nullable => false;

    public override IColumnBuilder<TRow> CreateBuilder() => new Builder(fill);

    private sealed class Builder(Action<TRow, List<string>> fill) : IColumnBuilder<TRow>
    {
        private readonly ListArray.Builder _builder = new(new Field("element", StringType.Default, nullable: false));
        private readonly List<string> _items = new();

        public void Append(TRow row)
        {
            _items.Clear();
            fill(row, _items);
            _builder.Append();
            var values = (StringArray.Builder)_builder.ValueBuilder;
            foreach (var item in _items)
            {
                values.Append(item);
            }
        }

        public IArrowArray Build() => _builder.Build();
    }
}
