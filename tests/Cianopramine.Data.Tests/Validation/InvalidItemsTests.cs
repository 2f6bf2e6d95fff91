using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Loading;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>
/// The rules behind strictness the user chooses (<see cref="InvalidItems"/>), shared by the loader and the generator:
/// which JSON paths name an item, which rules can be accepted, how a left-out item is named and explained, how
/// leaving one out reaches everything that depends on it (through several levels), and what stays in the result.
/// </summary>
public class InvalidItemsTests
{
    private static readonly DatasetLoadOptions LeaveOut = new() { InvalidItems = InvalidItemHandling.LeaveOut };

    [Theory]
    [InlineData("$.compounds[3].formula", "$.compounds[3]")]
    [InlineData("$.compounds[3]", "$.compounds[3]")]
    [InlineData("$.results[12].value.unit", "$.results[12]")]
    [InlineData("$.compounds[0].synonyms[2]", "$.compounds[0]")]
    [InlineData("$.gaps[0]", "$.gaps[0]")]
    [InlineData("$.references[7].pmid", "$.references[7]")]
    [InlineData("$.transformations[1].enzymes", "$.transformations[1]")]
    [InlineData("$.mechanisms[2]", "$.mechanisms[2]")]
    [InlineData("$.targets[0].accessions[1].value", "$.targets[0]")]
    [InlineData("$.assays[4]", "$.assays[4]")]
    public void A_path_inside_an_item_names_the_item(string path, string item) =>
        InvalidItems.ItemPath(path).Should().Be(item);

    [Theory]
    [InlineData("$.dataset.title")] // the manifest is not an item
    [InlineData("$")]
    [InlineData("$.compounds")] // the section itself
    [InlineData("$.gaps")] // a section name exactly as long as the shortest item path's prefix
    [InlineData("$.gaps[]")] // no index
    [InlineData("$.gaps[].text")] // no index, inside the item
    [InlineData("$.gaps[12")] // index not closed, at the end of the path
    [InlineData("$.gaps[1x")] // index followed by something other than ']'
    [InlineData("$.gaps[1x]")]
    [InlineData("$.gaps[1]x")] // an item path followed by neither '.' nor '['
    [InlineData("$.gapsX[1]")] // another section whose name starts like one
    [InlineData("$.compound[1]")]
    [InlineData("xxcompounds[3]")] // not a JSON path from the root
    [InlineData("compounds[3]")]
    [InlineData("$.compounds[-1]")]
    public void A_path_outside_any_item_names_none(string path) =>
        InvalidItems.ItemPath(path).Should().BeNull();

    [Fact]
    public void Only_error_rules_about_an_item_can_be_accepted()
    {
        var ids = InvalidItems.ItemErrorRules().Select(d => d.Id).ToList();

        ids.Should().Contain(["CPD0002", "CPD0003", "CPD0008", "CPD0009", "CPD0013", "CPD0021", "CPD0024"]);
        ids.Should().NotContain(["CPD0001", "CPD0023", "CPD0028", "CPD0031", "CPD0032", "CPD0042"], "problems of a file, the manifest or the project are never lowered");
        ids.Should().NotContain(["CPD0027", "CPD0033", "CPD0035", "CPD0044"], "warnings need no accepting");
        ids.Should().OnlyHaveUniqueItems();
        DiagnosticCatalogue.All.Where(d => d.Severity == DatasetDiagnosticSeverity.Error).Should().HaveCount(ids.Count + 6);
    }

    [Fact]
    public void An_error_of_a_rule_the_user_did_not_accept_keeps_the_dataset_strict()
    {
        // Compound A has a bad formula (CPD0021) and result r1 a zero value (CPD0009); only CPD0009 is accepted.
        var text = TestData.Dataset(
            compounds: TestData.Compounds(TestData.CompoundAWith("\"structure\": { \"provenance\": \"computed\", \"formula\": \"C2Q\" }")),
            results: TestData.Result.Replace("\"value\": 5e-5", "\"value\": 0", StringComparison.Ordinal));

        var onlyZeroValues = Validate(text, id => id == "CPD0009");
        var both = Validate(text, id => id is "CPD0009" or "CPD0021");

        onlyZeroValues.LeftOut.Should().BeEmpty();
        onlyZeroValues.Datasets.Single().HasErrors.Should().BeTrue();
        onlyZeroValues.Diagnostics.Where(d => d.IsError).Select(d => d.Id).Should().Equal("CPD0021", "CPD0009");

        both.Datasets.Single().HasErrors.Should().BeFalse("every error was accepted and its item left out");
        both.Diagnostics.Should().OnlyContain(d => !d.IsError);
        both.LeftOut.Select(i => (i.Kind, i.Id)).Should().Contain([(ItemKind.Compound, "cmpA"), (ItemKind.Result, "r1")]);
    }

    [Fact]
    public void A_left_out_item_of_every_kind_is_named_by_its_id()
    {
        var cases = new (string Section, string Items, string Kind, string Id, string Problem)[]
        {
            ("references", TestData.Reference.Replace("\"year\": 1985", "\"year\": 1985, \"pmid\": \"0123\"", StringComparison.Ordinal), "reference", "ref1", "CPD0013"),
            ("compounds", TestData.Compounds(TestData.CompoundAWith("\"structure\": { \"provenance\": \"computed\", \"formula\": \"C2Q\" }")), "compound", "cmpA", "CPD0021"),
            ("targets", TestData.Target.Replace("\"name\": \"Serotonin transporter\"", "\"name\": \" \"", StringComparison.Ordinal), "target", "SERT", "CPD0024"),
            ("assays", TestData.Assay.Replace("\"5-HT uptake\"", "\" \"", StringComparison.Ordinal), "assay", "a1", "CPD0024"),
            ("results", TestData.Result.Replace("\"value\": 5e-5", "\"value\": 0", StringComparison.Ordinal), "result", "r1", "CPD0009"),
            ("transformations", TestData.Transformation.Replace("\"product\": \"cmpB\"", "\"product\": \"cmpA\"", StringComparison.Ordinal), "transformation", "t1", "CPD0026"),
            ("mechanisms", TestData.Mechanism.Replace("\"Blocks uptake.\"", "\" \"", StringComparison.Ordinal), "mechanism", "m1", "CPD0024"),
            ("gaps", TestData.Gap.Replace("\"No Ki values.\"", "\" \"", StringComparison.Ordinal), "gap", "g1", "CPD0024"),
        };

        foreach (var (section, items, kind, id, problem) in cases)
        {
            var result = Load(TestData.DatasetWith(section, items));

            var first = result.LeftOut[0];
            new { first.Kind, first.Id, first.JsonPath, Problem = first.Problems[0].Id, first.Cause }
                .Should().BeEquivalentTo(new { Kind = kind, Id = id, JsonPath = "$." + section + "[0]", Problem = problem, Cause = (LeftOutItem?)null }, section);
            result.Warnings.Should().Contain(w => w.Id == "CPD0035" && w.JsonPath == "$." + section + "[0]" && w.Message.StartsWith(kind + " '" + id + "' is left out of the dataset: " + problem + " ", StringComparison.Ordinal), section);
        }
    }

    [Fact]
    public void An_item_without_a_readable_id_is_named_by_its_place()
    {
        var text = TestData.Dataset(compounds: TestData.Compounds(TestData.CompoundA) + ",\n    " + """{ "name": "Compound C", "role": "metabolite", "references": ["ref1"] }""");

        var result = Load(text);

        result.LeftOut.Should().ContainSingle().Which.Id.Should().BeNull();
        result.Warnings.Should().ContainSingle().Which.Message.Should().StartWith(
            "compound at $.compounds[2] is left out of the dataset: CPD0002 Required property 'id' is missing from $.compounds[2]");
    }

    [Fact]
    public void An_item_with_several_problems_counts_the_ones_not_shown()
    {
        var one = Load(TestData.Dataset(compounds: TestData.Compounds(TestData.CompoundAWith(
            "\"structure\": { \"provenance\": \"computed\", \"formula\": \"C2Q\" }, \"identifiers\": { \"cas\": \"50-00-1\" }"))));
        var two = Load(TestData.Dataset(compounds: TestData.Compounds(TestData.CompoundAWith(
            "\"structure\": { \"provenance\": \"computed\", \"formula\": \"C2Q\", \"inchiKey\": \"not-a-key\" }, \"identifiers\": { \"cas\": \"50-00-1\" }"))));

        one.LeftOut[0].Problems.Should().HaveCount(2);
        one.Warnings[0].Message.Should().StartWith("compound 'cmpA' is left out of the dataset: ").And.EndWith(" (and 1 more problem)");
        two.LeftOut[0].Problems.Should().HaveCount(3);
        two.Warnings[0].Message.Should().EndWith(" (and 2 more problems)");
    }

    [Fact]
    public void Leaving_out_a_reference_reaches_what_cites_it_and_what_refers_to_that()
    {
        // ref2 has a bad PMID; compound C cites only ref2; result r2 is about compound C; r1 (compound A) stays.
        var text = TestData.Dataset(
            references: TestData.Reference + ",\n    " + """{ "id": "ref2", "kind": "journal-article", "status": "abstract-read", "pmid": "0123" }""",
            compounds: TestData.Compounds(TestData.CompoundA) + ",\n    " + """{ "id": "cmpC", "name": "Compound C", "role": "metabolite", "references": ["ref2"] }""",
            results: TestData.Result + ",\n    " + TestData.Result.Replace("\"r1\"", "\"r2\"", StringComparison.Ordinal).Replace("\"cmpA\"", "\"cmpC\"", StringComparison.Ordinal));

        var result = Load(text);

        result.LeftOut.Select(i => (i.Kind, i.Id, i.Cause?.Id)).Should().Equal(
            ("reference", "ref2", null), ("compound", "cmpC", "ref2"), ("result", "r2", "cmpC"));
        result.Dataset.Compounds.Select(c => c.Id).Should().Equal("cmpA", "cmpB");
        result.Dataset.AllResults.Select(r => r.Id).Should().Equal("r1");
        result.Warnings.Single(w => w.JsonPath == "$.results[1]").Message.Should().Be(
            "result 'r2' is left out of the dataset: it refers to compound 'cmpC', which is left out");
    }

    [Fact]
    public void An_item_that_refers_to_two_left_out_items_is_left_out_once()
    {
        // ref2 and ref3 have bad PMIDs; r2 cites both, so one round finds two dangling references in the same item.
        var text = TestData.Dataset(
            references: TestData.Reference + ",\n    " +
                """{ "id": "ref2", "kind": "journal-article", "status": "abstract-read", "pmid": "0123" }""" + ",\n    " +
                """{ "id": "ref3", "kind": "journal-article", "status": "abstract-read", "pmid": "0456" }""",
            results: TestData.Result + ",\n    " + TestData.Result.Replace("\"r1\"", "\"r2\"", StringComparison.Ordinal)
                .Replace("[\"ref1\"]", "[\"ref2\", \"ref3\"]", StringComparison.Ordinal));

        var result = Load(text);

        result.LeftOut.Select(i => (i.Kind, i.Id, i.Cause?.Id)).Should().Equal(
            ("reference", "ref2", null), ("reference", "ref3", null), ("result", "r2", "ref2"));
        result.Warnings.Where(w => w.JsonPath == "$.results[1]").Should().ContainSingle();
        result.Dataset.AllResults.Select(r => r.Id).Should().Equal("r1");
    }

    [Fact]
    public void Warnings_are_in_file_order_whatever_order_the_items_were_left_out_in()
    {
        // The results come before the compounds in this file: r1 is left out because of compound A, which is
        // further down, so the cause is found first and the warnings must still be sorted by place.
        var text = "{\n" +
            "  \"dataset\": " + TestData.Manifest + ",\n" +
            "  \"results\": [\n    " + TestData.Result + "\n  ],\n" +
            "  \"references\": [\n    " + TestData.Reference + "\n  ],\n" +
            "  \"targets\": [\n    " + TestData.Target + "\n  ],\n" +
            "  \"assays\": [\n    " + TestData.Assay + "\n  ],\n" +
            "  \"compounds\": [\n    " + TestData.Compounds(TestData.CompoundAWith("\"structure\": { \"provenance\": \"computed\", \"formula\": \"C2Q\" }")) + "\n  ]\n" +
            "}\n";

        var result = Load(text);

        result.LeftOut.Select(i => i.Id).Should().Equal("cmpA", "r1");
        result.Warnings.Select(w => w.JsonPath).Should().Equal("$.results[0]", "$.compounds[0]");
        result.Warnings.Select(w => w.Line).Should().BeInAscendingOrder();

        // The generator calls the rule on one dataset's files, without the loader's final sort.
        var group = DatasetValidator.Group([DatasetFileReader.Read(TestData.Path, text, CancellationToken.None)]).Datasets.Single();
        var leftOut = InvalidItems.LeaveOut(group, DatasetValidator.Validate(group, CancellationToken.None), _ => true, CancellationToken.None);
        leftOut.Diagnostics.Select(d => d.Location.JsonPath).Should().Equal("$.results[0]", "$.compounds[0]");
    }

    [Fact]
    public void Warnings_of_the_remaining_data_and_of_the_reader_are_kept_beside_the_left_out_items()
    {
        // Compound C repeats compound B's name (CPD0033, a warning, raised again on what is left), the reader warns
        // about a repeated list entry (CPD0045), and result r2 has a zero value (CPD0009, left out).
        var text = TestData.Dataset(
            compounds: TestData.Compounds(TestData.CompoundA.Replace("[\"ref1\"]", "[\"ref1\", \"ref1\"]", StringComparison.Ordinal)) + ",\n    " +
                """{ "id": "cmpC", "name": "Compound B", "role": "metabolite", "references": ["ref1"] }""",
            results: TestData.Result + ",\n    " + TestData.Result.Replace("\"r1\"", "\"r2\"", StringComparison.Ordinal).Replace("\"value\": 5e-5", "\"value\": 0", StringComparison.Ordinal));
        var strictWarnings = Validate(TestData.Dataset(
            compounds: TestData.Compounds(TestData.CompoundA.Replace("[\"ref1\"]", "[\"ref1\", \"ref1\"]", StringComparison.Ordinal)) + ",\n    " +
                """{ "id": "cmpC", "name": "Compound B", "role": "metabolite", "references": ["ref1"] }"""), null)
            .Diagnostics.Select(d => d.Id).ToList();

        var result = Load(text);

        strictWarnings.Should().Contain(["CPD0033", "CPD0045"], "the same data without the bad result warns about both");
        result.LeftOut.Select(i => i.Id).Should().Equal("r2");
        result.Warnings.Select(w => w.Id).Should().BeEquivalentTo(strictWarnings.Append("CPD0035"));
    }

    private static DatasetLoadResult Load(string text) =>
        DatasetLoader.Load([DatasetSource.FromJson(text, TestData.Path)], LeaveOut);

    private static ValidatedDataset Validate(string text, Func<string, bool>? accepted) =>
        DatasetValidator.Validate([DatasetFileReader.Read(TestData.Path, text, CancellationToken.None)], accepted, CancellationToken.None);
}
