using System.Collections;
using System.Collections.Immutable;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Tests.Model;

public sealed class ValueArrayTests
{
    [Fact]
    public void Default_is_an_empty_array()
    {
        ValueArray<string> array = default;

        array.Count.Should().Be(0);
        array.IsEmpty.Should().BeTrue();
        array.AsSpan().Length.Should().Be(0);
        array.ToString().Should().Be("[]");
        ((IEnumerable<string>)array).Should().BeEmpty();
    }

    [Fact]
    public void Default_enumerates_as_nothing_through_the_non_generic_interface_too()
    {
        var enumerator = ((IEnumerable)default(ValueArray<string>)).GetEnumerator();

        enumerator.MoveNext().Should().BeFalse();
    }

    [Fact]
    public void Copying_from_null_names_the_argument()
    {
        var act = () => new ValueArray<int>((IEnumerable<int>)null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("items");
    }

    [Fact]
    public void Arrays_that_differ_in_any_item_hash_differently()
    {
        // A hash that mixes each item into the running value: small items and long arrays included, and a null item
        // still counts for its position.
        var arrays = new[]
        {
            ValueArray<int>.Create(1, 2), ValueArray<int>.Create(3, 2), ValueArray<int>.Create(2, 1), ValueArray<int>.Create(1, 2, 3),
            ValueArray<int>.Create(Enumerable.Range(0, 40).ToArray()), ValueArray<int>.Create(Enumerable.Range(1, 40).ToArray()),
        };
        arrays.Select(a => a.GetHashCode()).Should().OnlyHaveUniqueItems();
        ValueArray<string?>.Create(null, "a").GetHashCode().Should().NotBe(ValueArray<string?>.Create("a", null).GetHashCode());
        ValueArray<string?>.Create(null, "a").GetHashCode().Should().Be(ValueArray<string?>.Create(null, "a").GetHashCode());
    }

    [Fact]
    public void Default_Empty_and_arrays_made_from_no_items_are_all_equal()
    {
        var fromDefault = default(ValueArray<int>);
        var empty = ValueArray<int>.Empty;
        var created = ValueArray<int>.Create();
        var owned = ValueArray<int>.FromOwnedArray([]);
        var copied = new ValueArray<int>(Enumerable.Empty<int>());
        var immutable = (ValueArray<int>)ImmutableArray<int>.Empty;
        var defaultImmutable = (ValueArray<int>)default(ImmutableArray<int>);

        foreach (var other in new[] { empty, created, owned, copied, immutable, defaultImmutable })
        {
            other.IsEmpty.Should().BeTrue();
            (other == fromDefault).Should().BeTrue();
            other.GetHashCode().Should().Be(fromDefault.GetHashCode());
        }
    }

    [Fact]
    public void Arrays_with_equal_items_in_the_same_order_are_equal_and_hash_alike()
    {
        var a = ValueArray<string>.Create("SERT", "NET");
        var b = new ValueArray<string>(new List<string> { new("SERT".ToCharArray()), new("NET".ToCharArray()) });

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Arrays_with_the_same_items_in_another_order_are_unequal()
    {
        var a = ValueArray<string>.Create("SERT", "NET");
        var b = ValueArray<string>.Create("NET", "SERT");

        (a == b).Should().BeFalse();
        (a != b).Should().BeTrue();
        a.GetHashCode().Should().NotBe(b.GetHashCode(), "order takes part in the hash");
    }

    [Theory]
    [InlineData(new[] { 1, 2 }, new[] { 1, 2, 3 })]
    [InlineData(new[] { 1, 2, 3 }, new[] { 1, 2 })]
    [InlineData(new[] { 1, 2, 3 }, new[] { 1, 2, 4 })]
    [InlineData(new int[0], new[] { 0 })]
    public void Arrays_with_different_items_or_lengths_are_unequal(int[] left, int[] right)
    {
        var a = ValueArray<int>.Create(left);
        var b = ValueArray<int>.Create(right);

        a.Equals(b).Should().BeFalse();
        b.Equals(a).Should().BeFalse();
    }

    [Fact]
    public void Items_are_compared_by_their_own_value_equality()
    {
        var a = ValueArray<Compound>.Create(Samples.Cianopramine(), Samples.Desmethylcianopramine());
        var b = ValueArray<Compound>.Create(Samples.Cianopramine(), Samples.Desmethylcianopramine());
        var c = ValueArray<Compound>.Create(Samples.Cianopramine(), Samples.Desmethylcianopramine() with { Name = "Norcianopramine" });

        (a == b).Should().BeTrue();
        (a == c).Should().BeFalse();
    }

    [Fact]
    public void Null_items_are_allowed_and_compared()
    {
        var a = ValueArray<string?>.Create("a", null);
        var b = ValueArray<string?>.Create("a", null);
        var c = ValueArray<string?>.Create(null, "a");

        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a == c).Should().BeFalse();
    }

    [Fact]
    public void Equals_with_another_type_is_false()
    {
        var a = ValueArray<int>.Create(1, 2);

        a.Equals((object)new[] { 1, 2 }).Should().BeFalse();
        a.Equals((object)ImmutableArray.Create(1, 2)).Should().BeFalse();
        a.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Create_copies_its_argument_so_later_changes_do_not_show()
    {
        var source = new[] { "CYP2D6", "CYP1A2" };
        var array = ValueArray<string>.Create(source);

        source[0] = "CYP3A4";

        array[0].Should().Be("CYP2D6");
    }

    [Fact]
    public void Constructor_copies_its_argument_so_later_changes_do_not_show()
    {
        var source = new List<string> { "CYP2D6" };
        var array = new ValueArray<string>(source);

        source.Add("CYP1A2");
        source[0] = "CYP3A4";

        array.Count.Should().Be(1);
        array[0].Should().Be("CYP2D6");
    }

    [Fact]
    public void FromOwnedArray_wraps_the_array_without_copying()
    {
        var owned = new[] { 1, 2, 3 };

        var array = ValueArray<int>.FromOwnedArray(owned);

        array.Should().Equal(1, 2, 3);
        (array == ValueArray<int>.Create(1, 2, 3)).Should().BeTrue();
        array.AsSpan().Overlaps(owned).Should().BeTrue("the array is taken over, not copied");
    }

    [Fact]
    public void Create_does_not_share_memory_with_its_argument()
    {
        var source = new[] { 1, 2, 3 };

        var array = ValueArray<int>.Create(source);

        array.AsSpan().Overlaps(source).Should().BeFalse();
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        FluentActions.Invoking(() => ValueArray<int>.Create(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ValueArray<int>.FromOwnedArray(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ValueArray<int>(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Implicit_conversion_from_an_immutable_array_keeps_items_in_order()
    {
        ValueArray<string> array = ImmutableArray.Create("a", "b", "c");

        array.Should().Equal("a", "b", "c");
    }

    [Fact]
    public void Struct_enumerator_visits_every_item_in_order()
    {
        var array = ValueArray<string>.Create("a", "b", "c");
        var seen = new List<string>();

        ValueArray<string>.Enumerator enumerator = array.GetEnumerator();
        while (enumerator.MoveNext())
        {
            seen.Add(enumerator.Current);
        }

        seen.Should().Equal("a", "b", "c");
        enumerator.MoveNext().Should().BeFalse("an exhausted enumerator stays exhausted");
    }

    [Fact]
    public void Foreach_uses_the_struct_enumerator_and_sees_every_item()
    {
        var array = ValueArray<int>.Create(3, 1, 2);
        var seen = new List<int>();

        foreach (var item in array)
        {
            seen.Add(item);
        }

        seen.Should().Equal(3, 1, 2);
        typeof(ValueArray<int>).GetMethod(nameof(ValueArray<int>.GetEnumerator), Type.EmptyTypes)!.ReturnType.IsValueType
            .Should().BeTrue("the public enumerator does not allocate");
    }

    [Fact]
    public void Enumerator_of_the_default_array_yields_nothing()
    {
        var enumerator = default(ValueArray<int>).GetEnumerator();

        enumerator.MoveNext().Should().BeFalse();
        enumerator.MoveNext().Should().BeFalse();
    }

    [Fact]
    public void Interface_enumerators_see_the_same_items_as_the_struct_enumerator()
    {
        var array = ValueArray<int>.Create(4, 5, 6);

        ((IEnumerable<int>)array).Should().Equal(4, 5, 6);
        ((IEnumerable)array).Cast<int>().Should().Equal(4, 5, 6);
        ((IEnumerable<int>)default(ValueArray<int>)).Should().BeEmpty();
        ((IEnumerable)default(ValueArray<int>)).Cast<int>().Should().BeEmpty();
    }

    [Fact]
    public void AsSpan_exposes_the_items_in_order()
    {
        var array = ValueArray<int>.Create(7, 8, 9);

        var span = array.AsSpan();

        span.ToArray().Should().Equal(7, 8, 9);
        span.Length.Should().Be(array.Count);
    }

    [Fact]
    public void Indexer_and_Count_read_the_items()
    {
        var array = ValueArray<string>.Create("x", "y");

        array.Count.Should().Be(2);
        array.IsEmpty.Should().BeFalse();
        array[0].Should().Be("x");
        array[1].Should().Be("y");
        ((IReadOnlyList<string>)array)[1].Should().Be("y");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    [InlineData(int.MaxValue)]
    public void Indexer_outside_the_items_throws_ArgumentOutOfRangeException(int index)
    {
        var array = ValueArray<string>.Create("x", "y");

        FluentActions.Invoking(() => array[index]).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Indexer_on_the_default_array_throws_ArgumentOutOfRangeException()
    {
        var array = default(ValueArray<string>);

        FluentActions.Invoking(() => array[0]).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ToString_lists_the_items()
    {
        ValueArray<string>.Create("CYP2D6", "CYP1A2").ToString().Should().Be("[CYP2D6, CYP1A2]");
    }
}
