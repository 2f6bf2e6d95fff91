using System.Globalization;
using Cianopramine.Data.Model;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Reliability;
using Cianopramine.Data.Units;
using CsCheck;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// Query behaviour that mutation testing (docs/quality.md) showed no test pinned down: censoring-aware ratios and their
/// text, the choice of a best value among censored ones (a property, against a sort written from docs/querying.md),
/// argument checks, identifier lookups, case folding beyond ASCII, and undefined enumeration values.
/// </summary>
public sealed class QueryEdgeTests
{
    private static readonly Reference Ref = new() { Id = "ref1", Kind = ReferenceKind.Book, Status = ReferenceStatus.NotChecked };
    private static readonly Target T = new() { Id = "T", Symbol = "T", Name = "Target", Kind = TargetKind.Other };
    private static readonly Assay A = new() { Id = "a", Kind = AssayKind.Other, Setting = AssaySetting.InVitro, Description = "d" };

    [Theory]
    [InlineData("=", "=", "=")]
    [InlineData("~", "=", "~")]
    [InlineData("=", "~", "~")]
    [InlineData("<", "=", "<")]
    [InlineData("<=", "=", "<=")]
    [InlineData("=", ">", "<")]
    [InlineData("=", ">=", "<=")]
    [InlineData("<=", ">=", "<=")]
    [InlineData("<", ">=", "<")]
    [InlineData(">", "=", ">")]
    [InlineData(">=", "=", ">=")]
    [InlineData("=", "<", ">")]
    [InlineData("=", "<=", ">=")]
    [InlineData(">=", "<", ">")]
    [InlineData("<", "<", null)]
    [InlineData(">", ">", null)]
    [InlineData("<=", "<=", null)]
    public void A_ratio_of_bounds_is_the_bound_the_division_gives(string top, string bottom, string? expected)
    {
        var created = ConcentrationRatio.TryCreate(MolarConcentration.FromNanomolar(10), Parse(top), MolarConcentration.FromNanomolar(5), Parse(bottom), out var ratio);

        created.Should().Be(expected is not null);
        if (expected is not null)
        {
            ratio.Should().Be(new ConcentrationRatio(2m, Parse(expected)));
        }
    }

    [Fact]
    public void A_ratio_over_a_zero_concentration_or_a_value_that_is_not_molar_is_not_created()
    {
        ConcentrationRatio.TryCreate(MolarConcentration.FromNanomolar(1), Relation.EqualTo, MolarConcentration.FromMolar(0), Relation.EqualTo, out _).Should().BeFalse();
        var percent = new QuantitativeValue { Parameter = ActivityParameter.PercentInhibition, Magnitude = new Quantity(50, Unit.Percent) };
        var molar = new QuantitativeValue { Parameter = ActivityParameter.IC50, Magnitude = new Quantity(50, Unit.Nanomolar) };
        ConcentrationRatio.TryCreate(percent, molar, out _).Should().BeFalse();
        ConcentrationRatio.TryCreate(molar, percent, out _).Should().BeFalse();
        ConcentrationRatio.TryCreate(molar, molar, out var one).Should().BeTrue();
        one.Should().Be(new ConcentrationRatio(1m, Relation.EqualTo));
        var nullNumerator = () => ConcentrationRatio.TryCreate(null!, molar, out _);
        var nullDenominator = () => ConcentrationRatio.TryCreate(molar, null!, out _);
        nullNumerator.Should().Throw<ArgumentNullException>();
        nullDenominator.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData(0.5, "=", true, false)]
    [InlineData(1, "=", false, false)]
    [InlineData(2, "~", false, true)]
    [InlineData(1, "<", true, false)]
    [InlineData(1.5, "<", false, false)]
    [InlineData(1, "<=", false, false)]
    [InlineData(0.9, "<=", true, false)]
    [InlineData(1, ">", false, true)]
    [InlineData(0.5, ">", false, false)]
    [InlineData(1, ">=", false, false)]
    [InlineData(1.1, ">=", false, true)]
    public void A_ratio_is_certainly_below_or_above_one_only_when_its_bound_says_so(double value, string relation, bool below, bool above)
    {
        var ratio = new ConcentrationRatio((decimal)value, Parse(relation));

        ratio.IsCertainlyBelowOne.Should().Be(below);
        ratio.IsCertainlyAboveOne.Should().Be(above);
    }

    [Theory]
    [InlineData("1234.5678", "=", "= 1234.57")]
    [InlineData("1", "=", "= 1")]
    [InlineData("1.000", "<=", "≤ 1")]
    [InlineData("0.5", ">", "> 0.5")]
    [InlineData("0.000123456", "=", "= 0.000123")]
    [InlineData("0.1234567", "~", "~ 0.123")]
    [InlineData("0.0000000000000000000000001234", "=", "= 0.000000000000000000000000123")]
    [InlineData("0.00000000000000000000000000012", "=", "= 0.0000000000000000000000000001")]
    public void A_ratio_prints_two_decimals_above_one_and_three_significant_digits_below(string value, string relation, string expected)
    {
        new ConcentrationRatio(decimal.Parse(value, CultureInfo.InvariantCulture), Parse(relation)).ToString().Should().Be(expected);
    }

    [Fact]
    public void The_best_value_is_the_lowest_potency_or_highest_percentage_with_bounds_from_the_wrong_side_last()
    {
        // Written from docs/querying.md: "exact values and upper bounds ('< 1 µM') come before lower bounds ('> 10 µM'),
        // which can be best only when nothing else is known; the best value keeps its relation". Among equal
        // magnitudes the stronger statement wins: a strict bound from the good side, then a bound, then an exact value.
        var values = Gen.Select(Gen.Enum<Relation>(), Gen.Int[1, 6], Gen.Enum<MolarUnit>()).Array[1, 8];
        Gen.Select(values, Gen.Bool).Sample(
            (items, percent) =>
            {
                var parameter = percent ? ActivityParameter.PercentInhibition : ActivityParameter.IC50;
                var results = items.Select((x, i) => Result(
                    "r" + i.ToString(CultureInfo.InvariantCulture),
                    new QuantitativeValue
                    {
                        Parameter = parameter,
                        Relation = x.Item1,
                        Magnitude = percent ? new Quantity(x.Item2 * 10, Unit.Percent) : new Quantity(x.Item2, x.Item3.ToUnit()),
                    })).ToArray();
                var dataset = Build(results);

                var summary = dataset.Profile(dataset.Compounds[0]).At(T)!.Quantitative.Single();

                summary.Rule.Should().Be(percent ? BestValueRule.Highest : BestValueRule.Lowest);
                summary.IsConcentration.Should().Be(!percent);
                summary.Best!.Id.Should().Be(ExpectedBest(results, lowest: !percent).Id);
                summary.BestValue.Should().Be(summary.Best.Value);
            },
            iter: 2_000);
    }

    [Fact]
    public void A_plain_dose_has_no_best_value()
    {
        var dataset = Build(Result("d1", new QuantitativeValue { Parameter = ActivityParameter.Dose, Magnitude = new Quantity(2, Unit.Milligram) }));

        var summary = dataset.Profile(dataset.Compounds[0]).At(T)!.Quantitative.Single();

        summary.Rule.Should().Be(BestValueRule.None);
        summary.Best.Should().BeNull();
        summary.BestValue.Should().BeNull();
        summary.IsConcentration.Should().BeFalse();
        summary.ToString().Should().Be("    dose: no best value for this parameter (1 value)\n      d1: dose = 2 mg — in vitro: d [ref1]\n".Replace("\n", Environment.NewLine, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_public_query_entry_point_refuses_null()
    {
        var data = CianopramineDataset.Instance;
        var compound = data.Compounds[0];
        var target = data.Targets[0];
        var actions = new Action[]
        {
            () => data.Results.For((Compound)null!),
            () => data.Results.At((Target)null!),
            () => data.Results.InAssay((Assay)null!),
            () => data.Results.Citing((Reference)null!),
            () => data.Results.Where(null!),
            () => data.Profile((Compound)null!),
            () => data.Profile(compound).At(null!),
            () => data.Compare(null!, compound, target),
            () => data.Compare(compound, null!, target),
            () => data.Compare(compound, compound, null!),
            () => data.Selectivity(null!, target, target),
            () => data.Selectivity(compound, null!, target),
            () => data.Selectivity(compound, target, null!),
            () => data.Metabolism.IsFormedFrom(null!, compound),
            () => data.Metabolism.IsFormedFrom(compound, null!),
            () => data.Metabolism.PathwayFrom((Compound)null!),
            () => data.Metabolism.PathwayTo((Compound)null!),
            () => new ConcentrationThreshold(ThresholdComparison.Below, MolarConcentration.FromMolar(1)).Decide(null!),
        };

        foreach (var action in actions)
        {
            action.Should().Throw<ArgumentNullException>();
        }
    }

    [Fact]
    public void A_compound_is_found_by_every_identifier_and_a_target_by_every_accession()
    {
        var compound = new Compound
        {
            Id = "imi",
            Name = "Imipramine",
            Role = CompoundRole.ReferenceCompound,
            Identifiers = new CompoundIdentifiers
            {
                PubChemCid = new PubChemCid(3696),
                ChemblId = ChemblId.Parse("CHEMBL11"),
                DrugBankId = DrugBankId.Parse("DB00458"),
                Cas = CasNumber.Parse("50-49-7"),
            },
            Structure = new StructureDescriptors { Provenance = ValueProvenance.Computed, InChIKey = InChIKey.Parse("BCGWQEHRXPVZCO-UHFFFAOYSA-N") },
            References = new ValueArray<Reference>(new[] { Ref }),
        };
        var data = Build(new[] { compound });

        foreach (var key in new[] { "Imipramine", "imipramine", "3696", "CID3696", "cid 3696", "CHEMBL11", "chembl11", "DB00458", "50-49-7", "BCGWQEHRXPVZCO-UHFFFAOYSA-N" })
        {
            data.Compounds.TryFind(key, out var found).Should().BeTrue(key);
            found.Should().BeSameAs(compound);
        }

        data.Compounds.TryFind("3697", out _).Should().BeFalse();
        data.Compounds.ContainsId("imi").Should().BeTrue();
        data.Compounds.ContainsId(null!).Should().BeFalse();
        data.Compounds.ContainsId("Imi").Should().BeFalse("ids are exact");
        data.Compounds.TryGet("nope", out _).Should().BeFalse();
        data.Compounds.ToString().Should().Be("1 compound");
    }

    [Fact]
    public void Names_match_ignoring_case_beyond_ascii_and_at_the_ends_of_the_alphabet()
    {
        var compounds = new[] { "Éclair", "zeta", "Alpha", "Ωmega", "@sign" }.Select((name, i) => new Compound
        {
            Id = "c" + i.ToString(CultureInfo.InvariantCulture),
            Name = name,
            Role = CompoundRole.Metabolite,
            References = new ValueArray<Reference>(new[] { Ref }),
        }).ToArray();
        var data = Build(compounds);

        data.Compounds.Find("ÉCLAIR").Name.Should().Be("Éclair");
        data.Compounds.Find("éclair").Name.Should().Be("Éclair");
        data.Compounds.Find("ZETA").Name.Should().Be("zeta");
        data.Compounds.Find("aLPHA").Name.Should().Be("Alpha");
        data.Compounds.Find("ωMEGA").Name.Should().Be("Ωmega");
        data.Compounds.Find("@SIGN").Name.Should().Be("@sign");
        data.Compounds.TryFind("`sign", out _).Should().BeFalse("'`' is not '@' folded");
        data.Compounds.TryFind("[eta", out _).Should().BeFalse("'[' is not 'z' folded");
    }

    [Fact]
    public void A_threshold_with_an_undefined_comparison_is_refused_on_both_scales()
    {
        var create = () => new ConcentrationThreshold((ThresholdComparison)99, MolarConcentration.From(1m, MolarUnit.Nanomolar));
        var fromPValue = () => ConcentrationThreshold.FromPValue((ThresholdComparison)99, new PValue(6));

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("comparison").Which.Message.Should().StartWith("Unknown comparison.");
        fromPValue.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("comparison").Which.Message.Should().StartWith("Unknown comparison.");
    }

    [Fact]
    public void Ignored_characters_beyond_ascii_are_skipped_and_a_noncharacter_in_the_query_is_kept()
    {
        var data = CianopramineDataset.Instance;

        // U+2010 and U+2011 (hyphens) and U+00A0 and U+2003 (spaces) are ignored like '-' and ' '.
        data.Compounds.Find("Ro\u201011\u20112465").Id.Should().Be(data.Compounds.Find("Ro 11-2465").Id);
        data.Compounds.Find("\u00A0Cianopramine\u2003").Id.Should().Be(data.Compounds.Find("cianopramine").Id);
        // U+FFFF marks an ignored character inside the name index; in the query it is an ordinary character.
        data.Compounds.TryFind("Cianopramine\uFFFF", out _).Should().BeFalse();
        data.Compounds.TryFind("\uFFFFCianopramine", out _).Should().BeFalse();
    }

    [Fact]
    public void Suggestions_are_nearest_first_and_include_names_containing_the_query()
    {
        var compounds = new[] { "cianopramine", "desmethylcianopramine", "imipramine", "citalopram" }.Select((name, i) => new Compound
        {
            Id = "c" + i.ToString(CultureInfo.InvariantCulture),
            Name = name,
            Role = CompoundRole.Metabolite,
            References = new ValueArray<Reference>(new[] { Ref }),
        }).ToArray();
        var data = Build(compounds);

        data.Compounds.Suggest("cianopramin").Should().Equal("cianopramine", "desmethylcianopramine");
        data.Compounds.Suggest("imipramin", count: 1).Should().Equal("imipramine");
        data.Compounds.Suggest("citalopra").Should().StartWith("citalopram");
        data.Compounds.Suggest("opram").Should().Contain("citalopram", "a name that contains the query is near");
        data.Compounds.Suggest("xyzzy-nothing-like-it").Should().BeEmpty();
    }

    [Fact]
    public void Undefined_enumeration_values_select_nothing()
    {
        var data = CianopramineDataset.Instance;

        data.Results.OfAssayKind((AssayKind)99).Should().BeEmpty();
        data.Results.OfAssayKind((AssayKind)(-1)).Should().BeEmpty();
        data.Results.InSetting((AssaySetting)99).Should().BeEmpty();
        data.Results.WithValueKind((ValueKind)3).Should().BeEmpty();
        data.Results.WithValueKind((ValueKind)(-1)).Should().BeEmpty();
    }

    [Fact]
    public void A_pathway_in_words_names_species_setting_activity_and_depth()
    {
        var parent = Compound("p", "Parent");
        var child = Compound("m1", "Child");
        var grandchild = Compound("m2", "Grandchild");
        var steps = new[]
        {
            Step("t1", parent, child, Species.Rat, productActive: false),
            Step("t2", child, grandchild, null, productActive: null),
        };
        var data = new Dataset(Metadata(), new ValueArray<Reference>(new[] { Ref }), new ValueArray<Compound>(new[] { parent, child, grandchild }), default, default, default, new ValueArray<MetabolicTransformation>(steps), default, default);

        var text = data.Metabolism.PathwayFrom(parent).ToText();

        text.Should().Be(
            "Metabolism from Parent\n" +
            "  Parent → Child: other reaction; enzymes: not reported; in vivo; rat; product inactive [ref1]\n" +
            "    Child → Grandchild: other reaction; enzymes: not reported [ref1]\n");
        data.Metabolism.IsFormedFrom(grandchild, parent).Should().BeTrue();
        data.Metabolism.IsFormedFrom(parent, grandchild).Should().BeFalse();
    }

    private static AssayResult ExpectedBest(AssayResult[] results, bool lowest)
    {
        (int Group, decimal Key, int Tie) Rank(AssayResult r)
        {
            var q = (QuantitativeValue)r.Value;
            var magnitude = q.Concentration?.ToMolar() ?? q.Magnitude.Value;
            var upper = q.Relation is Relation.LessThan or Relation.LessThanOrEqual;
            var lower = q.Relation is Relation.GreaterThan or Relation.GreaterThanOrEqual;
            var strict = q.Relation is Relation.LessThan or Relation.GreaterThan;
            var good = lowest ? upper : lower;
            var bad = lowest ? lower : upper;
            var tie = bad ? (strict ? 1 : 0) : good ? (strict ? 0 : 1) : 2;
            return (bad ? 1 : 0, lowest ? magnitude : -magnitude, tie);
        }

        return results.OrderBy(r => Rank(r).Group).ThenBy(r => Rank(r).Key).ThenBy(r => Rank(r).Tie).First();
    }

    private static Relation Parse(string symbol) => symbol switch
    {
        "=" => Relation.EqualTo,
        "~" => Relation.Approximately,
        "<" => Relation.LessThan,
        "<=" => Relation.LessThanOrEqual,
        ">" => Relation.GreaterThan,
        _ => Relation.GreaterThanOrEqual,
    };

    private static Compound Compound(string id, string name) =>
        new() { Id = id, Name = name, Role = CompoundRole.Metabolite, References = new ValueArray<Reference>(new[] { Ref }) };

    private static MetabolicTransformation Step(string id, Compound s, Compound p, Species? species, bool? productActive) => new()
    {
        Id = id,
        Substrate = s,
        Product = p,
        Reaction = Reaction.Other,
        EnzymeEvidence = EnzymeEvidence.NotReported,
        Species = species,
        Setting = species is null ? null : AssaySetting.InVivo,
        ProductActive = productActive,
        References = new ValueArray<Reference>(new[] { Ref }),
    };

    private static AssayResult Result(string id, ResultValue value) => new()
    {
        Id = id,
        Compound = Compound("c", "Compound"),
        Target = T,
        Assay = A,
        Value = value,
        References = new ValueArray<Reference>(new[] { Ref }),
    };

    private static Dataset Build(params AssayResult[] results) =>
        new(Metadata(), new ValueArray<Reference>(new[] { Ref }), new ValueArray<Compound>(new[] { results[0].Compound }), new ValueArray<Target>(new[] { T }), new ValueArray<Assay>(new[] { A }), new ValueArray<AssayResult>(results), default, default, default);

    private static Dataset Build(Compound[] compounds) =>
        new(Metadata(), new ValueArray<Reference>(new[] { Ref }), new ValueArray<Compound>(compounds), new ValueArray<Target>(new[] { T }), new ValueArray<Assay>(new[] { A }), default, default, default, default);

    private static DatasetMetadata Metadata() => new() { Id = "edge", Title = "Edge", Version = "1", ContentHash = "none" };
}
