using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Display;
using Cianopramine.Data.Export;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Model;
using Cianopramine.Data.Tests.Validation;

namespace Cianopramine.Data.Tests.Model;

/// <summary>
/// The agent of a quantitative value (<c>agent</c>): the substance a measured dose or concentration is of when it is
/// not the result's compound (P6: the phenylephrine dose that raises systolic pressure by 40 mm Hg, before and after
/// cianopramine). Read, in the model, in every written form, in CSV, text and HTML, so no export reads the number as
/// a dose of the compound.
/// </summary>
public sealed class AgentTests
{
    private static string WithAgent(string agent) =>
        TestData.Dataset(results: TestData.Result.Replace("\"unit\": \"M\" }", "\"unit\": \"M\", \"agent\": " + agent + " }", StringComparison.Ordinal));

    private static QuantitativeValue Value(Dataset data) => (QuantitativeValue)data.Results.Get("r1").Value;

    [Fact]
    public void The_agent_is_read_into_the_value_and_is_absent_when_not_written()
    {
        Value(Dataset.FromJson(WithAgent("\"phenylephrine\""))).Agent.Should().Be("phenylephrine");
        Value(Dataset.FromJson(TestData.Dataset())).Agent.Should().BeNull();
    }

    [Theory]
    [InlineData("\"  \"", "CPD0024")]
    [InlineData("3", "CPD0003")]
    public void A_blank_or_non_text_agent_is_located(string agent, string id)
    {
        var load = () => Dataset.FromJson(WithAgent(agent));

        load.Should().Throw<DatasetLoadException>().Which.Problems.Should().ContainSingle().Which.Should()
            .BeEquivalentTo(new { Id = id, JsonPath = "$.results[0].value.agent" });
    }

    [Fact]
    public void The_agent_survives_export_reload_and_the_compact_form_and_is_part_of_the_content_hash()
    {
        var data = Dataset.FromJson(WithAgent("\"phenylephrine\""));

        var json = data.ToJson();

        json.Should().Contain("\"agent\": \"phenylephrine\"");
        Dataset.FromJson(json).Should().Be(data);
        ((QuantitativeValue)ModelFormat.Relink(data.Content).Results.Single().Value).Agent.Should().Be("phenylephrine");
        data.Metadata.ContentHash.Should().NotBe(Dataset.FromJson(TestData.Dataset()).Metadata.ContentHash);
    }

    [Fact]
    public void Text_and_HTML_name_the_agent()
    {
        var p6 = CianopramineDataset.Instance.Results.Get("P6-before");

        p6.Value.ToString().Should().StartWith("phenylephrine dose = 67 µg/min");
        DatasetHtml.ToHtml(p6).Should().Contain("phenylephrine dose = 67");
    }
}
