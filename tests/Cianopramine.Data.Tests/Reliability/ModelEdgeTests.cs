using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;

namespace Cianopramine.Data.Tests.Reliability;

/// <summary>
/// Model behaviour that mutation testing (docs/quality.md) showed no test pinned down: citations with one or more
/// authors, stated gaps that overlap, the kind names in lookup errors, and argument checks.
/// </summary>
public sealed class ModelEdgeTests
{
    private static readonly Reference Ref = new() { Id = "ref1", Kind = ReferenceKind.Book, Status = ReferenceStatus.NotChecked };

    [Theory]
    [InlineData(new[] { "Doe J" }, false, "Doe J (1985) A paper. J Test")]
    [InlineData(new[] { "Doe J" }, true, "Doe J et al. (1985) A paper. J Test")]
    [InlineData(new[] { "Doe J", "Roe R" }, false, "Doe J et al. (1985) A paper. J Test")]
    public void A_citation_says_et_al_only_for_several_or_truncated_authors(string[] authors, bool truncated, string expected)
    {
        var reference = Ref with { Authors = new ValueArray<string>(authors), AuthorsTruncated = truncated, Year = 1985, Title = "A paper", Journal = "J Test" };

        reference.ToCitation().Should().Be(expected);
    }

    [Fact]
    public void A_citation_without_a_title_starts_the_journal_without_a_separator()
    {
        (Ref with { Journal = "J Test", Volume = "86", Pages = "1-10" }).ToCitation().Should().Be("J Test 86:1-10");
    }

    [Fact]
    public void Every_stated_gap_covering_a_pair_is_listed_in_dataset_order()
    {
        var c = new Compound { Id = "c", Name = "C", Role = CompoundRole.ParentDrug, References = new ValueArray<Reference>(new[] { Ref }) };
        var t = new Target { Id = "T", Symbol = "T", Name = "T", Kind = TargetKind.Other };
        var gaps = new[] { "g1", "g2", "g3" }.Select(id => new DataGap
        {
            Id = id,
            Text = id,
            Compounds = new ValueArray<Compound>(new[] { c }),
            Targets = new ValueArray<Target>(new[] { t }),
            References = new ValueArray<Reference>(new[] { Ref }),
        }).ToArray();
        var data = new Dataset(
            new DatasetMetadata { Id = "d", Title = "d", Version = "1", ContentHash = "x" },
            new ValueArray<Reference>(new[] { Ref }), new ValueArray<Compound>(new[] { c }), new ValueArray<Target>(new[] { t }),
            default, default, default, default, new ValueArray<DataGap>(gaps));

        data.StatedGapsFor(c, t).Select(g => g.Id).Should().Equal("g1", "g2", "g3");
        var nullCompound = () => data.StatedGapsFor(null!, t);
        var nullTarget = () => data.StatedGapsFor(c, null!);
        var nullMechanisms = () => data.MechanismsOf(null!);
        nullCompound.Should().Throw<ArgumentNullException>();
        nullTarget.Should().Throw<ArgumentNullException>();
        nullMechanisms.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Lookup_errors_and_counts_name_the_kind_of_entity()
    {
        var data = CianopramineDataset.Instance;

        Message(() => data.References.Get("nope")).Should().StartWith("No reference matches 'nope'");
        Message(() => data.Assays.Get("nope")).Should().StartWith("No assay matches 'nope'");
        Message(() => data.AllResults.Get("nope")).Should().StartWith("No result matches 'nope'");
        Message(() => data.Transformations.Get("nope")).Should().StartWith("No transformation matches 'nope'");
        Message(() => data.Mechanisms.Get("nope")).Should().StartWith("No mechanism statement matches 'nope'");
        Message(() => data.Gaps.Get("nope")).Should().StartWith("No data gap matches 'nope'");
        data.Gaps.ToString().Should().Be(data.Gaps.Count + " data gap" + (data.Gaps.Count == 1 ? string.Empty : "s"));
        data.Mechanisms.ToString().Should().Be(data.Mechanisms.Count + " mechanism statement" + (data.Mechanisms.Count == 1 ? string.Empty : "s"));
    }

    [Fact]
    public void A_value_array_refuses_null_and_copies_what_it_does_not_own()
    {
        var fromEnumerable = () => new ValueArray<int>((IEnumerable<int>)null!);
        var fromCreate = () => ValueArray<int>.Create(null!);
        fromEnumerable.Should().Throw<ArgumentNullException>();
        fromCreate.Should().Throw<ArgumentNullException>();

        var source = new[] { 1, 2, 3 };
        var copy = ValueArray<int>.Create(source);
        source[0] = 99;
        copy.Should().Equal(1, 2, 3);
        ((System.Collections.IEnumerable)default(ValueArray<int>)).GetEnumerator().MoveNext().Should().BeFalse();
    }

    private static string Message(Action action)
    {
        try
        {
            action();
        }
        catch (NotFoundException e)
        {
            return e.Message;
        }

        return "(no exception)";
    }
}
