using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Reliability;
using Cianopramine.Data.Units;
using CsCheck;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// Issue 14: every query the potency index serves (the filters, <see cref="ResultQuery.Count"/>, the rankings and
/// <see cref="Dataset.MostSelective(Target, Target, int)"/>) agrees with a brute-force scan written here from the
/// rules in docs/querying.md, on random datasets with censored values of every relation, ties, equal values written
/// in different units, targets without results and empty datasets.
/// </summary>
public sealed class PotencyIndexPropertyTests
{
    /// <summary>Few targets and assays, many results: long runs per target, ties and equal values in other units.</summary>
    private static readonly Gen<(DatasetCase Data, int QuerySeed)> Cases =
        Gen.Select(Gen.Int[1, 4], Gen.Int[1, 5], Gen.Int[0, 60], Gen.Int, Gen.Int)
            .Select(x => (new DatasetCase(new DatasetShape(1, x.Item1, x.Item2, 2, x.Item3, 0, 0, 0), x.Item4), x.Item5));

    /// <summary>
    /// One or two compounds with 65 to 260 results: a compound's list is longer than the 64 results up to which a
    /// query walks it rather than the potency slice, so both plans of <c>For(compound).Below(…)</c> are checked.
    /// </summary>
    private static readonly Gen<(DatasetCase Data, int QuerySeed)> LongLists =
        Gen.Select(Gen.Int[1, 2], Gen.Int[1, 3], Gen.Int[65, 260], Gen.Int, Gen.Int)
            .Select(x => (new DatasetCase(new DatasetShape(1, x.Item1, x.Item2, 2, x.Item3, 0, 0, 0), x.Item4), x.Item5));

    [Fact]
    public void Potency_filters_count_and_enumerate_what_a_brute_force_scan_finds_in_dataset_order() =>
        FiltersAgreeWithBruteForce(Cases, iterations: 1500);

    [Fact]
    public void Potency_filters_agree_with_a_brute_force_scan_when_a_compound_has_more_results_than_a_short_list() =>
        FiltersAgreeWithBruteForce(LongLists, iterations: 200);

    private static void FiltersAgreeWithBruteForce(Gen<(DatasetCase Data, int QuerySeed)> cases, int iterations)
    {
        cases.Sample(
            (data, querySeed) =>
            {
                var dataset = data.Build();
                var random = new Random(querySeed);
                var (query, keeps, name) = RandomQuery(dataset, random, thresholds: random.Next(1, 4));
                var expected = dataset.AllResults.Items.Where(keeps).Select(r => r.Id).ToList();

                query.Select(r => r.Id).Should().Equal(expected, name);
                query.Count().Should().Be(expected.Count, name);
                query.ToValueArray().Select(r => r.Id).Should().Equal(expected, name);
            },
            iter: iterations,
            print: x => $"{x.Item1} query seed {x.Item2}");
    }

    [Fact]
    public void Rankings_agree_with_a_brute_force_sort_by_the_documented_censoring_and_tie_rules()
    {
        Cases.Sample(
            (data, querySeed) =>
            {
                var dataset = data.Build();
                var random = new Random(querySeed);
                var (query, keeps, name) = RandomQuery(dataset, random, thresholds: random.Next(0, 3));
                var candidates = dataset.AllResults.Items.Where(keeps).ToList();
                var n = random.Next(0, 12);

                query.OrderByPotency().Select(r => r.Id).Should().Equal(BruteRank(candidates, lowerBounds: true), name);
                query.MostPotent(n).Select(r => r.Id).Should().Equal(BruteRank(candidates, lowerBounds: false).Take(n), name + " MostPotent(" + n + ")");
            },
            iter: 1500,
            print: x => $"{x.Item1} query seed {x.Item2}");
    }

    [Fact]
    public void Most_selective_ranks_the_folds_that_selectivity_reports_by_the_documented_rules()
    {
        Cases.Sample(
            (data, querySeed) =>
            {
                var dataset = data.Build();
                var random = new Random(querySeed);
                var target = RandomDatasets.Pick(random, dataset.Targets.Items.ToArray());
                var over = RandomDatasets.Pick(random, dataset.Targets.Items.ToArray());
                var n = random.Next(0, 8);

                var expected = dataset.Compounds.Items
                    .Select((c, position) => (Compound: c, Position: position, dataset.Selectivity(c, target, over).Fold))
                    .Where(x => x.Fold is { } f && f.Relation is not (Relation.LessThan or Relation.LessThanOrEqual))
                    .OrderByDescending(x => x.Fold!.Value.Value)
                    .ThenBy(x => x.Fold!.Value.Relation switch { Relation.GreaterThan => 0, Relation.GreaterThanOrEqual => 1, _ => 2 })
                    .ThenBy(x => x.Position)
                    .Select(x => x.Compound.Id)
                    .Take(n)
                    .ToList();

                var actual = dataset.MostSelective(target, over, n);
                actual.Select(s => s.Compound.Id).Should().Equal(expected);
                actual.All(s => s.Target.Id == target.Id && s.Over.Id == over.Id && s.IsDetermined).Should().BeTrue();
            },
            iter: 600,
            print: x => $"{x.Item1} query seed {x.Item2}");
    }

    [Fact]
    public void Counting_a_covered_potency_query_touches_no_result()
    {
        // 160 results at one target: Count() of At(target).Below(t) must not call any predicate. A Where() refinement
        // is the only way to observe per-result work from outside, so the covered query has none and the uncovered
        // one calls it once per candidate in the index range, never once per result at the target. (Up to 64 results
        // a query walks the target's list instead, which costs less than the index there.)
        var dataset = new DatasetCase(new DatasetShape(1, 3, 1, 2, 160, 0, 0, 0), 7).Build();
        var target = dataset.Targets.Items[0];
        var calls = 0;
        var threshold = MolarConcentration.FromMicromolar(1);
        var matched = dataset.Results.At(target).Below(threshold).Count();
        var counted = dataset.Results.At(target).Below(threshold).Where(_ => { calls++; return true; }).Count();

        counted.Should().Be(matched);
        calls.Should().Be(matched, "only the candidates in the index range are checked");
        calls.Should().BeLessThan(dataset.ResultsAt(target).Count, "the threshold leaves some results at the target out");
    }

    [Fact]
    public void Ranking_arguments_are_checked()
    {
        var data = CianopramineDataset.Instance;
        var act = () => data.Results.MostPotent(-1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
        var selective = () => data.MostSelective("SERT", "NET", -1);
        selective.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
        data.Results.MostPotent(0).Should().BeEmpty();
    }

    /// <summary>
    /// A random query: optionally a target, a parameter, a value kind, a compound or a predicate (the latter two not
    /// covered by the index), then 0 to 3 potency criteria; with the brute-force predicate it stands for.
    /// </summary>
    private static (ResultQuery Query, Func<AssayResult, bool> Keeps, string Name) RandomQuery(Dataset dataset, Random random, int thresholds)
    {
        var query = dataset.Results;
        Func<AssayResult, bool> keeps = _ => true;
        var name = "Results";
        void Add(Func<ResultQuery, ResultQuery> step, Func<AssayResult, bool> predicate, string text)
        {
            query = step(query);
            var before = keeps;
            keeps = r => before(r) && predicate(r);
            name += "." + text;
        }

        var steps = random.Next(0, 4);
        for (var i = 0; i < steps; i++)
        {
            switch (random.Next(6))
            {
                case 0:
                case 1:
                {
                    var t = RandomDatasets.Pick(random, dataset.Targets.Items.ToArray());
                    Add(q => q.At(t), r => r.Target.Id == t.Id, "At(" + t.Id + ")");
                    break;
                }

                case 2:
                {
                    var p = RandomDatasets.Pick(random, Enum.GetValues<ActivityParameter>());
                    Add(q => q.WithParameter(p), r => r.Value is QuantitativeValue v && v.Parameter == p, "WithParameter(" + p + ")");
                    break;
                }

                case 3:
                    Add(q => q.Quantitative(), r => r.Value is QuantitativeValue, "Quantitative()");
                    break;
                case 4:
                {
                    var c = RandomDatasets.Pick(random, dataset.Compounds.Items.ToArray());
                    Add(q => q.For(c), r => r.Compound.Id == c.Id, "For(" + c.Id + ")");
                    break;
                }

                default:
                {
                    var odd = random.Next(2) == 0;
                    Add(q => q.Where(r => r.Id.Length % 2 == 1 == odd), r => r.Id.Length % 2 == 1 == odd, "Where(odd=" + odd + ")");
                    break;
                }
            }
        }

        for (var i = 0; i < thresholds; i++)
        {
            var t = BruteForce.RandomThreshold(dataset, random);
            Func<ResultQuery, ResultQuery> apply = random.Next(3) switch
            {
                0 => q => q.Meeting(t),
                1 => t.Comparison switch
                {
                    ThresholdComparison.Below => q => q.Below(t.Threshold.In(MolarUnit.Nanomolar), MolarUnit.Nanomolar),
                    ThresholdComparison.AtMost => q => q.AtMost(t.Threshold),
                    ThresholdComparison.Above => q => q.Above(t.Threshold.In(MolarUnit.Picomolar), MolarUnit.Picomolar),
                    _ => q => q.AtLeast(t.Threshold),
                },
                _ => q => q.Meeting(t),
            };
            Add(apply, r => BruteForce.Decide(t, r.Value) == BruteForce.Outcome.Matches, t.ToString());
        }

        return (query, keeps, name);
    }

    /// <summary>
    /// The documented order, written from docs/querying.md: molar values only; upper-bounded values (=, ~, &lt;, ≤)
    /// first by concentration, then (OrderByPotency only) lower bounds (≥, &gt;) by concentration; at one
    /// concentration &lt; before ≤ before =/~, and ≥ before &gt;; then dataset order.
    /// </summary>
    private static IEnumerable<string> BruteRank(List<AssayResult> candidates, bool lowerBounds)
    {
        static int Rank(Relation r) => r switch
        {
            Relation.LessThan => 0,
            Relation.LessThanOrEqual => 1,
            Relation.EqualTo or Relation.Approximately => 2,
            Relation.GreaterThanOrEqual => 3,
            _ => 4,
        };

        return candidates
            .Select((r, position) => (Result: r, Position: position, Value: r.Value as QuantitativeValue))
            .Where(x => x.Value is not null && x.Value.Magnitude.Unit.TryGetMolarUnit(out _) && x.Value.Magnitude.Value >= 0m)
            .Select(x => (x.Result, x.Position, Rank: Rank(x.Value!.Relation), Molar: x.Value.Magnitude.ToConcentration().ToMolar()))
            .Where(x => lowerBounds || x.Rank <= 2)
            .OrderBy(x => x.Rank > 2)
            .ThenBy(x => x.Molar)
            .ThenBy(x => x.Rank)
            .ThenBy(x => x.Position)
            .Select(x => x.Result.Id);
    }
}
