using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>The exact words of the reader's shape diagnostics, and the JSON paths they name.</summary>
public class ReaderMessageTests
{
    private static DatasetDiagnostic Only(string json) => TestData.Read(json).Diagnostics.Should().ContainSingle().Subject;

    private static string WithReference(string from, string to) => TestData.Dataset(references: Replace(TestData.Reference, from, to));

    private static string WithResult(string from, string to) => TestData.Dataset(results: Replace(TestData.Result, from, to));

    private static string Replace(string text, string from, string to)
    {
        text.Should().Contain(from);
        return text.Replace(from, to);
    }

    public static TheoryData<string, string, string, string> WrongTypes => new()
    {
        // file, message, path, id
        { WithReference("\"title\": \"A paper\"", "\"title\": 5"), "'title' must be a string, but is a number", "$.references[0].title", "CPD0003" },
        { WithReference("\"title\": \"A paper\"", "\"title\": false"), "'title' must be a string, but is a boolean", "$.references[0].title", "CPD0003" },
        { WithReference("\"id\": \"ref1\"", "\"id\": []"), "'id' must be a string, but is an array", "$.references[0].id", "CPD0003" },
        { WithReference("\"kind\": \"journal-article\"", "\"kind\": {}"), "'kind' must be a string (reference kind), but is an object", "$.references[0].kind", "CPD0003" },
        { WithReference("\"year\": 1985", "\"year\": \"1985\""), "'year' must be an integer, but is a string", "$.references[0].year", "CPD0003" },
        { WithReference("\"year\": 1985", "\"year\": 1985.5"), "'year' must be an integer, but is a number with a fraction", "$.references[0].year", "CPD0003" },
        { WithReference("\"year\": 1985", "\"year\": 1985, \"authorsTruncated\": \"yes\""), "'authorsTruncated' must be a boolean, but is a string", "$.references[0].authorsTruncated", "CPD0003" },
        { WithReference("\"year\": 1985", "\"year\": 1985, \"authors\": {}"), "'authors' must be an array, but is an object", "$.references[0].authors", "CPD0003" },
        { WithReference("\"year\": 1985", "\"year\": 1985, \"authors\": [\"A\", 7]"), "'authors item' must be a string, but is a number", "$.references[0].authors[1]", "CPD0003" },
        { WithReference("\"year\": 1985", "\"year\": 1985, \"authors\": [\"A\", \" \"]"), "'authors' must not be empty or whitespace", "$.references[0].authors[1]", "CPD0024" },
        { WithResult("\"references\": [\"ref1\"]", "\"references\": [null]"), "'references item' must be a string, but is null", "$.results[0].references[0]", "CPD0003" },
        { WithResult("\"unit\": \"M\"", "\"unit\": true"), "'unit' must be a string (unit), but is a boolean", "$.results[0].value.unit", "CPD0003" },
        { WithResult("\"parameter\": \"IC50\"", "\"parameter\": \"IC50\", \"relation\": 1"), "'relation' must be a string (relation), but is a number", "$.results[0].value.relation", "CPD0003" },
        { WithResult("\"value\": 5e-5", "\"value\": \"5e-5\""), "'value' must be a number, but is a string", "$.results[0].value.value", "CPD0003" },
        { WithResult("\"value\": 5e-5", "\"value\": 1e400"), "The number 1e400 is not finite or does not fit a decimal number", "$.results[0].value.value", "CPD0010" },
        { WithResult("\"value\": 5e-5", "\"value\": 9e-400"), "The number 9e-400 is not finite or does not fit a decimal number", "$.results[0].value.value", "CPD0010" },
        { WithResult("\"value\": { \"type\": \"quantitative\", \"parameter\": \"IC50\", \"value\": 5e-5, \"unit\": \"M\" }", "\"value\": 5"), "'value' must be an object, but is a number", "$.results[0].value", "CPD0003" },
        { WithResult("\"type\": \"quantitative\"", "\"type\": 5"), "'type' must be a string, but is a number", "$.results[0].value.type", "CPD0003" },
        { WithResult("\"type\": \"quantitative\"", "\"type\": \"quantity\""), "'quantity' is not a valid value type; expected one of: quantitative, qualitative, comparative", "$.results[0].value.type", "CPD0005" },
        { WithResult("\"references\": [\"ref1\"]", "\"references\": [\"ref1\"], \"conditions\": []"), "'conditions' must be an object, but is an array", "$.results[0].conditions", "CPD0003" },
        { WithResult("\"references\": [\"ref1\"]", "\"references\": [\"ref1\"], \"conditions\": { \"dose\": { \"value\": 1, \"unit\": \"mg/kg\", \"relation\": \"about\" } }"), "Relation 'about' is not allowed here: it is not a relation; expected one of =, <, >, <=, >=, ~, \u2264, \u2265", "$.results[0].conditions.dose.relation", "CPD0016" },
        { TestData.Dataset(transformations: Replace(TestData.Transformation, "\"not-reported\"", "5")), "'enzymes' must be a string or an array, but is a number", "$.transformations[0].enzymes", "CPD0003" },
        { TestData.Dataset(transformations: Replace(TestData.Transformation, "\"not-reported\"", "\"some\"")), "'some' is not a valid enzymes value; expected one of: not-reported, none, or an array of enzyme names", "$.transformations[0].enzymes", "CPD0005" },
        { TestData.Dataset(assays: Replace(TestData.Assay, "\"setting\"", "\"species\": [\"rat\", 3], \"setting\"")), "'species item' must be a string (species), but is a number", "$.assays[0].species[1]", "CPD0003" },
        { TestData.Dataset(compounds: "5"), "'compounds item' must be an object, but is a number", "$.compounds[0]", "CPD0003" },
        { WithCompoundPart("\"synonyms\": [5]"), "'synonyms item' must be an object, but is a number", "$.compounds[0].synonyms[0]", "CPD0003" },
        { TestData.Dataset(mechanisms: Replace(TestData.Mechanism, "[\"SERT\"]", "[]")), "'targets' must not be empty or whitespace", "$.mechanisms[0].targets", "CPD0024" },
        { WithResult("\"type\": \"quantitative\", \"parameter\": \"IC50\", \"value\": 5e-5, \"unit\": \"M\"", "\"type\": \"other\", \"parameter\": \"IC50\", \"relation\": \"=\", \"value\": 1, \"unit\": \"M\", \"spread\": null, \"text\": \"t\", \"category\": \"active\", \"comparedTo\": \"cmpB\", \"direction\": \"weaker\", \"magnitude\": \"2x\""), "'other' is not a valid value type; expected one of: quantitative, qualitative, comparative", "$.results[0].value.type", "CPD0005" },
        { TestData.Dataset(manifest: "5"), "'dataset' must be an object, but is a number", "$.dataset", "CPD0003" },
        { "[]", "'the file' must be an object, but is an array", "$", "CPD0003" },
    };

    public static TheoryData<string, string, string> UnknownWords => new()
    {
        // file with the word "zzz", the table's description and canonical words, path
        { WithReference("\"journal-article\"", "\"zzz\""), "reference kind; expected one of: journal-article, web-page, technical-document, book, other, not-stated", "$.references[0].kind" },
        { WithReference("\"abstract-read\"", "\"zzz\""), "reference status; expected one of: source-document, abstract-read, full-text-read, not-located, not-checked, not-stated", "$.references[0].status" },
        { WithReference("\"status\"", "\"notes\": [{ \"kind\": \"zzz\", \"text\": \"t\" }], \"status\""), "note kind; expected one of: background-statement, unverified, citation-mismatch, context-note, data-validity", "$.references[0].notes[0].kind" },
        { WithCompoundPart("\"synonyms\": [{ \"text\": \"t\", \"kind\": \"zzz\" }]"), "synonym kind; expected one of: research-code, systematic-name, semisystematic-name, other", "$.compounds[0].synonyms[0].kind" },
        { TestData.Dataset(compounds: TestData.Compounds(TestData.CompoundA.Replace("\"parent-drug\"", "\"zzz\""))), "compound role; expected one of: parent-drug, metabolite, reference-compound, research-compound, radioligand, tool-compound, not-stated", "$.compounds[0].role" },
        { WithCompoundPart("\"structure\": { \"provenance\": \"zzz\" }"), "structure provenance; expected one of: reported, computed", "$.compounds[0].structure.provenance" },
        { WithCompoundPart("\"relations\": [{ \"kind\": \"zzz\", \"compound\": \"cmpB\" }]"), "relation kind; expected one of: analogue, derivative, metabolite-of, prodrug-of, salt-of", "$.compounds[0].relations[0].kind" },
        { TestData.Dataset(targets: Replace(TestData.Target, "\"transporter\"", "\"zzz\"")), "target kind; expected one of: transporter, receptor, receptor-group, enzyme, ion-channel, other, not-stated", "$.targets[0].kind" },
        { TestData.Dataset(targets: Replace(TestData.Target, "\"kind\"", "\"accessions\": [{ \"database\": \"zzz\", \"value\": \"P31645\" }], \"kind\"")), "accession database; expected one of: uniprot, chembl, gtopdb", "$.targets[0].accessions[0].database" },
        { TestData.Dataset(assays: Replace(TestData.Assay, "\"setting\"", "\"species\": [\"zzz\"], \"setting\"")), "species; expected one of: human, rat, mouse, guinea-pig, rabbit, dog, cat, pig, monkey, cattle", "$.assays[0].species[0]" },
        { TestData.Dataset(assays: Replace(TestData.Assay, "\"uptake-inhibition\"", "\"zzz\"")), "assay kind; expected one of: uptake-inhibition, displacement-protection, radioligand-binding, functional-tissue-response, pressor-response, enzyme-inhibition, other, not-stated", "$.assays[0].kind" },
        { TestData.Dataset(assays: Replace(TestData.Assay, "\"in-vitro\"", "\"zzz\"")), "assay setting; expected one of: in-vitro, in-vivo, ex-vivo, isolated-tissue, not-stated", "$.assays[0].setting" },
        { TestData.Dataset(mechanisms: Replace(TestData.Mechanism, "\"inhibitor\"", "\"zzz\"")), "action; expected one of: inhibitor, antagonist, agonist, blocker, potentiator, ligand, desensitisation, no-effect", "$.mechanisms[0].action" },
        { WithResult("\"IC50\"", "\"zzz\""), "quantitative parameter; expected one of: IC50, Ki, Kd, EC50, ED50, percent-inhibition, dose", "$.results[0].value.parameter" },
        { WithResult("\"unit\": \"M\"", "\"unit\": \"M\", \"spread\": { \"value\": 1, \"kind\": \"zzz\" }"), "spread kind; expected one of: sd, sem, ci95, range, unspecified", "$.results[0].value.spread.kind" },
        { TestData.Dataset(results: Replace(TestData.Result, "{ \"type\": \"quantitative\", \"parameter\": \"IC50\", \"value\": 5e-5, \"unit\": \"M\" }", "{ \"type\": \"qualitative\", \"text\": \"t\", \"category\": \"zzz\" }")), "qualitative category; expected one of: active, inactive, potent, weak, high-affinity, mixed", "$.results[0].value.category" },
        { TestData.Dataset(results: Replace(TestData.Result, "{ \"type\": \"quantitative\", \"parameter\": \"IC50\", \"value\": 5e-5, \"unit\": \"M\" }", "{ \"type\": \"comparative\", \"comparedTo\": \"cmpB\", \"direction\": \"zzz\" }")), "comparative direction; expected one of: weaker, stronger, similar", "$.results[0].value.direction" },
        { WithResult("\"references\": [\"ref1\"]", "\"references\": [\"ref1\"], \"conditions\": { \"dose\": { \"value\": 1, \"unit\": \"mg/kg\", \"route\": \"zzz\" } }"), "dose route; expected one of: oral, intravenous, intraperitoneal, subcutaneous, intramuscular, in-vitro-bath", "$.results[0].conditions.dose.route" },
        { TestData.Dataset(transformations: Replace(TestData.Transformation, "\"n-demethylation\"", "\"zzz\"")), "reaction; expected one of: n-demethylation, o-demethylation, hydroxylation, n-oxidation, glucuronidation, sulfation, other", "$.transformations[0].reaction" },
    };

    private static string WithCompoundPart(string part) => TestData.Dataset(compounds: TestData.Compounds(TestData.CompoundAWith(part)));

    [Theory]
    [MemberData(nameof(UnknownWords))]
    public void An_unknown_word_names_its_table_and_lists_the_words_of_the_format(string json, string tail, string path)
    {
        var d = Only(json);

        d.Id.Should().Be("CPD0005");
        d.Message.Should().Be("'zzz' is not a valid " + tail);
        d.Location.JsonPath.Should().Be(path);
    }

    [Theory]
    [InlineData("transformations", "transformation", "t1")]
    [InlineData("mechanisms", "mechanism", "m1")]
    [InlineData("gaps", "gap", "g1")]
    public void A_repeated_id_is_reported_with_the_word_for_its_kind(string section, string word, string id)
    {
        var item = section switch { "transformations" => TestData.Transformation, "mechanisms" => TestData.Mechanism, _ => TestData.Gap };
        var json = TestData.DatasetWith(section, item + ",\n    " + item);

        var d = TestData.Single(TestData.Diagnostics(json), "CPD0007");

        d.Message.Should().StartWith($"Duplicate {word} id '{id}'; it is first defined at {TestData.Path}(");
    }

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void Shape_diagnostics_say_what_was_expected_and_what_was_found(string json, string message, string path, string id)
    {
        var d = Only(json);

        d.Id.Should().Be(id);
        d.Message.Should().Be(message);
        d.Location.JsonPath.Should().Be(path);
    }

    [Fact]
    public void The_mass_of_a_structure_must_be_a_finite_double()
    {
        var compound = TestData.CompoundAWith("\"structure\": { \"provenance\": \"reported\", \"averageMass\": 1e400 }");

        var d = Only(TestData.Dataset(compounds: TestData.Compounds(compound)));

        d.Message.Should().Be("The number 1e400 is not finite or does not fit a double");
        d.Location.JsonPath.Should().Be("$.compounds[0].structure.averageMass");
    }

    [Fact]
    public void The_mass_of_a_structure_must_be_a_number()
    {
        var compound = TestData.CompoundAWith("\"structure\": { \"provenance\": \"reported\", \"monoisotopicMass\": \"300.2\" }");

        var d = Only(TestData.Dataset(compounds: TestData.Compounds(compound)));

        d.Message.Should().Be("'monoisotopicMass' must be a number, but is a string");
        d.Location.JsonPath.Should().Be("$.compounds[0].structure.monoisotopicMass");
    }

    [Theory]
    [InlineData("2147483647", true)]
    [InlineData("-2147483648", true)]
    [InlineData("2147483648", false)]
    [InlineData("-2147483649", false)]
    [InlineData("1e3", true)]
    [InlineData("1e400", false)]
    public void A_32_bit_integer_must_fit_its_range(string year, bool fits)
    {
        var file = TestData.Read(WithReference("\"year\": 1985", "\"year\": " + year));

        if (fits)
        {
            file.Diagnostics.Should().BeEmpty();
            file.Sections.References.Single().Year!.Value.Value.Should().Be((int)decimal.Parse(year, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            var d = file.Diagnostics.Should().ContainSingle().Subject;
            d.Id.Should().Be("CPD0010");
            d.Message.Should().Be("The number " + year + " is not finite or does not fit an integer");
        }
    }

    [Fact]
    public void A_pubchem_cid_may_use_the_whole_64_bit_range()
    {
        var compound = TestData.CompoundAWith("\"identifiers\": { \"pubchemCid\": 9223372036854775807 }");

        var file = TestData.Read(TestData.Dataset(compounds: TestData.Compounds(compound)));

        file.Diagnostics.Should().BeEmpty();
        file.Sections.Compounds[0].Identifiers!.PubchemCid!.Value.Value.Should().Be(long.MaxValue);
    }

    [Theory]
    [InlineData("0e5")]
    [InlineData("0.000")]
    [InlineData("-0")]
    [InlineData("0E-400")]
    public void A_zero_written_with_an_exponent_or_zeros_is_read_as_zero(string number)
    {
        // The reader accepts zero; the validator then reports it (CPD0009), which is a different diagnostic.
        var file = TestData.Read(WithResult("\"value\": 5e-5", "\"value\": " + number));

        file.Diagnostics.Should().BeEmpty();
        ((QuantitativeValueSpec)file.Sections.Results.Single().Value).Value.Magnitude.Value.Should().Be(0m);
    }

    // ---- JSON paths ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("a")]
    [InlineData("z")]
    [InlineData("A")]
    [InlineData("Z")]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("_")]
    [InlineData("$")]
    [InlineData("azAZ09_$")]
    [InlineData("pubchemCid")]
    public void Plain_names_are_appended_with_a_dot(string name) =>
        ReadContext.Child("$.x", name).Should().Be("$.x." + name);

    [Theory]
    [InlineData("", "$.x['']")]
    [InlineData("`", "$.x['`']")] // just below 'a'
    [InlineData("{", "$.x['{']")] // just above 'z'
    [InlineData("@", "$.x['@']")] // just below 'A'
    [InlineData("[", "$.x['[']")] // just above 'Z'
    [InlineData("/", "$.x['/']")] // just below '0'
    [InlineData(":", "$.x[':']")] // just above '9'
    [InlineData("a-b", "$.x['a-b']")]
    [InlineData("two words", "$.x['two words']")]
    [InlineData("\u00e9t\u00e9", "$.x['\u00e9t\u00e9']")]
    [InlineData("it's", "$.x['it\\'s']")]
    [InlineData("back\\slash", "$.x['back\\\\slash']")]
    [InlineData("ab.", "$.x['ab.']")]
    public void Other_names_are_appended_in_brackets_with_quotes_and_backslashes_escaped(string name, string expected) =>
        ReadContext.Child("$.x", name).Should().Be(expected);

    [Fact]
    public void Array_indexes_are_appended_in_brackets() =>
        ReadContext.Index("$.results", 12).Should().Be("$.results[12]");

    [Fact]
    public void A_diagnostic_at_an_unusual_property_name_gives_its_bracket_path()
    {
        var d = Only(TestData.Dataset(targets: TestData.Target.Replace("\"kind\"", "\"it's\": 1, \"kind\"")));

        d.Id.Should().Be("CPD0004");
        d.Message.Should().Be("Unknown property 'it's' in $.targets[0]");
        d.Location.JsonPath.Should().Be("$.targets[0]['it\\'s']");
    }
}
