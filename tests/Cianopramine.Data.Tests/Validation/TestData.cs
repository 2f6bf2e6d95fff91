using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>Small data files for the validation tests: a valid base dataset whose sections a test replaces.</summary>
internal static class TestData
{
    public const string Path = "test.dataset.json";

    public const string Manifest = """{ "id": "test", "title": "Test data", "version": "1.0.0", "sources": ["ref1"] }""";

    public const string Reference = """{ "id": "ref1", "kind": "journal-article", "title": "A paper", "year": 1985, "status": "abstract-read" }""";

    public const string CompoundA = """{ "id": "cmpA", "name": "Compound A", "role": "parent-drug", "references": ["ref1"] }""";

    public const string CompoundB = """{ "id": "cmpB", "name": "Compound B", "role": "metabolite", "references": ["ref1"] }""";

    public const string Target = """{ "id": "SERT", "symbol": "SERT", "name": "Serotonin transporter", "kind": "transporter" }""";

    public const string Assay = """{ "id": "a1", "kind": "uptake-inhibition", "setting": "in-vitro", "description": "5-HT uptake" }""";

    public const string Result =
        """{ "id": "r1", "compound": "cmpA", "target": "SERT", "assay": "a1", "value": { "type": "quantitative", "parameter": "IC50", "value": 5e-5, "unit": "M" }, "references": ["ref1"] }""";

    public const string Transformation =
        """{ "id": "t1", "substrate": "cmpA", "product": "cmpB", "reaction": "n-demethylation", "enzymes": "not-reported", "references": ["ref1"] }""";

    public const string Mechanism =
        """{ "id": "m1", "compound": "cmpA", "targets": ["SERT"], "action": "inhibitor", "primary": true, "text": "Blocks uptake.", "references": ["ref1"] }""";

    public const string Gap =
        """{ "id": "g1", "text": "No Ki values.", "compounds": ["cmpA"], "targets": ["SERT"], "parameters": ["Ki"], "references": ["ref1"] }""";

    /// <summary>A whole file, one item per line; each argument replaces the items of its section.</summary>
    public static string Dataset(
        string? manifest = null,
        string? references = null,
        string? compounds = null,
        string? targets = null,
        string? assays = null,
        string? results = null,
        string? transformations = null,
        string? mechanisms = null,
        string? gaps = null)
    {
        var parts = new List<string>
        {
            "  \"dataset\": " + (manifest ?? Manifest),
            Section("references", references ?? Reference),
            Section("compounds", compounds ?? CompoundA + ",\n    " + CompoundB),
            Section("targets", targets ?? Target),
            Section("assays", assays ?? Assay),
            Section("results", results ?? Result),
            Section("transformations", transformations ?? Transformation),
            Section("mechanisms", mechanisms ?? Mechanism),
            Section("gaps", gaps ?? Gap),
        };
        return "{\n" + string.Join(",\n", parts) + "\n}\n";
    }

    /// <summary>The compounds section with <paramref name="compoundA"/> in place of compound A (compound B kept).</summary>
    public static string Compounds(string compoundA) => compoundA + ",\n    " + CompoundB;

    /// <summary>Compound A with more properties, written before its references.</summary>
    public static string CompoundAWith(string properties) => CompoundA.Replace("\"references\"", properties + ", \"references\"");

    /// <summary>A whole file whose <paramref name="section"/> (a top-level property name) holds <paramref name="items"/>.</summary>
    public static string DatasetWith(string section, string items) => section switch
    {
        "dataset" => Dataset(manifest: items),
        "references" => Dataset(references: items),
        "compounds" => Dataset(compounds: items),
        "targets" => Dataset(targets: items),
        "assays" => Dataset(assays: items),
        "results" => Dataset(results: items),
        "transformations" => Dataset(transformations: items),
        "mechanisms" => Dataset(mechanisms: items),
        "gaps" => Dataset(gaps: items),
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    public static DatasetFileResult Read(string json, string path = Path) =>
        DatasetFileReader.Read(path, json, CancellationToken.None);

    public static ValidatedDataset Validate(params (string Path, string Json)[] files) =>
        DatasetValidator.Validate(files.Select(f => Read(f.Json, f.Path)).ToList(), CancellationToken.None);

    /// <summary>Reads and validates one file; returns every diagnostic.</summary>
    public static IReadOnlyList<DatasetDiagnostic> Diagnostics(string json) => Validate((Path, json)).Diagnostics.ToList();

    /// <summary>The 1-based line and column of the <paramref name="occurrence"/>-th match of a fragment, counted independently of the reader.</summary>
    public static (int Line, int Column) PositionOf(string text, string fragment, int occurrence = 0)
    {
        var index = IndexOf(text, fragment, occurrence);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    /// <summary>The character index of the <paramref name="occurrence"/>-th (zero-based) match of a fragment.</summary>
    public static int IndexOf(string text, string fragment, int occurrence)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = text.IndexOf(fragment, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{fragment}' occurs fewer than {occurrence + 1} times");
            }
        }

        return index;
    }

    /// <summary>The single diagnostic with an id, asserting that it is the only diagnostic of the file.</summary>
    public static DatasetDiagnostic Single(IReadOnlyList<DatasetDiagnostic> diagnostics, string id)
    {
        diagnostics.Select(d => d.Id).Should().Equal(new[] { id }, "exactly one {0} is expected, got: {1}", id, string.Join(" | ", diagnostics));
        return diagnostics[0];
    }

    /// <summary>Asserts the 1-based display position of a diagnostic.</summary>
    public static void ShouldBeAt(this DatasetDiagnostic diagnostic, (int Line, int Column) expected) =>
        (diagnostic.Location.DisplayLine, diagnostic.Location.DisplayColumn).Should().Be(expected, diagnostic.ToString());

    private static string Section(string name, string items) =>
        "  \"" + name + "\": [\n    " + items + "\n  ]";
}
