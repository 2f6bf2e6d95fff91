using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Cianopramine.Data.Benchmarks.Infrastructure.StjDtos;

namespace Cianopramine.Data.Benchmarks.Infrastructure;

/// <summary>
/// The System.Text.Json baseline: the data file deserialised into the library's data-transfer records
/// (<c>DatasetFileDto</c>) with its source-generated <c>DatasetJsonContext</c>: no reflection, the fastest way
/// System.Text.Json reads the format. It yields records of strings, not the model: no validation, no identifiers parsed,
/// no ids resolved, no indexes, so it is a lower bound on the cost of any System.Text.Json-based load.
/// </summary>
/// <remarks>
/// The library's records are written, not read (loading goes through the shared reader), and the converter of
/// <c>enzymes</c> (a word or a list) only writes. A contract modifier gives that one property a reading converter;
/// everything else is the generated metadata as it is.
/// </remarks>
internal static class StjBaseline
{
    private static JsonTypeInfo<DatasetFileDto>? _typeInfo;

    /// <summary>The type information, created on first use (part of a cold start, as in an application).</summary>
    public static JsonTypeInfo<DatasetFileDto> TypeInfo => _typeInfo ??= CreateTypeInfo();

    /// <summary>Deserialises a data file.</summary>
    public static DatasetFileDto Deserialize(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, TypeInfo) ?? throw new JsonException("The file is null.");

    /// <summary>The number of records deserialised, to check the baseline reads everything.</summary>
    public static int CountItems(DatasetFileDto file) =>
        (file.References?.Length ?? 0) + (file.Compounds?.Length ?? 0) + (file.Targets?.Length ?? 0) + (file.Assays?.Length ?? 0) +
        (file.Results?.Length ?? 0) + (file.Transformations?.Length ?? 0) + (file.Mechanisms?.Length ?? 0) + (file.Gaps?.Length ?? 0);

    private static JsonTypeInfo<DatasetFileDto> CreateTypeInfo()
    {
        var options = new JsonSerializerOptions(DatasetJsonContext.Default.Options)
        {
            TypeInfoResolver = DatasetJsonContext.Default.WithAddedModifier(ReadEnzymes),
        };
        return (JsonTypeInfo<DatasetFileDto>)options.GetTypeInfo(typeof(DatasetFileDto));
    }

    private static void ReadEnzymes(JsonTypeInfo info)
    {
        if (info.Type != typeof(TransformationDto))
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.PropertyType == typeof(EnzymesDto))
            {
                property.CustomConverter = new EnzymesReader();
            }
        }
    }

    /// <summary>Reads <c>"enzymes"</c>: <c>"not-reported"</c>, <c>"none"</c> or an array of names.</summary>
    private sealed class EnzymesReader : JsonConverter<EnzymesDto>
    {
        public override EnzymesDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return new EnzymesDto(reader.GetString(), null);
            }

            var names = new List<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                names.Add(reader.GetString() ?? throw new JsonException("An enzyme name is null."));
            }

            return new EnzymesDto(null, names.ToArray());
        }

        public override void Write(Utf8JsonWriter writer, EnzymesDto value, JsonSerializerOptions options) =>
            throw new NotSupportedException("Read only.");
    }
}
