using System.Collections;
using System.Reflection;
using Cianopramine.Data.Display;
using Cianopramine.Data.Export;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// The public API of the core package as the reflection tests see it: every public type (generic ones closed over a
/// type of the embedded dataset), and a valid value of each type a public member takes or is declared on, taken from
/// the embedded dataset (<c>CianopramineDataset.Instance</c>).
/// </summary>
internal static class ApiSamples
{
    public static readonly Assembly Library = typeof(Dataset).Assembly;

    private static readonly Dataset Data = CianopramineDataset.Instance;

    /// <summary>The public types, generic definitions closed over a dataset type; the generated-code entry point left out (its callers are generated, its checks are the generator's).</summary>
    public static IEnumerable<Type> PublicTypes() =>
        Library.GetExportedTypes()
            .Where(t => t.Namespace != "Cianopramine.Data.Embedding")
            .Where(t => !t.IsSubclassOf(typeof(Delegate)))
            .Select(Close)
            .Where(t => t is not null)
            .Select(t => t!);

    private static Type? Close(Type type) => type switch
    {
        { IsGenericTypeDefinition: false } => type,
        _ when type == typeof(ValueArray<>) => typeof(ValueArray<string>),
        _ when type == typeof(EntityCollection<>) => typeof(EntityCollection<Reference>),
        _ when type == typeof(NamedEntityCollection<>) => typeof(NamedEntityCollection<Compound>),
        _ when type == typeof(ValueArray<>.Enumerator) => null, // no reference-type parameters
        _ => throw new InvalidOperationException("A new public generic type, " + type + ": say which type argument the reflection tests close it over."),
    };

    /// <summary>An instance to call a member of <paramref name="type"/> on, or null when there is none to take.</summary>
    public static object? InstanceOf(Type type) => type switch
    {
        _ when type == typeof(Dataset) => Data,
        _ when type == typeof(CompoundCollection) || type == typeof(NamedEntityCollection<Compound>) => Data.Compounds,
        _ when type == typeof(TargetCollection) => Data.Targets,
        _ when type == typeof(EntityCollection<Reference>) => Data.References,
        _ when type == typeof(ResultQuery) => Data.Results,
        _ when type == typeof(MetabolismGraph) => Data.Metabolism,
        _ when type == typeof(ValueArray<string>) => ValueArray<string>.Create("a"),
        _ => ValueOf(type, "instance"),
    };

    /// <summary>The file a sample call that writes to a path writes to; the tests that make such calls delete it.</summary>
    public static readonly string OutputPath = Path.Combine(Path.GetTempPath(), "cianopramine-api-" + Environment.ProcessId + ".csv");

    /// <summary>A valid, non-null value for a parameter of <paramref name="type"/> named <paramref name="name"/>; null when none is known.</summary>
    public static object? ValueOf(Type type, string name)
    {
        if (type.IsByRef)
        {
            type = type.GetElementType()!;
        }

        if (type == typeof(string))
        {
            return StringFor(name);
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return Convert.ChangeType(1, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (type == typeof(decimal))
        {
            return 1m;
        }

        if (type.IsValueType)
        {
            return Activator.CreateInstance(type);
        }

        if (Entities.TryGetValue(type, out var entity))
        {
            return entity();
        }

        if (type.IsArray)
        {
            var array = Array.CreateInstance(type.GetElementType()!, 1);
            array.SetValue(ValueOf(type.GetElementType()!, name), 0);
            return array;
        }

        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var item = type.GetGenericArguments()[0];
            var one = ValueOf(item, name);
            var array = Array.CreateInstance(item, one is null ? 0 : (item == typeof(Dataset) ? 2 : 1));
            for (var i = 0; i < array.Length; i++)
            {
                array.SetValue(one, i);
            }

            return type.IsAssignableFrom(array.GetType()) ? array : null;
        }

        if (type.IsClass && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is { } constructor && type.Assembly == Library)
        {
            return constructor.Invoke(null);
        }

        return null;
    }

    private static string StringFor(string name) => name switch
    {
        "target" or "over" or "at" or "symbolNameGeneOrAccession" or "symbolGeneOrAccession" => "SERT",
        "assayId" => Data.Assays[0].Id,
        "idPmidOrDoi" => Data.References[0].Id,
        "id" => Data.Compounds[0].Id,
        "path" => OutputPath,
        "json" => "{}",
        "mermaid" => "flowchart LR\n a --> b",
        _ => "cianopramine",
    };

    private static readonly Dictionary<Type, Func<object>> Entities = new()
    {
        [typeof(Compound)] = () => Data.Compounds.Find("cianopramine"),
        [typeof(Target)] = () => Data.Targets.Find("SERT"),
        [typeof(Reference)] = () => Data.References[0],
        [typeof(Assay)] = () => Data.Assays[0],
        [typeof(AssayResult)] = () => Data.AllResults[0],
        [typeof(MetabolicTransformation)] = () => Data.Transformations[0],
        [typeof(MechanismStatement)] = () => Data.Mechanisms[0],
        [typeof(DataGap)] = () => Data.Gaps[0],
        [typeof(CurationNote)] = () => Data.Compounds.Find("cianopramine").Notes.AsSpan().ToArray().FirstOrDefault() ?? Data.AllResults[0].Notes[0],
        [typeof(DatasetMetadata)] = () => Data.Metadata,
        [typeof(QuantitativeValue)] = () => Data.AllResults.Select(r => r.Value).OfType<QuantitativeValue>().First(),
        [typeof(ResultValue)] = () => Data.AllResults[0].Value,
        [typeof(Dataset)] = () => Data,
        [typeof(CompoundProfile)] = () => Data.Profile("cianopramine"),
        [typeof(TargetProfile)] = () => Data.Profile("cianopramine").Targets[0],
        [typeof(CompoundComparison)] = () => Data.Compare("desmethylcianopramine", "cianopramine", "SERT"),
        [typeof(SelectivityResult)] = () => Data.Selectivity("cianopramine", "SERT", "NET"),
        [typeof(MetabolicPathway)] = () => Data.Metabolism.PathwayFrom("cianopramine"),
        [typeof(PathwayStep)] = () => Data.Metabolism.PathwayFrom("cianopramine")[0],
        [typeof(DataGapReport)] = () => Data.MissingQuantitativeData(),
        [typeof(PotencyFilterResult)] = () => Data.Results.Below(1, MolarUnit.Micromolar).Partition(),
        [typeof(ResultQuery)] = () => Data.Results,
        [typeof(DatasetSource)] = () => DatasetSource.FromJson("{}"),
        [typeof(Stream)] = () => new MemoryStream(),
        [typeof(TextWriter)] = () => new StringWriter(),
        [typeof(Uri)] = () => new Uri("https://example.org/"),
        [typeof(IFormatProvider)] = () => System.Globalization.CultureInfo.InvariantCulture,
        [typeof(Exception)] = () => new InvalidOperationException("inner"),
        [typeof(Func<AssayResult, bool>)] = () => new Func<AssayResult, bool>(_ => true),
        [typeof(HtmlDisplayOptions)] = () => new HtmlDisplayOptions(),
        [typeof(DatasetJsonOptions)] = () => new DatasetJsonOptions(),
        [typeof(ResultCsvOptions)] = () => new ResultCsvOptions(),
        [typeof(DatasetLoadOptions)] = () => new DatasetLoadOptions(),
        [typeof(ConcentrationThreshold)] = () => Data.Results.Below(1, MolarUnit.Micromolar).Thresholds[0],
    };
}
