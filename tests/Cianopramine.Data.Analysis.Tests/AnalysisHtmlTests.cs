namespace Cianopramine.Data.Analysis.Tests;

public class AnalysisHtmlTests
{
    [Fact]
    public void A_data_frame_renders_as_an_encoded_table()
    {
        var html = AnalysisHtml.ToHtml(CianopramineDataset.Instance.ToDataFrame(), maxRows: 3);
        html.Should().StartWith("<table class=\"cpd-dataframe\">").And.Contain("<th>molar_value</th>").And.Contain("3 of 22 rows");
        var hostile = new Microsoft.Data.Analysis.DataFrame(new Microsoft.Data.Analysis.StringDataFrameColumn("<name>", ["<script>&"]));
        AnalysisHtml.ToHtml(hostile).Should().Contain("<th>&lt;name&gt;</th>").And.Contain("<td>&lt;script&gt;&amp;</td>").And.NotContain("<script>");
    }

    [Fact]
    public void The_potency_plot_draws_one_dot_per_p_value_and_a_row_per_target()
    {
        var tables = CianopramineDataset.Instance.ToTables();
        var svg = AnalysisHtml.PotencyPlotSvg(tables.Results);
        var pValues = CianopramineDataset.Instance.Results.Count(r => r.Value is Cianopramine.Data.Model.QuantitativeValue { PValue: not null });
        System.Text.RegularExpressions.Regex.Matches(svg, "<circle").Count.Should().Be(pValues);
        svg.Should().Contain("SERT (").And.Contain("<title>4.30</title>");
    }
}
