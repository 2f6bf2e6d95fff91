using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Cianopramine.Data.Serialization;
using Cianopramine.Data.Serialization.Json;

namespace Cianopramine.Data.Tests.Serialization;

/// <summary>The serialiser uses only source-generated metadata: nothing that trimming or Native AOT would break.</summary>
public class AotSafetyTests
{
    [Fact]
    public void The_data_file_context_is_source_generated_and_resolves_only_its_own_types()
    {
        var context = DatasetJsonContext.Default;

        context.Should().BeAssignableTo<JsonSerializerContext>();
        context.Options.TypeInfoResolver.Should().BeSameAs(context);
        context.GetTypeInfo(typeof(Dataset)).Should().BeNull("the model itself is never serialised by reflection");
        context.DatasetFileDto.Kind.Should().Be(JsonTypeInfoKind.Object);
        context.DatasetFileDto.Properties.Should().NotBeEmpty();
    }

    [Fact]
    public void Export_works_with_reflection_based_serialisation_unavailable()
    {
        // The reflection fallback is switched off for the whole library in AOT publishing
        // (JsonSerializerIsReflectionEnabledByDefault=false); an options object without a reflection resolver
        // proves the export needs none.
        var options = new JsonSerializerOptions { TypeInfoResolver = DatasetJsonContext.Default };
        var dto = DtoMapper.ToDto(CianopramineDataset.Instance, schema: null);

        var json = JsonSerializer.Serialize(dto, options.GetTypeInfo(typeof(DatasetFileDto)));

        json.Should().Contain("\"type\":\"quantitative\"");
        DatasetJson.Export(CianopramineDataset.Instance).Should().NotBeEmpty();
    }

    [Fact]
    public void The_library_never_calls_the_reflection_based_serializer_overloads()
    {
        // JsonSerializer methods that take no JsonTypeInfo or context use reflection; the library references none.
        var library = typeof(Dataset).Assembly;
        var reflectionOverloads = typeof(JsonSerializer).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.GetCustomAttributes().Any(a => a.GetType().Name is "RequiresUnreferencedCodeAttribute" or "RequiresDynamicCodeAttribute"))
            .ToHashSet();

        reflectionOverloads.Should().NotBeEmpty();
        var callers = library.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.GetMethodBody() is not null && CallsAny(m, reflectionOverloads))
            .Select(m => m.DeclaringType + "." + m.Name);

        callers.Should().BeEmpty();
    }

    private static bool CallsAny(MethodInfo method, HashSet<MethodInfo> targets)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        for (var i = 0; i + 4 < il.Length; i++)
        {
            // call (0x28) and callvirt (0x6F) take a 4-byte method token.
            if (il[i] is 0x28 or 0x6F)
            {
                try
                {
                    var token = BitConverter.ToInt32(il, i + 1);
                    if (method.Module.ResolveMethod(token, method.DeclaringType?.GetGenericArguments(), method.GetGenericArguments()) is MethodInfo called &&
                        targets.Contains(called.IsGenericMethod ? called.GetGenericMethodDefinition() : called))
                    {
                        return true;
                    }
                }
                catch (ArgumentException)
                {
                    // Not a method token: the byte was an operand, not an opcode.
                }
            }
        }

        return false;
    }
}
