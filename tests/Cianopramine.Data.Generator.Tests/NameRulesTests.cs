using System.Globalization;
using System.Text;

namespace Cianopramine.Data.Generator.Tests;

/// <summary>
/// The NFC rule of names (CPD0048) decides from its own tables, so that the generator (in the compiler) and the loader
/// (in an app that may run with <c>InvariantGlobalization</c>, without normalization data) give one answer. This project
/// runs with ICU, so it checks the tables against the runtime's normalization for every code point: when a new
/// Unicode version changes them, this fails and says which code point (regenerate the tables from this test's logic).
/// </summary>
public sealed class NameRulesTests
{
    [Fact]
    public void The_normalization_tables_match_the_runtime_for_every_code_point()
    {
        var notNfc = new List<int>();
        var composing = new SortedSet<int>();
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var s = char.ConvertFromUtf32(cp);
            if (CharUnicodeInfo.GetUnicodeCategory(s, 0) == UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            if (!s.IsNormalized(NormalizationForm.FormC))
            {
                notNfc.Add(cp);
                continue;
            }

            var d = s.Normalize(NormalizationForm.FormD);
            for (var i = 0; i < d.Length; i += char.IsSurrogatePair(d, i) ? 2 : 1)
            {
                if (i > 0)
                {
                    composing.Add(char.ConvertToUtf32(d, i));
                }
            }
        }

        var wrongNotNfc = Enumerable.Range(0, 0x110000)
            .Where(cp => cp is < 0xD800 or > 0xDFFF && NameRules.In(NameRules.NotNfc, cp) != notNfc.Contains(cp))
            .Take(10)
            .Select(cp => "U+" + cp.ToString("X4", CultureInfo.InvariantCulture));
        wrongNotNfc.Should().BeEmpty("NameRules.NotNfc must list exactly the code points whose NFC is another");
        var wrongComposing = Enumerable.Range(0, 0x110000)
            .Where(cp => cp is < 0xD800 or > 0xDFFF && NameRules.In(NameRules.Composing, cp) != composing.Contains(cp))
            .Take(10)
            .Select(cp => "U+" + cp.ToString("X4", CultureInfo.InvariantCulture));
        wrongComposing.Should().BeEmpty("NameRules.Composing must list exactly the characters NFC composes with a preceding one");
    }

    /// <summary>Every letter of the Latin, Greek and Cyrillic blocks with every combining mark, and Hangul L + V: the rule never passes a string the runtime says is not NFC.</summary>
    [Fact]
    public void No_decomposed_pair_that_is_not_NFC_passes_the_rule()
    {
        var bases = Enumerable.Range(0x41, 0x250 - 0x41).Concat(Enumerable.Range(0x370, 0x530 - 0x370)).Concat(Enumerable.Range(0x1100, 0x13))
            .Where(cp => char.IsLetter((char)cp));
        var marks = Enumerable.Range(0x300, 0x70).Concat(Enumerable.Range(0x1161, 0x15)).Concat([0x3099, 0x309A]);
        var missed = new List<string>();
        foreach (var b in bases)
        {
            foreach (var m in marks)
            {
                var s = char.ConvertFromUtf32(b) + char.ConvertFromUtf32(m);
                if (!s.IsNormalized(NormalizationForm.FormC) && NameRules.IsNfc(s))
                {
                    missed.Add($"U+{b:X4} U+{m:X4}");
                }
            }
        }

        missed.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Caf\u00e9ine", true)]
    [InlineData("Cafe\u0301ine", false)]
    [InlineData("\u212Bngstr\u00f6m", false)]
    [InlineData("\u00c5ngstr\u00f6m", true)]
    [InlineData("\uac00", true)]
    [InlineData("\u1100\u1161", false)]
    [InlineData("\u0301 alone first", true)]
    [InlineData("\ud834\udd5e", false)]
    [InlineData("\ud83d\ude00 pill", true)]
    public void IsNfc_agrees_with_the_runtime_on_examples(string text, bool nfc)
    {
        NameRules.IsNfc(text).Should().Be(nfc);
        text.IsNormalized(NormalizationForm.FormC).Should().Be(nfc);
    }
}
