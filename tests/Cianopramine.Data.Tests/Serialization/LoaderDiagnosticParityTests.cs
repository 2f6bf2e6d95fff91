using Cianopramine.Data.Loading;

namespace Cianopramine.Data.Tests.Serialization;

/// <summary>
/// The runtime loader reports what the source generator reports: for each of the generator tests' one-problem
/// fixtures (tests/Cianopramine.Data.Generator.Tests/TestData/Diagnostics), the same id at the same file, line and
/// column (the generator tests' expectations, copied), with the JSON path of the offending value.
/// </summary>
public class LoaderDiagnosticParityTests
{
    public static TheoryData<string, string, string, int, int, string> Cases => new()
    {
        { "CPD0001-trailing-comma", "CPD0001", "CPD0001-trailing-comma.dataset.json", 3, 1, "$" },
        { "CPD0001-comment", "CPD0001", "CPD0001-comment.dataset.json", 2, 3, "$" },
        { "CPD0001-truncated", "CPD0001", "CPD0001-truncated.dataset.json", 3, 1, "$" },
        { "CPD0002-missing-name", "CPD0002", "CPD0002-missing-name.dataset.json", 5, 5, "$.compounds[0]" },
        { "CPD0002-missing-dataset", "CPD0002", "CPD0002-missing-dataset.dataset.json", 1, 1, "$" },
        { "CPD0003-wrong-type", "CPD0003", "CPD0003-wrong-type.dataset.json", 4, 56, "$.references[0].year" },
        { "CPD0004-unknown-property", "CPD0004", "CPD0004-unknown-property.dataset.json", 4, 48, "$.references[0].colour" },
        { "CPD0005-unknown-enum", "CPD0005", "CPD0005-unknown-enum.dataset.json", 4, 29, "$.references[0].kind" },
        { "CPD0006-unknown-unit", "CPD0006", "CPD0006-unknown-unit.dataset.json", 10, 84, "$.results[0].value.unit" },
        { "CPD0007-duplicate-id", "CPD0007", "CPD0007-duplicate-id.dataset.json", 5, 13, "$.references[1].id" },
        { "CPD0008-result-compound", "CPD0008", "CPD0008-result-compound.dataset.json", 9, 31, "$.results[0].compound" },
        { "CPD0008-result-target", "CPD0008", "CPD0008-result-target.dataset.json", 9, 47, "$.results[0].target" },
        { "CPD0008-result-assay", "CPD0008", "CPD0008-result-assay.dataset.json", 9, 64, "$.results[0].assay" },
        { "CPD0008-result-reference", "CPD0008", "CPD0008-result-reference.dataset.json", 9, 85, "$.results[0].references[0]" },
        { "CPD0008-transformation-product", "CPD0008", "CPD0008-transformation-product.dataset.json", 9, 49, "$.transformations[0].product" },
        { "CPD0009-zero-concentration", "CPD0009", "CPD0009-zero-concentration.dataset.json", 10, 72, "$.results[0].value.value" },
        { "CPD0009-negative-concentration", "CPD0009", "CPD0009-negative-concentration.dataset.json", 10, 70, "$.results[0].value.value" },
        { "CPD0009-zero-dose", "CPD0009", "CPD0009-zero-dose.dataset.json", 11, 42, "$.results[0].conditions.dose.value" },
        { "CPD0010-non-finite-concentration", "CPD0010", "CPD0010-non-finite-concentration.dataset.json", 10, 72, "$.results[0].value.value" },
        { "CPD0010-non-finite-mass", "CPD0010", "CPD0010-non-finite-mass.dataset.json", 5, 144, "$.compounds[0].structure.averageMass" },
        { "CPD0011-inchikey", "CPD0011", "CPD0011-inchikey.dataset.json", 5, 141, "$.compounds[0].structure.inchiKey" },
        { "CPD0012-cas-check-digit", "CPD0012", "CPD0012-cas-check-digit.dataset.json", 5, 119, "$.compounds[0].identifiers.cas" },
        { "CPD0012-cas-shape", "CPD0012", "CPD0012-cas-shape.dataset.json", 5, 119, "$.compounds[0].identifiers.cas" },
        { "CPD0013-pmid", "CPD0013", "CPD0013-pmid.dataset.json", 4, 56, "$.references[0].pmid" },
        { "CPD0014-doi", "CPD0014", "CPD0014-doi.dataset.json", 4, 55, "$.references[0].doi" },
        { "CPD0015-uniprot", "CPD0015", "CPD0015-uniprot.dataset.json", 4, 144, "$.targets[0].accessions[0].value" },
        { "CPD0016-spread-with-less-than", "CPD0016", "CPD0016-spread-with-less-than.dataset.json", 10, 75, "$.results[0].value.relation" },
        { "CPD0016-unknown-relation", "CPD0016", "CPD0016-unknown-relation.dataset.json", 10, 75, "$.results[0].value.relation" },
        { "CPD0017-unit-mismatch", "CPD0017", "CPD0017-unit-mismatch.dataset.json", 10, 84, "$.results[0].value.unit" },
        { "CPD0018-invalid-id", "CPD0018", "CPD0018-invalid-id.dataset.json", 4, 13, "$.references[0].id" },
        { "CPD0019-chembl-id", "CPD0019", "CPD0019-chembl-id.dataset.json", 5, 124, "$.compounds[0].identifiers.chemblId" },
        { "CPD0019-url", "CPD0019", "CPD0019-url.dataset.json", 4, 48, "$.references[0].url" },
        { "CPD0020-facts-c1", "CPD0020", "CPD0020-facts-c1.dataset.json", 7, 86, "$.compounds[0].structure.averageMass" },
        { "CPD0021-invalid-formula", "CPD0021", "CPD0021-invalid-formula.dataset.json", 5, 140, "$.compounds[0].structure.formula" },
        { "CPD0022-result-without-reference", "CPD0022", "CPD0022-result-without-reference.dataset.json", 8, 5, "$.results[0]" },
        { "CPD0022-transformation-without-reference", "CPD0022", "CPD0022-transformation-without-reference.dataset.json", 9, 5, "$.transformations[0]" },
        { "CPD0023-two-manifests", "CPD0023", "CPD0023-two-manifests/b.dataset.json", 2, 22, "$.dataset.id" },
        { "CPD0023-unknown-dataset", "CPD0023", "CPD0023-unknown-dataset.dataset.json", 2, 14, "$.dataset" },
        { "CPD0024-blank-title", "CPD0024", "CPD0024-blank-title.dataset.json", 4, 57, "$.references[0].title" },
        { "CPD0025-duplicate-property", "CPD0025", "CPD0025-duplicate-property.dataset.json", 4, 62, "$.references[0].title" },
        { "CPD0026-self-transformation", "CPD0026", "CPD0026-self-transformation.dataset.json", 9, 49, "$.transformations[0].product" },
        { "CPD0028-nested-too-deep", "CPD0028", "CPD0028-nested-too-deep.dataset.json", 2, 78, "$" },
        { "CPD0029-month", "CPD0029", "CPD0029-month.dataset.json", 4, 71, "$.references[0].month" },
        { "CPD0029-negative-spread", "CPD0029", "CPD0029-negative-spread.dataset.json", 10, 112, "$.results[0].value.spread.value" },
        { "CPD0030-mechanism-without-subject", "CPD0030", "CPD0030-mechanism-without-subject.dataset.json", 6, 5, "$.mechanisms[0]" },
        { "CPD0031-namespace", "CPD0031", "CPD0031-namespace.dataset.json", 2, 83, "$.dataset.namespace" },
        { "CPD0031-type-name", "CPD0031", "CPD0031-type-name.dataset.json", 2, 82, "$.dataset.typeName" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_loader_reports_the_generators_diagnostic_at_the_same_place(string name, string id, string file, int line, int column, string jsonPath)
    {
        var load = () => DatasetLoader.Load(FixtureFiles(name).Select(DatasetSource.FromFile)).Dataset;

        var problem = load.Should().Throw<DatasetLoadException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Should().BeEquivalentTo(new
        {
            Id = id,
            Severity = DatasetProblemSeverity.Error,
            File = Path.Combine(SerializationTestFiles.Diagnostics, file),
            Line = line,
            Column = column,
            JsonPath = jsonPath,
        });
    }

    [Fact]
    public void A_metabolism_cycle_is_a_warning_the_load_returns_with_the_dataset()
    {
        var result = DatasetLoader.Load(FixtureFiles("CPD0027-metabolism-cycle").Select(DatasetSource.FromFile));

        result.Dataset.Transformations.Should().HaveCount(2);
        result.Warnings.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Id = "CPD0027",
            Severity = DatasetProblemSeverity.Warning,
            Line = 10,
            Column = 49,
            JsonPath = "$.transformations[1].product",
        });
    }

    private static string[] FixtureFiles(string name)
    {
        var folder = Path.Combine(SerializationTestFiles.Diagnostics, name);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder).OrderBy(p => p, StringComparer.Ordinal).ToArray()
            : new[] { folder + ".dataset.json" };
    }
}
