using System;
using System.Text.Json;
using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Export;

/// <summary>
/// Writes the calls of <see cref="ModelFormat"/> as a data file: enumerations as their words, links and references as
/// ids, decimals exactly as stored, absent values and empty optional lists left out. No reflection and no serializer
/// metadata: it works under trimming and Native AOT.
/// </summary>
internal sealed class JsonSink : IModelSink
{
    private readonly Utf8JsonWriter _writer;
    private readonly string? _schema;
    private int _depth;

    public JsonSink(Utf8JsonWriter writer, string? schema)
    {
        _writer = writer;
        _schema = schema;
    }

    public bool SortsItemsById => false;

    public void BeginObject(string? name)
    {
        if (name is null)
        {
            _writer.WriteStartObject();
        }
        else
        {
            _writer.WriteStartObject(name);
        }

        if (_depth++ == 0 && _schema is not null)
        {
            _writer.WriteString("$schema", _schema);
        }
    }

    public bool BeginOptionalObject(string name, bool present)
    {
        if (present)
        {
            BeginObject(name);
        }

        return present;
    }

    public void EndObject()
    {
        _writer.WriteEndObject();
        _depth--;
    }

    public bool BeginArray(string name, int count, bool required)
    {
        if (count == 0 && !required)
        {
            return false;
        }

        _writer.WriteStartArray(name);
        return true;
    }

    public void EndArray() => _writer.WriteEndArray();

    public void String(string? name, string value)
    {
        if (name is null)
        {
            _writer.WriteStringValue(value);
        }
        else
        {
            _writer.WriteString(name, value);
        }
    }

    public void OptionalString(string name, string? value)
    {
        if (value is not null)
        {
            _writer.WriteString(name, value);
        }
    }

    public void OptionalInteger(string name, long? value)
    {
        if (value is { } v)
        {
            _writer.WriteNumber(name, v);
        }
    }

    public void Decimal(string name, decimal value) => _writer.WriteNumber(name, value);

    public void OptionalDecimal(string name, decimal? value)
    {
        if (value is { } v)
        {
            _writer.WriteNumber(name, v);
        }
    }

    public void OptionalDouble(string name, double? value)
    {
        if (value is { } v)
        {
            _writer.WriteNumber(name, v);
        }
    }

    public void Flag(string name, bool value)
    {
        if (value)
        {
            _writer.WriteBoolean(name, true);
        }
    }

    public void OptionalBool(string name, bool? value)
    {
        if (value is { } v)
        {
            _writer.WriteBoolean(name, v);
        }
    }

    public void Word<TEnum>(string? name, TEnum value)
        where TEnum : struct, Enum => String(name, EnumWords.For<TEnum>().ToWord(value));

    public void OptionalWord<TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } v)
        {
            Word(name, v);
        }
    }

    public void Link(string? name, LinkKind kind, string id) => String(name, id);

    public void OptionalLink(string name, LinkKind kind, string? id) => OptionalString(name, id);

    public void Enzymes(string name, EnzymeEvidence evidence, ValueArray<string> names)
    {
        if (evidence != EnzymeEvidence.Reported)
        {
            Word(name, evidence);
            return;
        }

        _writer.WriteStartArray(name);
        foreach (var enzyme in names)
        {
            _writer.WriteStringValue(enzyme);
        }

        _writer.WriteEndArray();
    }

    public void References(string name, ValueArray<Reference> references, bool required)
    {
        if (!BeginArray(name, references.Count, required))
        {
            return;
        }

        foreach (var reference in references)
        {
            _writer.WriteStringValue(reference.Id);
        }

        _writer.WriteEndArray();
    }
}
