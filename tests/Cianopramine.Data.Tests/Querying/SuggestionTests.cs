using System.Globalization;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;

namespace Cianopramine.Data.Tests.Querying;

/// <summary>
/// Issue 14 point 4 and issue 16 point 5: a missed lookup suggests names by their words (any order, "5-HT" read as
/// "serotonin", parenthesised parts optional), and the suggestion step's work is capped whatever the length of the
/// query, the longest name or the number of names.
/// </summary>
public sealed class SuggestionTests
{
    private static readonly Reference Ref = new() { Id = "ref1", Kind = ReferenceKind.Book, Status = ReferenceStatus.NotChecked };
    private static readonly Target T = new() { Id = "T", Symbol = "T", Name = "Target", Kind = TargetKind.Other };
    private static readonly Assay A = new() { Id = "a", Kind = AssayKind.Other, Setting = AssaySetting.InVitro, Description = "d" };

    [Theory]
    [InlineData("serotonin transporter")]
    [InlineData("5-HT transporter")]
    [InlineData("transporter, serotonin")]
    [InlineData("5-hydroxytryptamine transporter")]
    [InlineData("serotonin uptake")]
    public void A_target_named_by_its_words_is_suggested_first(string query)
    {
        var targets = CianopramineDataset.Instance.Targets;

        var act = () => targets.Find(query);

        act.Should().Throw<NotFoundException>().Which.Suggestions.Should().StartWith("serotonin (5-HT) transporter");
    }

    [Fact]
    public void Noradrenaline_and_norepinephrine_are_one_word_for_suggestions()
    {
        CianopramineDataset.Instance.Targets.Suggest("norepinephrine transporter").Should().StartWith("noradrenaline (norepinephrine) transporter");
        CianopramineDataset.Instance.Targets.Suggest("noradrenaline transporter").Should().StartWith("noradrenaline (norepinephrine) transporter");
    }

    [Fact]
    public void A_query_sharing_no_word_and_no_spelling_gets_no_suggestion()
    {
        CianopramineDataset.Instance.Targets.Suggest("quux frobnicator").Should().BeEmpty();
    }

    [Fact]
    public void A_null_query_gets_no_suggestion_even_among_short_names()
    {
        // Short names are contained in almost any text; null must be read as the empty text, which contains none.
        var data = Build(new[] { NewCompound(0, "here"), NewCompound(1, "abc") });

        data.Compounds.Suggest(null).Should().BeEmpty();
        data.Compounds.Suggest(null, count: 10).Should().BeEmpty();
    }

    [Fact]
    public void The_suggestion_work_is_capped_whatever_the_longest_name_and_the_query_length()
    {
        // A name of 1,000,000 characters among 50,000 names, and a query of 1,000,000 characters.
        var compounds = new List<Compound> { NewCompound(0, new string('x', 1_000_000)) };
        for (var i = 1; i < 50_000; i++)
        {
            compounds.Add(NewCompound(i, "compound number " + i.ToString(CultureInfo.InvariantCulture)));
        }

        var data = Build(compounds.ToArray());
        var longQuery = new string('x', 999_999) + "y";

        data.Compounds.TryFind(longQuery, out _).Should().BeFalse();
        _ = data.Compounds.Suggest(longQuery);
        var longWork = NearestKeys.LastWork;
        _ = data.Compounds.Suggest("compound numbr 49999");
        var manyKeysWork = NearestKeys.LastWork;

        // The cap is checked before each key, so a step ends at most one key's work past it: one visit, the word
        // comparisons, the edit-distance band (at most 64 × (2 × 21 + 1) cells) and one containment test.
        var oneKey = 1 + NearestKeys.MaxTokens * NearestKeys.MaxTokens + NearestKeys.MaxComparedLength * 43 + NearestKeys.MaxComparedLength;
        longWork.Should().BeLessThanOrEqualTo(NearestKeys.WorkCap + oneKey);
        manyKeysWork.Should().BeLessThanOrEqualTo(NearestKeys.WorkCap + oneKey);
        longWork.Should().BeGreaterThan(0);
    }

    [Fact]
    public void The_work_of_a_miss_does_not_grow_with_the_longest_name()
    {
        var shortNames = Build(new[] { NewCompound(0, "alpha"), NewCompound(1, new string('x', 64)) });
        var longNames = Build(new[] { NewCompound(0, "alpha"), NewCompound(1, new string('x', 500_000)) });

        _ = shortNames.Compounds.Suggest(new string('x', 70));
        var shortWork = NearestKeys.LastWork;
        _ = longNames.Compounds.Suggest(new string('x', 70));
        var longWork = NearestKeys.LastWork;

        longWork.Should().Be(shortWork, "names and queries are compared on their first 64 normalised characters");
        shortNames.Compounds.Suggest(new string('x', 70)).Should().Contain(new string('x', 64));
    }

    [Fact]
    public void Misspellings_are_still_suggested_nearest_first()
    {
        var data = Build(new[] { NewCompound(0, "cianopramine"), NewCompound(1, "desmethylcianopramine"), NewCompound(2, "imipramine") });

        data.Compounds.Suggest("cianopramin").Should().Equal("cianopramine", "desmethylcianopramine");
        data.Compounds.Suggest("imipramien", count: 1).Should().Equal("imipramine");
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "abc", 0)]
    [InlineData("flaw", "lawn", 2)]
    public void The_edit_distance_is_levenshtein(string a, string b, int expected) =>
        NearestKeys.Distance(a, b).Should().Be(expected);

    private static Compound NewCompound(int i, string name) => new()
    {
        Id = "c" + i.ToString(CultureInfo.InvariantCulture),
        Name = name,
        Role = CompoundRole.Metabolite,
        References = new ValueArray<Reference>(new[] { Ref }),
    };

    private static Dataset Build(Compound[] compounds) =>
        new(new DatasetMetadata { Id = "s", Title = "S", Version = "1", ContentHash = "none" }, new ValueArray<Reference>(new[] { Ref }), new ValueArray<Compound>(compounds), new ValueArray<Target>(new[] { T }), new ValueArray<Assay>(new[] { A }), default, default, default, default);
}
