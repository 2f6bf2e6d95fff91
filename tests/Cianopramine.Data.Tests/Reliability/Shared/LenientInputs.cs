using System.Globalization;
using System.Text;

namespace Cianopramine.Data.Reliability;

/// <summary>
/// Data files with good and bad items for strictness the user chooses (CPD0035), shared by the loader tests and the
/// generator tests so that both paths leave out the same items. The data is synthetic lab data (ids and values made up
/// for the test, no real compound), like the other generated test inputs.
/// </summary>
internal static class LenientInputs
{
    /// <summary>
    /// A dataset of <paramref name="goodResults"/> valid results and <paramref name="badResults"/> results whose value is 0
    /// (CPD0009), spread through the file (every bad result has a good neighbour on both sides); each result has its own
    /// compound. With <paramref name="withoutBad"/> the bad results (not their compounds) are not written at all: the dataset a lenient load
    /// must equal.
    /// </summary>
    public static string ResultsWithZeroValues(int goodResults, int badResults, bool withoutBad = false)
    {
        var total = goodResults + badResults;
        var every = badResults == 0 ? int.MaxValue : total / badResults;
        var compounds = new StringBuilder();
        var results = new StringBuilder();
        var written = 0;
        for (var i = 0; i < total; i++)
        {
            var bad = badResults > 0 && i % every == every / 2 && i / every < badResults;
            var n = i.ToString(CultureInfo.InvariantCulture);
            compounds.Append(i == 0 ? string.Empty : ",\n").Append("    { \"id\": \"c").Append(n).Append("\", \"name\": \"Compound ").Append(n)
                .Append("\", \"references\": [\"ref1\"] }");
            if (bad && withoutBad)
            {
                continue;
            }

            results.Append(written++ == 0 ? string.Empty : ",\n").Append("    { \"id\": \"r").Append(n).Append("\", \"compound\": \"c").Append(n)
                .Append("\", \"target\": \"T1\", \"assay\": \"a1\", \"references\": [\"ref1\"], \"value\": { \"type\": \"quantitative\", \"parameter\": \"Ki\", \"value\": ")
                .Append(bad ? "0" : (1 + (i % 997)).ToString(CultureInfo.InvariantCulture)).Append(", \"unit\": \"nM\" } }");
        }

        return Dataset(compounds.ToString(), results.ToString());
    }

    /// <summary>
    /// A dataset in which compound <c>c1</c> has an invalid formula (CPD0021) and two results (<c>r1</c>, <c>r2</c>)
    /// refer to it; <c>c2</c> and its result <c>r3</c> are valid.
    /// </summary>
    public static string CompoundWithResults() => Dataset(
        """
            { "id": "c1", "name": "Compound 1", "references": ["ref1"], "structure": { "provenance": "computed", "formula": "C19H21Q3" } },
            { "id": "c2", "name": "Compound 2", "references": ["ref1"] }
        """,
        """
            { "id": "r1", "compound": "c1", "target": "T1", "assay": "a1", "references": ["ref1"], "value": { "type": "quantitative", "parameter": "Ki", "value": 12, "unit": "nM" } },
            { "id": "r2", "compound": "c1", "target": "T1", "assay": "a1", "references": ["ref1"], "value": { "type": "quantitative", "parameter": "Ki", "value": 13, "unit": "nM" } },
            { "id": "r3", "compound": "c2", "target": "T1", "assay": "a1", "references": ["ref1"], "value": { "type": "quantitative", "parameter": "Ki", "value": 14, "unit": "nM" } }
        """);

    private static string Dataset(string compounds, string results) =>
        "{\n" +
        "  \"dataset\": { \"id\": \"lab\", \"title\": \"Lab data\", \"version\": \"1.0.0\" },\n" +
        "  \"references\": [{ \"id\": \"ref1\", \"kind\": \"journal-article\", \"status\": \"abstract-read\" }],\n" +
        "  \"targets\": [{ \"id\": \"T1\", \"symbol\": \"T1\", \"name\": \"Target 1\" }],\n" +
        "  \"assays\": [{ \"id\": \"a1\", \"description\": \"Binding\" }],\n" +
        "  \"compounds\": [\n" + compounds + "\n  ],\n" +
        "  \"results\": [\n" + results + "\n  ]\n" +
        "}\n";
}
