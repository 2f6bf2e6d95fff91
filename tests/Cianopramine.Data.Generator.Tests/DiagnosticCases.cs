using Cianopramine.Data.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Cianopramine.Data.Generator.Tests;

/// <summary>
/// One minimal data file (or folder of files) under TestData/Diagnostics per way of triggering a diagnostic, with the
/// one diagnostic it must produce: its id, the file it is in and the one-based line and column of the offending token.
/// </summary>
/// <param name="Name">The fixture's name: a file <c>{Name}.dataset.json</c> or a folder <c>{Name}/</c>.</param>
/// <param name="Id">The expected diagnostic id.</param>
/// <param name="File">The file, relative to TestData/Diagnostics, that the diagnostic names.</param>
/// <param name="Line">The expected one-based line.</param>
/// <param name="Column">The expected one-based column.</param>
public sealed record DiagnosticCase(string Name, string Id, string File, int Line, int Column)
{
    /// <summary>Every case; the first case of each id is the example in docs/diagnostics.md.</summary>
    public static readonly IReadOnlyList<DiagnosticCase> All =
    [
        new("CPD0001-trailing-comma", "CPD0001", "CPD0001-trailing-comma.dataset.json", 3, 1),
        new("CPD0001-comment", "CPD0001", "CPD0001-comment.dataset.json", 2, 3),
        new("CPD0001-truncated", "CPD0001", "CPD0001-truncated.dataset.json", 3, 1),
        new("CPD0002-missing-name", "CPD0002", "CPD0002-missing-name.dataset.json", 5, 5),
        new("CPD0002-missing-dataset", "CPD0002", "CPD0002-missing-dataset.dataset.json", 1, 1),
        new("CPD0003-wrong-type", "CPD0003", "CPD0003-wrong-type.dataset.json", 4, 56),
        new("CPD0004-unknown-property", "CPD0004", "CPD0004-unknown-property.dataset.json", 4, 48),
        new("CPD0005-unknown-enum", "CPD0005", "CPD0005-unknown-enum.dataset.json", 4, 29),
        new("CPD0006-unknown-unit", "CPD0006", "CPD0006-unknown-unit.dataset.json", 10, 84),
        new("CPD0007-duplicate-id", "CPD0007", "CPD0007-duplicate-id.dataset.json", 5, 13),
        new("CPD0008-result-compound", "CPD0008", "CPD0008-result-compound.dataset.json", 9, 31),
        new("CPD0008-result-target", "CPD0008", "CPD0008-result-target.dataset.json", 9, 47),
        new("CPD0008-result-assay", "CPD0008", "CPD0008-result-assay.dataset.json", 9, 64),
        new("CPD0008-result-reference", "CPD0008", "CPD0008-result-reference.dataset.json", 9, 85),
        new("CPD0008-transformation-product", "CPD0008", "CPD0008-transformation-product.dataset.json", 9, 49),
        new("CPD0009-zero-concentration", "CPD0009", "CPD0009-zero-concentration.dataset.json", 10, 72),
        new("CPD0009-negative-concentration", "CPD0009", "CPD0009-negative-concentration.dataset.json", 10, 70),
        new("CPD0009-zero-dose", "CPD0009", "CPD0009-zero-dose.dataset.json", 11, 42),
        new("CPD0010-non-finite-concentration", "CPD0010", "CPD0010-non-finite-concentration.dataset.json", 10, 72),
        new("CPD0010-non-finite-mass", "CPD0010", "CPD0010-non-finite-mass.dataset.json", 5, 144),
        new("CPD0011-inchikey", "CPD0011", "CPD0011-inchikey.dataset.json", 5, 141),
        new("CPD0012-cas-check-digit", "CPD0012", "CPD0012-cas-check-digit.dataset.json", 5, 119),
        new("CPD0012-cas-shape", "CPD0012", "CPD0012-cas-shape.dataset.json", 5, 119),
        new("CPD0013-pmid", "CPD0013", "CPD0013-pmid.dataset.json", 4, 56),
        new("CPD0014-doi", "CPD0014", "CPD0014-doi.dataset.json", 4, 55),
        new("CPD0015-uniprot", "CPD0015", "CPD0015-uniprot.dataset.json", 4, 144),
        new("CPD0016-spread-with-less-than", "CPD0016", "CPD0016-spread-with-less-than.dataset.json", 10, 75),
        new("CPD0016-unknown-relation", "CPD0016", "CPD0016-unknown-relation.dataset.json", 10, 75),
        new("CPD0017-unit-mismatch", "CPD0017", "CPD0017-unit-mismatch.dataset.json", 10, 84),
        new("CPD0018-invalid-id", "CPD0018", "CPD0018-invalid-id.dataset.json", 4, 13),
        new("CPD0019-chembl-id", "CPD0019", "CPD0019-chembl-id.dataset.json", 5, 124),
        new("CPD0019-url", "CPD0019", "CPD0019-url.dataset.json", 4, 48),
        new("CPD0020-facts-c1", "CPD0020", "CPD0020-facts-c1.dataset.json", 7, 86),
        new("CPD0021-invalid-formula", "CPD0021", "CPD0021-invalid-formula.dataset.json", 5, 140),
        new("CPD0022-result-without-reference", "CPD0022", "CPD0022-result-without-reference.dataset.json", 8, 5),
        new("CPD0022-transformation-without-reference", "CPD0022", "CPD0022-transformation-without-reference.dataset.json", 9, 5),
        new("CPD0023-two-manifests", "CPD0023", "CPD0023-two-manifests/b.dataset.json", 2, 22),
        new("CPD0023-unknown-dataset", "CPD0023", "CPD0023-unknown-dataset.dataset.json", 2, 14),
        new("CPD0024-blank-title", "CPD0024", "CPD0024-blank-title.dataset.json", 4, 57),
        new("CPD0025-duplicate-property", "CPD0025", "CPD0025-duplicate-property.dataset.json", 4, 62),
        new("CPD0026-self-transformation", "CPD0026", "CPD0026-self-transformation.dataset.json", 9, 49),
        new("CPD0027-metabolism-cycle", "CPD0027", "CPD0027-metabolism-cycle.dataset.json", 10, 49),
        new("CPD0028-nested-too-deep", "CPD0028", "CPD0028-nested-too-deep.dataset.json", 2, 78),
        new("CPD0029-month", "CPD0029", "CPD0029-month.dataset.json", 4, 71),
        new("CPD0029-negative-spread", "CPD0029", "CPD0029-negative-spread.dataset.json", 10, 112),
        new("CPD0030-mechanism-without-subject", "CPD0030", "CPD0030-mechanism-without-subject.dataset.json", 6, 5),
        new("CPD0031-namespace", "CPD0031", "CPD0031-namespace.dataset.json", 2, 83),
        new("CPD0031-type-name", "CPD0031", "CPD0031-type-name.dataset.json", 2, 82),
    ];

    /// <summary>The case names, for <c>MemberData</c>.</summary>
    public static TheoryData<string> Names => [.. All.Select(c => c.Name)];

    /// <summary>The case of the given name.</summary>
    public static DiagnosticCase Named(string name) => All.Single(c => c.Name == name);

    /// <summary>The full path of the file the diagnostic must name.</summary>
    public string ExpectedPath => Fixtures.TestDataPath("Diagnostics/" + File);

    /// <summary>The fixture's data files.</summary>
    public IReadOnlyList<AdditionalText> Texts()
    {
        var folder = Fixtures.TestDataPath("Diagnostics/" + Name);
        return Directory.Exists(folder)
            ? Fixtures.FilesIn(folder)
            : [Fixtures.TestData("Diagnostics/" + Name + DatasetGenerator.DataFileSuffix)];
    }

    public override string ToString() => Name;
}
