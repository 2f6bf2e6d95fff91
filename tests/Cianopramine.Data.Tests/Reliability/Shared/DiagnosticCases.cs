namespace Cianopramine.Data.Reliability;

/// <summary>
/// One minimal data file (or folder of files) under tests/Corpus/diagnostics per way of triggering a diagnostic, with
/// the one diagnostic it must produce: its id, the file it names, the one-based line and column of the offending token,
/// the JSON path of the offending value and the message. This is the one table of these expectations: the generator
/// tests (Cianopramine.Data.Generator.Tests, <c>DiagnosticTests</c>, through <c>CSharpGeneratorDriver</c>) and the
/// runtime loader tests (Cianopramine.Data.Tests, <c>LoaderDiagnosticParityTests</c>, through <c>DatasetLoader</c>) both
/// check their path against it, so the two report the same thing for the same file. Both test projects copy
/// tests/Corpus to their output, fixtures included.
/// </summary>
/// <param name="Name">The fixture's name: a file <c>{Name}.dataset.json</c> or a folder <c>{Name}/</c>.</param>
/// <param name="Id">The expected diagnostic id.</param>
/// <param name="File">The file, relative to the fixtures' folder, that the diagnostic names.</param>
/// <param name="Line">The expected one-based line.</param>
/// <param name="Column">The expected one-based column.</param>
/// <param name="JsonPath">The JSON path of the offending value (the loader reports it; the generator has no place for it).</param>
/// <param name="Message">The expected message; <c>{dir}</c> stands for the fixtures' folder in the test output.</param>
/// <param name="WithoutLibrary">
/// Whether the case is about the project, not the data: the fixture is valid data, compiled in a project that does not
/// reference the Cianopramine.Data library (CPD0032). The diagnostic has no file, line, column or JSON path, and the
/// runtime loader, which is the library, loads the file without a problem.
/// </param>
/// <param name="Missing">
/// Whether the case is a data file that does not exist (CPD0042): there is no fixture; the generator is handed an
/// additional file it cannot open, and the loader a path with no file.
/// </param>
/// <param name="Misnamed">
/// Whether the case is a data file that is not read because of its name (CPD0043): the fixture is valid data in a file
/// not named <c>*.dataset.json</c> (<paramref name="File"/>), reported at its start by the generator; the runtime
/// loader, which is handed paths, loads it without a problem.
/// </param>
/// <param name="Accepted">
/// The rule whose errors the case accepts (CPD0035): the generator runs in a project that sets its severity to
/// <c>none</c>, and the loader loads with <c>InvalidItemHandling.LeaveOut</c>; both leave the item out and report only that.
/// </param>
internal sealed record DiagnosticCase(string Name, string Id, string File, int Line, int Column, string JsonPath, string Message, bool WithoutLibrary = false, bool Missing = false, bool Misnamed = false, string? Accepted = null)
{
    private const string DirectoryToken = "{dir}/";

    /// <summary>Every case; the first case of each id is the example in docs/diagnostics.md.</summary>
    public static readonly IReadOnlyList<DiagnosticCase> All =
    [
        new("CPD0001-trailing-comma", "CPD0001", "CPD0001-trailing-comma.dataset.json", 3, 1, "$",
            "The file is not valid JSON: trailing commas are not allowed"),
        new("CPD0001-comment", "CPD0001", "CPD0001-comment.dataset.json", 2, 3, "$",
            "The file is not valid JSON: comments are not allowed"),
        new("CPD0001-truncated", "CPD0001", "CPD0001-truncated.dataset.json", 3, 1, "$",
            "The file is not valid JSON: the JSON text ends unexpectedly (is the file truncated?)"),
        new("CPD0002-missing-symbol", "CPD0002", "CPD0002-missing-symbol.dataset.json", 5, 5, "$.targets[0]",
            "Required property 'symbol' is missing from $.targets[0]"),
        new("CPD0002-missing-dataset", "CPD0002", "CPD0002-missing-dataset.dataset.json", 1, 1, "$",
            "Required property 'dataset' is missing from $"),
        new("CPD0003-wrong-type", "CPD0003", "CPD0003-wrong-type.dataset.json", 4, 56, "$.references[0].year",
            "'year' must be an integer, but is a string"),
        new("CPD0004-unknown-property", "CPD0004", "CPD0004-unknown-property.dataset.json", 4, 48, "$.references[0].colour",
            "Unknown property 'colour' in $.references[0]"),
        new("CPD0005-unknown-enum", "CPD0005", "CPD0005-unknown-enum.dataset.json", 4, 29, "$.references[0].kind",
            "'magazine-article' is not a valid reference kind; expected one of: journal-article, web-page, technical-document, book, other, not-stated"),
        new("CPD0006-unknown-unit", "CPD0006", "CPD0006-unknown-unit.dataset.json", 10, 84, "$.results[0].value.unit",
            "'ng/ml' is not a known unit; expected one of: M, mM, uM, nM, pM, %, g, mg, ug, mg/kg, ug/kg, mg/min, ug/min, min, h, d"),
        new("CPD0007-duplicate-id", "CPD0007", "CPD0007-duplicate-id.dataset.json", 5, 13, "$.references[1].id",
            "Duplicate reference id 'ref1'; it is first defined at {dir}/CPD0007-duplicate-id.dataset.json(4,13)"),
        new("CPD0008-result-compound", "CPD0008", "CPD0008-result-compound.dataset.json", 9, 31, "$.results[0].compound",
            "result 'r1' refers to unknown compound 'c9'"),
        new("CPD0008-result-target", "CPD0008", "CPD0008-result-target.dataset.json", 9, 47, "$.results[0].target",
            "result 'r1' refers to unknown target 'DAT'"),
        new("CPD0008-result-assay", "CPD0008", "CPD0008-result-assay.dataset.json", 9, 64, "$.results[0].assay",
            "result 'r1' refers to unknown assay 'a9'"),
        new("CPD0008-result-reference", "CPD0008", "CPD0008-result-reference.dataset.json", 9, 85, "$.results[0].references[0]",
            "result 'r1' refers to unknown reference 'ref9'"),
        new("CPD0008-transformation-product", "CPD0008", "CPD0008-transformation-product.dataset.json", 9, 49, "$.transformations[0].product",
            "transformation 't1' refers to unknown compound 'c3'"),
        new("CPD0009-zero-concentration", "CPD0009", "CPD0009-zero-concentration.dataset.json", 10, 72, "$.results[0].value.value",
            "The IC50 value must be greater than zero, but is 0"),
        new("CPD0009-negative-concentration", "CPD0009", "CPD0009-negative-concentration.dataset.json", 10, 70, "$.results[0].value.value",
            "The Ki value must be greater than zero, but is -0.00005"),
        new("CPD0009-zero-dose", "CPD0009", "CPD0009-zero-dose.dataset.json", 11, 42, "$.results[0].conditions.dose.value",
            "The dose must be greater than zero, but is 0"),
        new("CPD0010-non-finite-concentration", "CPD0010", "CPD0010-non-finite-concentration.dataset.json", 10, 72, "$.results[0].value.value",
            "The number 1e999 is not finite or does not fit a decimal number"),
        new("CPD0010-non-finite-mass", "CPD0010", "CPD0010-non-finite-mass.dataset.json", 5, 144, "$.compounds[0].structure.averageMass",
            "The number 1e400 is not finite or does not fit a double"),
        new("CPD0010-concentration-too-large", "CPD0010", "CPD0010-concentration-too-large.dataset.json", 10, 72, "$.results[0].value.value",
            "The number 100000000000000000000 is not finite or does not fit a molar concentration (at most 10^15 M)"),
        new("CPD0011-inchikey", "CPD0011", "CPD0011-inchikey.dataset.json", 5, 141, "$.compounds[0].structure.inchiKey",
            "'LQXYCDLHSKICDY-UHFFFAOYSA' is not a valid InChIKey (14 uppercase letters, '-', 10 uppercase letters, '-', 1 uppercase letter)"),
        new("CPD0012-cas-check-digit", "CPD0012", "CPD0012-cas-check-digit.dataset.json", 5, 119, "$.compounds[0].identifiers.cas",
            "'50-49-8' is not a valid CAS Registry Number: the check digit is wrong"),
        new("CPD0012-cas-shape", "CPD0012", "CPD0012-cas-shape.dataset.json", 5, 119, "$.compounds[0].identifiers.cas",
            "'50497' is not a valid CAS Registry Number: expected 2 to 7 digits, '-', 2 digits, '-', 1 check digit"),
        new("CPD0013-pmid", "CPD0013", "CPD0013-pmid.dataset.json", 4, 56, "$.references[0].pmid",
            "'PMID:3000123' is not a valid PubMed id (1 to 9 digits, no leading zero)"),
        new("CPD0014-doi", "CPD0014", "CPD0014-doi.dataset.json", 4, 55, "$.references[0].doi",
            "'1007/BF02805977' is not a valid DOI (10.<registrant>/<suffix>)"),
        new("CPD0015-uniprot", "CPD0015", "CPD0015-uniprot.dataset.json", 4, 144, "$.targets[0].accessions[0].value",
            "'P3123' is not a valid UniProt accession"),
        new("CPD0016-spread-with-less-than", "CPD0016", "CPD0016-spread-with-less-than.dataset.json", 10, 75, "$.results[0].value.relation",
            "Relation '<' is not allowed here: a spread is only allowed with '=' or '~'"),
        new("CPD0016-unknown-relation", "CPD0016", "CPD0016-unknown-relation.dataset.json", 10, 75, "$.results[0].value.relation",
            "Relation '!=' is not allowed here: it is not a relation; expected one of =, <, >, <=, >=, ~, ≤, ≥"),
        new("CPD0017-unit-mismatch", "CPD0017", "CPD0017-unit-mismatch.dataset.json", 10, 84, "$.results[0].value.unit",
            "Unit 'mg/kg' does not fit IC50; expected a molar concentration unit (M, mM, uM, nM, pM)"),
        new("CPD0018-invalid-id", "CPD0018", "CPD0018-invalid-id.dataset.json", 4, 13, "$.references[0].id",
            "'ref 1' is not a valid id (1 to 64 letters, digits, '-', '_' or '.')"),
        new("CPD0019-chembl-id", "CPD0019", "CPD0019-chembl-id.dataset.json", 5, 124, "$.compounds[0].identifiers.chemblId",
            "'CHEMBL-11' is not a valid ChEMBL id (CHEMBL followed by digits)"),
        new("CPD0019-url", "CPD0019", "CPD0019-url.dataset.json", 4, 48, "$.references[0].url",
            "'ftp://example.org/paper' is not a valid URL (an absolute http or https address)"),
        new("CPD0020-facts-c1", "CPD0020", "CPD0020-facts-c1.dataset.json", 7, 86, "$.compounds[0].structure.averageMass",
            "The formula C19H21N3 gives an average mass of 291.398 g/mol, but averageMass is 305.425 g/mol (allowed difference 0.05 g/mol)"),
        new("CPD0021-invalid-formula", "CPD0021", "CPD0021-invalid-formula.dataset.json", 5, 140, "$.compounds[0].structure.formula",
            "'C19H21Q3' is not a valid molecular formula: unknown element 'Q'"),
        new("CPD0022-result-without-reference", "CPD0022", "CPD0022-result-without-reference.dataset.json", 8, 5, "$.results[0]",
            "result 'r1' has no reference; every fact needs at least one"),
        new("CPD0022-transformation-without-reference", "CPD0022", "CPD0022-transformation-without-reference.dataset.json", 9, 5, "$.transformations[0]",
            "transformation 't1' has no reference; every fact needs at least one"),
        new("CPD0023-two-manifests", "CPD0023", "CPD0023-two-manifests/b.dataset.json", 2, 22, "$.dataset.id",
            "Dataset 'lab': its manifest is given more than once; the first is in {dir}/CPD0023-two-manifests/a.dataset.json(2,14)"),
        new("CPD0023-unknown-dataset", "CPD0023", "CPD0023-unknown-dataset.dataset.json", 2, 14, "$.dataset",
            "Dataset 'lab': no file has its manifest (a \"dataset\" object with this id)"),
        new("CPD0024-blank-title", "CPD0024", "CPD0024-blank-title.dataset.json", 4, 57, "$.references[0].title",
            "'title' must not be empty or whitespace"),
        new("CPD0025-duplicate-property", "CPD0025", "CPD0025-duplicate-property.dataset.json", 4, 62, "$.references[0].title",
            "Property 'title' appears more than once in $.references[0]"),
        new("CPD0026-self-transformation", "CPD0026", "CPD0026-self-transformation.dataset.json", 9, 49, "$.transformations[0].product",
            "Transformation 't1' has 'c1' as both substrate and product"),
        new("CPD0027-metabolism-cycle", "CPD0027", "CPD0027-metabolism-cycle.dataset.json", 10, 49, "$.transformations[1].product",
            "The transformations form a cycle: c1 -> c2 -> c1 (closed by transformation 't2')"),
        new("CPD0028-nested-too-deep", "CPD0028", "CPD0028-nested-too-deep.dataset.json", 2, 78, "$",
            "The input exceeds a limit: objects and arrays are nested more than 64 levels deep"),
        new("CPD0029-month", "CPD0029", "CPD0029-month.dataset.json", 4, 71, "$.references[0].month",
            "'month' is 13, outside the allowed range 1-12"),
        new("CPD0029-negative-spread", "CPD0029", "CPD0029-negative-spread.dataset.json", 10, 112, "$.results[0].value.spread.value",
            "'spread value' is -0.000001, outside the allowed range >= 0"),
        new("CPD0029-percent-too-large", "CPD0029", "CPD0029-percent-too-large.dataset.json", 10, 86, "$.results[0].value.value",
            "'percent-inhibition' is 10000000000000000000000000000, outside the allowed range -1000 to 1000 %"),
        new("CPD0030-mechanism-without-subject", "CPD0030", "CPD0030-mechanism-without-subject.dataset.json", 6, 5, "$.mechanisms[0]",
            "Mechanism 'm1' has neither a compound nor a scope"),
        new("CPD0031-namespace", "CPD0031", "CPD0031-namespace.dataset.json", 2, 83, "$.dataset.namespace",
            "'My-Lab.Data' is not a valid C# namespace"),
        new("CPD0031-type-name", "CPD0031", "CPD0031-type-name.dataset.json", 2, 82, "$.dataset.typeName",
            "'9Lab' is not a valid C# type name"),
        new("CPD0032-no-library", "CPD0032", string.Empty, 0, 0, string.Empty,
            "This project does not reference a Cianopramine.Data library that reads generated datasets (it references none, or one older than this generator), but the generated code calls it; the datasets are not generated. Reference one version of the Cianopramine.Data package, which holds both.",
            WithoutLibrary: true),
        new("CPD0033-same-inchikey", "CPD0033", "CPD0033-same-inchikey.dataset.json", 6, 147, "$.compounds[1].structure.inchiKey",
            "Compound 'c2' has the same InChIKey 'AAAAAAAAAAAAAA-UHFFFAOYSA-N' as compound 'c1' at {dir}/CPD0033-same-inchikey.dataset.json(5,5); a lookup by it matches both"),
        new("CPD0033-shared-synonym", "CPD0033", "CPD0033-shared-synonym.dataset.json", 6, 125, "$.compounds[1].synonyms[0]",
            "Compound 'c1-hcl' has the same name or synonym 'xy 1' as compound 'c1' at {dir}/CPD0033-shared-synonym.dataset.json(5,5); a lookup by it matches both"),
        new("CPD0033-synonym-is-another-name", "CPD0033", "CPD0033-synonym-is-another-name.dataset.json", 6, 5, "$.compounds[1]",
            "Compound 'm1' has the same name 'Metabolite' as compound 'parent' at {dir}/CPD0033-synonym-is-another-name.dataset.json(5,5); a lookup by it matches both"),
        new("CPD0033-hyphen-and-space", "CPD0033", "CPD0033-hyphen-and-space.dataset.json", 6, 107, "$.compounds[1].synonyms[0]",
            "Compound 'c2' has the same name or synonym 'foo bar' as compound 'c1' at {dir}/CPD0033-hyphen-and-space.dataset.json(5,5); a lookup by it matches both"),
        new("CPD0034-pchembl", "CPD0034", "CPD0034-pchembl.dataset.json", 11, 53, "$.results[0].chembl.pchemblValue",
            "The pChEMBL value 8.12 does not match Ki 12 nM (-log10 of the molar value is 7.92; allowed difference 0.01)"),
        new("CPD0035-left-out", "CPD0035", "CPD0035-left-out.dataset.json", 5, 5, "$.compounds[0]",
            "compound 'c1' is left out of the dataset: CPD0021 'C19H21Q3' is not a valid molecular formula: unknown element 'Q'",
            Accepted: "CPD0021"),
        new("CPD0040-formula-smiles", "CPD0040", "CPD0040-formula-smiles.dataset.json", 7, 107, "$.compounds[0].structure.formula",
            "The formula C19H21N3 does not match the SMILES, whose atoms make C20H23N3"),
        new("CPD0041-monoisotopic-mass", "CPD0041", "CPD0041-monoisotopic-mass.dataset.json", 7, 115, "$.compounds[0].structure.monoisotopicMass",
            "The formula C20H23N3 gives a monoisotopic mass of 305.1892 g/mol, but monoisotopicMass is 291.1735 g/mol (allowed difference 0.01 g/mol)"),
        new("CPD0042-missing-file", "CPD0042", "CPD0042-missing-file.dataset.json", 1, 1, "$",
            "The input could not be read: the file does not exist",
            Missing: true),
        new("CPD0043-misnamed", "CPD0043", "CPD0043-misnamed/own.json", 1, 1, string.Empty,
            "This file looks like dataset data (it has a top-level \"dataset\" property), but only additional files whose names end in '.dataset.json' are compiled; rename it to end in '.dataset.json', or remove it from AdditionalFiles",
            Misnamed: true),
        new("CPD0044-percent-above-100", "CPD0044", "CPD0044-percent-above-100.dataset.json", 10, 86, "$.results[0].value.value",
            "The percent-inhibition value 150 % is outside 0-100 %: a negative value is an activation, more than 100 % more than full inhibition; check it against the source"),
        new("CPD0044-percent-negative", "CPD0044", "CPD0044-percent-negative.dataset.json", 10, 86, "$.results[0].value.value",
            "The percent-inhibition value -35 % is outside 0-100 %: a negative value is an activation, more than 100 % more than full inhibition; check it against the source"),
        new("CPD0045-repeated-reference", "CPD0045", "CPD0045-repeated-reference.dataset.json", 4, 99, "$.compounds[0].references[1]",
            "'ref1' is listed 3 times in $.compounds[0].references; a repeat adds nothing, list it once"),
        new("CPD0045-repeated-species", "CPD0045", "CPD0045-repeated-species.dataset.json", 6, 108, "$.assays[0].species[2]",
            "'rat' is listed 2 times in $.assays[0].species; a repeat adds nothing, list it once"),
        new("CPD0046-compared-with-itself", "CPD0046", "CPD0046-compared-with-itself.dataset.json", 10, 55, "$.results[0].value.comparedTo",
            "Result 'r1' has 'c1' on both sides of its comparison"),
        new("CPD0046-related-to-itself", "CPD0046", "CPD0046-related-to-itself.dataset.json", 5, 138, "$.compounds[0].relations[0].compound",
            "Compound 'c1' has 'c1' on both sides of its relation 'derivative'"),
        new("CPD0047-target-symbol-is-another-gene", "CPD0047", "CPD0047-target-symbol-is-another-gene.dataset.json", 6, 29, "$.targets[1].symbol",
            "Target 't2' has the same symbol or name 'SLC6A4' as target 'SERT' at {dir}/CPD0047-target-symbol-is-another-gene.dataset.json(5,5); a lookup by it matches both"),
        new("CPD0048-bidi-override", "CPD0048", "CPD0048-bidi-override.dataset.json", 4, 39, "$.compounds[0].name",
            "The name 'Cianopr\\u202Eenima' contains the bidirectional formatting character U+202E, which makes text display in another order than it is stored"),
        new("CPD0048-control-character", "CPD0048", "CPD0048-control-character.dataset.json", 4, 39, "$.compounds[0].name",
            "The name 'Compound\\u0001 1' contains the control character U+0001"),
        new("CPD0048-zero-width-only", "CPD0048", "CPD0048-zero-width-only.dataset.json", 4, 39, "$.compounds[0].name",
            "The name '\\u200B\\u200B' has no visible character, only white space and invisible formatting characters"),
        new("CPD0048-not-nfc", "CPD0048", "CPD0048-not-nfc.dataset.json", 4, 39, "$.compounds[0].name",
            "The name 'Cafe\u0301ine' is not in Unicode normalization form C (NFC): write each accented letter as one character (\u00e9 as U+00E9, not e and U+0301)"),
        new("CPD0048-synonym-control", "CPD0048", "CPD0048-synonym-control.dataset.json", 4, 129, "$.compounds[0].synonyms[0].text",
            "The text 'C\\u001B[31m1' contains the control character U+001B"),
        new("CPD0048-target-symbol-invisible", "CPD0048", "CPD0048-target-symbol-invisible.dataset.json", 4, 39, "$.targets[0].symbol",
            "The symbol '\\u2060\\u3164' has no visible character, only white space and invisible formatting characters"),
    ];

    /// <summary>Where the fixtures are copied in the test output (tests/Corpus/diagnostics).</summary>
    public static string Directory => System.IO.Path.Combine(Corpus.Root, "diagnostics");

    /// <summary>The case names, for <c>[MemberData]</c>.</summary>
    public static IEnumerable<object[]> Names() => All.Select(c => new object[] { c.Name });

    /// <summary>The case of the given name.</summary>
    public static DiagnosticCase Named(string name) => All.Single(c => c.Name == name);

    /// <summary>Whether the diagnostic is a warning (the dataset still generates and loads) rather than an error.</summary>
    public bool IsWarning => Corpus.IsWarning(Id);

    /// <summary>The full path of the file the diagnostic must name.</summary>
    public string ExpectedPath => FullPath(File);

    /// <summary>The message with the fixtures' folder filled in.</summary>
    public string ExpectedMessage => Message.Replace(DirectoryToken, Directory + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The full path of the fixture's folder, when it is a folder of files.</summary>
    public string FolderPath => FullPath(Name);

    /// <summary>The fixture's data files (full paths, in ordinal order, as MSBuild passes them).</summary>
    public IReadOnlyList<string> Paths() =>
        Misnamed ? [ExpectedPath] :
        System.IO.Directory.Exists(FolderPath)
            ? System.IO.Directory.GetFiles(FolderPath, "*" + Corpus.DataSuffix).OrderBy(p => p, StringComparer.Ordinal).ToList()
            : [FullPath(Name + Corpus.DataSuffix)];

    public override string ToString() => Name;

    private static string FullPath(string relative) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(Directory, relative.Replace('/', System.IO.Path.DirectorySeparatorChar)));
}
