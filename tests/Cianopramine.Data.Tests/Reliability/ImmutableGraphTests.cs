using System.Collections;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Reflection;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// Issue 15, point 3: nothing the shared dataset hands out can change it. Every collection reachable from the embedded
/// dataset through public members (the dataset, its collections, model objects, query results, the lookups' answers
/// and exceptions) is checked at its <em>runtime</em> type, not its declared one: it must be one of the library's own
/// read-only types, a boxed <see cref="ValueArray{T}"/>, or a framework type that cannot be written through any interface
/// it implements. In 1.0.0 <c>Compounds.Keys</c> was the index's own <c>List&lt;string&gt;</c>:
/// <c>((List&lt;string&gt;)Compounds.Keys).Clear()</c> broke <c>Suggest</c> for every user of the process.
/// </summary>
public sealed class ImmutableGraphTests
{
    [Fact]
    public void Every_collection_reachable_from_the_embedded_dataset_is_immutable_at_run_time()
    {
        var (violations, collections) = Walk(Roots());

        collections.Should().BeGreaterThan(100, "the walk must reach the dataset's collections");
        violations.Should().BeEmpty();
    }

    [Fact]
    public void The_check_finds_a_list_an_array_and_a_dictionary_handed_out_as_read_only_interfaces()
    {
        var (violations, _) = Walk(new object[] { new Leaky() });

        violations.Should().HaveCount(3);
        violations.Should().Contain(v => v.Contains("Names", StringComparison.Ordinal) && v.Contains("List`1", StringComparison.Ordinal));
        violations.Should().Contain(v => v.Contains("Ids", StringComparison.Ordinal) && v.Contains("String[]", StringComparison.Ordinal));
        violations.Should().Contain(v => v.Contains("ById", StringComparison.Ordinal) && v.Contains("Dictionary`2", StringComparison.Ordinal));
    }

    [Fact]
    public void The_lookup_keys_cannot_be_cast_back_and_cleared()
    {
        var keys = CianopramineDataset.Instance.Compounds.Keys;

        (keys is IList<string> or ICollection<string> or IList).Should().BeFalse("a boxed ValueArray implements no writable interface");
        CianopramineDataset.Instance.Compounds.Suggest("cianopramin").Should().NotBeEmpty();
    }

    /// <summary>Where the walk starts: the dataset and the answers of its queries and failed lookups.</summary>
    private static IEnumerable<object> Roots()
    {
        var data = CianopramineDataset.Instance;
        yield return data;
        yield return data.Profile("cianopramine");
        yield return data.Profile("desmethylcianopramine");
        yield return data.Compare("desmethylcianopramine", "cianopramine", "SERT");
        yield return data.Selectivity("cianopramine", "SERT", "NET");
        yield return data.MostSelective("SERT", "NET", 5);
        yield return data.MissingQuantitativeData(includeReferenceCompounds: true);
        yield return data.Metabolism.PathwayFrom("cianopramine");
        yield return data.Metabolism.PathwayTo("desmethylcianopramine");
        yield return data.Results.Below(10, MolarUnit.Micromolar).Partition();
        yield return data.Results.For("cianopramine").OrderByPotency();
        yield return data.Compounds.Suggest("cianopramin");
        yield return data.Compounds.FindAll("cianopramine");
        yield return data.Targets.ClassifiedAs("5-HT2B");
        yield return Catch(() => data.Compounds.Find("cianopramin"));
        yield return Catch(() => Dataset.FromJson("{"));
    }

    private static Exception Catch(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            return ex;
        }

        throw new InvalidOperationException("The action was meant to throw.");
    }

    private static (List<string> Violations, int Collections) Walk(IEnumerable<object> roots)
    {
        var violations = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<(object Value, string Path)>();
        foreach (var root in roots)
        {
            queue.Enqueue((root, root.GetType().Name));
        }

        var collections = 0;
        while (queue.Count > 0 && seen.Count < 200_000)
        {
            var (value, path) = queue.Dequeue();
            if (!value.GetType().IsValueType && !seen.Add(value))
            {
                continue;
            }

            if (value is IEnumerable sequence and not string)
            {
                collections++;
                if (Writable(value.GetType()) is { } why)
                {
                    violations.Add($"{path}: {value.GetType().Name} ({why})");
                }

                // A query re-runs when enumerated; the others are walked item by item.
                var index = 0;
                foreach (var item in sequence)
                {
                    if (item is not null && Walked(item.GetType()) && index < 50)
                    {
                        queue.Enqueue((item, path + "[" + index + "]"));
                    }

                    index++;
                }
            }

            if (!Walked(value.GetType()) && value is not Exception)
            {
                continue;
            }

            foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                // Members the framework declares (Exception.Data, a mutable dictionary by design) are not the library's.
                if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true } || !Walked(property.DeclaringType!))
                {
                    continue;
                }

                object? child;
                try
                {
                    child = property.GetValue(value);
                }
                catch (TargetInvocationException)
                {
                    continue;
                }

                if (child is not null && (child is IEnumerable and not string || Walked(child.GetType())))
                {
                    queue.Enqueue((child, path + "." + property.Name));
                }
            }
        }

        return (violations, collections);
    }

    /// <summary>The library's types and the test's stand-in are walked into; framework objects are not.</summary>
    private static bool Walked(Type type) => type.Assembly == ApiSamples.Library || type == typeof(Leaky);

    /// <summary>Why a collection of this runtime type can be changed through it, or null when it cannot.</summary>
    private static string? Writable(Type type)
    {
        if (type.IsArray)
        {
            return "an array can be cast back and written";
        }

        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(ValueArray<>)
            || type.GetGenericTypeDefinition() == typeof(ReadOnlyCollection<>)
            || type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)))
        {
            return null;
        }

        foreach (var face in type.GetInterfaces())
        {
            if (face == typeof(IList) || face == typeof(IDictionary)
                || (face.IsGenericType && (face.GetGenericTypeDefinition() == typeof(ICollection<>) || face.GetGenericTypeDefinition() == typeof(ISet<>))))
            {
                return "it implements " + face.Name;
            }
        }

        return type.Assembly == ApiSamples.Library ? null : "a framework collection not known to be read-only";
    }

    /// <summary>What the check is there to find.</summary>
    private sealed class Leaky
    {
        public IReadOnlyList<string> Names { get; } = new List<string> { "a" };

        public IReadOnlyList<string> Ids { get; } = new[] { "a" };

        public IReadOnlyDictionary<string, int> ById { get; } = new Dictionary<string, int> { ["a"] = 1 };

        public ValueArray<string> Fine { get; } = ValueArray<string>.Create("a");
    }
}
