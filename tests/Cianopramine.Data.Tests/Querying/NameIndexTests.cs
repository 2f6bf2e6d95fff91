using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using CsCheck;

namespace Cianopramine.Data.Tests.Querying;

/// <summary>
/// The name index behind <c>TryFind</c> (two tables, a span probe, an ASCII folding table) must answer exactly as a
/// dictionary over <see cref="LookupKeyComparer"/> answers, first claim included, for any names and any queries.
/// </summary>
public sealed class NameIndexTests
{
    /// <summary>Characters chosen to collide under the comparer: case pairs, every ignored kind, non-ASCII letters.</summary>
    private const string Alphabet = "aAbBzZ09-_ \t\u00A0\u2010\u2011\u2013\u2003éÉßİıΣσ\u0000\u007F\u0080~";

    private static readonly Gen<string> Names = Gen.Char[Alphabet].Array[0, 8].Select(chars => new string(chars));

    [Fact]
    public void Lookups_agree_with_a_dictionary_over_the_comparer_for_random_names_and_queries()
    {
        Gen.Select(Names.Array[1, 6].Array[1, 12], Names.Array[0, 20]).Sample(
            (namesPerEntity, queries) =>
            {
                var entities = namesPerEntity.Select((names, i) => new Entity("e" + i, names)).ToArray();
                var index = new NameIndex<Entity>(ValueArray<Entity>.Create(entities), e => e.Id, e => e.Names);
                var reference = Reference(entities);

                index.Keys.Should().Equal(reference.Keys, "the first spelling of each key, in claim order");
                foreach (var query in queries.Concat(entities.SelectMany(e => e.Names)).Concat(reference.Keys.Select(Variant)))
                {
                    var found = index.TryFind(query, out var item);
                    var expected = reference.TryGetValue(query, out var expectedItem);

                    found.Should().Be(expected, "for \"{0}\"", query);
                    item.Should().BeSameAs(expectedItem, "for \"{0}\"", query);
                }
            },
            iter: 2_000);
    }

    [Fact]
    public void An_exact_spelling_leads_to_the_entity_that_claimed_its_key_first()
    {
        var first = new Entity("first", ["RO 11-2465"]);
        var second = new Entity("second", ["Ro 11-2465"]);
        var index = new NameIndex<Entity>(ValueArray<Entity>.Create(first, second), e => e.Id, e => e.Names);

        index.TryFind("Ro 11-2465", out var found).Should().BeTrue();

        found.Should().BeSameAs(first, "the second entity's own spelling of the key it lost still finds the owner");
        index.Keys.Should().Equal("first", "RO 11-2465", "second");
    }

    [Fact]
    public void Two_keys_with_one_hash_are_told_apart_by_their_text()
    {
        // The seed changes per process, so the colliding pair is found here: about 80,000 keys by the birthday bound.
        var seen = new Dictionary<int, string>();
        string first, second;
        for (var i = 0; ; i++)
        {
            var key = "K" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (seen.TryGetValue(NameIndex<Entity>.Hash(key), out var earlier))
            {
                (first, second) = (earlier, key);
                break;
            }

            seen.Add(NameIndex<Entity>.Hash(key), key);
        }

        var one = new Entity("one", [first]);
        var alone = new NameIndex<Entity>(ValueArray<Entity>.Create(one), e => e.Id, e => e.Names);
        var other = new Entity("other", [second]);
        var both = new NameIndex<Entity>(ValueArray<Entity>.Create(one, other), e => e.Id, e => e.Names);

        alone.TryFind(second.ToLowerInvariant(), out _).Should().BeFalse("{0} only shares the hash of {1}", second, first);
        both.TryFind(first.ToLowerInvariant(), out var foundFirst).Should().BeTrue();
        both.TryFind(second.ToLowerInvariant(), out var foundSecond).Should().BeTrue();
        foundFirst.Should().BeSameAs(one);
        foundSecond.Should().BeSameAs(other);
        both.Keys.Should().Contain(second);
    }

    [Fact]
    public void A_name_of_exactly_the_stack_buffer_length_written_another_way_allocates_nothing()
    {
        var name = new string('A', 128);
        var index = new NameIndex<Entity>(ValueArray<Entity>.Create(new Entity("a", [name])), e => e.Id, e => e.Names);
        var query = new string('a', 128);
        index.TryFind(query, out _).Should().BeTrue();

        var before = GC.GetAllocatedBytesForCurrentThread();
        index.TryFind(query, out _);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(64)]
    public void Names_either_side_of_the_short_buffer_are_found_written_another_way_without_allocating(int length)
    {
        // The short path holds 32 characters; a longer query takes the stackalloc path. Both must find the same entity
        // from a spelling with other case and separators, and turn away a near miss.
        var name = "Ro " + new string('Q', length - 4) + "-7";
        var entity = new Entity("e", [name]);
        var other = new Entity("other", ["Ro " + new string('Q', length - 4) + "-8"]);
        var index = new NameIndex<Entity>(ValueArray<Entity>.Create(entity, other), e => e.Id, e => e.Names);
        var query = "r_o" + new string('q', length - 4) + "7";
        query.Length.Should().Be(length);

        index.TryFind(query, out var found).Should().BeTrue();
        found.Should().BeSameAs(entity);
        index.TryFind(query[..^1] + "9", out _).Should().BeFalse();

        var before = GC.GetAllocatedBytesForCurrentThread();
        index.TryFind(query, out _);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Fact]
    public void A_name_longer_than_the_stack_buffer_is_found_in_any_spelling()
    {
        var name = string.Concat(Enumerable.Repeat("Desmethyl-cianopramine ", 20));
        var entity = new Entity("long", [name]);
        var index = new NameIndex<Entity>(ValueArray<Entity>.Create(entity), e => e.Id, e => e.Names);

        index.TryFind(name.ToLowerInvariant().Replace(" ", "_", StringComparison.Ordinal), out var found).Should().BeTrue();
        found.Should().BeSameAs(entity);
        index.TryFind(name + "x", out _).Should().BeFalse();
    }

    [Fact]
    public void Lookups_of_the_embedded_data_allocate_nothing()
    {
        var compounds = CianopramineDataset.Instance.Compounds;
        compounds.TryFind("warm-up", out _);
        var keys = new[] { "Cianopramine", "ro11-2465", "RO 11 2465", "LQXYCDLHSKICDY-UHFFFAOYSA-N", "DB00458", "nothing like it" };

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = 0;
        foreach (var key in keys)
        {
            found += compounds.TryFind(key, out _) ? 1 : 0;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        found.Should().Be(5);
        allocated.Should().Be(0);
    }

    /// <summary>What the index replaced: a dictionary with the comparer, first claim wins.</summary>
    private static Dictionary<string, Entity> Reference(IEnumerable<Entity> entities)
    {
        var reference = new Dictionary<string, Entity>(LookupKeyComparer.Instance);
        foreach (var entity in entities)
        {
            reference.TryAdd(entity.Id, entity);
            foreach (var name in entity.Names.Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                reference.TryAdd(name, entity);
            }
        }

        return reference;
    }

    /// <summary>The same key written another way: swapped case, hyphens as spaces, a leading underscore.</summary>
    private static string Variant(string key) =>
        "_" + new string(key.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)).ToArray()).Replace('-', ' ');

    private sealed record Entity(string Id, string[] Names);
}
