using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>The content hash depends on the data only (the canonical form of <see cref="CanonicalSink"/>).</summary>
public class CanonicalFormTests
{
    private static string HashOf(params (string Path, string Json)[] files)
    {
        var validated = TestData.Validate(files);
        validated.Diagnostics.Should().BeEmpty();
        return SpecModelBuilder.Build(validated.Datasets.Should().ContainSingle().Subject).Metadata.ContentHash;
    }

    private static string Canonical(string json)
    {
        var validated = TestData.Validate((TestData.Path, json));
        validated.Diagnostics.Should().BeEmpty();
        return CanonicalSink.Render(SpecModelBuilder.Build(validated.Datasets.Should().ContainSingle().Subject));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_hash_is_the_SHA_256_of_the_whole_canonical_text_though_it_is_hashed_piece_by_piece(int seed)
    {
        // ComputeHash encodes and hashes the text every 8,192 characters instead of keeping it whole; a dataset large
        // enough for many pieces, with non-ASCII text, must hash exactly as its whole text does.
        var content = Cianopramine.Data.Reliability.RandomDatasets.Build(new Cianopramine.Data.Reliability.DatasetShape(20, 60, 6, 6, 300, 20, 10, 5), seed).Content;
        var text = CanonicalSink.Render(content);
        text.Length.Should().BeGreaterThan(5 * 8192);

        var expected = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
        CanonicalSink.ComputeHash(content).Should().Be(expected);
    }

    [Fact]
    public void The_hash_of_text_outside_the_basic_plane_is_that_of_its_UTF_8_bytes()
    {
        var note = string.Concat(Enumerable.Repeat("\U0001F600 caf\u00e9 \u20ac", 2000));
        var json = TestData.Dataset(results: TestData.Result.Replace("\"references\"", "\"notes\": [{ \"kind\": \"unverified\", \"text\": \"" + note + "\" }], \"references\""));
        var validated = TestData.Validate((TestData.Path, json));
        validated.Diagnostics.Should().BeEmpty();
        var content = SpecModelBuilder.Build(validated.Datasets.Should().ContainSingle().Subject);

        var expected = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(CanonicalSink.Render(content)))).ToLowerInvariant();
        content.Metadata.ContentHash.Should().Be(expected);
    }

    [Fact]
    public void The_hash_is_64_lowercase_hex_digits()
    {
        HashOf((TestData.Path, TestData.Dataset())).Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public void The_hash_does_not_depend_on_how_the_dataset_is_split_into_files()
    {
        var whole = TestData.Dataset();
        var first = TestData.Dataset(results: string.Empty, transformations: string.Empty, mechanisms: string.Empty, gaps: string.Empty);
        var second = "{ \"dataset\": \"test\", \"results\": [" + TestData.Result + "], \"transformations\": [" + TestData.Transformation + "] }";
        var third = "{ \"dataset\": \"test\", \"gaps\": [" + TestData.Gap + "], \"mechanisms\": [" + TestData.Mechanism + "] }";

        HashOf(("one.dataset.json", whole)).Should().Be(HashOf(("x/a.dataset.json", first), ("x/b.dataset.json", second), ("x/c.dataset.json", third)));
    }

    [Fact]
    public void The_hash_does_not_depend_on_file_paths_positions_or_whitespace()
    {
        var json = TestData.Dataset();
        var reformatted = json.Replace("\n    ", "\n\n          ").Replace(": ", " :  ");

        HashOf(("a.dataset.json", json)).Should().Be(HashOf(("somewhere/else.dataset.json", reformatted)));
    }

    [Fact]
    public void The_hash_does_not_depend_on_property_order()
    {
        var reordered = """{ "references": ["ref1"], "value": { "unit": "M", "value": 5e-5, "parameter": "IC50", "type": "quantitative" }, "assay": "a1", "target": "SERT", "compound": "cmpA", "id": "r1" }""";

        HashOf((TestData.Path, TestData.Dataset())).Should().Be(HashOf((TestData.Path, TestData.Dataset(results: reordered))));
    }

    [Fact]
    public void The_hash_does_not_depend_on_item_order()
    {
        var swapped = TestData.Dataset(compounds: TestData.CompoundB + ",\n    " + TestData.CompoundA);

        HashOf((TestData.Path, TestData.Dataset())).Should().Be(HashOf((TestData.Path, swapped)));
    }

    [Theory]
    [InlineData("\"value\": 5e-5", "\"value\": 0.000050")]
    [InlineData("\"value\": 5e-5", "\"value\": 5E-5")]
    [InlineData("\"parameter\": \"IC50\",", "\"parameter\": \"IC50\", \"relation\": \"=\",")]
    [InlineData("\"type\": \"quantitative\",", "\"type\": \"quantitative\", \"spread\": null,")]
    public void Equivalent_spellings_of_the_same_value_hash_alike(string from, string to)
    {
        var changed = TestData.Dataset(results: TestData.Result.Replace(from, to));

        HashOf((TestData.Path, TestData.Dataset())).Should().Be(HashOf((TestData.Path, changed)));
    }

    [Fact]
    public void Micro_sign_and_u_hash_alike()
    {
        var ascii = TestData.Dataset(results: TestData.Result.Replace("5e-5, \"unit\": \"M\"", "50, \"unit\": \"uM\""));
        var micro = TestData.Dataset(results: TestData.Result.Replace("5e-5, \"unit\": \"M\"", "50, \"unit\": \"\u00b5M\""));

        HashOf((TestData.Path, ascii)).Should().Be(HashOf((TestData.Path, micro)));
    }

    [Theory]
    [InlineData("\"value\": 5e-5", "\"value\": 5e-6")]
    [InlineData("\"unit\": \"M\"", "\"unit\": \"mM\"")]
    [InlineData("\"parameter\": \"IC50\",", "\"parameter\": \"IC50\", \"relation\": \"<\",")]
    [InlineData("\"id\": \"r1\"", "\"id\": \"r2\"")]
    [InlineData("\"references\": [\"ref1\"] }", "\"references\": [\"ref1\"], \"action\": \"inhibitor\" }")]
    public void Any_change_of_data_changes_the_hash(string from, string to)
    {
        var changed = TestData.Dataset(results: TestData.Result.Replace(from, to));

        HashOf((TestData.Path, TestData.Dataset())).Should().NotBe(HashOf((TestData.Path, changed)));
    }

    public static TheoryData<string, string> OtherSectionChanges => new()
    {
        { TestData.Dataset(), TestData.Dataset(compounds: WithCompoundPart("\"identifiers\": { \"pubchemCid\": 5 }")) },
        { TestData.Dataset(compounds: WithCompoundPart("\"identifiers\": { \"chemblId\": \"CHEMBL1\" }")), TestData.Dataset(compounds: WithCompoundPart("\"identifiers\": { \"chemblId\": \"CHEMBL2\" }")) },
        { TestData.Dataset(), TestData.Dataset(compounds: WithCompoundPart("\"identifiers\": { \"chemblId\": \"CHEMBL1\" }")) },
        { TestData.Dataset(), TestData.Dataset(compounds: WithCompoundPart("\"identifiers\": { \"drugbankId\": \"DB00001\" }")) },
        { TestData.Dataset(), TestData.Dataset(compounds: WithCompoundPart("\"identifiers\": { \"cas\": \"50-00-0\" }")) },
        { TestData.Dataset(compounds: WithCompoundPart("\"identifiers\": { \"cas\": \"50-00-0\" }")), TestData.Dataset(compounds: WithCompoundPart("\"identifiers\": { \"cas\": \"64-17-5\" }")) },
        { TestData.Dataset(compounds: WithCompoundPart("\"structure\": { \"provenance\": \"reported\" }")), TestData.Dataset(compounds: WithCompoundPart("\"structure\": { \"provenance\": \"reported\", \"references\": [\"ref1\"] }")) },
        { TestData.Dataset(), TestData.Dataset(results: TestData.Result.Replace("\"references\"", "\"conditions\": { \"dose\": { \"value\": 1, \"unit\": \"mg/kg\" } }, \"references\"")) },
        { TestData.Dataset(), TestData.Dataset(results: TestData.Result.Replace("\"references\"", "\"conditions\": { \"timeAfterDose\": { \"value\": 1, \"unit\": \"h\" } }, \"references\"")) },
        { TestData.Dataset(), TestData.Dataset(results: TestData.Result.Replace("\"references\"", "\"conditions\": { \"text\": \"Fasted.\" } , \"references\"")) },
        { TestData.Dataset(), TestData.Dataset(transformations: TestData.Transformation.Replace("\"not-reported\"", "\"none\"")) },
        { TestData.Dataset(transformations: TestData.Transformation.Replace("\"not-reported\"", "[\"CYP2D6\"]")), TestData.Dataset(transformations: TestData.Transformation.Replace("\"not-reported\"", "[\"CYP1A2\"]")) },
        { TestData.Dataset(), TestData.Dataset(transformations: TestData.Transformation.Replace("\"references\"", "\"species\": \"rat\", \"references\"")) },
        { TestData.Dataset(), TestData.Dataset(transformations: TestData.Transformation.Replace("\"references\"", "\"productActive\": false, \"references\"")) },
        { TestData.Dataset(transformations: TestData.Transformation.Replace("\"references\"", "\"productActive\": false, \"references\"")), TestData.Dataset(transformations: TestData.Transformation.Replace("\"references\"", "\"productActive\": true, \"references\"")) },
        { TestData.Dataset(), TestData.Dataset(mechanisms: TestData.Mechanism.Replace("\"references\"", "\"notes\": [{ \"kind\": \"context-note\", \"text\": \"Rat only.\" }], \"references\"")) },
    };

    private static string WithCompoundPart(string part) => TestData.Compounds(TestData.CompoundAWith(part));

    [Theory]
    [MemberData(nameof(OtherSectionChanges))]
    public void Any_change_in_any_section_changes_the_hash(string before, string after)
    {
        HashOf((TestData.Path, before)).Should().NotBe(HashOf((TestData.Path, after)));
    }

    [Fact]
    public void A_negative_zero_is_written_as_zero()
    {
        string WithSpread(string value) => TestData.Dataset(results: TestData.Result.Replace("\"unit\": \"M\"", "\"unit\": \"M\", \"spread\": { \"value\": " + value + ", \"kind\": \"sd\" }"));

        HashOf((TestData.Path, WithSpread("0"))).Should().Be(HashOf((TestData.Path, WithSpread("-0.0")))).And.Be(HashOf((TestData.Path, WithSpread("-0"))));
        Canonical(WithSpread("-0.00")).Should().Contain("\"spread\":{\"value\":0,\"kind\":\"sd\"}");
    }

    [Fact]
    public void An_item_of_every_section_renders_alone_as_its_section_writes_it()
    {
        var dataset = SpecModelBuilder.Build(TestData.Validate((TestData.Path, TestData.Dataset())).Datasets.Single());
        var whole = CanonicalSink.Render(dataset).Replace("\n", string.Empty, StringComparison.Ordinal);

        var items = new object[]
        {
            dataset.References[0], dataset.Compounds[0], dataset.Targets[0], dataset.Assays[0], dataset.Results[0],
            dataset.Transformations[0], dataset.Mechanisms[0], dataset.Gaps[0],
        };
        foreach (var item in items)
        {
            var text = CanonicalSink.RenderItem(item).Replace("\n", string.Empty, StringComparison.Ordinal); // line breaks aside
            text.Should().StartWith("{\"id\":").And.EndWith("}");
            whole.Should().Contain(text.TrimStart('{').TrimEnd('}'), item.GetType().Name);
        }

        FluentActions.Invoking(() => CanonicalSink.RenderItem("not an item")).Should().Throw<ArgumentException>().WithParameterName("item");
    }

    [Fact]
    public void Both_values_of_an_optional_flag_are_written_as_words()
    {
        string With(string productActive) => Canonical(TestData.Dataset(
            transformations: TestData.Transformation.Replace("\"references\"", "\"productActive\": " + productActive + ", \"references\"", StringComparison.Ordinal)));

        With("false").Should().Contain("\"productActive\":false,");
        With("true").Should().Contain("\"productActive\":true,");
    }

    [Fact]
    public void A_backslash_a_quote_and_a_control_character_in_a_text_are_escaped_as_in_JSON()
    {
        var text = Canonical(TestData.Dataset(mechanisms: TestData.Mechanism.Replace("\"Blocks uptake.\"", "\"Blocks \\\"uptake\\\" \\\\ 5-HT,\\tin vitro.\"", StringComparison.Ordinal)));

        text.Should().Contain("\"text\":\"Blocks \\\"uptake\\\" \\\\ 5-HT,\\u0009in vitro.\"");
    }

    [Fact]
    public void A_ChEMBL_source_record_writes_its_optional_pChEMBL_value()
    {
        var result = TestData.Result.Replace("\"references\"", "\"chembl\": { \"activityId\": 17, \"pchemblValue\": 4.30 }, \"references\"", StringComparison.Ordinal);

        Canonical(TestData.Dataset(results: result)).Should().Contain("\"pchemblValue\":4.3}");
    }

    [Fact]
    public void The_canonical_text_names_every_part_it_writes()
    {
        var compound = TestData.CompoundAWith(
            "\"identifiers\": { \"chemblId\": \"CHEMBL1\", \"cas\": \"50-00-0\" }, \"structure\": { \"provenance\": \"reported\", \"references\": [\"ref1\"] }");
        var transformations = TestData.Transformation.Replace("\"not-reported\"", "\"none\"") + ",\n    " +
            TestData.Transformation.Replace("\"t1\"", "\"t2\"").Replace("\"not-reported\"", "[\"CYP2D6\"], \"species\": \"rat\"");
        var text = Canonical(TestData.Dataset(compounds: TestData.Compounds(compound), transformations: transformations));

        text.Should().Contain("\"identifiers\":{\"chemblId\":\"CHEMBL1\",\"cas\":\"50-00-0\"}");
        text.Should().Contain("\"structure\":{\"provenance\":\"reported\",\"references\":[\"ref1\"]}");
        text.Should().Contain("\"reaction\":\"n-demethylation\",\"enzymes\":\"none\"");
        text.Should().Contain("\"enzymes\":[\"CYP2D6\"],\"species\":\"rat\"");
    }

    [Fact]
    public void Items_with_the_same_id_keep_their_order()
    {
        // Valid data has no repeated ids, but the canonical text must not depend on how the sort treats ties even
        // then: past 16 items List.Sort is not stable.
        var valid = SpecModelBuilder.Build(TestData.Validate((TestData.Path, TestData.Dataset())).Datasets.Single());
        var result = valid.Results.Single();
        var repeated = Enumerable.Range(1, 40)
            .Select(i => result with { Value = ((Cianopramine.Data.Model.QuantitativeValue)result.Value) with { Magnitude = new(1000 + i, Cianopramine.Data.Units.Unit.Molar) } })
            .ToArray();

        var text = CanonicalSink.Render(valid with { Results = Cianopramine.Data.Model.ValueArray<Cianopramine.Data.Model.AssayResult>.Create(repeated) });

        var positions = Enumerable.Range(1, 40).Select(i => text.IndexOf("\"value\":" + (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) + ",", StringComparison.Ordinal)).ToList();
        positions.Should().NotContain(-1).And.BeInAscendingOrder();
    }

    [Fact]
    public void Empty_sections_are_not_written()
    {
        var text = Canonical(TestData.Dataset(gaps: string.Empty, mechanisms: string.Empty));

        text.Should().Contain("\"transformations\":[").And.NotContain("\"gaps\"").And.NotContain("\"mechanisms\"");
    }

    [Fact]
    public void Author_order_is_data()
    {
        var ab = TestData.Dataset(references: TestData.Reference.Replace("\"status\"", "\"authors\": [\"A\", \"B\"], \"status\""));
        var ba = TestData.Dataset(references: TestData.Reference.Replace("\"status\"", "\"authors\": [\"B\", \"A\"], \"status\""));

        HashOf((TestData.Path, ab)).Should().NotBe(HashOf((TestData.Path, ba)));
    }

    [Fact]
    public void The_generated_type_settings_are_not_data()
    {
        var named = TestData.Dataset(manifest: TestData.Manifest.Replace("\"sources\"", "\"namespace\": \"Contoso.Data\", \"typeName\": \"TestSet\", \"sources\""));

        HashOf((TestData.Path, TestData.Dataset())).Should().Be(HashOf((TestData.Path, named)));
    }

    [Fact]
    public void The_canonical_text_writes_defaults_and_canonical_spellings()
    {
        var text = Canonical(TestData.Dataset(results: TestData.Result.Replace("5e-5, \"unit\": \"M\"", "0.50, \"unit\": \"\u00b5M\"")));

        text.Should().Contain("\"parameter\":\"IC50\",\"relation\":\"=\",\"value\":0.5,\"unit\":\"uM\"");
        text.Should().NotContain(TestData.Path);
    }
}
