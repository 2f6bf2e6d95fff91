using Cianopramine.Data.Querying;
using CsCheck;

namespace Cianopramine.Data.Tests.Querying;

/// <summary>
/// The suggestion step itself (<see cref="NearestKeys"/>), below the collections that call it: the order of its three
/// kinds of match and their ties, the count, the words and normalised text it compares, the banded edit distance
/// against a plain one, and the work units it counts as its remarks document them.
/// </summary>
public sealed class NearestKeysTests
{
    [Fact]
    public void Within_one_kind_of_match_the_nearer_key_comes_first_and_ties_go_by_ordinal_order()
    {
        // Both are one edit-distance match away from "abcdef"; "abcdXY" sorts first by its text but is two edits away.
        NearestKeys.Find("abcdef", new[] { "abcdXY", "abcdeZ" }).Should().Equal("abcdeZ", "abcdXY");

        // Same distance: ordinal order of the keys, whatever their order in the list.
        NearestKeys.Find("abcdef", new[] { "abcdeZ", "abcdeY" }).Should().Equal("abcdeY", "abcdeZ");
    }

    [Fact]
    public void Containment_matches_are_ordered_by_the_difference_in_length()
    {
        // Neither key is within the edit limit (4 for 12 characters); both are contained in the query.
        NearestKeys.Find("abcdefghijkl", new[] { "abc", "abcdefg" }).Should().Equal("abcdefg", "abc");
    }

    [Fact]
    public void A_key_as_far_from_the_query_as_the_limit_allows_is_still_an_edit_distance_match()
    {
        // Two characters longer and two insertions away, the limit for a six-character query; it does not contain
        // the query, so only the edit distance can find it.
        NearestKeys.Find("abcdef", new[] { "abcXdeYf" }).Should().Equal("abcXdeYf");
        NearestKeys.Find("abcdef", new[] { "abcXdeYfZ" }).Should().BeEmpty();
    }

    [Fact]
    public void Keys_of_the_full_compared_length_are_compared_by_edit_distance()
    {
        var query = new string('x', NearestKeys.MaxComparedLength);
        var key = new string('x', NearestKeys.MaxComparedLength - 1) + "y";

        NearestKeys.Find(query, new[] { key }).Should().Equal(key);
    }

    [Fact]
    public void No_more_than_the_count_asked_for_is_returned()
    {
        var keys = new[] { "abcdeA", "abcdeB", "abcdeC", "abcdeD" };

        NearestKeys.Find("abcdef", keys, count: 1).Should().Equal("abcdeA");
        NearestKeys.Find("abcdef", keys, count: 3).Should().Equal("abcdeA", "abcdeB", "abcdeC");
        NearestKeys.Find("abcdef", keys, count: 0).Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("()")]
    [InlineData("-")]
    [InlineData(null)]
    public void A_query_with_no_words_is_not_a_match_for_every_key(string? query)
    {
        NearestKeys.Find(query!, new[] { "alpha", "beta gamma" }).Should().BeEmpty();
    }

    [Fact]
    public void Words_end_at_brackets_and_separators_and_a_hyphen_joins()
    {
        NearestKeys.Prepare("abc(def)ghi").Tokens.Should().Equal("ABC", "DEF", "GHI");
        NearestKeys.Prepare("abc[def]ghi,jkl;mno/pqr stu").Tokens.Should().Equal("ABC", "DEF", "GHI", "JKL", "MNO", "PQR", "STU");
        NearestKeys.Prepare("5-HT transporter").Tokens.Should().Equal(NearestKeys.Prepare("serotonin transporter").Tokens);
        NearestKeys.Prepare("abc(def)ghi").Normalised.Should().Be("ABCDEFGHI");
    }

    [Fact]
    public void Only_the_first_words_are_kept_but_the_normalised_text_goes_on_to_its_own_limit()
    {
        var prepared = NearestKeys.Prepare("a b c d e f g h i j");

        prepared.Tokens.Should().Equal("A", "B", "C", "D", "E", "F", "G", "H");
        prepared.Normalised.Should().Be("ABCDEFGHIJ");
    }

    [Fact]
    public void Words_after_a_full_normalised_text_are_still_kept_up_to_the_word_limit()
    {
        var first = new string('X', NearestKeys.MaxComparedLength);

        var prepared = NearestKeys.Prepare(first + " beta gamma");

        prepared.Normalised.Should().Be(first);
        prepared.Tokens.Should().Equal(first, "BETA", "GAMMA");
    }

    [Fact]
    public void Reading_stops_once_both_limits_are_reached()
    {
        var words = string.Join(" ", Enumerable.Range(0, 20).Select(i => new string((char)('a' + i), 10)));

        var prepared = NearestKeys.Prepare(words);

        prepared.Tokens.Should().HaveCount(NearestKeys.MaxTokens);
        prepared.Normalised.Should().HaveLength(NearestKeys.MaxComparedLength);
        prepared.Tokens[^1].Should().Be(new string('H', 10));
    }

    [Fact]
    public void The_banded_distance_agrees_with_a_plain_levenshtein_up_to_its_limit()
    {
        var text = Gen.String[Gen.Char["abc"], 0, 12];
        Gen.Select(text, text, Gen.Int[0, 6]).Sample((a, b, limit) =>
        {
            var expected = Math.Min(Plain(a, b), limit + 1);
            NearestKeys.Distance(a, b, limit).Should().Be(expected, "distance({0}, {1}) with limit {2}", a, b, limit);
        });
    }

    [Fact]
    public void Each_key_visited_and_each_word_compared_is_one_unit_of_work()
    {
        // "zz" is too short for containment and every key is too long for the edit distance: a visit and one word each.
        _ = NearestKeys.Find("zz", new[] { "aaaaaaaa", "bbbbbbbb", "cccccccc", "dddddddd", "eeeeeeee" });
        NearestKeys.LastWork.Should().Be(10);

        // A word match stops at the first equal word and skips the other steps: a visit and one word.
        _ = NearestKeys.Find("zz", new[] { "zz yy" });
        NearestKeys.LastWork.Should().Be(2);
    }

    [Fact]
    public void The_edit_distance_costs_one_unit_per_cell_of_its_band()
    {
        // Six rows of a band of width 5 clipped at the edges: 3 + 4 + 5 + 5 + 4 + 3 = 24 cells, plus a visit and a word.
        // A match by edit distance skips the containment test.
        _ = NearestKeys.Find("abcdef", new[] { "abcdeg" });
        NearestKeys.LastWork.Should().Be(26);
    }

    [Fact]
    public void The_containment_test_costs_the_longer_length()
    {
        // Ten characters against six: out of the edit limit, so a visit, a word and ten characters.
        _ = NearestKeys.Find("abcdef", new[] { "xxabcdefxx" });
        NearestKeys.LastWork.Should().Be(12);
    }

    private static int Plain(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            }
        }

        return d[a.Length, b.Length];
    }
}
