using System.Text.Json.Serialization;

namespace Cianopramine.Data.Serialization.Json;

/// <summary>
/// The source-generated serialisation metadata of the data-file records: no reflection, safe under trimming and
/// Native AOT. Property names are camelCase; null properties are left out.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(DatasetFileDto))]
[JsonSerializable(typeof(ReferenceDto))]
[JsonSerializable(typeof(CompoundDto))]
[JsonSerializable(typeof(TargetDto))]
[JsonSerializable(typeof(AssayDto))]
[JsonSerializable(typeof(ResultDto))]
[JsonSerializable(typeof(TransformationDto))]
[JsonSerializable(typeof(MechanismDto))]
[JsonSerializable(typeof(GapDto))]
internal sealed partial class DatasetJsonContext : JsonSerializerContext
{
}
