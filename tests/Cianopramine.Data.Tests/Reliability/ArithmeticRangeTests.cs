using System.Globalization;
using Cianopramine.Data.Display;
using Cianopramine.Data.Export;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Reliability;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// Issue 15, point 2: no unit conversion, p-value or ratio overflows or silently rounds to a wrong answer, anywhere in
/// the range each quantity allows (docs/json-format.md, "Numbers"): every conversion at and beyond the boundaries, and
/// every query, export and display over a dataset whose values sit at the extremes. The class of bug is arithmetic on
/// values the loader accepts; the tests pin the range on both sides (accepted values compute, larger ones are refused
/// with a located diagnostic).
/// </summary>
public sealed class ArithmeticRangeTests
{
    private static readonly MolarUnit[] Units = Enum.GetValues<MolarUnit>();

    /// <summary>Concentrations from the smallest decimal in M to the type's maximum, in M.</summary>
    private static readonly decimal[] MolarExtremes =
    [
        0.0000000000000000000000000001m, 0.0000000000000000000000000009m, 1e-20m, 0.000000000001m, 5e-5m, 1m, 55.5m,
        1_000_000_000_000_000m, 9_999_999_999_999_999.999999999m, 10_000_000_000_000_000m,
    ];

    private static readonly Relation[] Relations = Enum.GetValues<Relation>();

    [Fact]
    public void Every_conversion_of_every_concentration_in_range_is_exact_and_never_overflows()
    {
        var random = new Random(15);
        var values = MolarExtremes.Concat(Enumerable.Range(0, 2000).Select(_ => RandomMolar(random)));
        foreach (var molar in values)
        {
            var c = MolarConcentration.FromMolar(molar);
            foreach (var unit in Units)
            {
                var inUnit = c.In(unit);
                MolarConcentration.From(inUnit, unit).Should().Be(c, "{0} M read back through {1}", molar, unit);
                inUnit.Should().Be(molar * unit.PerMolar(), "{0} M in {1} is exact", molar);
            }

            c.ToString().Should().NotBeEmpty();
            c.ToPValue().ToConcentration();
            PValue.FromConcentration(c).Value.Should().BeInRange(-16, 28);
        }
    }

    [Fact]
    public void A_concentration_above_the_maximum_is_refused_in_every_unit_and_is_not_a_concentration_as_a_quantity()
    {
        MolarConcentration.MaxValue.ToMolar().Should().Be(10_000_000_000_000_000m);
        MolarConcentration.MaxValue.ToPicomolar().Should().Be(10_000_000_000_000_000_000_000_000_000m);
        foreach (var unit in Units)
        {
            var above = MolarConcentration.MaxValue.In(unit) + unit.PerMolar() * 0.000000001m;
            var act = () => MolarConcentration.From(above, unit);
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value").WithMessage("A concentration cannot be more than 10^16 M*");
            new Quantity(decimal.MaxValue, unit.ToUnit()).TryGetConcentration(out _).Should().BeFalse();
            new Quantity(MolarConcentration.MaxValue.In(unit), unit.ToUnit()).TryGetConcentration(out var max).Should().BeTrue();
            max.Should().Be(MolarConcentration.MaxValue);
        }
    }

    [Theory]
    [InlineData(-16)]
    [InlineData(-15.5)]
    [InlineData(0)]
    [InlineData(28)]
    [InlineData(28.5)]
    [InlineData(40)]
    [InlineData(400)]
    [InlineData(1e308)]
    public void A_p_value_from_minus_16_up_has_a_concentration(double p)
    {
        var c = new PValue(p).ToConcentration();

        c.Should().BeLessThanOrEqualTo(MolarConcentration.MaxValue);
        foreach (var unit in Units)
        {
            c.In(unit);
        }
    }

    [Theory]
    [InlineData(-16.0001)]
    [InlineData(-40)]
    [InlineData(-1e308)]
    public void A_p_value_below_minus_16_has_no_concentration_and_says_why(double p)
    {
        var act = () => new PValue(p).ToConcentration();

        act.Should().Throw<InvalidOperationException>().WithMessage("p = * stands for more than 10^16 M, the largest concentration*");
    }

    [Fact]
    public void A_ratio_of_any_two_concentrations_in_range_with_any_relations_is_exact_or_the_bound_it_certainly_meets()
    {
        foreach (var top in MolarExtremes)
        {
            foreach (var bottom in MolarExtremes)
            {
                var exact = (double)top / (double)bottom;
                foreach (var topRelation in Relations)
                {
                    foreach (var bottomRelation in Relations)
                    {
                        if (!ConcentrationRatio.TryCreate(MolarConcentration.FromMolar(top), topRelation, MolarConcentration.FromMolar(bottom), bottomRelation, out var ratio))
                        {
                            continue;
                        }

                        ratio.ToString().Should().NotBeEmpty();
                        if (ratio.Value == decimal.MaxValue)
                        {
                            ratio.Relation.Should().Be(Relation.GreaterThan);
                            exact.Should().BeGreaterThan((double)decimal.MaxValue, "{0} / {1}", top, bottom);
                        }
                        else if (ratio.Value == ConcentrationRatio.SmallestValue && exact < 1e-28)
                        {
                            ratio.Relation.Should().Be(Relation.LessThan, "{0} / {1}", top, bottom);
                        }
                        else
                        {
                            ratio.Value.Should().Be(top / bottom);
                            ratio.Value.Should().BePositive("a ratio of positive concentrations is never 0 ({0} / {1})", top, bottom);
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void A_ratio_beyond_a_decimal_keeps_only_the_bounds_that_say_something()
    {
        var huge = MolarConcentration.FromMolar(1_000_000_000_000_000m);
        var tiny = MolarConcentration.FromMolar(0.0000000000000000000000000001m);

        ConcentrationRatio.TryCreate(huge, Relation.EqualTo, tiny, Relation.EqualTo, out var above).Should().BeTrue();
        above.ToString().Should().Be("> 79228162514264337593543950335");
        above.IsCertainlyAboveOne.Should().BeTrue();
        ConcentrationRatio.TryCreate(tiny, Relation.EqualTo, huge, Relation.EqualTo, out var below).Should().BeTrue();
        below.ToString().Should().Be("< 0.0000000000000000000000000001");
        below.IsCertainlyBelowOne.Should().BeTrue();

        // "< huge / tiny" is an upper bound above any decimal, "> tiny / huge" a lower bound below any: nothing follows.
        ConcentrationRatio.TryCreate(huge, Relation.LessThan, tiny, Relation.EqualTo, out _).Should().BeFalse();
        ConcentrationRatio.TryCreate(tiny, Relation.GreaterThan, huge, Relation.EqualTo, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("0", "= 0")]
    [InlineData("123.456", "= 123.46")]
    [InlineData("1", "= 1")]
    [InlineData("0.5", "= 0.5")]
    [InlineData("0.000123456", "= 0.000123")]
    [InlineData("0.1", "= 0.1")]
    public void A_ratio_prints_two_decimals_from_one_up_and_three_significant_digits_below(string numeratorMolar, string expected)
    {
        var numerator = MolarConcentration.FromMolar(decimal.Parse(numeratorMolar, CultureInfo.InvariantCulture));

        ConcentrationRatio.TryCreate(numerator, Relation.EqualTo, MolarConcentration.FromMolar(1m), Relation.EqualTo, out var ratio).Should().BeTrue();

        ratio.ToString().Should().Be(expected);
        ratio.Relation.Should().Be(Relation.EqualTo, "a zero numerator is a ratio of exactly 0, not a bound below the smallest decimal");
    }

    [Theory]
    [InlineData(-1e308)]
    [InlineData(-40)]
    [InlineData(-16.5)]
    [InlineData(-16)]
    [InlineData(28.5)]
    [InlineData(400)]
    [InlineData(1e308)]
    public void Every_p_value_filter_accepts_every_finite_p_value_and_decides_like_the_p_scale(double p)
    {
        var data = ExtremeDataset();
        var threshold = new PValue(p);
        var exact = data.Results.Quantitative().Where(r => r.Value is QuantitativeValue { Relation: Relation.EqualTo, PValue: not null }).ToList();

        var above = data.Results.WithPValueAbove(threshold).Select(r => r.Id).ToList();
        var atLeast = data.Results.WithPValueAtLeast(threshold).Select(r => r.Id).ToList();
        var below = data.Results.WithPValueBelow(threshold).Select(r => r.Id).ToList();
        var atMost = data.Results.WithPValueAtMost(threshold).Select(r => r.Id).ToList();

        // For exact values the answer is a comparison of p-values (up to the 15-digit rounding of 10^-p, which the
        // extremes here are far from).
        foreach (var r in exact)
        {
            var pr = ((QuantitativeValue)r.Value).PValue!.Value.Value;
            above.Contains(r.Id).Should().Be(pr > p, "{0} (p {1}) above {2}", r.Id, pr, p);
            atLeast.Contains(r.Id).Should().Be(pr >= p);
            below.Contains(r.Id).Should().Be(pr < p);
            atMost.Contains(r.Id).Should().Be(pr <= p);
        }
    }

    [Fact]
    public void Every_query_export_and_display_works_on_values_at_the_extremes_of_the_range()
    {
        var data = ExtremeDataset();

        ResultCsv.ToCsv(data.AllResults).Should().Contain("1000000000000000000000000", "10^15 M is exactly 10^24 nM");
        DatasetHtml.ToHtml(data).Should().NotBeEmpty();
        DatasetHtml.ToHtml(data.AllResults).Should().NotBeEmpty();
        foreach (var compound in data.Compounds.Items)
        {
            data.Profile(compound).ToText().Should().NotBeEmpty();
            DatasetHtml.ToHtml(data.Profile(compound)).Should().NotBeEmpty();
            foreach (var target in data.Targets.Items)
            {
                foreach (var other in data.Compounds.Items)
                {
                    data.Compare(compound, other, target).ToText().Should().NotBeEmpty();
                }

                foreach (var over in data.Targets.Items)
                {
                    data.Selectivity(compound, target, over).ToText().Should().NotBeEmpty();
                }
            }
        }

        foreach (var result in data.AllResults)
        {
            result.ToString().Should().NotBeEmpty();
        }

        Dataset.FromJson(data.ToJson()).AllResults.Should().Equal(data.AllResults);
    }

    [Fact]
    public void The_fold_between_the_largest_and_the_smallest_concentration_is_a_bound_not_zero()
    {
        var data = ExtremeDataset();

        var fold = data.Selectivity("Small", "SERT", "NET");

        fold.Fold.Should().NotBeNull();
        fold.Fold!.Value.ToString().Should().Be("> 79228162514264337593543950335");
        data.Selectivity("Small", "NET", "SERT").Fold!.Value.ToString().Should().Be("< 0.0000000000000000000000000001");
    }

    [Theory]
    [InlineData("1e20", "M", "The number 100000000000000000000 is not finite or does not fit a molar concentration (at most 10^15 M)")]
    [InlineData("1000000000000001", "M", "The number 1000000000000001 is not finite or does not fit a molar concentration (at most 10^15 M)")]
    [InlineData("1e28", "pM", "The number 10000000000000000000000000000 is not finite or does not fit a molar concentration (at most 10^15 M)")]
    public void A_concentration_above_10_to_the_15_molar_is_CPD0010_where_it_is_written(string value, string unit, string message)
    {
        var act = () => Dataset.FromJson(Json(value, unit, "IC50"));

        var problem = act.Should().Throw<DatasetLoadException>().Which.Problems.Should().ContainSingle().Which;
        problem.Should().BeEquivalentTo(new { Id = "CPD0010", Line = 7, JsonPath = "$.results[0].value.value", Message = message });
    }

    [Theory]
    [InlineData("1000", "M")]
    [InlineData("1e15", "M")]
    [InlineData("1e27", "pM")]
    [InlineData("1e-16", "pM")]
    public void A_concentration_within_the_range_loads(string value, string unit)
    {
        Dataset.FromJson(Json(value, unit, "IC50")).AllResults.Should().ContainSingle();
    }

    [Theory]
    [InlineData("150", "CPD0044", false)]
    [InlineData("-35", "CPD0044", false)]
    [InlineData("1000", "CPD0044", false)]
    [InlineData("-1000", "CPD0044", false)]
    [InlineData("1000.0001", "CPD0029", true)]
    [InlineData("1e28", "CPD0029", true)]
    [InlineData("-1e6", "CPD0029", true)]
    public void A_percentage_outside_0_to_100_is_a_warning_and_beyond_1000_an_error(string value, string id, bool error)
    {
        var json = Json(value, "%", "percent-inhibition");
        if (error)
        {
            var act = () => Dataset.FromJson(json);
            act.Should().Throw<DatasetLoadException>().Which.Problems.Select(p => (p.Id, p.Line, p.JsonPath)).Should().Equal((id, 7, "$.results[0].value.value"));
        }
        else
        {
            DatasetLoader.Load([DatasetSource.FromJson(json)]).Warnings.Select(p => (p.Id, p.Line, p.JsonPath)).Should().Equal((id, 7, "$.results[0].value.value"));
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100")]
    [InlineData("57.5")]
    public void A_percentage_from_0_to_100_loads_without_a_word(string value)
    {
        DatasetLoader.Load([DatasetSource.FromJson(Json(value, "%", "percent-inhibition"))]).Warnings.Should().BeEmpty();
    }

    /// <summary>A molar value with 1 to 28 significant digits anywhere from 10^-28 M to 10^16 M.</summary>
    private static decimal RandomMolar(Random random)
    {
        var exponent = random.Next(-28, 16);
        var mantissa = 1m + (decimal)random.NextDouble() * 8m;
        var value = exponent >= 0 ? mantissa * RandomDatasets.Pow10(exponent) : mantissa / RandomDatasets.Pow10(-exponent);
        return value <= 0m ? 0.0000000000000000000000000001m : value;
    }

    private static string Json(string value, string unit, string parameter) => """
        {
          "dataset": { "id": "lab", "title": "Lab", "version": "1" },
          "references": [{ "id": "ref1" }],
          "compounds": [{ "id": "c1", "name": "C1", "references": ["ref1"] }],
          "targets": [{ "id": "SERT", "symbol": "SERT", "name": "Serotonin transporter", "kind": "transporter" }],
          "assays": [{ "id": "a1", "kind": "radioligand-binding", "setting": "in-vitro", "description": "Binding" }],
          "results": [{ "id": "r1", "compound": "c1", "target": "SERT", "assay": "a1", "references": ["ref1"], "value": { "type": "quantitative", "parameter": "PARAM", "value": VALUE, "unit": "UNIT" } }]
        }
        """.Replace("PARAM", parameter, StringComparison.Ordinal).Replace("VALUE", value, StringComparison.Ordinal).Replace("UNIT", unit, StringComparison.Ordinal);

    /// <summary>
    /// Two compounds at two targets with values at the extremes the rules allow: 10^15 M and 10^-28 M (10^-16 pM),
    /// exact and censored, and percentages at -1000 % and 1000 %.
    /// </summary>
    private static Dataset ExtremeDataset()
    {
        var results = new List<string>();
        void Add(string compound, string target, string relation, string value, string unit, string parameter = "Ki") =>
            results.Add(string.Create(
                CultureInfo.InvariantCulture,
                $$"""{ "id": "r{{results.Count}}", "compound": "{{compound}}", "target": "{{target}}", "assay": "a1", "references": ["ref1"], "value": { "type": "quantitative", "parameter": "{{parameter}}", "relation": "{{relation}}", "value": {{value}}, "unit": "{{unit}}" } }"""));
        Add("big", "SERT", "=", "1e15", "M");
        Add("big", "NET", "=", "1e-16", "pM");
        Add("small", "SERT", "=", "1e-16", "pM");
        Add("small", "NET", "=", "1e15", "M");
        Add("big", "SERT", ">", "1e15", "M");
        Add("small", "NET", "<", "1e-16", "pM");
        Add("big", "SERT", "~", "999999999999999.999999999999", "M");
        Add("small", "SERT", "=", "1000", "%", "percent-inhibition");
        Add("big", "NET", "=", "-1000", "%", "percent-inhibition");
        var json = """
            {
              "dataset": { "id": "lab", "title": "Lab", "version": "1" },
              "references": [{ "id": "ref1" }],
              "compounds": [{ "id": "big", "name": "Big", "references": ["ref1"] }, { "id": "small", "name": "Small", "references": ["ref1"] }],
              "targets": [
                { "id": "SERT", "symbol": "SERT", "name": "Serotonin transporter", "kind": "transporter" },
                { "id": "NET", "symbol": "NET", "name": "Noradrenaline transporter", "kind": "transporter" }
              ],
              "assays": [{ "id": "a1", "kind": "radioligand-binding", "setting": "in-vitro", "description": "Binding" }],
              "results": [
            """ + string.Join(",\n", results) + "]\n}\n";
        return DatasetLoader.Load([DatasetSource.FromJson(json)]).Dataset;
    }
}
