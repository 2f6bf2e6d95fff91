using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>
/// The one place specs become model objects: each database identifier on its own, a compound without a stated
/// name, shared instances between the items that link them, and the content hash of what was built.
/// </summary>
public class SpecModelBuilderTests
{
    private static DatasetContent Build(string json)
    {
        var validated = TestData.Validate((TestData.Path, json));
        validated.Diagnostics.Should().BeEmpty();
        return SpecModelBuilder.Build(validated.Datasets.Should().ContainSingle().Subject);
    }

    private static string WithCompoundA(string compoundA) =>
        TestData.Dataset(compounds: compoundA + ",\n    " + TestData.CompoundB);

    [Theory]
    [InlineData("\"pubchemCid\": 3696", "3696", null, null, null)]
    [InlineData("\"chemblId\": \"CHEMBL809\"", null, "CHEMBL809", null, null)]
    [InlineData("\"drugbankId\": \"DB00458\"", null, null, "DB00458", null)]
    [InlineData("\"cas\": \"50-49-7\"", null, null, null, "50-49-7")]
    public void Each_database_identifier_alone_is_kept(string identifier, string? pubchem, string? chembl, string? drugbank, string? cas)
    {
        var content = Build(WithCompoundA(TestData.CompoundAWith("\"identifiers\": { " + identifier + " }")));

        var ids = content.Compounds.Single(c => c.Id == "cmpA").Identifiers;
        ids.Should().NotBeSameAs(CompoundIdentifiers.None);
        (ids.PubChemCid?.ToString(), ids.ChemblId?.ToString(), ids.DrugBankId?.ToString(), ids.Cas?.ToString())
            .Should().Be((pubchem, chembl, drugbank, cas));
    }

    [Fact]
    public void A_compound_without_identifiers_or_with_an_empty_object_has_none()
    {
        var content = Build(WithCompoundA(TestData.CompoundAWith("\"identifiers\": { }")));

        content.Compounds.Should().OnlyContain(c => ReferenceEquals(c.Identifiers, CompoundIdentifiers.None));
    }

    [Fact]
    public void A_compound_without_a_stated_name_is_named_by_its_id_and_says_so()
    {
        var content = Build(WithCompoundA("""{ "id": "CHEMBL42", "role": "parent-drug", "references": ["ref1"] }""")
            .Replace("\"cmpA\"", "\"CHEMBL42\"", StringComparison.Ordinal));

        var unnamed = content.Compounds.Single(c => c.Id == "CHEMBL42");
        unnamed.Name.Should().Be("CHEMBL42");
        unnamed.HasStatedName.Should().BeFalse();
        content.Compounds.Single(c => c.Id == "cmpB").HasStatedName.Should().BeTrue();
    }

    [Fact]
    public void Linked_items_are_the_same_instances_and_the_hash_is_that_of_the_built_content()
    {
        var content = Build(TestData.Dataset());

        var result = content.Results.Should().ContainSingle().Subject;
        result.Compound.Should().BeSameAs(content.Compounds.Single(c => c.Id == "cmpA"));
        result.Target.Should().BeSameAs(content.Targets.Single());
        result.Assay.Should().BeSameAs(content.Assays.Single());
        result.References.Should().ContainSingle().Which.Should().BeSameAs(content.References.Single());
        content.Metadata.Sources.Should().ContainSingle().Which.Should().BeSameAs(content.References.Single());
        content.Metadata.ContentHash.Should().Be(CanonicalSink.ComputeHash(content));
        (content.Metadata.Id, content.Metadata.Title, content.Metadata.Version).Should().Be(("test", "Test data", "1.0.0"));
    }
}
