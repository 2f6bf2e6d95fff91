using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cianopramine.Data.Benchmarks.Infrastructure.StjDtos;

/// <summary>Writes <see cref="EnzymesDto"/> as its word or as an array of names. Write-only: loading uses the shared reader.</summary>
internal sealed class EnzymesJsonConverter : JsonConverter<EnzymesDto>
{
    public override EnzymesDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Data files are read by DatasetLoader, not deserialised.");

    public override void Write(Utf8JsonWriter writer, EnzymesDto value, JsonSerializerOptions options)
    {
        if (value.Names is { } names)
        {
            writer.WriteStartArray();
            foreach (var name in names)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteStringValue(value.Word);
        }
    }
}
