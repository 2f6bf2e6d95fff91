using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Reliability;
using Cianopramine.Data.Units;
using CsCheck;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// Issue 7, part 2, units: molar conversions round-trip exactly; p-values are monotone and invert the conversion;
/// relations survive conversion (<see cref="RelationExtensions.Mirror"/>, and the same amount in any unit is decided
/// the same way by every threshold).
/// </summary>
public sealed class UnitPropertyTests
{
    /// <summary>Exact decimals with up to 15 significant digits and up to 12 decimals: every magnitude a data file holds in practice.</summary>
    private static readonly Gen<decimal> Magnitudes =
        Gen.Select(Gen.Long[1, 999_999_999_999_999], Gen.Int[0, 12], (mantissa, scale) => mantissa / RandomDatasets.Pow10(scale));

    private static readonly Gen<MolarUnit> Units = Gen.Enum<MolarUnit>();

    private static readonly Gen<Relation> Relations = Gen.Enum<Relation>();

    [Fact]
    public void A_concentration_read_back_in_its_own_unit_is_exactly_the_value_it_was_made_from()
    {
        Gen.Select(Magnitudes, Units).Sample(
            (value, unit) => MolarConcentration.From(value, unit).In(unit).Should().Be(value),
            iter: 5_000);
    }

    [Fact]
    public void Converting_through_any_other_unit_and_back_is_exact()
    {
        Gen.Select(Magnitudes, Units, Units).Sample(
            (value, from, via) =>
            {
                var original = MolarConcentration.From(value, from);
                var converted = MolarConcentration.From(original.In(via), via);

                converted.Should().Be(original);
                converted.In(from).Should().Be(value);
                converted.GetHashCode().Should().Be(original.GetHashCode(), "equal amounts hash alike whatever unit made them");
            },
            iter: 5_000);
    }

    [Fact]
    public void Each_unit_step_is_exactly_a_factor_of_1000()
    {
        Gen.Select(Magnitudes, Gen.Int[0, 3]).Sample(
            (value, step) =>
            {
                var larger = (MolarUnit)step;
                var smaller = (MolarUnit)(step + 1);

                MolarConcentration.From(value, larger).Should().Be(MolarConcentration.From(value * 1000m, smaller));
                MolarConcentration.From(value, larger).In(smaller).Should().Be(value * 1000m);
            },
            iter: 2_000);
    }

    [Fact]
    public void Ordering_of_concentrations_agrees_with_ordering_of_their_molar_values()
    {
        Gen.Select(Magnitudes, Units, Magnitudes, Units).Sample(
            (a, ua, b, ub) =>
            {
                var x = MolarConcentration.From(a, ua);
                var y = MolarConcentration.From(b, ub);
                var expected = x.ToMolar().CompareTo(y.ToMolar());

                Math.Sign(x.CompareTo(y)).Should().Be(expected);
                (x < y).Should().Be(expected < 0);
                (x <= y).Should().Be(expected <= 0);
                (x > y).Should().Be(expected > 0);
                (x >= y).Should().Be(expected >= 0);
                (x == y).Should().Be(expected == 0);
            },
            iter: 3_000);
    }

    [Fact]
    public void P_values_are_monotone_decreasing_in_concentration()
    {
        Gen.Select(Magnitudes, Units, Magnitudes, Units).Sample(
            (a, ua, b, ub) =>
            {
                var x = MolarConcentration.From(a, ua);
                var y = MolarConcentration.From(b, ub);
                if (x.ToMolar() == 0m || y.ToMolar() == 0m)
                {
                    return;
                }

                if (x < y)
                {
                    x.ToPValue().Should().BeGreaterThanOrEqualTo(y.ToPValue(), "a lower concentration is at least as potent");
                }

                if (x == y)
                {
                    x.ToPValue().Should().Be(y.ToPValue());
                }

                // A clear difference (more than one part in a billion) is always a strictly higher p-value.
                if (x.ToMolar() * 1.000000001m < y.ToMolar())
                {
                    x.ToPValue().Should().BeGreaterThan(y.ToPValue());
                }
            },
            iter: 5_000);
    }

    [Fact]
    public void A_p_value_turned_into_a_concentration_and_back_is_the_same_p_value()
    {
        Gen.Double[-3.0, 15.0].Sample(
            p =>
            {
                var back = new PValue(p).ToConcentration().ToPValue();

                back.Value.Should().BeApproximately(p, 1e-12);
            },
            iter: 5_000);
    }

    [Fact]
    public void A_concentration_turned_into_a_p_value_and_back_is_the_same_within_15_significant_digits()
    {
        Gen.Select(Magnitudes, Units).Sample(
            (value, unit) =>
            {
                var c = MolarConcentration.From(value, unit);
                if (c.ToMolar() == 0m)
                {
                    return;
                }

                var back = c.ToPValue().ToConcentration();

                var relative = Math.Abs((double)(back.ToMolar() - c.ToMolar())) / (double)c.ToMolar();
                relative.Should().BeLessThan(1e-12);
            },
            iter: 5_000);
    }

    [Fact]
    public void Ten_fold_in_concentration_is_exactly_one_on_the_p_scale_for_powers_of_ten()
    {
        Gen.Int[-3, 12].Sample(
            k =>
            {
                var c = MolarConcentration.FromMolar(1m / RandomDatasets.Pow10(k + 3) * 1000m);

                c.ToPValue().Value.Should().BeApproximately(k, 1e-12);
            },
            iter: 200);
    }

    [Fact]
    public void Mirror_is_an_involution_that_keeps_censoring_and_swaps_direction()
    {
        Relations.Sample(
            r =>
            {
                r.Mirror().Mirror().Should().Be(r);
                r.Mirror().IsCensored().Should().Be(r.IsCensored());
                (r.Mirror() == r).Should().Be(!r.IsCensored(), "only = and ~ are their own mirror");
            },
            iter: 100);
    }

    [Fact]
    public void A_bound_on_a_concentration_becomes_the_mirrored_bound_on_its_p_value()
    {
        // x R c (the true value x and the reported bound c) implies p(x) Mirror(R) p(c), for values far enough
        // apart that doubles tell them apart (factors of 0.5 … 10, exact in decimal).
        var factors = new[] { 0.5m, 0.9m, 1m, 1.1m, 2m, 10m };
        Gen.Select(Magnitudes, Units, Gen.Int[0, factors.Length - 1], Relations).Sample(
            (value, unit, f, relation) =>
            {
                var c = MolarConcentration.From(value, unit);
                var x = MolarConcentration.From(value * factors[f], unit);
                if (c.ToMolar() == 0m || x.ToMolar() == 0m || !Holds(x.ToMolar(), relation, c.ToMolar()))
                {
                    return;
                }

                HoldsOnPScale(x.ToPValue().Value, relation.Mirror(), c.ToPValue().Value).Should().BeTrue();
            },
            iter: 5_000);
    }

    [Fact]
    public void A_quantitative_value_keeps_its_relation_and_reports_the_mirrored_one_for_its_p_value()
    {
        Gen.Select(Magnitudes, Units, Relations).Sample(
            (value, unit, relation) =>
            {
                var q = new QuantitativeValue { Parameter = ActivityParameter.Ki, Relation = relation, Magnitude = new Quantity(value, unit.ToUnit()) };

                q.Concentration.Should().Be(MolarConcentration.From(value, unit));
                q.PValueRelation.Should().Be(relation.Mirror());
                q.PValue.Should().Be(q.Concentration!.Value.ToMolar() > 0m ? q.Concentration.Value.ToPValue() : null);
            },
            iter: 2_000);
    }

    [Fact]
    public void The_same_amount_written_in_any_unit_is_decided_alike_by_every_threshold()
    {
        Gen.Select(Magnitudes, Units, Units, Relations, Gen.Enum<ThresholdComparison>(), Magnitudes, Units).Sample(
            (value, unit, other, relation, comparison, threshold, thresholdUnit) =>
            {
                var amount = MolarConcentration.From(value, unit);
                var inOther = new QuantitativeValue { Parameter = ActivityParameter.IC50, Relation = relation, Magnitude = new Quantity(amount.In(other), other.ToUnit()) };
                var inOwn = new QuantitativeValue { Parameter = ActivityParameter.IC50, Relation = relation, Magnitude = new Quantity(value, unit.ToUnit()) };
                var criterion = new ConcentrationThreshold(comparison, MolarConcentration.From(threshold, thresholdUnit));

                criterion.Decide(inOther).Should().Be(criterion.Decide(inOwn));
            },
            iter: 5_000);
    }

    [Fact]
    public void A_p_value_criterion_is_the_mirrored_concentration_criterion()
    {
        Gen.Select(Gen.Double[0.0, 12.0], Gen.Enum<ThresholdComparison>()).Sample(
            (p, comparison) =>
            {
                var criterion = ConcentrationThreshold.FromPValue(comparison, new PValue(p));

                criterion.Threshold.Should().Be(new PValue(p).ToConcentration());
                criterion.Comparison.Should().Be(comparison switch
                {
                    ThresholdComparison.Above => ThresholdComparison.Below,
                    ThresholdComparison.AtLeast => ThresholdComparison.AtMost,
                    ThresholdComparison.Below => ThresholdComparison.Above,
                    _ => ThresholdComparison.AtLeast,
                });
            },
            iter: 1_000);
    }

    private static bool Holds(decimal x, Relation relation, decimal c) => relation switch
    {
        Relation.LessThan => x < c,
        Relation.LessThanOrEqual => x <= c,
        Relation.GreaterThan => x > c,
        Relation.GreaterThanOrEqual => x >= c,
        _ => x == c,
    };

    private static bool HoldsOnPScale(double px, Relation relation, double pc) => relation switch
    {
        Relation.LessThan => px < pc,
        Relation.LessThanOrEqual => px <= pc,
        Relation.GreaterThan => px > pc,
        Relation.GreaterThanOrEqual => px >= pc,
        _ => px == pc,
    };
}
