using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Reliability;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Export;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// Issue 7, part 3: many threads querying one dataset at once, first access included (the lazily built query
/// indexes, and <c>CianopramineDataset.Instance</c> itself), get the answers one thread gets alone, and no exceptions.
/// Every test is bounded in time.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 16;

    [Fact]
    public void Threads_released_together_on_a_freshly_loaded_dataset_get_the_answers_of_a_single_thread()
    {
        var json = DatasetJson.Export(CianopramineDataset.Instance);
        var expected = Battery(Dataset.FromJson(json));

        for (var round = 0; round < 10; round++)
        {
            // A fresh dataset each round: nothing built yet, so the threads race to build the lazy indexes.
            var shared = Dataset.FromJson(json);

            var answers = RunTogether(Threads, () => Battery(shared));

            answers.Should().AllBe(expected, "round {0}", round);
        }
    }

    [Fact]
    public void Threads_released_together_on_fresh_random_datasets_agree_with_a_single_thread()
    {
        for (var seed = 0; seed < 10; seed++)
        {
            var shape = new DatasetShape(3, 4, 3, 3, 40, 3, 3, 2);
            var expected = Battery(RandomDatasets.Build(shape, seed), allNames: true);
            var shared = RandomDatasets.Build(shape, seed);

            var answers = RunTogether(8, () => Battery(shared, allNames: true));

            answers.Should().AllBe(expected, "seed {0}", seed);
        }
    }

    [Fact]
    public void First_access_to_CianopramineDataset_Instance_from_many_threads_gives_one_instance_and_the_same_data()
    {
        // A fresh copy of the assembly in its own load context: its Instance has never been touched, whatever other
        // tests have done with the default context's copy.
        var expected = DatasetJson.Export(CianopramineDataset.Instance);
        var context = new AssemblyLoadContext("first-access-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(typeof(Dataset).Assembly.Location);
            var type = assembly.GetType("Cianopramine.Data.CianopramineDataset", throwOnError: true)!;
            var instanceProperty = type.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!;
            var instances = new ConcurrentBag<object>();

            var answers = RunTogether(Threads, () =>
            {
                var instance = instanceProperty.GetValue(null)!;
                instances.Add(instance);
                return (string)instance.GetType().GetMethod("ToJson")!.Invoke(instance, new object?[] { null })!;
            });

            answers.Should().AllBe(expected);
            instances.Distinct().Should().ContainSingle("Instance is created once");
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Threads_that_first_touch_different_deferred_sections_of_a_fresh_embedded_dataset_see_the_same_data()
    {
        // An embedded dataset decodes its results, transformations, mechanism statements and gaps when the first of
        // them is used: threads released together each start from a different one, so they race to decode.
        var expected = DatasetJson.Export(CianopramineDataset.Instance);
        for (var round = 0; round < 20; round++)
        {
            var fresh = CianopramineDataset.CreateFresh();
            var started = -1;

            var answers = RunTogether(Threads, () =>
            {
                var first = (Interlocked.Increment(ref started) % 6) switch
                {
                    0 => fresh.Results.Count(),
                    1 => fresh.Transformations.Count,
                    2 => fresh.Mechanisms.Items.Count,
                    3 => fresh.Gaps.Count(),
                    4 => fresh.Metabolism.Steps.Count,
                    _ => fresh.Results.Get(CianopramineDataset.Instance.Results.First().Id) is null ? 0 : 1,
                };
                return first > 0 ? DatasetJson.Export(fresh) : "nothing decoded";
            });

            answers.Should().AllBe(expected, "round {0}", round);
        }
    }

    [Fact]
    public void Random_queries_from_many_threads_for_two_seconds_match_their_sequential_answers()
    {
        // Bounded stress: a pool of random refinement chains with answers computed alone first, then replayed by many
        // threads in random order against one shared dataset until the time is up.
        var dataset = RandomDatasets.Build(new DatasetShape(3, 4, 3, 3, 60, 3, 3, 2), seed: 42);
        var fresh = RandomDatasets.Build(new DatasetShape(3, 4, 3, 3, 60, 3, 3, 2), seed: 42);
        var chains = Enumerable.Range(0, 200).Select(seed => Chain(fresh, seed)).ToArray();
        var expected = chains.Select(c => Answer(c(fresh.Results))).ToArray();
        var failures = new ConcurrentQueue<string>();
        var executed = 0L;
        var clock = Stopwatch.StartNew();

        RunTogether(Threads, () =>
        {
            var random = new Random(Environment.CurrentManagedThreadId);
            while (clock.Elapsed < TimeSpan.FromSeconds(2))
            {
                var i = random.Next(chains.Length);
                try
                {
                    var answer = Answer(chains[i](dataset.Results));
                    if (answer != expected[i])
                    {
                        failures.Enqueue($"chain {i}: {answer} instead of {expected[i]}");
                    }
                }
                catch (Exception ex)
                {
                    failures.Enqueue($"chain {i}: {ex}");
                }

                Interlocked.Increment(ref executed);
            }

            return string.Empty;
        });

        failures.Should().BeEmpty();
        Interlocked.Read(ref executed).Should().BeGreaterThan(0, "the threads did run (a count, not a speed: the machine may be loaded)");
    }

    /// <summary>Starts <paramref name="threads"/> threads that wait at one barrier, then run <paramref name="work"/>; returns each answer.</summary>
    private static IReadOnlyList<string> RunTogether(int threads, Func<string> work)
    {
        using var barrier = new Barrier(threads);
        var answers = new string[threads];
        var errors = new ConcurrentQueue<Exception>();
        var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            try
            {
                barrier.SignalAndWait();
                answers[i] = work();
            }
            catch (Exception ex)
            {
                errors.Enqueue(ex);
            }
        })).ToList();
        workers.ForEach(t => t.Start());
        foreach (var t in workers)
        {
            t.Join(TimeSpan.FromSeconds(60)).Should().BeTrue("no thread hangs");
        }

        errors.Should().BeEmpty();
        return answers;
    }

    /// <summary>Every kind of query, the ones that build lazy indexes first, as one text to compare.</summary>
    private static string Battery(Dataset data, bool allNames = false)
    {
        var text = new StringBuilder();
        var compounds = data.Compounds.Items;
        var targets = data.Targets.Items;
        foreach (var reference in data.References.Items)
        {
            text.AppendLine(Answer(data.Results.Citing(reference)));
            text.AppendLine(data.FindReference(reference.Id).Id);
            if (reference.Pmid is { } pmid)
            {
                text.AppendLine(data.FindReference("PMID " + pmid.Value).Id);
            }
        }

        foreach (var setting in Enum.GetValues<Cianopramine.Data.Model.AssaySetting>())
        {
            text.AppendLine(Answer(data.Results.InSetting(setting)));
        }

        foreach (var kind in Enum.GetValues<Cianopramine.Data.Model.AssayKind>())
        {
            text.AppendLine(Answer(data.Results.OfAssayKind(kind)));
        }

        text.AppendLine(Answer(data.Results.Quantitative().Below(MolarConcentration.FromMicromolar(100))));
        text.AppendLine(data.Results.Quantitative().AtLeast(1, MolarUnit.Nanomolar).Partition().ToText());
        text.AppendLine(data.MissingQuantitativeData(includeReferenceCompounds: true).ToText());
        foreach (var compound in compounds)
        {
            text.AppendLine(data.Profile(compound).ToText());
            text.AppendLine(data.Metabolism.PathwayFrom(compound).ToText());
            text.AppendLine(data.Metabolism.PathwayTo(compound).ToText());
            text.AppendLine(string.Join(",", data.MechanismsOf(compound).Select(m => m.Id)));
            text.AppendLine(string.Join(",", data.Compounds.Suggest(compound.Name[..Math.Min(3, compound.Name.Length)])));
            if (!allNames)
            {
                text.AppendLine(data.Compounds.Find(compound.Name).Id);
            }

            foreach (var target in targets)
            {
                text.AppendLine(string.Join(",", data.StatedGapsFor(compound, target).Select(g => g.Id)));
                text.AppendLine(Answer(data.Results.For(compound).At(target)));
                foreach (var other in compounds)
                {
                    text.AppendLine(data.Compare(compound, other, target).ToText());
                }

                foreach (var over in targets)
                {
                    text.AppendLine(data.Selectivity(compound, target, over).ToText());
                }
            }
        }

        return text.ToString();
    }

    private static Func<ResultQuery, ResultQuery> Chain(Dataset dataset, int seed)
    {
        var random = new Random(seed);
        var steps = Enumerable.Range(0, random.Next(1, 5)).Select(_ => BruteForce.RandomStep(dataset, random)).ToList();

        // The steps capture entities of the dataset they were drawn from; the queries match them by id.
        return query => steps.Aggregate(query, (q, step) => step.Apply(q));
    }

    private static string Answer(ResultQuery query) => query + ": " + string.Join(",", query.Select(r => r.Id));
}
