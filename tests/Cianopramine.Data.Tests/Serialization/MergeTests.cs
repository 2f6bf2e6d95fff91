using System.Text.Json.Nodes;
using Cianopramine.Data.Model;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Export;
using Cianopramine.Data.Merging;

namespace Cianopramine.Data.Tests.Serialization;

/// <summary>Merging datasets: identical items collapse, conflicting ids name both sources, references stay attached.</summary>
public class MergeTests
{
    private static Dataset Embedded => CianopramineDataset.Instance;

    /// <summary>A user's dataset that copies the embedded references and compounds and adds a target, an assay and a result.</summary>
    private static Dataset LabDataset(Action<JsonObject>? change = null)
    {
        var embedded = JsonNode.Parse(DatasetJson.Export(Embedded))!.AsObject();
        var lab = new JsonObject
        {
            ["dataset"] = new JsonObject { ["id"] = "lab", ["title"] = "Lab data", ["version"] = "2.0.0", ["sources"] = new JsonArray("lab1985") },
            ["references"] = embedded["references"]!.DeepClone(),
            ["compounds"] = embedded["compounds"]!.DeepClone(),
            ["targets"] = JsonNode.Parse("""[{ "id": "h5ht2a", "symbol": "5-HT2A", "name": "5-HT2A receptor", "kind": "receptor", "gene": "HTR2A" }]"""),
            ["assays"] = JsonNode.Parse("""[{ "id": "lab-binding", "kind": "radioligand-binding", "setting": "in-vitro", "species": ["human"], "description": "[3H]ketanserin binding" }]"""),
            ["results"] = JsonNode.Parse("""[{ "id": "lab-r1", "compound": "cianopramine", "target": "h5ht2a", "assay": "lab-binding", "value": { "type": "quantitative", "parameter": "Ki", "relation": ">", "value": 10, "unit": "uM" }, "references": ["lab1985", "guide"] }]"""),
        };
        lab["references"]!.AsArray().Add(JsonNode.Parse("""{ "id": "lab1985", "kind": "journal-article", "title": "Our paper", "year": 1985, "status": "full-text-read" }"""));
        change?.Invoke(lab);
        return Dataset.FromJson(lab.ToJsonString());
    }

    [Fact]
    public void Merging_the_embedded_dataset_with_a_users_unites_their_items()
    {
        var lab = LabDataset();

        var merged = Dataset.Merge(Embedded, lab);

        merged.AllResults.Select(r => r.Id).Should().Equal(Embedded.AllResults.Select(r => r.Id).Append("lab-r1"));
        merged.Compounds.Should().HaveCount(Embedded.Compounds.Count);
        merged.References.Should().HaveCount(Embedded.References.Count + 1);
        merged.Targets.Select(t => t.Id).Should().EndWith("h5ht2a");
        merged.Results.For("cianopramine").At("5-HT2A").Should().ContainSingle();
    }

    [Fact]
    public void Identical_items_collapse_and_the_merge_of_a_dataset_with_itself_is_the_dataset()
    {
        Dataset.Merge(Embedded, Embedded).Should().Be(Embedded);
    }

    [Fact]
    public void References_stay_attached_and_every_fact_shares_the_merged_instances()
    {
        var merged = Dataset.Merge(Embedded, LabDataset());

        var result = merged.AllResults.Get("lab-r1");
        result.References.Select(r => r.Id).Should().Equal("lab1985", "guide");
        result.References[1].Should().BeSameAs(merged.References.Get("guide"));
        result.Compound.Should().BeSameAs(merged.Compounds.Get("cianopramine"));
        foreach (var fact in merged.AllResults)
        {
            foreach (var reference in fact.References)
            {
                reference.Should().BeSameAs(merged.References.Get(reference.Id));
            }
        }
    }

    [Fact]
    public void The_same_id_for_different_content_is_an_error_naming_both_sources_the_id_and_what_differs()
    {
        var lab = LabDataset(json =>
        {
            json["compounds"]![0]!["name"] = "Cyanoimipramine";
            json["references"]![0]!["year"] = 2024;
        });

        var merge = () => Dataset.Merge(Embedded, lab);

        var exception = merge.Should().Throw<DatasetMergeException>().Which;
        exception.Conflicts.Should().BeEquivalentTo(new[]
        {
            new { Kind = "reference", Id = "guide", FirstSource = "cianopramine", SecondSource = "lab", Properties = new[] { "year" } },
            new { Kind = "compound", Id = "cianopramine", FirstSource = "cianopramine", SecondSource = "lab", Properties = new[] { "name" } },
        }, o => o.WithStrictOrdering());
        exception.Message.Should().Contain("compound 'cianopramine' differs between 'cianopramine' and 'lab' (name)");
    }

    [Fact]
    public void A_conflict_in_an_entity_a_result_points_to_is_reported_once_at_the_entity()
    {
        var lab = LabDataset(json => json["compounds"]![0]!["class"] = "SSRI");

        var merge = () => Dataset.Merge(Embedded, lab);

        merge.Should().Throw<DatasetMergeException>().Which.Conflicts.Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { Kind = "compound", Id = "cianopramine", Properties = new[] { "class" } });
    }

    [Fact]
    public void The_merged_metadata_is_documented_and_deterministic()
    {
        var lab = LabDataset();

        var merged = Dataset.Merge(Embedded, lab);

        merged.Metadata.Should().BeEquivalentTo(new
        {
            Id = "cianopramine-lab",
            Title = Embedded.Metadata.Title + " + Lab data",
            Version = "1.0.0+2.0.0",
            Embedded.Metadata.Description,
        }, o => o.ExcludingMissingMembers());
        merged.Metadata.Sources.Select(s => s.Id).Should().Equal(Embedded.Metadata.Sources.Select(s => s.Id).Append("lab1985"));
        merged.Metadata.ContentHash.Should().MatchRegex("^[0-9a-f]{64}$").And.NotBe(Embedded.Metadata.ContentHash).And.NotBe(lab.Metadata.ContentHash);
        Dataset.Merge(Embedded, lab).Should().Be(merged);
        DatasetJson.ExportUtf8(Dataset.Merge(Embedded, lab)).Should().Equal(DatasetJson.ExportUtf8(merged));
    }

    [Fact]
    public void The_merged_metadata_can_be_given()
    {
        var options = new DatasetMergeOptions { Id = "combined", Title = "Combined", Version = "3", Description = "Both." };

        var merged = DatasetMerger.Merge(new[] { Embedded, LabDataset() }, options).Dataset;

        merged.Metadata.Should().BeEquivalentTo(new { Id = "combined", Title = "Combined", Version = "3", Description = "Both." }, o => o.ExcludingMissingMembers());
    }

    [Fact]
    public void A_merge_whose_data_breaks_a_rule_fails_with_the_load_problems()
    {
        var merge = () => DatasetMerger.Merge(new[] { Embedded, LabDataset() }, new DatasetMergeOptions { Id = "not an id" });

        var exception = merge.Should().Throw<DatasetMergeException>().Which;
        exception.InnerException.Should().BeOfType<DatasetLoadException>()
            .Which.Problems.Should().ContainSingle().Which.Id.Should().Be("CPD0018");
    }

    [Fact]
    public void A_metabolism_cycle_closed_by_a_merge_is_a_warning_of_the_merge()
    {
        var back = LabDataset(json => json["transformations"] = JsonNode.Parse(
            """[{ "id": "lab-t1", "substrate": "desmethylcianopramine", "product": "cianopramine", "reaction": "other", "enzymes": "none", "references": ["lab1985"] }]"""));

        var result = DatasetMerger.Merge(new[] { Embedded, back });

        result.Warnings.Should().ContainSingle().Which.Id.Should().Be("CPD0027");
        result.Dataset.Transformations.Should().HaveCount(2);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        ((Action)(() => DatasetMerger.Merge(Array.Empty<Dataset>()))).Should().Throw<ArgumentException>();
        ((Action)(() => Dataset.Merge(Embedded, null!))).Should().Throw<ArgumentNullException>();
    }
}
