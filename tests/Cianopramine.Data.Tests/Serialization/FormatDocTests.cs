using Cianopramine.Data.Loading;
using Cianopramine.Data.Export;

namespace Cianopramine.Data.Tests.Serialization;

/// <summary>The examples in docs/json-format.md are what the loader reads.</summary>
public class FormatDocTests
{
    [Fact]
    public void The_complete_file_in_the_format_document_loads()
    {
        var doc = File.ReadAllText(SerializationTestFiles.Docs("json-format.md")).ReplaceLineEndings("\n");
        var section = doc[doc.IndexOf("## A complete file", StringComparison.Ordinal)..];
        var start = section.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var json = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        var data = Dataset.FromJson(json);

        data.AllResults.Should().HaveCount(2);
        data.Metabolism.MetabolitesOf(data.Compounds.Get("parent")).Should().ContainSingle();
        Dataset.FromJson(DatasetJson.Export(data)).Should().Be(data);
    }
}
