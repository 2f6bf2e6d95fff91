using System.Text;
using System.Text.RegularExpressions;
using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Model.Identifiers;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>
/// The patterns of <see cref="IdentifierRules"/>, which the generated JSON Schema uses, accept exactly what their
/// functions accept: checked on valid values and every one-character edit of them (a deleted, replaced, or inserted
/// character), which reaches every boundary of the formats.
/// </summary>
public class IdentifierPatternTests
{
    private const string Alphabet = "0123456789AZBOPQRCHEMLDBaz._-/: \t\u00e9\u00a0\u0085";

    public static TheoryData<string> Formats => new("id", "inchikey", "cas", "pmid", "gtopdb", "doi", "uniprot", "chembl", "drugbank", "typename", "namespace");

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_pattern_accepts_exactly_what_its_function_accepts(string format)
    {
        var (pattern, isValid, valid) = Format(format);
        var regex = new Regex(pattern, RegexOptions.CultureInvariant);

        var disagreements = Edits(valid).Where(s => regex.IsMatch(s) != isValid(s)).Take(10).ToList();

        disagreements.Should().BeEmpty("the pattern {0} and its function must agree", pattern);
    }

    [Fact]
    public void The_url_pattern_accepts_every_valid_url_and_rejects_the_common_mistakes()
    {
        var regex = new Regex(IdentifierRules.HttpUrlPattern, RegexOptions.CultureInvariant);
        string[] valid = ["https://www.benchchem.com/product/b1668977", "http://example.org", "HTTPS://example.org/a?b=c&d#e"];

        Edits(valid).Where(s => IdentifierRules.IsValidHttpUrl(s) && !regex.IsMatch(s)).Should().BeEmpty();
        new[] { "ftp://example.org/file", "www.example.org", "https://exa mple.org", "/relative/path", "https://", "" }
            .Where(s => regex.IsMatch(s)).Should().BeEmpty();
    }

    private static (string Pattern, Func<string, bool> IsValid, string[] Valid) Format(string format) => format switch
    {
        "id" => (IdentifierRules.IdPattern, IdentifierRules.IsValidId, ["cianopramine", "Ro_11-2465.v2", "G-C1", new string('a', 64), "a"]),
        "inchikey" => (IdentifierRules.InChIKeyPattern, IdentifierRules.IsValidInChIKey, ["LQXYCDLHSKICDY-UHFFFAOYSA-N"]),
        "cas" => (IdentifierRules.CasPattern, s => IdentifierRules.CheckCas(s) != CasProblem.Format, ["50-55-5", "7732-18-5", "1234567-89-5"]),
        "pmid" => (IdentifierRules.PmidPattern, IdentifierRules.IsValidPmid, ["6478739", "1", "123456789"]),
        "gtopdb" => (IdentifierRules.GtoPdbIdPattern, IdentifierRules.IsValidGtoPdbId, ["928", "123456789"]),
        "doi" => (IdentifierRules.DoiPattern, IdentifierRules.IsValidDoi, ["10.1038/clpt.1984.216", "10.1000.10/abc", "10.1/a"]),
        "uniprot" => (IdentifierRules.UniProtPattern, IdentifierRules.IsValidUniProt, ["P31645", "Q9Y2A1", "A0A023GPI8", "A2BC19"]),
        "chembl" => (IdentifierRules.ChemblIdPattern, IdentifierRules.IsValidChemblId, ["CHEMBL228", "CHEMBL1", "CHEMBL12345678901234"]),
        "drugbank" => (IdentifierRules.DrugBankIdPattern, IdentifierRules.IsValidDrugBankId, ["DB00458"]),
        "typename" => (IdentifierRules.TypeNamePattern, IdentifierRules.IsValidTypeName, ["CianopramineDataset", "_x1", "A"]),
        "namespace" => (IdentifierRules.NamespacePattern, IdentifierRules.IsValidNamespace, ["Contoso.Pharmacology", "A.b_1.C", "X"]),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The values, and every value one character away from one of them.</summary>
    private static IEnumerable<string> Edits(IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            yield return value;
            for (var i = 0; i <= value.Length; i++)
            {
                if (i < value.Length)
                {
                    yield return value.Remove(i, 1);
                }

                foreach (var c in Alphabet)
                {
                    yield return value.Insert(i, c.ToString());
                    if (i < value.Length)
                    {
                        yield return new StringBuilder(value) { [i] = c }.ToString();
                    }
                }
            }
        }
    }
}
