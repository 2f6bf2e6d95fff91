using Cianopramine.Data.DataFiles;
using Cianopramine.Data.Model.Identifiers;

namespace Cianopramine.Data.Tests.Validation;

public class IdentifierRulesTests
{
    [Theory]
    [InlineData("50-55-5")] // aspirin
    [InlineData("7732-18-5")] // water
    [InlineData("58-08-2")] // caffeine
    [InlineData("50-49-7")] // imipramine
    [InlineData("1234567-89-5")]
    public void IsValidCas_accepts_numbers_with_a_correct_check_digit(string cas) =>
        IdentifierRules.IsValidCas(cas).Should().BeTrue();

    [Theory]
    [InlineData("50-55-6")]
    [InlineData("7732-18-4")]
    [InlineData("50-49-8")]
    public void CheckCas_reports_a_wrong_check_digit(string cas) =>
        IdentifierRules.CheckCas(cas).Should().Be(CasProblem.CheckDigit);

    [Theory]
    [InlineData("")]
    [InlineData("5-55-5")] // one leading digit
    [InlineData("12345678-55-5")] // eight leading digits
    [InlineData("050-55-5")] // leading zero
    [InlineData("50-5-55")]
    [InlineData("50 55 5")]
    [InlineData("5a-55-5")]
    [InlineData("50-55-x")]
    public void CheckCas_reports_a_bad_format(string cas) =>
        IdentifierRules.CheckCas(cas).Should().Be(CasProblem.Format);

    [Theory]
    [InlineData("LQXYCDLHSKICDY-UHFFFAOYSA-N", true)] // cianopramine (FACTS S1)
    [InlineData("BCGWQEUPMDMJNV-UHFFFAOYSA-N", true)] // imipramine (FACTS S3)
    [InlineData("LQXYCDLHSKICDY-UHFFFAOYSA", false)]
    [InlineData("lqxycdlhskicdy-UHFFFAOYSA-N", false)]
    [InlineData("LQXYCDLHSKICDY_UHFFFAOYSA-N", false)]
    [InlineData("LQXYCDLHSKICD1-UHFFFAOYSA-N", false)]
    public void IsValidInChIKey_checks_the_14_10_1_uppercase_shape(string key, bool valid) =>
        IdentifierRules.IsValidInChIKey(key).Should().Be(valid);

    [Theory]
    [InlineData("6478739", true)]
    [InlineData("1", true)]
    [InlineData("123456789", true)]
    [InlineData("1234567890", false)]
    [InlineData("0123", false)]
    [InlineData("12a4", false)]
    [InlineData("", false)]
    public void IsValidPmid_accepts_one_to_nine_digits_without_leading_zero(string pmid, bool valid) =>
        IdentifierRules.IsValidPmid(pmid).Should().Be(valid);

    [Theory]
    [InlineData("10.1038/clpt.1984.216", true)]
    [InlineData("10.1007/BF02805977", true)]
    [InlineData("10.1000.10/abc", true)]
    [InlineData("10./abc", false)]
    [InlineData("10.1038/", false)]
    [InlineData("11.1038/abc", false)]
    [InlineData("10.1038/a b", false)]
    [InlineData("doi:10.1038/abc", false)]
    public void IsValidDoi_requires_10_registrant_slash_suffix(string doi, bool valid) =>
        IdentifierRules.IsValidDoi(doi).Should().Be(valid);

    [Theory]
    [InlineData("P31645", true)] // SERT human
    [InlineData("P31652", true)] // SERT rat
    [InlineData("P23975", true)] // NET human
    [InlineData("P41595", true)] // 5-HT2B human
    [InlineData("Q9Y2A1", true)]
    [InlineData("A0A023GPI8", true)] // ten characters
    [InlineData("A2BC19", true)]
    [InlineData("P3164", false)]
    [InlineData("P3164A", false)]
    [InlineData("PA1645", false)]
    [InlineData("O0A023GPI8", false)] // O, P, Q only in the six-character form
    [InlineData("p31645", false)]
    [InlineData("A0A023GPI", false)]
    public void IsValidUniProt_follows_the_official_accession_pattern(string accession, bool valid) =>
        IdentifierRules.IsValidUniProt(accession).Should().Be(valid);

    [Theory]
    [InlineData("CHEMBL228", true)]
    [InlineData("CHEMBL1", true)]
    [InlineData("CHEMBL", false)]
    [InlineData("chembl228", false)]
    [InlineData("CHEMBL0228", false)]
    [InlineData("CHEMBL22a", false)]
    public void IsValidChemblId_requires_CHEMBL_and_digits(string id, bool valid) =>
        IdentifierRules.IsValidChemblId(id).Should().Be(valid);

    [Theory]
    [InlineData("DB00458", true)]
    [InlineData("DB0045", false)]
    [InlineData("DB004580", false)]
    [InlineData("db00458", false)]
    [InlineData("DBA0458", false)]
    public void IsValidDrugBankId_requires_DB_and_five_digits(string id, bool valid) =>
        IdentifierRules.IsValidDrugBankId(id).Should().Be(valid);

    [Theory]
    [InlineData("cianopramine", true)]
    [InlineData("Ro_11-2465.v2", true)]
    [InlineData("G-C1", true)]
    [InlineData("", false)]
    [InlineData("has space", false)]
    [InlineData("slash/no", false)]
    [InlineData("ümlaut", false)]
    public void IsValidId_allows_letters_digits_dash_underscore_dot(string id, bool valid) =>
        IdentifierRules.IsValidId(id).Should().Be(valid);

    [Fact]
    public void Null_and_empty_names_are_not_valid_type_names_or_namespaces()
    {
        IdentifierRules.IsValidNamespace(null).Should().BeFalse();
        IdentifierRules.IsValidNamespace(string.Empty).Should().BeFalse();
        IdentifierRules.IsValidTypeName(null).Should().BeFalse();
        IdentifierRules.IsValidTypeName(string.Empty).Should().BeFalse();
    }

    [Fact]
    public void IsValidId_limits_ids_to_64_characters()
    {
        IdentifierRules.IsValidId(new string('a', 64)).Should().BeTrue();
        IdentifierRules.IsValidId(new string('a', 65)).Should().BeFalse();
    }

    [Theory]
    [InlineData("https://www.benchchem.com/product/b1668977", true)]
    [InlineData("http://example.org", true)]
    [InlineData("ftp://example.org/file", false)]
    [InlineData("www.example.org", false)]
    [InlineData("https://exa mple.org", false)]
    [InlineData("/relative/path", false)]
    [InlineData("http://", false)]
    [InlineData("https://[not-a-host", false)]
    [InlineData("http:example.org", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValidHttpUrl_accepts_absolute_http_and_https_only(string? url, bool valid) =>
        IdentifierRules.IsValidHttpUrl(url).Should().Be(valid);

    [Theory]
    [InlineData(3696L, true)]
    [InlineData(0L, false)]
    [InlineData(-5L, false)]
    public void IsValidPubChemCid_requires_a_positive_integer(long cid, bool valid) =>
        IdentifierRules.IsValidPubChemCid(cid).Should().Be(valid);
}
