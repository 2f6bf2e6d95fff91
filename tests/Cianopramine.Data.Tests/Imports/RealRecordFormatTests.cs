using Cianopramine.Data.Export;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;

namespace Cianopramine.Data.Tests.Imports;

/// <summary>
/// What a real ChEMBL or Guide to Pharmacology record needs from the format (issue #13): fields the source lacks are
/// left out and read as "not stated", the sources' own fields have typed homes, and identity collisions are reported
/// and never resolved silently by a lookup.
/// </summary>
public sealed class RealRecordFormatTests
{
    /// <summary>A record with only what a ChEMBL activity row gives: no compound name, role, assay kind or reference status.</summary>
    private const string Minimal = """
        {
          "dataset": { "id": "chembl-sample", "title": "ChEMBL sample", "version": "1" },
          "references": [{ "id": "CHEMBL1123431" }],
          "compounds": [
            { "id": "CHEMBL543779", "name": "CHEMBL543779", "references": ["CHEMBL1123431"],
              "structure": { "provenance": "reported", "formula": "C15H19N3O2S.ClH", "averageMass": 341.86 } }
          ],
          "targets": [{ "id": "CHEMBL220", "symbol": "CHEMBL220", "name": "Acetylcholinesterase", "kind": "enzyme" }],
          "assays": [{ "id": "CHEMBL644102", "description": "Reversible inhibition of Human AchE" }],
          "results": [
            {
              "id": "a1", "compound": "CHEMBL543779", "target": "CHEMBL220", "assay": "CHEMBL644102", "references": ["CHEMBL1123431"],
              "value": { "type": "quantitative", "parameter": "IC50", "value": 180000, "unit": "nM" },
              "notes": [{ "kind": "data-validity", "text": "Outside typical range" }],
              "chembl": { "assayId": "CHEMBL644102", "documentId": "CHEMBL1123431", "assayType": "B", "targetOrganism": "Homo sapiens" },
              "gtopdb": { "ligandId": 5484, "affinityHigh": 7.5, "affinityLow": 6.9 }
            }
          ]
        }
        """;

    /// <summary>The same record as ChEMBL often gives it: the molecule has no preferred name, the assay no description.</summary>
    private static readonly string Unnamed = Minimal
        .Replace("\"name\": \"CHEMBL543779\", ", string.Empty, StringComparison.Ordinal)
        .Replace(", \"description\": \"Reversible inhibition of Human AchE\"", string.Empty, StringComparison.Ordinal);

    [Fact]
    public void A_compound_without_a_name_is_shown_by_its_id_and_nothing_is_invented_on_export()
    {
        Unnamed.Should().NotContain("\"name\": \"CHEMBL543779\"").And.NotContain("Reversible inhibition");
        var dataset = DatasetLoader.Load([DatasetSource.FromJson(Unnamed)]).Dataset;
        var compound = dataset.Compounds.Single();
        var assay = dataset.Assays.Single();

        (compound.Name, compound.HasStatedName).Should().Be(("CHEMBL543779", false));
        dataset.Compounds.Find("chembl543779").Should().BeSameAs(compound);
        (assay.Description, assay.ToString()).Should().Be((null, "CHEMBL644102"));

        var json = dataset.ToJson();
        json.Should().NotContain("\"name\": \"CHEMBL543779\"").And.NotContain("\"description\"");
        Dataset.FromJson(json).Should().Be(dataset);
        ResultCsv.ToCsv(dataset.Results).Split('\n')[1].Split(',')[1].Should().BeEmpty("the CSV's compound_name is empty when the source states no name");
    }

    [Fact]
    public void A_stated_name_equal_to_the_id_is_still_a_stated_name()
    {
        var dataset = DatasetLoader.Load([DatasetSource.FromJson(Minimal)]).Dataset;

        dataset.Compounds.Single().HasStatedName.Should().BeTrue();
        dataset.ToJson().Should().Contain("\"name\": \"CHEMBL543779\"");
        dataset.Assays.Single().Description.Should().Be("Reversible inhibition of Human AchE");
    }

    [Fact]
    public void Fields_the_source_does_not_give_are_read_as_not_stated()
    {
        var dataset = DatasetLoader.Load([DatasetSource.FromJson(Minimal)]).Dataset;

        dataset.Compounds[0].Role.Should().Be(CompoundRole.NotStated);
        (dataset.Assays[0].Kind, dataset.Assays[0].Setting).Should().Be((AssayKind.NotStated, AssaySetting.NotStated));
        (dataset.References[0].Kind, dataset.References[0].Status).Should().Be((ReferenceKind.NotStated, ReferenceStatus.NotStated));
    }

    [Fact]
    public void ChEMBL_and_GtoPdb_fields_are_typed_and_absent_ones_stay_null()
    {
        var result = DatasetLoader.Load([DatasetSource.FromJson(Minimal)]).Dataset.Results.Single();

        result.Chembl!.AssayType.Should().Be(ChemblAssayType.Binding);
        new[] { result.Chembl.AssayId, result.Chembl.DocumentId, result.Chembl.TargetOrganism }.Should().Equal("CHEMBL644102", "CHEMBL1123431", "Homo sapiens");
        result.Chembl.ActivityId.Should().BeNull();
        result.Chembl.PChemblValue.Should().BeNull();
        result.GtoPdb!.LigandId.Should().Be(5484);
        result.GtoPdb.TargetId.Should().BeNull();
        new[] { result.GtoPdb.AffinityHigh, result.GtoPdb.AffinityMedian, result.GtoPdb.AffinityLow }.Should().Equal(7.5m, null, 6.9m);
        result.Notes.Single().Kind.Should().Be(CurationNoteKind.DataValidity);
    }

    [Fact]
    public void A_salt_formula_with_the_salt_mass_loads_without_a_diagnostic()
    {
        var loaded = DatasetLoader.Load([DatasetSource.FromJson(Minimal)]);

        loaded.Warnings.Should().BeEmpty();
        loaded.Dataset.Compounds[0].Structure!.Formula.Should().Be("C15H19N3O2S.ClH");
    }

    [Fact]
    public void Export_and_reload_give_an_equal_dataset_with_the_same_content_hash()
    {
        var dataset = DatasetLoader.Load([DatasetSource.FromJson(Minimal)]).Dataset;

        var json = DatasetJson.Export(dataset);
        var reloaded = DatasetLoader.Load([DatasetSource.FromJson(json)]).Dataset;

        json.Should().Contain("\"role\": \"not-stated\"").And.Contain("\"assayType\": \"B\"");
        reloaded.Metadata.ContentHash.Should().Be(dataset.Metadata.ContentHash);
        reloaded.Results.Single().Should().Be(dataset.Results.Single());
    }

    [Fact]
    public void A_pChEMBL_value_that_matches_the_value_gives_no_warning()
    {
        var json = Minimal.Replace("\"assayType\": \"B\"", "\"assayType\": \"B\", \"pchemblValue\": 3.74", StringComparison.Ordinal);

        DatasetLoader.Load([DatasetSource.FromJson(json)]).Warnings.Should().BeEmpty();
    }

    [Fact]
    public void A_pChEMBL_value_off_by_more_than_a_hundredth_is_a_CPD0034_warning()
    {
        var json = Minimal.Replace("\"assayType\": \"B\"", "\"assayType\": \"B\", \"pchemblValue\": 3.76", StringComparison.Ordinal);

        DatasetLoader.Load([DatasetSource.FromJson(json)]).Warnings.Select(w => w.Id).Should().Equal("CPD0034");
    }

    private static string TwoCompoundsWithOneInChIKey() => Minimal.Replace(
        """
              "structure": { "provenance": "reported", "formula": "C15H19N3O2S.ClH", "averageMass": 341.86 } }
        """,
        """
              "structure": { "provenance": "reported", "inchiKey": "AAAAAAAAAAAAAA-BBBBBBBBBB-N" } },
            { "id": "CHEMBL2", "name": "Stereoisomer", "references": ["CHEMBL1123431"],
              "structure": { "provenance": "reported", "inchiKey": "AAAAAAAAAAAAAA-BBBBBBBBBB-N" } }
        """,
        StringComparison.Ordinal);

    [Fact]
    public void Two_compounds_with_one_InChIKey_load_with_a_CPD0033_warning()
    {
        var loaded = DatasetLoader.Load([DatasetSource.FromJson(TwoCompoundsWithOneInChIKey())]);

        loaded.Warnings.Select(w => w.Id).Should().Equal("CPD0033");
        loaded.Dataset.Compounds.Count.Should().Be(2);
    }

    [Fact]
    public void Find_by_a_shared_InChIKey_throws_naming_both_compounds()
    {
        var compounds = DatasetLoader.Load([DatasetSource.FromJson(TwoCompoundsWithOneInChIKey())]).Dataset.Compounds;

        var find = () => compounds.Find("AAAAAAAAAAAAAA-BBBBBBBBBB-N");

        var thrown = find.Should().Throw<AmbiguousNameException>().Which;
        thrown.Ids.Should().Equal("CHEMBL543779", "CHEMBL2");
        thrown.Message.Should().Be("'AAAAAAAAAAAAAA-BBBBBBBBBB-N' matches 2 compounds: CHEMBL543779, CHEMBL2. Use FindAll to get all of them, or look one up by its id.");
    }

    [Fact]
    public void TryFind_by_a_shared_InChIKey_finds_nothing_and_FindAll_finds_both()
    {
        var compounds = DatasetLoader.Load([DatasetSource.FromJson(TwoCompoundsWithOneInChIKey())]).Dataset.Compounds;

        compounds.TryFind("aaaaaaaaaaaaaa-bbbbbbbbbb-n", out var one).Should().BeFalse();
        one.Should().BeNull();
        compounds.FindAll("AAAAAAAAAAAAAA-BBBBBBBBBB-N").Select(c => c.Id).Should().Equal("CHEMBL543779", "CHEMBL2");
        compounds.FindAll("Stereoisomer").Select(c => c.Id).Should().Equal("CHEMBL2");
        compounds.FindAll("nothing").Should().BeEmpty();
    }
}
