using System.Text;
using Cianopramine.Data.Display;
using Xunit.Abstractions;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// Issue 15's large valid files, as files: generated here (9.8 and 14.7 MB, under the loader's 16 MiB but too large
/// to commit, like the corpus's 50 MB file in <c>LimitInputs</c>), loaded through the loader, then walked and rendered.
/// <see cref="BoundedOutputTests"/> checks the same shapes built through the model, with tighter measurements; this
/// checks the path a user's file takes.
/// </summary>
public sealed class ReviewerFileTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files => new() { "chain-40000", "dense-450" };

    [Theory]
    [MemberData(nameof(Files))]
    public void The_reviewers_file_loads_and_its_pathway_is_walked_and_rendered_in_bounded_memory(string name)
    {
        var json = name == "chain-40000" ? Chain(40_000) : Dense(450);
        output.WriteLine($"{name}: {Encoding.UTF8.GetByteCount(json):N0} bytes");

        var data = Dataset.FromJson(json);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var pathway = data.Metabolism.PathwayFrom("c0");
        var text = pathway.ToText();
        var html = DatasetHtml.ToHtml(pathway);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"walk, text ({text.Length:N0} characters) and HTML ({html.Length:N0}): {allocated / 1048576.0:F1} MiB");

        pathway.Count.Should().Be(data.Transformations.Count, "every step is reachable from c0 in both files");
        text.Length.Should().BeLessThan(pathway.Count * 200, "a line's length does not grow with the depth");
        html.Length.Should().BeLessThan(1_000_000, "the HTML table stops at MaxRows");
        allocated.Should().BeLessThan(256L * 1024 * 1024);
    }

    /// <summary>c0 → c1 → … → c(steps), as the reviewer's 8.3 MB file.</summary>
    private static string Chain(int steps) => DataFile(steps + 1, Enumerable.Range(0, steps).Select(i => (i, i + 1)));

    /// <summary>Every pair i &lt; j of <paramref name="compounds"/> compounds: 101,025 transformations for 450.</summary>
    private static string Dense(int compounds) =>
        DataFile(compounds, Enumerable.Range(0, compounds).SelectMany(i => Enumerable.Range(i + 1, compounds - i - 1).Select(j => (i, j))));

    private static string DataFile(int compounds, IEnumerable<(int From, int To)> steps)
    {
        var json = new StringBuilder();
        json.Append("{\n  \"dataset\": { \"id\": \"big\", \"title\": \"Big\", \"version\": \"1\", \"sources\": [\"ref1\"] },\n");
        json.Append("  \"references\": [{ \"id\": \"ref1\", \"kind\": \"book\", \"status\": \"not-checked\" }],\n  \"compounds\": [\n");
        for (var i = 0; i < compounds; i++)
        {
            json.Append(i == 0 ? "    " : ",\n    ")
                .Append("{ \"id\": \"c").Append(i).Append("\", \"name\": \"Compound ").Append(i)
                .Append("\", \"role\": \"").Append(i == 0 ? "parent-drug" : "metabolite").Append("\", \"references\": [\"ref1\"] }");
        }

        json.Append("\n  ],\n  \"transformations\": [\n");
        var n = 0;
        foreach (var (from, to) in steps)
        {
            json.Append(n == 0 ? "    " : ",\n    ")
                .Append("{ \"id\": \"t").Append(n++).Append("\", \"substrate\": \"c").Append(from).Append("\", \"product\": \"c").Append(to)
                .Append("\", \"reaction\": \"n-demethylation\", \"enzymes\": \"not-reported\", \"references\": [\"ref1\"] }");
        }

        return json.Append("\n  ]\n}\n").ToString();
    }
}
