using Cianopramine.Data.DataFiles;
using System.Globalization;
using Cianopramine.Data.Loading;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>
/// Issue 15, points 4 and 8: the data rules for names (Unicode, CPD0048), for lookup keys two entities share (CPD0033,
/// CPD0047: the warning and the lookups must agree), for values listed twice (CPD0045) and for a compound compared or
/// related to itself (CPD0046). The generator applies the same rules (the shared reader and rules; the corpus and
/// diagnostic-case tests run both paths).
/// </summary>
public sealed class NameAndListRuleTests
{
    public static TheoryData<int> ForbiddenCharacters()
    {
        var data = new TheoryData<int>();
        for (var c = 0; c <= 0x1F; c++)
        {
            data.Add(c);
        }

        for (var c = 0x7F; c <= 0x9F; c++)
        {
            data.Add(c);
        }

        foreach (var c in new[] { 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFFFE, 0xFFFF })
        {
            data.Add(c);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ForbiddenCharacters))]
    public void A_control_bidirectional_or_non_character_in_a_name_is_CPD0048_at_the_name(int code)
    {
        var escaped = "\\u" + code.ToString("X4", CultureInfo.InvariantCulture);

        var problems = Problems(Compound("Ab" + escaped + "c"));

        problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Id = "CPD0048", Severity = DatasetProblemSeverity.Error, Line = 4, JsonPath = "$.compounds[0].name" });
        problems[0].Message.Should().Contain("U+" + code.ToString("X4", CultureInfo.InvariantCulture)).And.Contain("'Ab" + escaped + "c'");
    }

    [Theory]
    [InlineData("\\u200B")]
    [InlineData("\\u200C\\u200D")]
    [InlineData("\\u2060 \\uFEFF")]
    [InlineData("\\u00AD")]
    [InlineData("\\u3164")]
    [InlineData("\\u115F\\u1160")]
    [InlineData("\\u2800")]
    [InlineData("\\u180E")]
    [InlineData("\\u034F")]
    public void A_name_with_no_visible_character_is_CPD0048(string name)
    {
        Problems(Compound(name)).Select(p => (p.Id, p.JsonPath)).Should().Equal(("CPD0048", "$.compounds[0].name"));
    }

    [Fact]
    public void A_name_of_only_white_space_stays_CPD0024_and_is_not_reported_twice()
    {
        Problems(Compound(" \\u00A0 ")).Select(p => p.Id).Should().Equal("CPD0024");
    }

    /// <summary>The composed forms are written out: this project runs with InvariantGlobalization, where <c>string.Normalize</c> does nothing.</summary>
    [Theory]
    [InlineData("Cafe\\u0301ine", "Caf\\u00E9ine")]
    [InlineData("A\\u030A", "\\u00C5")]
    [InlineData("\\u212B", "\\u00C5")]
    [InlineData("\\u1100\\u1161", "\\uAC00")]
    public void A_name_not_in_NFC_is_CPD0048_and_its_composed_form_loads(string decomposed, string composed)
    {
        Problems(Compound(decomposed)).Select(p => p.Id).Should().Equal("CPD0048");
        Problems(Compound(composed)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Ro 11-2465")]
    [InlineData("α-Methyl-5-HT")]
    [InlineData("5-HT\\u2082B")]
    [InlineData("N,N-dimethyl-(3-cyano)imipramine")]
    [InlineData("Desméthylcianopramine")]
    [InlineData("\\uD83D\\uDE00 pill")]
    [InlineData("\\u05D0\\u05D1")]
    public void Ordinary_names_in_any_script_load_without_a_word(string name)
    {
        Problems(Compound(name)).Should().BeEmpty();
    }

    [Fact]
    public void Synonyms_target_symbols_names_genes_and_classifications_follow_the_same_rules()
    {
        var json = """
            {
              "dataset": { "id": "lab", "title": "Lab", "version": "1" },
              "references": [{ "id": "ref1" }],
              "compounds": [{ "id": "c1", "name": "C1", "references": ["ref1"], "synonyms": [{ "text": "S\u0007", "kind": "other" }] }],
              "targets": [{ "id": "t1", "symbol": "\u202ET", "name": "N\u0301", "gene": "\u200B", "kind": "receptor",
                "classifications": [{ "symbol": "X\u0000", "gene": "G\uFFFF", "text": "t", "references": ["ref1"] }] }]
            }
            """;

        Problems(json).Select(p => (p.Id, p.JsonPath)).Should().Equal(
            ("CPD0048", "$.compounds[0].synonyms[0].text"),
            ("CPD0048", "$.targets[0].symbol"),
            ("CPD0048", "$.targets[0].name"),
            ("CPD0048", "$.targets[0].gene"),
            ("CPD0048", "$.targets[0].classifications[0].symbol"),
            ("CPD0048", "$.targets[0].classifications[0].gene"));
    }

    [Fact]
    public void Titles_descriptions_and_notes_may_hold_control_characters()
    {
        var json = """
            {
              "dataset": { "id": "lab", "title": "T\u0001\u001B\uFFFF", "version": "1\u0000", "description": "\u202E" },
              "references": [{ "id": "ref1", "notes": [{ "kind": "context-note", "text": "\u0007" }] }]
            }
            """;

        Problems(json).Should().BeEmpty();
    }

    /// <summary>
    /// The class of bug behind "a synonym shadows a name" and "Foo-Bar vs foo bar": the warning must fire exactly when
    /// a lookup matches two entities. Every key kind the collections search is set against every other, in both
    /// collections, and the warnings are compared with what <c>FindAll</c> finds.
    /// </summary>
    [Theory]
    [MemberData(nameof(CompoundKeyPairs))]
    public void Two_compounds_share_a_key_exactly_when_CPD0033_says_so(string first, string second)
    {
        var json = """
            {
              "dataset": { "id": "lab", "title": "Lab", "version": "1" },
              "references": [{ "id": "ref1" }],
              "compounds": [
                { "id": "one", "name": "First", "references": ["ref1"], FIRST },
                { "id": "two", "name": "Second", "references": ["ref1"], SECOND }
              ]
            }
            """.Replace("FIRST", first, StringComparison.Ordinal).Replace("SECOND", second, StringComparison.Ordinal);

        var result = DatasetLoader.Load([DatasetSource.FromJson(json)]);
        var ambiguous = result.Dataset.Compounds.Keys.Where(k => result.Dataset.Compounds.FindAll(k).Count > 1).ToList();

        result.Warnings.Select(w => w.Id).Distinct().Should().Equal(ambiguous.Count > 0 ? new[] { "CPD0033" } : Array.Empty<string>(), "keys shared: {0}", string.Join(", ", ambiguous));
    }

    public static TheoryData<string, string> CompoundKeyPairs()
    {
        string[] keys =
        [
            "\"synonyms\": [{ \"text\": \"Second\", \"kind\": \"other\" }]",
            "\"synonyms\": [{ \"text\": \"S-E_C O N D\", \"kind\": \"other\" }]",
            "\"synonyms\": [{ \"text\": \"two\", \"kind\": \"other\" }]",
            "\"synonyms\": [{ \"text\": \"CID 5\", \"kind\": \"other\" }]",
            "\"synonyms\": [{ \"text\": \"CHEMBL1\", \"kind\": \"other\" }]",
            "\"identifiers\": { \"pubchemCid\": 5 }",
            "\"identifiers\": { \"chemblId\": \"CHEMBL1\" }",
            "\"identifiers\": { \"drugbankId\": \"DB00458\" }",
            "\"identifiers\": { \"cas\": \"50-49-7\" }",
            "\"synonyms\": [{ \"text\": \"db00458\", \"kind\": \"other\" }]",
            "\"synonyms\": [{ \"text\": \"50 49 7\", \"kind\": \"other\" }]",
            "\"structure\": { \"provenance\": \"computed\", \"inchiKey\": \"BCGWQEUPMDMJNV-UHFFFAOYSA-N\" }",
            "\"synonyms\": [{ \"text\": \"bcgwqeupmdmjnv-uhfffaoysa-n\", \"kind\": \"other\" }]",
            "\"synonyms\": [{ \"text\": \"Unrelated\", \"kind\": \"other\" }]",
        ];
        var data = new TheoryData<string, string>();
        foreach (var a in keys)
        {
            foreach (var b in keys)
            {
                data.Add(a, b);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TargetKeyPairs))]
    public void Two_targets_share_a_key_exactly_when_CPD0047_says_so(string first, string second)
    {
        var json = """
            {
              "dataset": { "id": "lab", "title": "Lab", "version": "1" },
              "targets": [
                { "id": "one", "kind": "receptor", FIRST },
                { "id": "two", "kind": "receptor", SECOND }
              ]
            }
            """.Replace("FIRST", first, StringComparison.Ordinal).Replace("SECOND", second, StringComparison.Ordinal);

        var result = DatasetLoader.Load([DatasetSource.FromJson(json)]);
        var ambiguous = result.Dataset.Targets.Keys.Where(k => result.Dataset.Targets.FindAll(k).Count > 1).ToList();

        result.Warnings.Select(w => w.Id).Distinct().Should().Equal(ambiguous.Count > 0 ? new[] { "CPD0047" } : Array.Empty<string>(), "keys shared: {0}", string.Join(", ", ambiguous));
    }

    public static TheoryData<string, string> TargetKeyPairs()
    {
        string[] keys =
        [
            "\"symbol\": \"SERT\", \"name\": \"Serotonin transporter\"",
            "\"symbol\": \"sert\", \"name\": \"Another\"",
            "\"symbol\": \"X1\", \"name\": \"serotonin-transporter\"",
            "\"symbol\": \"X2\", \"name\": \"Y2\", \"gene\": \"SERT\"",
            "\"symbol\": \"X3\", \"name\": \"Y3\", \"gene\": \"SLC6A4\"",
            "\"symbol\": \"SLC6A4\", \"name\": \"Y4\"",
            "\"symbol\": \"two\", \"name\": \"Y5\"",
            "\"symbol\": \"X6\", \"name\": \"Y6\", \"accessions\": [{ \"database\": \"uniprot\", \"value\": \"P31645\" }]",
            "\"symbol\": \"P31645\", \"name\": \"Y7\"",
            "\"symbol\": \"X8\", \"name\": \"Y8\", \"accessions\": [{ \"database\": \"gtopdb\", \"value\": \"928\" }]",
            "\"symbol\": \"GtoPdb 928\", \"name\": \"Y9\"",
            "\"symbol\": \"X10\", \"name\": \"Y10\"",
        ];
        var data = new TheoryData<string, string>();
        foreach (var a in keys)
        {
            foreach (var b in keys)
            {
                data.Add(a, b);
            }
        }

        return data;
    }

    /// <summary>
    /// The reviewer listed a species and a reference 10^6 times; 200,000 each (3 MB) show the same thing without making
    /// the test slow on a busy machine: one warning per repeated value, whatever the count. (Time is the benchmarks'
    /// business, not a unit test's.)
    /// </summary>
    [Fact]
    public void A_value_repeated_200000_times_is_one_CPD0045_warning()
    {
        var species = string.Join(", ", Enumerable.Repeat("\"rat\"", 200_000));
        var references = string.Join(", ", Enumerable.Repeat("\"ref1\"", 200_000));
        var json = """
            {
              "dataset": { "id": "lab", "title": "Lab", "version": "1" },
              "references": [{ "id": "ref1" }],
              "compounds": [{ "id": "c1", "name": "C1", "references": [REFS] }],
              "assays": [{ "id": "a1", "kind": "radioligand-binding", "setting": "in-vitro", "species": [SPECIES], "description": "d" }]
            }
            """.Replace("REFS", references, StringComparison.Ordinal).Replace("SPECIES", species, StringComparison.Ordinal);

        var result = DatasetLoader.Load([DatasetSource.FromJson(json)]);

        result.Warnings.Select(w => (w.Id, w.JsonPath, w.Message)).Should().Equal(
            ("CPD0045", "$.compounds[0].references[1]", "'ref1' is listed 200000 times in $.compounds[0].references; a repeat adds nothing, list it once"),
            ("CPD0045", "$.assays[0].species[1]", "'rat' is listed 200000 times in $.assays[0].species; a repeat adds nothing, list it once"));
    }

    [Fact]
    public void Authors_may_repeat_a_name_but_enzymes_parameters_and_gap_members_may_not()
    {
        var json = """
            {
              "dataset": { "id": "lab", "title": "Lab", "version": "1", "sources": ["ref1", "ref1"] },
              "references": [{ "id": "ref1", "authors": ["Wang Y", "Wang Y"] }],
              "compounds": [{ "id": "c1", "name": "C1", "references": ["ref1"] }, { "id": "c2", "name": "C2", "references": ["ref1"] }],
              "targets": [{ "id": "t1", "symbol": "T1", "name": "T1 receptor", "kind": "receptor" }],
              "transformations": [{ "id": "x1", "substrate": "c1", "product": "c2", "reaction": "other", "enzymes": ["CYP2D6", "CYP2D6"], "references": ["ref1"] }],
              "mechanisms": [{ "id": "m1", "compound": "c1", "targets": ["t1", "t1"], "action": "inhibitor", "text": "t", "references": ["ref1"] }],
              "gaps": [{ "id": "g1", "text": "t", "compounds": ["c1", "c1"], "targets": ["t1"], "parameters": ["Ki", "Ki"], "references": ["ref1"] }]
            }
            """;

        Problems(json).Select(p => (p.Id, p.JsonPath)).Should().Equal(
            ("CPD0045", "$.dataset.sources[1]"),
            ("CPD0045", "$.transformations[0].enzymes[1]"),
            ("CPD0045", "$.mechanisms[0].targets[1]"),
            ("CPD0045", "$.gaps[0].compounds[1]"),
            ("CPD0045", "$.gaps[0].parameters[1]"));
    }

    [Fact]
    public void A_compound_compared_or_related_to_another_loads_and_to_itself_is_CPD0046()
    {
        var json = """
            {
              "dataset": { "id": "lab", "title": "Lab", "version": "1" },
              "references": [{ "id": "ref1" }],
              "compounds": [
                { "id": "c1", "name": "C1", "references": ["ref1"], "relations": [{ "kind": "salt-of", "compound": "c2" }] },
                { "id": "c2", "name": "C2", "references": ["ref1"], "relations": [{ "kind": "salt-of", "compound": "c2" }] }
              ],
              "targets": [{ "id": "t1", "symbol": "T1", "name": "T1 receptor", "kind": "receptor" }],
              "assays": [{ "id": "a1", "kind": "radioligand-binding", "setting": "in-vitro", "description": "d" }],
              "results": [
                { "id": "r1", "compound": "c1", "target": "t1", "assay": "a1", "references": ["ref1"], "value": { "type": "comparative", "comparedTo": "c2", "direction": "weaker" } },
                { "id": "r2", "compound": "c1", "target": "t1", "assay": "a1", "references": ["ref1"], "value": { "type": "comparative", "comparedTo": "c1", "direction": "weaker" } }
              ]
            }
            """;

        Problems(json).Select(p => (p.Id, p.JsonPath, p.Message)).Should().Equal(
            ("CPD0046", "$.compounds[1].relations[0].compound", "Compound 'c2' has 'c2' on both sides of its relation 'salt-of'"),
            ("CPD0046", "$.results[1].value.comparedTo", "Result 'r2' has 'c1' on both sides of its comparison"));
    }

    /// <summary>CPD0033 names the kind of key the second compound shares, is at that key, and names the first compound and where it is.</summary>
    [Theory]
    [InlineData("\"synonyms\": [{ \"text\": \"two\", \"kind\": \"other\" }]", "", "$.compounds[1].id", "id 'two'")]
    [InlineData("\"synonyms\": [{ \"text\": \"5\", \"kind\": \"other\" }]", ", \"identifiers\": { \"pubchemCid\": 5 }", "$.compounds[1].identifiers.pubchemCid", "PubChem CID '5'")]
    [InlineData("\"synonyms\": [{ \"text\": \"CID 5\", \"kind\": \"other\" }]", ", \"identifiers\": { \"pubchemCid\": 5 }", "$.compounds[1].identifiers.pubchemCid", "PubChem CID 'CID5'")]
    [InlineData("\"synonyms\": [{ \"text\": \"CHEMBL1\", \"kind\": \"other\" }]", ", \"identifiers\": { \"chemblId\": \"CHEMBL1\" }", "$.compounds[1].identifiers.chemblId", "ChEMBL id 'CHEMBL1'")]
    [InlineData("\"synonyms\": [{ \"text\": \"db00458\", \"kind\": \"other\" }]", ", \"identifiers\": { \"drugbankId\": \"DB00458\" }", "$.compounds[1].identifiers.drugbankId", "DrugBank id 'DB00458'")]
    [InlineData("\"synonyms\": [{ \"text\": \"50 49 7\", \"kind\": \"other\" }]", ", \"identifiers\": { \"cas\": \"50-49-7\" }", "$.compounds[1].identifiers.cas", "CAS number '50-49-7'")]
    public void CPD0033_names_the_shared_key_at_the_second_compound(string first, string second, string path, string shared)
    {
        var json = """
            {
              "dataset": { "id": "lab", "title": "Lab", "version": "1" },
              "references": [{ "id": "ref1" }],
              "compounds": [
                { "id": "one", "name": "First", "references": ["ref1"], FIRST },
                { "id": "two", "name": "Second", "references": ["ref1"]SECOND }
              ]
            }
            """.Replace("FIRST", first, StringComparison.Ordinal).Replace("SECOND", second, StringComparison.Ordinal);
        var at = TestData.PositionOf(json, "{ \"id\": \"one\"");

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0033");

        (d.Location.JsonPath, d.Message).Should().Be((path, $"Compound 'two' has the same {shared} as compound 'one' at {TestData.Path}({at.Line},{at.Column}); a lookup by it matches both"));
        d.Severity.Should().Be(DatasetDiagnosticSeverity.Warning);
    }

    /// <summary>CPD0047 likewise, at the second target's own key (its name, gene or accession, not the whole target).</summary>
    [Theory]
    [InlineData("\"symbol\": \"X1\", \"name\": \"two\"", "\"symbol\": \"X2\", \"name\": \"Y2\"", "$.targets[1].id", "id 'two'")]
    [InlineData("\"symbol\": \"SLC6A4\", \"name\": \"Y1\"", "\"symbol\": \"X2\", \"name\": \"slc6a4\"", "$.targets[1].name", "symbol or name 'slc6a4'")]
    [InlineData("\"symbol\": \"SLC6A4\", \"name\": \"Y1\"", "\"symbol\": \"X2\", \"name\": \"Y2\", \"gene\": \"SLC6A4\"", "$.targets[1].gene", "gene 'SLC6A4'")]
    [InlineData("\"symbol\": \"P31645\", \"name\": \"Y1\"", "\"symbol\": \"X2\", \"name\": \"Y2\", \"accessions\": [{ \"database\": \"uniprot\", \"value\": \"P31645\" }]", "$.targets[1].accessions[0].value", "accession 'P31645'")]
    [InlineData("\"symbol\": \"GtoPdb 928\", \"name\": \"Y1\"", "\"symbol\": \"X2\", \"name\": \"Y2\", \"accessions\": [{ \"database\": \"gtopdb\", \"value\": \"928\" }]", "$.targets[1].accessions[0].value", "accession 'GtoPdb 928'")]
    public void CPD0047_names_the_shared_key_at_the_second_target(string first, string second, string path, string shared)
    {
        var json = """
            {
              "dataset": { "id": "lab", "title": "Lab", "version": "1" },
              "targets": [
                { "id": "one", "kind": "receptor", FIRST },
                { "id": "two", "kind": "receptor", SECOND }
              ]
            }
            """.Replace("FIRST", first, StringComparison.Ordinal).Replace("SECOND", second, StringComparison.Ordinal);
        var at = TestData.PositionOf(json, "{ \"id\": \"one\"");

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0047");

        (d.Location.JsonPath, d.Message).Should().Be((path, $"Target 'two' has the same {shared} as target 'one' at {TestData.Path}({at.Line},{at.Column}); a lookup by it matches both"));
    }

    [Fact]
    public void A_key_a_compound_has_twice_is_one_CPD0033()
    {
        var json = """
            {
              "dataset": { "id": "lab", "title": "Lab", "version": "1" },
              "references": [{ "id": "ref1" }],
              "compounds": [
                { "id": "one", "name": "Imipramine", "references": ["ref1"] },
                { "id": "two", "name": "imipramine", "references": ["ref1"], "synonyms": [{ "text": "IMIPRAMINE", "kind": "other" }] }
              ]
            }
            """;

        TestData.Diagnostics(json).Select(d => (d.Id, d.Location.JsonPath)).Should().Equal(("CPD0033", "$.compounds[1]"));
    }

    [Fact]
    public void Two_compounds_with_one_id_are_CPD0007_and_not_also_CPD0033()
    {
        var json = """
            {
              "dataset": { "id": "lab", "title": "Lab", "version": "1" },
              "references": [{ "id": "ref1" }],
              "compounds": [
                { "id": "one", "name": "First", "references": ["ref1"] },
                { "id": "one", "name": "Second", "references": ["ref1"] }
              ]
            }
            """;

        TestData.Diagnostics(json).Select(d => (d.Id, d.Location.JsonPath)).Should().Equal(("CPD0007", "$.compounds[1].id"));
    }

    [Fact]
    public void Blank_keys_are_CPD0024_and_not_shared()
    {
        var json = """
            {
              "dataset": { "id": "lab", "title": "Lab", "version": "1" },
              "targets": [
                { "id": "one", "symbol": "X1", "name": "Y1", "gene": " ", "kind": "receptor" },
                { "id": "two", "symbol": "X2", "name": "Y2", "gene": " ", "kind": "receptor" }
              ]
            }
            """;

        TestData.Diagnostics(json).Select(d => (d.Id, d.Location.JsonPath)).Should().Equal(("CPD0024", "$.targets[0].gene"), ("CPD0024", "$.targets[1].gene"));
    }

    [Fact]
    public void CPD0048_a_non_character_is_named_in_the_message()
    {
        Problems(Compound("Ab\\uFFFEc")).Select(p => p.Message).Should().Equal("The name 'Ab\\uFFFEc' contains the non-character U+FFFE");
    }

    /// <summary>A character outside the BMP is one code point, looked up whole in the tables: U+1D15E's NFC is U+1D157 U+1D165.</summary>
    [Theory]
    [InlineData("\\uD834\\uDD5E")]
    [InlineData("Note \\uD834\\uDD5E")]
    public void CPD0048_a_supplementary_character_not_in_NFC(string name)
    {
        Problems(Compound(name)).Select(p => (p.Id, p.Message)).Should().Equal(
            ("CPD0048", "The name '" + System.Text.RegularExpressions.Regex.Unescape(name) + "' is not in Unicode normalization form C (NFC): write each accented letter as one character (é as U+00E9, not e and U+0301)"));
    }

    /// <summary>NFC composes a combining character with the one before it; first in a name there is none, so it is left as it is.</summary>
    [Theory]
    [InlineData("\u0301x", true)]
    [InlineData("x\u0301", false)]
    [InlineData("\u3099", true)]
    [InlineData("\u304B\u3099", false)]
    public void IsNfc_rejects_a_composing_character_only_after_another(string text, bool nfc)
    {
        NameRules.IsNfc(text).Should().Be(nfc);
    }

    /// <summary>
    /// A message quotes a character outside the BMP whole: as itself when it is visible, as its two escaped halves when
    /// it is not (U+E0001 LANGUAGE TAG). Before, the second half of a visible one was escaped on its own.
    /// </summary>
    [Theory]
    [InlineData("\\uD83D\\uDE00\\u0007", "The name '\U0001F600\\u0007' contains the control character U+0007")]
    [InlineData("\\uDB40\\uDC01", "The name '\\uDB40\\uDC01' has no visible character, only white space and invisible formatting characters")]
    public void CPD0048_quotes_a_surrogate_pair_whole(string name, string message)
    {
        Problems(Compound(name)).Select(p => p.Message).Should().Equal(message);
    }

    private static string Compound(string name) => """
        {
          "dataset": { "id": "lab", "title": "Lab", "version": "1" },
          "references": [{ "id": "ref1" }],
          "compounds": [{ "id": "c1", "name": "NAME", "references": ["ref1"] }]
        }
        """.Replace("NAME", name, StringComparison.Ordinal);

    /// <summary>Every problem of a load, errors and warnings, in file order.</summary>
    private static IReadOnlyList<DatasetProblem> Problems(string json)
    {
        try
        {
            return DatasetLoader.Load([DatasetSource.FromJson(json)]).Warnings;
        }
        catch (DatasetLoadException e)
        {
            return e.Problems;
        }
    }
}
