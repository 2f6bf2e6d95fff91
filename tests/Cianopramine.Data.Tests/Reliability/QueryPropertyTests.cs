using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Reliability;
using Cianopramine.Data.Units;
using CsCheck;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// Issue 7, part 2, queries: on random datasets and random chains of refinements, a filter's result is a subset of
/// what it refines (in dataset order), refining never adds rows, and every refinement and potency filter agrees with a
/// brute-force scan written here from docs/querying.md alone (<see cref="BruteForce"/>), censored values included.
/// </summary>
public sealed class QueryPropertyTests
{
    /// <summary>A dataset with many results (mostly quantitative) and a seed for the chain of refinements.</summary>
    private static readonly Gen<(DatasetCase Data, int QuerySeed)> Cases =
        Gen.Select(Gen.Int[1, 3], Gen.Int[1, 4], Gen.Int[1, 3], Gen.Int[1, 3], Gen.Int[0, 30], Gen.Int, Gen.Int)
            .Select(x => (new DatasetCase(new DatasetShape(x.Item1, x.Item2, x.Item3, x.Item4, x.Item5, 0, 0, 0), x.Item6), x.Item7));

    [Fact]
    public void Every_chain_of_refinements_agrees_with_a_brute_force_scan_and_only_ever_narrows()
    {
        Cases.Sample(
            (data, querySeed) =>
            {
                var dataset = data.Build();
                var random = new Random(querySeed);
                var query = dataset.Results;
                var expected = dataset.AllResults.Items.ToList();
                var steps = new List<string>();
                for (var i = 0; i < random.Next(1, 6); i++)
                {
                    var step = BruteForce.RandomStep(dataset, random);
                    steps.Add(step.Name);
                    var before = query.ToList();

                    query = step.Apply(query);
                    expected = expected.Where(step.Keeps).ToList();

                    var actual = query.ToList();
                    Ids(actual).Should().Equal(Ids(expected), "after {0}", string.Join(" → ", steps));
                    Ids(actual).Should().BeSubsetOf(Ids(before)).And.HaveCountLessThanOrEqualTo(before.Count);
                    IsSubsequence(actual, before).Should().BeTrue("a refinement keeps dataset order");
                    query.CandidateCount.Should().BeGreaterThanOrEqualTo(actual.Count).And.BeLessThanOrEqualTo(dataset.AllResults.Count);
                }
            },
            iter: 400,
            print: x => $"{x.Item1} query seed {x.Item2}");
    }

    [Fact]
    public void Refining_a_query_leaves_the_query_it_refines_unchanged()
    {
        Cases.Sample(
            (data, querySeed) =>
            {
                var dataset = data.Build();
                var random = new Random(querySeed);
                var query = BruteForce.RandomStep(dataset, random).Apply(dataset.Results);
                var before = Ids(query.ToList());
                var text = query.ToString();

                _ = BruteForce.RandomStep(dataset, random).Apply(query).ToList();
                _ = BruteForce.RandomStep(dataset, random).Apply(query).Partition();

                Ids(query.ToList()).Should().Equal(before);
                query.ToString().Should().Be(text);
            },
            iter: 200);
    }

    [Fact]
    public void Refinements_commute()
    {
        Cases.Sample(
            (data, querySeed) =>
            {
                var dataset = data.Build();
                var random = new Random(querySeed);
                var a = BruteForce.RandomStep(dataset, random);
                var b = BruteForce.RandomStep(dataset, random);

                Ids(b.Apply(a.Apply(dataset.Results)).ToList()).Should().Equal(Ids(a.Apply(b.Apply(dataset.Results)).ToList()), "{0} then {1}", a.Name, b.Name);
            },
            iter: 300);
    }

    [Fact]
    public void Partition_splits_the_results_into_matched_not_matched_and_undecided_exactly_as_the_brute_force_decides()
    {
        Cases.Sample(
            (data, querySeed) =>
            {
                var dataset = data.Build();
                var random = new Random(querySeed);
                var query = dataset.Results;
                var thresholds = new List<ConcentrationThreshold>();
                var filters = new List<BruteForce.Step>();
                for (var i = 0; i < random.Next(0, 3); i++)
                {
                    var step = BruteForce.RandomNonPotencyStep(dataset, random);
                    filters.Add(step);
                    query = step.Apply(query);
                }

                for (var i = 0; i < random.Next(1, 4); i++)
                {
                    var threshold = BruteForce.RandomThreshold(dataset, random);
                    thresholds.Add(threshold);
                    query = query.Meeting(threshold);
                }

                var partition = query.Partition();

                var candidates = dataset.AllResults.Items.Where(r => filters.All(f => f.Keeps(r))).ToList();
                var decisions = candidates.Select(r => (Result: r, Decision: BruteForce.Combine(thresholds.Select(t => BruteForce.Decide(t, r.Value))))).ToList();
                Ids(partition.Matched).Should().Equal(Ids(decisions.Where(d => d.Decision == BruteForce.Outcome.Matches).Select(d => d.Result)));
                Ids(partition.NotMatched).Should().Equal(Ids(decisions.Where(d => d.Decision == BruteForce.Outcome.DoesNotMatch).Select(d => d.Result)));
                Ids(partition.Undecided.Select(u => u.Result)).Should().Equal(Ids(decisions.Where(d => d.Decision == BruteForce.Outcome.Undecided).Select(d => d.Result)));
                Ids(query.ToList()).Should().Equal(Ids(partition.Matched), "enumerating a filtered query gives the results that certainly match");
                partition.Undecided.All(u => thresholds.Contains(u.Threshold) && u.Decision is not (ThresholdDecision.Matches or ThresholdDecision.DoesNotMatch))
                    .Should().BeTrue("an undecided result names the criterion that could not decide it");
            },
            iter: 400,
            print: x => $"{x.Item1} query seed {x.Item2}");
    }

    [Fact]
    public void Each_threshold_decides_every_value_as_the_interval_reading_of_the_docs_does()
    {
        var values = Gen.Select(Gen.Int, Gen.Int[0, 6]).Select((seed, p) => RandomDatasets.Quantitative(new Random(seed), (ActivityParameter)p));
        var thresholds = Gen.Select(Gen.Enum<ThresholdComparison>(), Gen.Int[0, 4], Gen.Int)
            .Select((comparison, unit, seed) => new ConcentrationThreshold(comparison, MolarConcentration.From(RandomDatasets.Magnitude(new Random(seed), allowNonPositive: false), (MolarUnit)unit)));
        Gen.Select(values, thresholds, Gen.Bool).Sample(
            (value, threshold, onTheBoundary) =>
            {
                // Half of the cases put the bound exactly on the threshold, in another unit: the hard case.
                if (onTheBoundary && value.Concentration is { } c && value.Magnitude.Unit.TryGetMolarUnit(out _))
                {
                    threshold = new ConcentrationThreshold(threshold.Comparison, MolarConcentration.From(c.In(MolarUnit.Nanomolar), MolarUnit.Nanomolar));
                }

                var expected = BruteForce.Decide(threshold, value);

                var actual = threshold.Decide(value);
                BruteForce.Classify(actual).Should().Be(expected, "{0} against '{1}'", value, threshold);
            },
            iter: 20_000);
    }

    private static List<string> Ids(IEnumerable<AssayResult> results) => results.Select(r => r.Id).ToList();

    private static bool IsSubsequence(List<AssayResult> part, List<AssayResult> whole)
    {
        var i = 0;
        foreach (var r in whole)
        {
            if (i < part.Count && ReferenceEquals(part[i], r))
            {
                i++;
            }
        }

        return i == part.Count;
    }
}

/// <summary>
/// The refinements and potency filters of docs/querying.md, written from the docs alone (not from the library's
/// code): each refinement as a predicate on one result, and each potency criterion as interval logic on the set of
/// true values a reported value allows.
/// </summary>
internal static class BruteForce
{
    public enum Outcome
    {
        Matches,
        DoesNotMatch,
        Undecided,
    }

    /// <summary>A refinement: how to apply it to a query, and which results it keeps.</summary>
    public sealed record Step(string Name, Func<ResultQuery, ResultQuery> Apply, Func<AssayResult, bool> Keeps);

    public static Step RandomStep(Dataset dataset, Random random) =>
        random.Next(4) == 0 ? PotencyStep(RandomThreshold(dataset, random), random) : RandomNonPotencyStep(dataset, random);

    public static Step RandomNonPotencyStep(Dataset dataset, Random random)
    {
        var compounds = dataset.Compounds.Items.ToArray();
        var targets = dataset.Targets.Items.ToArray();
        var assays = dataset.Assays.Items.ToArray();
        var references = dataset.References.Items.ToArray();
        switch (random.Next(15))
        {
            case 0:
            {
                var c = RandomDatasets.Pick(random, compounds);
                return new("For(" + c.Id + ")", q => q.For(c), r => r.Compound.Id == c.Id);
            }

            case 1:
            {
                var t = RandomDatasets.Pick(random, targets);
                return new("At(" + t.Id + ")", q => q.At(t), r => r.Target.Id == t.Id);
            }

            case 2:
            {
                var a = RandomDatasets.Pick(random, assays);
                return new("InAssay(" + a.Id + ")", q => q.InAssay(a), r => r.Assay.Id == a.Id);
            }

            case 3:
            {
                var k = RandomDatasets.Pick(random, Enum.GetValues<AssayKind>());
                return new("OfAssayKind(" + k + ")", q => q.OfAssayKind(k), r => r.Assay.Kind == k);
            }

            case 4:
            {
                var s = RandomDatasets.Pick(random, Enum.GetValues<AssaySetting>());
                return new("InSetting(" + s + ")", q => q.InSetting(s), r => r.Assay.Setting == s);
            }

            case 5:
            {
                // "assays that state no species are left out"
                var s = RandomDatasets.Pick(random, Enum.GetValues<Species>());
                return new("InSpecies(" + s + ")", q => q.InSpecies(s), r => r.Assay.Species.Contains(s));
            }

            case 6:
            {
                var k = RandomDatasets.Pick(random, Enum.GetValues<ValueKind>());
                return random.Next(2) == 0
                    ? new("WithValueKind(" + k + ")", q => q.WithValueKind(k), r => r.Value.Kind == k)
                    : k switch
                    {
                        ValueKind.Quantitative => new("Quantitative()", q => q.Quantitative(), r => r.Value is QuantitativeValue),
                        ValueKind.Qualitative => new("Qualitative()", q => q.Qualitative(), r => r.Value is QualitativeValue),
                        _ => new("Comparative()", q => q.Comparative(), r => r.Value is ComparativeValue),
                    };
            }

            case 7:
            {
                var p = RandomDatasets.Pick(random, Enum.GetValues<ActivityParameter>());
                return new("WithParameter(" + p + ")", q => q.WithParameter(p), r => r.Value is QuantitativeValue v && v.Parameter == p);
            }

            case 8:
            {
                var a = RandomDatasets.Pick(random, Enum.GetValues<PharmacologicalAction>());
                return new("WithAction(" + a + ")", q => q.WithAction(a), r => r.Action == a);
            }

            case 9:
            {
                var reference = RandomDatasets.Pick(random, references);
                return new("Citing(" + reference.Id + ")", q => q.Citing(reference), r => r.References.Any(x => x.Id == reference.Id));
            }

            case 10:
            {
                var k = RandomDatasets.Pick(random, Enum.GetValues<CurationNoteKind>());
                return new("WithNote(" + k + ")", q => q.WithNote(k), r => r.Notes.Any(n => n.Kind == k));
            }

            case 11:
            {
                var k = RandomDatasets.Pick(random, Enum.GetValues<CurationNoteKind>());
                return new("WithoutNote(" + k + ")", q => q.WithoutNote(k), r => !r.Notes.Any(n => n.Kind == k));
            }

            case 12:
                // "results with an Unverified note of their own"; a note on a reference excludes nothing
                return new("ExcludingUnverified()", q => q.ExcludingUnverified(), r => !r.Notes.Any(n => n.Kind == CurationNoteKind.Unverified));

            case 13:
                // "a CitationMismatch note of their own or on any reference they cite"
                return new(
                    "ExcludingCitationMismatches()",
                    q => q.ExcludingCitationMismatches(),
                    r => !r.Notes.Any(n => n.Kind == CurationNoteKind.CitationMismatch) &&
                         !r.References.Any(x => x.Notes.Any(n => n.Kind == CurationNoteKind.CitationMismatch)));

            default:
            {
                var odd = random.Next(2) == 0;
                return new("Where(id length is " + (odd ? "odd" : "even") + ")", q => q.Where(r => r.Id.Length % 2 == 1 == odd), r => r.Id.Length % 2 == 1 == odd);
            }
        }
    }

    /// <summary>A threshold: half the time exactly at a concentration the dataset holds (in another unit), the hard case.</summary>
    public static ConcentrationThreshold RandomThreshold(Dataset dataset, Random random)
    {
        var comparison = RandomDatasets.Pick(random, Enum.GetValues<ThresholdComparison>());
        var held = dataset.AllResults.Items.Select(r => r.Value).OfType<QuantitativeValue>().Select(q => q.Concentration).OfType<MolarConcentration>().ToArray();
        var threshold = held.Length > 0 && random.Next(2) == 0
            ? MolarConcentration.From(RandomDatasets.Pick(random, held).In(MolarUnit.Picomolar), MolarUnit.Picomolar)
            : MolarConcentration.From(RandomDatasets.Magnitude(random, allowNonPositive: false), RandomDatasets.Pick(random, Enum.GetValues<MolarUnit>()));
        return new ConcentrationThreshold(comparison, threshold);
    }

    private static Step PotencyStep(ConcentrationThreshold t, Random random)
    {
        Func<ResultQuery, ResultQuery> apply = random.Next(4) switch
        {
            0 => q => q.Meeting(t),
            1 => t.Comparison switch
            {
                ThresholdComparison.Below => q => q.Below(t.Threshold),
                ThresholdComparison.AtMost => q => q.AtMost(t.Threshold),
                ThresholdComparison.Above => q => q.Above(t.Threshold),
                _ => q => q.AtLeast(t.Threshold),
            },
            2 => t.Comparison switch
            {
                ThresholdComparison.Below => q => q.Below(t.Threshold.In(MolarUnit.Nanomolar), MolarUnit.Nanomolar),
                ThresholdComparison.AtMost => q => q.AtMost(t.Threshold.In(MolarUnit.Micromolar), MolarUnit.Micromolar),
                ThresholdComparison.Above => q => q.Above(t.Threshold.In(MolarUnit.Picomolar), MolarUnit.Picomolar),
                _ => q => q.AtLeast(t.Threshold.In(MolarUnit.Molar), MolarUnit.Molar),
            },
            _ => q => q.Meeting(t),
        };
        return new(t.ToString(), apply, r => Decide(t, r.Value) == Outcome.Matches);
    }

    /// <summary>
    /// The decision of docs/querying.md: a value allows a set of true values (a point for = and ~, read as the
    /// magnitude; a half-line for a censored value); a criterion is a half-line too. The value matches when every true
    /// value it allows meets the criterion, does not match when none does, and is undecided otherwise, or when it is
    /// not a molar concentration at all.
    /// </summary>
    public static Outcome Decide(ConcentrationThreshold threshold, ResultValue value)
    {
        if (value is not QuantitativeValue q || !q.Magnitude.Unit.TryGetMolarUnit(out var unit) || q.Magnitude.Value < 0m)
        {
            return Outcome.Undecided;
        }

        var v = MolarConcentration.From(q.Magnitude.Value, unit).ToMolar();
        var allowed = q.Relation switch
        {
            Relation.LessThan => Interval.Below(v, inclusive: false),
            Relation.LessThanOrEqual => Interval.Below(v, inclusive: true),
            Relation.GreaterThan => Interval.Above(v, inclusive: false),
            Relation.GreaterThanOrEqual => Interval.Above(v, inclusive: true),
            _ => Interval.Point(v),
        };
        var t = threshold.Threshold.ToMolar();
        var wanted = threshold.Comparison switch
        {
            ThresholdComparison.Below => Interval.Below(t, inclusive: false),
            ThresholdComparison.AtMost => Interval.Below(t, inclusive: true),
            ThresholdComparison.Above => Interval.Above(t, inclusive: false),
            _ => Interval.Above(t, inclusive: true),
        };
        return allowed.IsWithin(wanted) ? Outcome.Matches : allowed.Overlaps(wanted) ? Outcome.Undecided : Outcome.DoesNotMatch;
    }

    /// <summary>Several criteria: any rejection rejects; all matches match; anything else is undecided.</summary>
    public static Outcome Combine(IEnumerable<Outcome> outcomes)
    {
        var list = outcomes.ToList();
        return list.Contains(Outcome.DoesNotMatch) ? Outcome.DoesNotMatch : list.All(o => o == Outcome.Matches) ? Outcome.Matches : Outcome.Undecided;
    }

    public static Outcome Classify(ThresholdDecision decision) => decision switch
    {
        ThresholdDecision.Matches => Outcome.Matches,
        ThresholdDecision.DoesNotMatch => Outcome.DoesNotMatch,
        _ => Outcome.Undecided,
    };

    /// <summary>An interval of the real line; a missing end is infinite.</summary>
    private readonly record struct Interval(decimal? Low, bool LowIncluded, decimal? High, bool HighIncluded)
    {
        public static Interval Point(decimal v) => new(v, true, v, true);

        public static Interval Below(decimal v, bool inclusive) => new(null, false, v, inclusive);

        public static Interval Above(decimal v, bool inclusive) => new(v, inclusive, null, false);

        public bool IsWithin(Interval other) => LowAtLeast(other) && HighAtMost(other);

        public bool Overlaps(Interval other)
        {
            // The larger low end must lie below the smaller high end (touching counts only when both ends are included).
            var (low, lowIn) = MaxLow(this, other);
            var (high, highIn) = MinHigh(this, other);
            if (low is null || high is null)
            {
                return true;
            }

            return low < high || (low == high && lowIn && highIn);
        }

        private bool LowAtLeast(Interval other) =>
            other.Low is not { } ol || (Low is { } l && (l > ol || (l == ol && (other.LowIncluded || !LowIncluded))));

        private bool HighAtMost(Interval other) =>
            other.High is not { } oh || (High is { } h && (h < oh || (h == oh && (other.HighIncluded || !HighIncluded))));

        private static (decimal?, bool) MaxLow(Interval a, Interval b)
        {
            if (a.Low is null)
            {
                return (b.Low, b.LowIncluded);
            }

            if (b.Low is null || a.Low > b.Low)
            {
                return (a.Low, a.LowIncluded);
            }

            return a.Low < b.Low ? (b.Low, b.LowIncluded) : (a.Low, a.LowIncluded && b.LowIncluded);
        }

        private static (decimal?, bool) MinHigh(Interval a, Interval b)
        {
            if (a.High is null)
            {
                return (b.High, b.HighIncluded);
            }

            if (b.High is null || a.High < b.High)
            {
                return (a.High, a.HighIncluded);
            }

            return a.High > b.High ? (b.High, b.HighIncluded) : (a.High, a.HighIncluded && b.HighIncluded);
        }
    }
}
