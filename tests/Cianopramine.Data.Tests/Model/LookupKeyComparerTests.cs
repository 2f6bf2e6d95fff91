using Cianopramine.Data.Model;

namespace Cianopramine.Data.Tests.Model;

/// <summary>
/// The comparer behind name and synonym lookups: case, white space, hyphens, dashes and underscores do not matter;
/// every other character does.
/// </summary>
public sealed class LookupKeyComparerTests
{
    private static readonly LookupKeyComparer Comparer = LookupKeyComparer.Instance;

    [Theory]
    [InlineData("ro11-2465", "Ro 11-2465")]
    [InlineData("RO112465", "Ro 11-2465")]
    [InlineData("ro11-2465", "RO112465")]
    [InlineData("Ro 11‐2465", "Ro 11-2465")] // Unicode hyphen
    [InlineData("Ro 11–2465", "Ro 11-2465")] // en dash
    [InlineData("Ro_11_2465", "Ro 11-2465")]
    [InlineData("  Ro 11-2465\t", "Ro 11-2465")]
    [InlineData("desmethylcianopramine", "DesMethyl-Cianopramine")]
    [InlineData("5-HT2B", "5ht2b")]
    [InlineData("", "  - ")]
    public void Keys_differing_only_in_case_spaces_and_hyphens_are_equal_and_hash_alike(string x, string y)
    {
        Comparer.Equals(x, y).Should().BeTrue();
        Comparer.Equals(y, x).Should().BeTrue();
        Comparer.GetHashCode(x).Should().Be(Comparer.GetHashCode(y));
        LookupKeyComparer.Normalize(x).Should().Be(LookupKeyComparer.Normalize(y));
    }

    [Theory]
    [InlineData("Ro 11-2465", "Ro 11-2466")]
    [InlineData("Ro 11-2465", "Ro 11-246")] // prefix
    [InlineData("Ro 11-246", "Ro 11-2465")]
    [InlineData("Ro 11-2465", "Ro 12-5419")]
    [InlineData("cianopramine", "cianopramin")]
    [InlineData("5-HT2B", "5-HT2A")]
    [InlineData("Ro 11.2465", "Ro 11-2465")] // a dot is not ignored
    [InlineData("Ro 11-2465", "")]
    public void Keys_differing_in_any_other_character_are_unequal(string x, string y)
    {
        Comparer.Equals(x, y).Should().BeFalse();
        Comparer.Equals(y, x).Should().BeFalse();
    }

    [Fact]
    public void Null_equals_only_null()
    {
        Comparer.Equals(null, null).Should().BeTrue();
        Comparer.Equals(null, "").Should().BeFalse();
        Comparer.Equals("Ro 11-2465", null).Should().BeFalse();
        Comparer.GetHashCode(null!).Should().Be(0);
    }

    [Fact]
    public void Normalize_removes_ignored_characters_and_upper_cases()
    {
        LookupKeyComparer.Normalize("Ro 11-2465").Should().Be("RO112465");
        LookupKeyComparer.Normalize("3-cyano_imipramine").Should().Be("3CYANOIMIPRAMINE");
    }

    [Fact]
    public void A_dictionary_with_the_comparer_finds_a_name_however_it_is_written()
    {
        var names = new Dictionary<string, string>(Comparer) { ["Ro 11-2465"] = "cianopramine" };

        names["ro11-2465"].Should().Be("cianopramine");
        names["RO112465"].Should().Be("cianopramine");
        names.ContainsKey("Ro 11-2466").Should().BeFalse();
    }
}
