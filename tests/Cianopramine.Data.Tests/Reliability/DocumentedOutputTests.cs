using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Tests.Serialization;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// docs/querying.md says every output block is the real output of the code above it. These tests run that code on
/// the embedded dataset and compare with the blocks in the page, character for character, so the page cannot drift
/// and every word of the reports (partitions, profiles, comparisons, selectivity, pathways, gaps) is pinned down
/// (mutation testing showed most of those words unchecked).
/// </summary>
public sealed class DocumentedOutputTests
{
    private static readonly Lazy<IReadOnlyList<string>> Blocks = new(ReadTextBlocks);

    private static Dataset Data => CianopramineDataset.Instance;

    [Fact]
    public void Lookup_example()
    {
        var text = new StringBuilder();
        text.AppendLine(Data.Compounds.Find("ro11-2465").ToString());
        text.AppendLine(Data.Compounds.Find("3-cyanoimipramine").Id);
        text.AppendLine(Data.Targets.Find("SLC6A4").ToString());
        if (!Data.Compounds.TryFind("Ro 11-2456", out _))
        {
            text.AppendLine("not found; did you mean: " + string.Join(", ", Data.Compounds.Suggest("Ro 11-2456")));
        }

        try
        {
            Data.Compounds.Find("cianopramin");
        }
        catch (NotFoundException e)
        {
            text.AppendLine(e.Message);
        }

        text.ToString().Should().Be(Block("Cianopramine (Ro 11-2465)\ncianopramine\n"));
    }

    [Fact]
    public void Suggestion_example()
    {
        var text = new StringBuilder();
        foreach (var query in new[] { "serotonin transporter", "5-HT transporter", "norepinephrine transporter" })
        {
            text.AppendLine($"{query}: {string.Join(" | ", Data.Targets.Suggest(query))}");
        }

        text.ToString().Should().Be(Block("serotonin transporter: "));
    }

    [Fact]
    public void Ranking_example()
    {
        static string Ids(IEnumerable<AssayResult> results) => results.Any() ? string.Join(", ", results.Select(r => r.Id)) : "(none)";
        var text = new StringBuilder();
        text.AppendLine(Ids(Data.Results.MostPotent(5)));
        text.AppendLine(Ids(Data.Results.At("SERT").MostPotent(5)));
        text.AppendLine(Ids(Data.Results.For("cianopramine").OrderByPotency()));
        text.AppendLine(Data.Results.For("cianopramine").Below(MolarConcentration.FromMicromolar(100)).Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        text.AppendLine(Data.MostSelective("SERT", "NET", 5).Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        text.ToString().Should().Be(Block("G2\n(none)\nG2\n"));
    }

    [Fact]
    public void Classification_example()
    {
        var text = new StringBuilder();
        text.AppendLine(Data.Targets.TryFind("5-HT2B", out _).ToString());
        foreach (var target in Data.Targets.ClassifiedAs("5-HT2B"))
        {
            text.AppendLine($"{target.Symbol}: {target.Classifications[0].Text}");
        }

        text.ToString().Should().Be(Block("False\n5-HT receptors (postsynaptic): "));
    }

    [Fact]
    public void Query_in_words_and_its_results()
    {
        var atSert = Data.Results.For("Ro 11-2465").At("SERT");
        var text = new StringBuilder().AppendLine(atSert.ToString());
        foreach (var result in atSert)
        {
            text.AppendLine(result.ToString());
        }

        text.ToString().Should().Be(Block("results for Cianopramine, at SERT\n"));
    }

    [Fact]
    public void Refinements_in_words()
    {
        var cian = Data.Results.For("cianopramine");
        var inVivo = cian.InSetting(AssaySetting.InVivo);
        var human = cian.InSpecies(Species.Human).Qualitative();
        var text = new StringBuilder()
            .AppendLine($"{cian}: {cian.Count()}")
            .AppendLine($"{inVivo}: {string.Join(", ", inVivo.Select(r => r.Id))}")
            .AppendLine($"{human}: {string.Join(", ", human.Select(r => r.Id))}");

        text.ToString().Should().Be(Block("results for Cianopramine: 18\n"));
    }

    [Fact]
    public void Citing_by_pmid_doi_and_id()
    {
        var text = new StringBuilder()
            .AppendLine(Ids(Data.Results.Citing("PMID 6478739")))
            .AppendLine(Ids(Data.Results.Citing("10.1038/clpt.1984.216")))
            .AppendLine(Ids(Data.Results.Citing("ref5")))
            .AppendLine(Data.FindReference("doi:10.1007/BF02805977").ToString());

        text.ToString().Should().Be(Block("P4-0.5mg-2h, P4-0.5mg-24h, P4-1mg-2h, P4-1mg-24h, P4-2mg-2h, P4-2mg-24h, P5, P6-before, P6-2h, P6-interpretation\nP4-0.5mg-2h"));
        Ids(Data.Results.Citing("PMID:6478739")).Should().Be(Ids(Data.Results.Citing("6478739")));
        Ids(Data.Results.Citing("https://doi.org/10.1038/clpt.1984.216")).Should().Be(Ids(Data.Results.Citing("doi:10.1038/clpt.1984.216")));
    }

    [Fact]
    public void Potency_partition_in_words()
    {
        var partition = Data.Results.For("cianopramine").Below(MolarConcentration.FromMicromolar(100)).Partition();

        (partition + "\n" + partition.ToText()).Should().Be(Block("1 matched, 0 not matched, 17 undecided\n"));
    }

    [Fact]
    public void Profiles_in_words()
    {
        Data.Profile("cianopramine").ToText().Should().Be(Block("Cianopramine (Ro 11-2465): parent drug, tricyclic antidepressant\n"));
        Data.Profile("Ro 12-5419").ToString().Should().Be(Block("Desmethylcianopramine (Ro 12-5419): metabolite\n"));
    }

    [Fact]
    public void Typed_profile_summary()
    {
        var sert = Data.Profile("cianopramine").At(Data.Targets.Find("SERT"))!;
        var best = sert.Quantitative[0];
        var text = new StringBuilder()
            .AppendLine($"{best.Parameter}: best {best.BestValue} ({best.Best!.Id}, {best.Best.Conditions}), rule {best.Rule}")
            .AppendLine($"qualitative: {string.Join(", ", sert.Qualitative.Select(r => r.Id))}")
            .AppendLine($"comparative: {string.Join(", ", sert.Comparative.Select(r => r.Id))}; by others: {string.Join(", ", sert.ComparedByOthers.Select(r => r.Id))}")
            .AppendLine($"concentration value: {sert.HasConcentrationValue}; stated gaps: {string.Join(", ", sert.StatedGaps.Select(g => g.Id))}");

        text.ToString().Should().Be(Block("PercentInhibition: best "));
    }

    [Fact]
    public void Comparisons_in_words()
    {
        var comparison = Data.Compare("desmethylcianopramine", "cianopramine", at: "SERT");
        (comparison.Verdict + "\n" + comparison.ToText()).Should().Be(Block("Weaker\n"));

        var three = Data.Compare("desmethylcianopramine", "cianopramine", at: "NET").ToString() +
            Data.Compare("Ro 12-5419", "Ro 11-2465", at: "postsynaptic 5-HT receptors") +
            Data.Compare("imipramine", "cianopramine", at: "SERT");
        three.Should().Be(Block("Desmethylcianopramine vs Cianopramine at NET: not comparable\n"));
    }

    [Fact]
    public void Selectivity_in_words()
    {
        var selectivity = Data.Selectivity("cianopramine", "SERT", over: "NET");

        (selectivity.IsDetermined + "\n" + selectivity.ToText()).Should().Be(Block("False\nSelectivity of Cianopramine"));
    }

    [Fact]
    public void Metabolism_in_words()
    {
        var text = new StringBuilder();
        foreach (var step in Data.Metabolism.MetabolitesOf("cianopramine"))
        {
            text.AppendLine($"{step.Id}: {step.Substrate.Name} → {step.Product.Name}, {step.Reaction}, enzymes: {step.EnzymesText} ({step.EnzymeEvidence})");
        }

        text.AppendLine(string.Join(", ", Data.Metabolism.ParentsOf("desmethylcianopramine").Select(s => s.Substrate.Name)));
        text.Append(Data.Metabolism.PathwayFrom("Ro 11-2465").ToText());
        text.Append(Data.Metabolism.PathwayTo("desmethylcianopramine").ToText());
        text.Append(Data.Metabolism.PathwayFrom("imipramine").ToText());

        text.ToString().Should().Be(Block("G-M1: Cianopramine → Desmethylcianopramine"));
    }

    [Fact]
    public void Data_gaps_in_words()
    {
        var gaps = Data.MissingQuantitativeData();

        (gaps.ToText() + $"without any quantitative value: {gaps.WithoutQuantitativeValue.Count}\n")
            .Should().Be(Block("Compound × target pairs without a concentration value (9):\n"));
    }

    [Fact]
    public void Candidate_counts_are_the_smallest_index_lists_the_docs_name()
    {
        var counts = new[]
        {
            Data.Results.CandidateCount,
            Data.Results.For("cianopramine").CandidateCount,
            Data.Results.For("cianopramine").At("NET").CandidateCount,
            Data.Results.At("SERT").Citing("kovachich1988").CandidateCount,
        };

        counts.Should().Equal(22, 18, 3, 1);
        File.ReadAllText(SerializationTestFiles.Docs("querying.md")).Should()
            .Contain("walks 18 results of 22, `.At(\"NET\")` then the 3 at NET").And.Contain("the one result citing that reference");
    }

    private static string Ids(IEnumerable<AssayResult> results) => string.Join(", ", results.Select(r => r.Id));

    /// <summary>The text block of docs/querying.md that starts with <paramref name="start"/> (exactly one must).</summary>
    private static string Block(string start)
    {
        var matches = Blocks.Value.Where(b => b.StartsWith(start, StringComparison.Ordinal)).ToList();
        matches.Should().ContainSingle("one output block of docs/querying.md starts with '{0}'", start);
        return matches[0];
    }

    private static List<string> ReadTextBlocks()
    {
        var lines = File.ReadAllText(SerializationTestFiles.Docs("querying.md")).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "```text")
            {
                continue;
            }

            var block = new StringBuilder();
            for (i++; i < lines.Length && lines[i] != "```"; i++)
            {
                block.Append(lines[i]).Append('\n');
            }

            blocks.Add(block.ToString());
        }

        return blocks;
    }
}
