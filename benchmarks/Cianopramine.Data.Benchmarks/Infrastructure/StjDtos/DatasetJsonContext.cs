using System.Text.Json.Serialization;

namespace Cianopramine.Data.Benchmarks.Infrastructure.StjDtos;

/// <summary>
/// The baseline the benchmarks compare first access and loading with: plain records of the data-file format and their
/// source-generated System.Text.Json metadata, deserialised with no validation. They belong to the benchmarks, not
/// the library, which reads and writes the format through its own reader and <c>ModelFormat</c>.
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
