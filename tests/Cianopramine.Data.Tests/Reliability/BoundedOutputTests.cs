using System.Text.RegularExpressions;
using Cianopramine.Data.Display;
using Cianopramine.Data.Export;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using CsCheck;
using Xunit.Abstractions;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// Issue 15, points 1 and 7: every text report, HTML rendering, diagram and graph walk costs time and memory bounded
/// by its input (linear), or by a documented cap past which it says it was cut. The inputs are the reviewer's, generated
/// here (<see cref="LargeGraphs"/>); memory is measured with <see cref="GC.GetAllocatedBytesForCurrentThread"/>, which
/// counts every byte the thread is handed, collected or not. Before the fixes: a 40,000-step chain's text needed
/// 1.6 G characters (out of memory), each walk of the dense graph allocated 1.16 GB in 13.8 s, and the HTML of a result
/// citing one reference 10⁶ times allocated 4.56 GB and wrote 84 MB.
/// </summary>
public sealed class BoundedOutputTests(ITestOutputHelper output)
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public void The_text_of_a_40000_step_chain_is_linear_in_its_steps()
    {
        var data = LargeGraphs.Chain(40_000);
        var pathway = data.Metabolism.PathwayFrom(data.Compounds[0]);

        var (text, allocated) = Measure(pathway.ToText);

        pathway.Count.Should().Be(40_000);
        var lines = text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(40_001);
        lines[^1].Should().StartWith(new string(' ', 2 * MetabolicPathway.MaxIndentedDepth) + "[depth 40000] Compound 39999 → Compound 40000");
        lines[32].Should().StartWith(new string(' ', 64) + "Compound 31", "depth 32 is still shown by indentation alone");
        lines.Max(l => l.Length).Should().BeLessThan(200, "a line's length does not grow with the depth");
        allocated.Should().BeLessThan(text.Length * 16L, "linear: 1.6 G characters before the fix");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_walk_of_the_dense_graph_is_linear_in_its_steps(bool cyclic)
    {
        var data = LargeGraphs.Dense(cyclic);
        data.Transformations.Count.Should().Be(101_025);
        var (_, allocatedFirst) = Measure(() => data.Metabolism.PathwayFrom(data.Compounds[1])); // also builds the shared component table
        allocatedFirst.Should().BeLessThan(64 * MiB);

        var (from, allocatedFrom) = Measure(() => data.Metabolism.PathwayFrom(data.Compounds[0]));
        var (to, allocatedTo) = Measure(() => data.Metabolism.PathwayTo(data.Compounds[449]));

        from.Count.Should().Be(ReachableSteps(data, data.Compounds[0], downstream: true));
        to.Count.Should().Be(ReachableSteps(data, data.Compounds[449], downstream: false));
        allocatedFrom.Should().BeLessThan(32 * MiB, "1.16 GB before the fix");
        allocatedTo.Should().BeLessThan(32 * MiB);
        from.HasCycle.Should().Be(cyclic);
        foreach (var step in from.Steps.AsSpan().ToArray().Where((_, i) => i % 1_000 == 0))
        {
            if (step.ClosesCycle)
            {
                Reaches(data, step.Product, step.Substrate).Should().BeTrue(step.Transformation.Id);
            }
        }
    }

    [Fact]
    public void The_text_html_and_diagram_of_the_dense_graph_stay_linear_in_it()
    {
        var data = LargeGraphs.Dense(cyclic: true);
        var pathway = data.Metabolism.PathwayFrom(data.Compounds[0]);

        var (text, textAllocated) = Measure(pathway.ToText);
        var (html, htmlAllocated) = Measure(() => DatasetHtml.ToHtml(pathway));
        var (diagram, diagramAllocated) = Measure(() => DatasetDiagrams.Pathway(pathway));

        text.Length.Should().BeLessThan(pathway.Count * 200);
        textAllocated.Should().BeLessThan(text.Length * 16L + (16 * MiB));
        html.Contains("… and 100525 more steps", StringComparison.Ordinal).Should().BeTrue();
        html.Contains("The diagram is left out", StringComparison.Ordinal).Should().BeTrue();
        html.Length.Should().BeLessThan(1_000_000, "the table stops at MaxRows (500) and the diagram of 101,025 steps is left out");
        htmlAllocated.Should().BeLessThan(16 * MiB);
        Balanced(html).Should().BeTrue();
        diagram.Length.Should().BeLessThan(pathway.Count * 200);
        diagramAllocated.Should().BeLessThan(diagram.Length * 32L + (16 * MiB), "linear in the steps (each label escaped once)");
    }

    [Fact]
    public void The_html_of_a_result_citing_one_reference_a_million_times_lists_it_once_and_counts_the_rest()
    {
        var result = LargeGraphs.CitingOneReference(1_000_000);

        var (table, tableAllocated) = Measure(() => DatasetHtml.ToHtml(new[] { result }));
        var (single, singleAllocated) = Measure(() => DatasetHtml.ToHtml(result));

        table.Should().Contain("… and 999900 more]");
        Regex.Count(table, "<abbr").Should().Be(DatasetHtml.MaxReferenceIdsPerCell);
        Regex.Count(table, "<li>").Should().Be(1, "the reference is listed once under the table");
        Regex.Count(single, "<li>").Should().Be(1);
        table.Length.Should().BeLessThan(100_000, "84 MB before the fix");
        tableAllocated.Should().BeLessThan(32 * MiB, "4.56 GB before the fix");
        singleAllocated.Should().BeLessThan(32 * MiB);
        Balanced(table).Should().BeTrue();
    }

    [Fact]
    public void A_report_that_repeats_a_long_name_stops_at_its_limit_and_says_so()
    {
        // 2,000 steps between compounds named with one 40,000-character name: 160 M characters of text if written
        // out, and 40 M characters of HTML in the 500 rows the table shows.
        var data = LargeGraphs.Metabolism(2_001, Enumerable.Range(0, 2_000).Select(i => (i, i + 1)), longName: new string('x', 40_000));
        var pathway = data.Metabolism.PathwayFrom(data.Compounds[0]);

        var text = pathway.ToText();
        var html = DatasetHtml.ToHtml(pathway);

        text.EndsWith(BoundedText.TruncationMarker, StringComparison.Ordinal).Should().BeTrue();
        text.Length.Should().Be(BoundedText.MaxLength + BoundedText.TruncationMarker.Length);
        html.Length.Should().BeLessThanOrEqualTo(HtmlBuilder.MaxLength + 1_000);
        html.Contains("output truncated at 16,777,216 characters", StringComparison.Ordinal).Should().BeTrue();
        Balanced(html).Should().BeTrue();
    }

    [Fact]
    public void Html_cut_at_any_length_has_balanced_elements_and_ends_with_the_notice()
    {
        var data = CianopramineDataset.Instance;
        var profile = data.Profile("cianopramine");
        var full = DatasetHtml.ToHtml(profile);
        full.Should().NotContain("cpd-truncated", "the embedded data is far below the limit");

        for (var limit = 1; limit < full.Length; limit += 37)
        {
            var cut = DatasetHtml.Render(null, (html, o) => DatasetHtml.WriteProfile(html, profile, o), limit);

            cut.Should().Contain("cpd-truncated", $"cut at {limit}");
            cut.Length.Should().BeLessThan(limit + 400, $"cut at {limit}");
            Balanced(cut).Should().BeTrue($"cut at {limit}: {cut}");
        }
    }

    [Fact]
    public void Text_cut_at_any_length_is_a_prefix_of_the_whole_text_plus_the_marker()
    {
        var data = CianopramineDataset.Instance;
        var profile = data.Profile("cianopramine");
        var full = profile.ToText();
        full.Should().NotContain("[output truncated");

        for (var limit = 0; limit < full.Length; limit += 13)
        {
            var cut = BoundedText.Build(text => profile.WriteText(text), limit);

            cut.Should().EndWith(BoundedText.Marker(limit));
            var kept = cut[..^BoundedText.Marker(limit).Length];
            full.Should().StartWith(kept);
            kept.Length.Should().BeInRange(limit - 1, limit, "only a surrogate pair is kept whole");
        }
    }

    [Fact]
    public void A_failed_lookup_costs_the_same_whatever_the_longest_name()
    {
        // Issue 15, point 8: a miss of 1,000 characters took 10.9 s beside one 10 MB name (query length × longest name).
        var data = LargeGraphs.Metabolism(3, new[] { (0, 1) }, longName: new string('x', 10 * 1024 * 1024));
        var query = new string('y', 1_000);
        data.Compounds.TryFind("warm up the indexes", out _).Should().BeFalse();
        data.Compounds.Suggest("warm up the index").Should().BeEmpty();

        var (miss, allocated) = Measure(() => FluentActions.Invoking(() => data.Compounds.Find(query)).Should().Throw<NotFoundException>().Which);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            data.Compounds.Suggest(query);
        }

        miss.Query.Should().Be(query);
        allocated.Should().BeLessThan(1 * MiB, "the comparison reads at most the first 64 characters of a name");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2), "ten misses; one took 10.9 s before");
    }

    [Fact]
    public void Text_that_fills_the_limit_exactly_is_not_cut_and_the_first_character_over_it_is()
    {
        BoundedText.Build(text => text.Append("abc"), 3).Should().Be("abc");
        BoundedText.Build(text => text.Append('x', 3), 3).Should().Be("xxx");
        BoundedText.Build(text => text.Append("ab").Append((string?)null).Append('c'), 3).Should().Be("abc", "null appends nothing");
        BoundedText.Build(text => text.Append("abcd"), 3).Should().Be("abc" + BoundedText.Marker(3));
        BoundedText.Build(text => text.Append('x', 5), 3).Should().Be("xxx" + BoundedText.Marker(3));
        BoundedText.Build(text => text.Append("abc").Append('x', 2), 3).Should().Be("abc" + BoundedText.Marker(3));
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var cut = BoundedText.Build(text => text.Append("ab\U0001F600cd"), 3);

        cut.Should().Be("ab" + BoundedText.Marker(3));
    }

    /// <summary>
    /// On random graphs (cycles, several parents, steps into compounds met before), a walk gives exactly what the walk
    /// of 1.0.0 gave: the same steps in the same order, at the same depths, marked as closing a cycle alike. That walk
    /// searched the graph once per step that met a compound again (<see cref="OldWalk"/>, kept here as the oracle); the
    /// component table answers the same question in constant time.
    /// </summary>
    [Fact]
    public void A_walk_gives_what_the_search_per_step_gave_on_random_graphs()
    {
        Gen.Select(Gen.Int[2, 9], Gen.Int[0, 30], Gen.Int)
            .Sample(
                (compounds, edgeCount, seed) =>
                {
                    var random = new Random(seed);
                    var edges = new List<(int, int)>();
                    for (var i = 0; i < edgeCount; i++)
                    {
                        var from = random.Next(compounds);
                        var to = random.Next(compounds - 1);
                        edges.Add((from, to >= from ? to + 1 : to));
                    }

                    var data = LargeGraphs.Metabolism(compounds, edges);
                    foreach (var start in data.Compounds)
                    {
                        foreach (var downstream in new[] { true, false })
                        {
                            var pathway = downstream ? data.Metabolism.PathwayFrom(start) : data.Metabolism.PathwayTo(start);
                            pathway.Steps.Select(s => (s.Transformation.Id, s.Depth, s.ClosesCycle))
                                .Should().Equal(OldWalk(data, start, downstream), $"from {start.Id}, {(downstream ? "downstream" : "upstream")}");
                            pathway.Count.Should().Be(ReachableSteps(data, start, downstream));
                        }
                    }
                },
                iter: 300,
                print: x => $"{x.Item1} compounds, {x.Item2} edges, seed {x.Item3}");
    }

    /// <summary>The walk of 1.0.0: breadth first, and a search for every step into a compound met before.</summary>
    private static List<(string Id, int Depth, bool ClosesCycle)> OldWalk(Dataset data, Compound start, bool downstream)
    {
        var seenSteps = new HashSet<string>();
        var seenCompounds = new HashSet<string> { start.Id };
        var steps = new List<(string, int, bool)>();
        var queue = new Queue<(Compound, int)>();
        queue.Enqueue((start, 0));
        while (queue.Count > 0)
        {
            var (current, depth) = queue.Dequeue();
            foreach (var step in downstream ? data.Metabolism.MetabolitesOf(current) : data.Metabolism.ParentsOf(current))
            {
                if (!seenSteps.Add(step.Id))
                {
                    continue;
                }

                var next = downstream ? step.Product : step.Substrate;
                var closes = false;
                if (seenCompounds.Add(next.Id))
                {
                    queue.Enqueue((next, depth + 1));
                }
                else
                {
                    closes = Reaches(data, step.Product, step.Substrate);
                }

                steps.Add((step.Id, depth + 1, closes));
            }
        }

        return steps;
    }

    /// <summary>Runs once, printing the bytes allocated and the time (the figures docs/quality.md quotes).</summary>
    private (T Value, long Allocated) Measure<T>(Func<T> action, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(action))] string what = "")
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var value = action();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"{what}: {allocated / (double)MiB:F1} MiB allocated, {clock.Elapsed.TotalMilliseconds:F0} ms" + (value is string text ? $", {text.Length:N0} characters" : string.Empty));
        return (value, allocated);
    }

    private static int ReachableSteps(Dataset data, Compound start, bool downstream)
    {
        var seen = new HashSet<string> { start.Id };
        var queue = new Queue<Compound>(new[] { start });
        var steps = 0;
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var step in downstream ? data.Metabolism.MetabolitesOf(current) : data.Metabolism.ParentsOf(current))
            {
                steps++;
                var next = downstream ? step.Product : step.Substrate;
                if (seen.Add(next.Id))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return steps;
    }

    /// <summary>Whether a chain of steps leads from one compound to another: the definition, searched for each question.</summary>
    private static bool Reaches(Dataset data, Compound from, Compound to)
    {
        var seen = new HashSet<string> { from.Id };
        var stack = new Stack<Compound>(new[] { from });
        while (stack.Count > 0)
        {
            foreach (var step in data.Metabolism.MetabolitesOf(stack.Pop()))
            {
                if (step.Product.Id == to.Id)
                {
                    return true;
                }

                if (seen.Add(step.Product.Id))
                {
                    stack.Push(step.Product);
                }
            }
        }

        return false;
    }

    /// <summary>Whether every element opened is closed in order (scripts and styles skipped, <c>br</c> is void).</summary>
    internal static bool Balanced(string html)
    {
        var stripped = Regex.Replace(html, "<(script|style)>.*?</\\1>", string.Empty, RegexOptions.Singleline);
        var stack = new Stack<string>();
        foreach (Match tag in Regex.Matches(stripped, "<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>"))
        {
            var name = tag.Groups[2].Value;
            if (name == "br")
            {
                continue;
            }

            if (tag.Groups[1].Value.Length == 0)
            {
                stack.Push(name);
            }
            else if (stack.Count == 0 || stack.Pop() != name)
            {
                return false;
            }
        }

        return stack.Count == 0 && !Regex.IsMatch(stripped, "<[^>]*$");
    }
}
