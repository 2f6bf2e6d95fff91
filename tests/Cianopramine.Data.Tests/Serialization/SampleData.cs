namespace Cianopramine.Data.Tests.Serialization;

/// <summary>Small valid data files for the serialisation tests; each argument replaces the items of its section.</summary>
internal static class SampleData
{
    public const string Manifest = """{ "id": "lab", "title": "Lab data", "version": "1.0.0", "sources": ["lab1985"] }""";

    public const string Reference = """{ "id": "lab1985", "kind": "journal-article", "title": "A paper", "year": 1985, "pmid": "6478739", "doi": "10.1038/clpt.1984.216", "status": "abstract-read" }""";

    public const string Compounds =
        """{ "id": "parent", "name": "Parent", "role": "parent-drug", "references": ["lab1985"] }, { "id": "metabolite", "name": "Metabolite", "role": "metabolite", "references": ["lab1985"] }""";

    public const string Target = """{ "id": "SERT", "symbol": "SERT", "name": "Serotonin transporter", "kind": "transporter" }""";

    public const string Assay = """{ "id": "a1", "kind": "uptake-inhibition", "setting": "in-vitro", "species": ["rat"], "description": "5-HT uptake into synaptosomes" }""";

    public const string Result =
        """{ "id": "r1", "compound": "parent", "target": "SERT", "assay": "a1", "value": { "type": "quantitative", "parameter": "IC50", "relation": "=", "value": 5e-5, "unit": "M" }, "references": ["lab1985"] }""";

    public const string Transformation =
        """{ "id": "t1", "substrate": "parent", "product": "metabolite", "reaction": "n-demethylation", "enzymes": "not-reported", "references": ["lab1985"] }""";

    public const string Mechanism =
        """{ "id": "m1", "compound": "parent", "targets": ["SERT"], "action": "inhibitor", "primary": true, "text": "Blocks 5-HT uptake.", "references": ["lab1985"] }""";

    public static string Dataset(
        string? manifest = null,
        string? references = null,
        string? compounds = null,
        string? targets = null,
        string? assays = null,
        string? results = null,
        string? transformations = null,
        string? mechanisms = null) =>
        "{\n" +
        "  \"dataset\": " + (manifest ?? Manifest) + ",\n" +
        "  \"references\": [\n    " + (references ?? Reference) + "\n  ],\n" +
        "  \"compounds\": [\n    " + (compounds ?? Compounds) + "\n  ],\n" +
        "  \"targets\": [\n    " + (targets ?? Target) + "\n  ],\n" +
        "  \"assays\": [\n    " + (assays ?? Assay) + "\n  ],\n" +
        "  \"results\": [\n    " + (results ?? Result) + "\n  ],\n" +
        "  \"transformations\": [\n    " + (transformations ?? Transformation) + "\n  ],\n" +
        "  \"mechanisms\": [\n    " + (mechanisms ?? Mechanism) + "\n  ]\n" +
        "}\n";

    /// <summary>The 1-based line and column of the first occurrence of <paramref name="fragment"/>.</summary>
    public static (int Line, int Column) PositionOf(string text, string fragment)
    {
        var index = text.IndexOf(fragment, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException($"'{fragment}' does not occur.");
        }

        var line = 1 + text.Take(index).Count(c => c == '\n');
        var column = index - text.LastIndexOf('\n', Math.Max(0, index - 1));
        return (line, column);
    }
}
