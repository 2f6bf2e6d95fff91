using Cianopramine.Data.Model.Identifiers;

namespace Cianopramine.Data.Tests.Model;

public sealed class CasNumberTests
{
    [Theory]
    [InlineData("50-55-5")] // aspirin
    [InlineData("7732-18-5")] // water
    [InlineData("58-08-2")] // caffeine
    [InlineData("50-49-7")] // imipramine
    [InlineData("1234567-89-5")] // seven digits in the first group
    public void Valid_numbers_with_correct_check_digits_parse(string text)
    {
        CasNumber.IsValid(text).Should().BeTrue();
        CasNumber.TryParse(text, out var cas).Should().BeTrue();
        cas.Value.Should().Be(text);
        cas.ToString().Should().Be(text);
        CasNumber.Parse(text).Should().Be(cas);
    }

    [Theory]
    [InlineData("50-55-6")] // aspirin with a wrong check digit
    [InlineData("7732-18-4")]
    [InlineData("58-08-3")]
    [InlineData("55-05-5")] // digits moved: the weighted sum catches it
    public void Wrong_check_digits_are_invalid(string text)
    {
        CasNumber.IsValid(text).Should().BeFalse();
        CasNumber.TryParse(text, out var cas).Should().BeFalse();
        cas.Should().Be(default(CasNumber));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("50555")] // no hyphens
    [InlineData("5055-5")]
    [InlineData("50-55-")] // no check digit
    [InlineData("5-55-5")] // one digit in the first group
    [InlineData("050-55-5")] // leading zero
    [InlineData("50-555-5")] // three digits in the middle group
    [InlineData("50-5-55")]
    [InlineData("5O-55-5")] // letter O
    [InlineData("50-55-X")]
    [InlineData("12345678-90-5")] // eight digits in the first group
    [InlineData("50–55–5")] // en dashes
    [InlineData("50 55 5")]
    [InlineData("CAS 50-55-5")]
    public void Malformed_strings_are_invalid(string text)
    {
        CasNumber.IsValid(text).Should().BeFalse();
        CasNumber.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Surrounding_white_space_is_ignored_and_not_kept()
    {
        CasNumber.Parse("  50-55-5\t").Value.Should().Be("50-55-5");
        CasNumber.Parse(" 50-55-5 ").Should().Be(CasNumber.Parse("50-55-5"));
    }

    [Fact]
    public void Parse_of_an_invalid_number_throws_FormatException_naming_the_text()
    {
        FluentActions.Invoking(() => CasNumber.Parse("50-55-6"))
            .Should().Throw<FormatException>()
            .Which.Message.Should().Contain("'50-55-6'").And.ContainEquivalentOf("cas");
    }
}

public sealed class InChIKeyTests
{
    [Theory]
    [InlineData("LQXYCDLHSKICDY-UHFFFAOYSA-N")] // cianopramine (computed)
    [InlineData("BCGWQEUPMDMJNV-UHFFFAOYSA-N")] // imipramine
    [InlineData("BSYNRYMUTXBXSQ-UHFFFAOYSA-N")] // aspirin
    public void Standard_keys_are_valid(string text)
    {
        InChIKey.TryParse(text, out var key).Should().BeTrue();
        key.Value.Should().Be(text);
        key.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("lqxycdlhskicdy-uhfffaoysa-n")] // lower case
    [InlineData("LQXYCDLHSKICDY-UHFFFAOYSA-n")]
    [InlineData("LQXYCDLHSKICDY-UHFFFAOYSA")] // short
    [InlineData("LQXYCDLHSKICD-UHFFFAOYSA-N")] // 13 letters in the first block
    [InlineData("LQXYCDLHSKICDY-UHFFFAOYS-NN")] // hyphen in the wrong place
    [InlineData("LQXYCDLHSKICDY-UHFFFAOYSA-NX")] // long
    [InlineData("LQXYCDLHSKICDYUUHFFFAOYSA-N")] // missing hyphen
    [InlineData("LQXYCDLHSKICD1-UHFFFAOYSA-N")] // digit
    [InlineData("InChIKey=LQXYCDLHSKICDY-UHFFFAOYSA-N")]
    [InlineData("")]
    public void Keys_of_the_wrong_shape_are_invalid(string text)
    {
        InChIKey.IsValid(text).Should().BeFalse();
        InChIKey.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_of_an_invalid_key_throws_FormatException_naming_the_text()
    {
        FluentActions.Invoking(() => InChIKey.Parse("lqxycdlhskicdy-uhfffaoysa-n"))
            .Should().Throw<FormatException>()
            .WithMessage("*'lqxycdlhskicdy-uhfffaoysa-n'*InChIKey*");
    }
}

public sealed class PmidTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("6478739")]
    [InlineData("39000000")]
    [InlineData("123456789")]
    public void Positive_whole_numbers_in_digits_are_valid(string text)
    {
        Pmid.TryParse(text, out var pmid).Should().BeTrue();
        pmid.Value.Should().Be(text);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("06478739")] // leading zero
    [InlineData("-6478739")]
    [InlineData("+6478739")]
    [InlineData("6478739a")]
    [InlineData("PMID6478739")]
    [InlineData("647 8739")]
    [InlineData("6.478739")]
    [InlineData("1234567890")] // ten digits
    [InlineData("")]
    [InlineData("٦٤٧")] // Arabic-Indic digits are not ASCII digits
    public void Anything_but_ascii_digits_without_a_leading_zero_is_invalid(string text)
    {
        Pmid.IsValid(text).Should().BeFalse();
        Pmid.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_of_an_invalid_pmid_throws_FormatException_naming_the_text()
    {
        FluentActions.Invoking(() => Pmid.Parse("06478739"))
            .Should().Throw<FormatException>()
            .WithMessage("*'06478739'*Pmid*");
    }
}

public sealed class DoiTests
{
    [Theory]
    [InlineData("10.1038/clpt.1984.216")]
    [InlineData("10.1016/0028-3908(88)90067-6")]
    [InlineData("10.1000.10/abc")] // dotted registrant
    [InlineData("10.1002/(SICI)1099-1077(199601)11:1<1::AID-HUP1>3.0.CO;2-A")]
    public void Dois_starting_with_10_and_a_registrant_and_suffix_are_valid(string text)
    {
        Doi.TryParse(text, out var doi).Should().BeTrue();
        doi.Value.Should().Be(text);
    }

    [Theory]
    [InlineData("11.1038/clpt.1984.216")] // not 10.
    [InlineData("10.1038")] // no suffix
    [InlineData("10.1038/")] // empty suffix
    [InlineData("10./abc")] // empty registrant
    [InlineData("10.abc/def")] // registrant not digits
    [InlineData("10.1038./abc")] // empty registrant group
    [InlineData("doi:10.1038/clpt.1984.216")]
    [InlineData("https://doi.org/10.1038/clpt.1984.216")]
    [InlineData("10.1038/clpt 1984")] // white space in the suffix
    [InlineData("")]
    public void Malformed_dois_are_invalid(string text)
    {
        Doi.IsValid(text).Should().BeFalse();
        Doi.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Dois_are_compared_as_written()
    {
        Doi.Parse("10.1038/CLPT.1984.216").Should().NotBe(Doi.Parse("10.1038/clpt.1984.216"));
    }

    [Fact]
    public void Parse_of_an_invalid_doi_throws_FormatException_naming_the_text()
    {
        FluentActions.Invoking(() => Doi.Parse("10.1038"))
            .Should().Throw<FormatException>()
            .WithMessage("*'10.1038'*Doi*");
    }
}

public sealed class UniProtAccessionTests
{
    [Theory]
    [InlineData("P31645")] // human SERT
    [InlineData("P41595")] // human 5-HT2B
    [InlineData("P23975")] // human NET
    [InlineData("Q9Y2Z9")]
    [InlineData("A0A023GPI8")] // ten characters
    [InlineData("B1AAA1")]
    public void Accessions_matching_the_UniProt_pattern_are_valid(string text)
    {
        UniProtAccession.TryParse(text, out var accession).Should().BeTrue();
        accession.Value.Should().Be(text);
    }

    [Theory]
    [InlineData("P3164")] // five characters
    [InlineData("P316450")] // seven characters
    [InlineData("p31645")] // lower case
    [InlineData("P3164A")] // last must be a digit
    [InlineData("PA1645")] // second must be a digit
    [InlineData("A12345")] // A-N, R-Z: third must be a letter
    [InlineData("P0A023GPI8")] // O, P, Q accessions have six characters
    [InlineData("A0A023GPI")] // nine characters
    [InlineData("1P1645")]
    [InlineData("")]
    public void Accessions_not_matching_the_pattern_are_invalid(string text)
    {
        UniProtAccession.IsValid(text).Should().BeFalse();
        UniProtAccession.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_of_an_invalid_accession_throws_FormatException_naming_the_text()
    {
        FluentActions.Invoking(() => UniProtAccession.Parse("P3164"))
            .Should().Throw<FormatException>()
            .WithMessage("*'P3164'*UniProt*");
    }
}

public sealed class ChemblIdTests
{
    [Theory]
    [InlineData("CHEMBL228")] // SERT target
    [InlineData("CHEMBL11")] // imipramine
    [InlineData("CHEMBL1")]
    public void Chembl_and_digits_is_valid(string text)
    {
        ChemblId.TryParse(text, out var id).Should().BeTrue();
        id.Value.Should().Be(text);
        id.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("CHEMBL")]
    [InlineData("CHEMBL0228")]
    [InlineData("chembl228")]
    [InlineData("CHEMBL22a")]
    [InlineData("CHEMBL 228")]
    [InlineData("CHEMB228")]
    [InlineData("228")]
    [InlineData("")]
    public void Other_strings_are_invalid(string text)
    {
        ChemblId.IsValid(text).Should().BeFalse();
        ChemblId.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_of_an_invalid_id_throws_FormatException_naming_the_text()
    {
        FluentActions.Invoking(() => ChemblId.Parse("chembl228"))
            .Should().Throw<FormatException>()
            .WithMessage("*'chembl228'*Chembl*");
    }
}

public sealed class DrugBankIdTests
{
    [Theory]
    [InlineData("DB00458")] // imipramine
    [InlineData("DB12345")]
    public void DB_and_five_digits_is_valid(string text)
    {
        DrugBankId.TryParse(text, out var id).Should().BeTrue();
        id.Value.Should().Be(text);
    }

    [Theory]
    [InlineData("DB0045")]
    [InlineData("DB004580")]
    [InlineData("db00458")]
    [InlineData("DB0045A")]
    [InlineData("DBS00458")]
    [InlineData("00458")]
    [InlineData("")]
    public void Other_strings_are_invalid(string text)
    {
        DrugBankId.IsValid(text).Should().BeFalse();
        DrugBankId.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_of_an_invalid_id_throws_FormatException_naming_the_text()
    {
        FluentActions.Invoking(() => DrugBankId.Parse("DB0045"))
            .Should().Throw<FormatException>()
            .WithMessage("*'DB0045'*DrugBank*");
    }
}

public sealed class PubChemCidTests
{
    [Theory]
    [InlineData("3696", 3696L)] // imipramine
    [InlineData(" 2244 ", 2244L)] // aspirin, with white space
    [InlineData("1", 1L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Positive_whole_numbers_parse(string text, long expected)
    {
        PubChemCid.TryParse(text, out var cid).Should().BeTrue();
        cid.Value.Should().Be(expected);
        PubChemCid.Parse(text).Should().Be(new PubChemCid(expected));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3696")]
    [InlineData("+3696")]
    [InlineData("3,696")]
    [InlineData("3696.0")]
    [InlineData("CID3696")]
    [InlineData("9223372036854775808")] // overflow
    [InlineData("")]
    public void Other_strings_are_invalid(string text)
    {
        PubChemCid.TryParse(text, out var cid).Should().BeFalse();
        cid.Should().Be(default(PubChemCid));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    public void Constructor_rejects_numbers_that_are_not_positive(long value)
    {
        FluentActions.Invoking(() => new PubChemCid(value)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("value").Which.Message.Should().StartWith("A PubChem CID is a positive number.");
    }

    [Fact]
    public void ToString_is_the_number_in_digits()
    {
        new PubChemCid(1234567).ToString().Should().Be("1234567");
    }

    [Fact]
    public void Equality_compares_the_number()
    {
        PubChemCid.Parse("3696").Should().Be(new PubChemCid(3696));
        new PubChemCid(3696).Should().NotBe(new PubChemCid(3697));
        new PubChemCid(3696).GetHashCode().Should().Be(PubChemCid.Parse(" 3696").GetHashCode());
    }

    [Fact]
    public void Parse_of_invalid_text_throws_FormatException_naming_the_text()
    {
        FluentActions.Invoking(() => PubChemCid.Parse("CID3696"))
            .Should().Throw<FormatException>()
            .WithMessage("*'CID3696'*PubChem*");
    }
}

/// <summary>Behaviour every identifier type shares: TryParse never throws, defaults, equality.</summary>
public sealed class IdentifierCommonTests
{
    public static TheoryData<string?> HostileInputs => new(
        null, string.Empty, " ", "\0", "\t\n", "-", "10.", "CHEMBL", "DB", "💊", new string('9', 10_000), "P31645\u0000");

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void TryParse_never_throws_and_IsValid_agrees_with_it(string? text)
    {
        FluentActions.Invoking(() =>
        {
            (CasNumber.TryParse(text, out _) == CasNumber.IsValid(text)).Should().BeTrue();
            (InChIKey.TryParse(text, out _) == InChIKey.IsValid(text)).Should().BeTrue();
            (Pmid.TryParse(text, out _) == Pmid.IsValid(text)).Should().BeTrue();
            (Doi.TryParse(text, out _) == Doi.IsValid(text)).Should().BeTrue();
            (UniProtAccession.TryParse(text, out _) == UniProtAccession.IsValid(text)).Should().BeTrue();
            (ChemblId.TryParse(text, out _) == ChemblId.IsValid(text)).Should().BeTrue();
            (DrugBankId.TryParse(text, out _) == DrugBankId.IsValid(text)).Should().BeTrue();
            PubChemCid.TryParse(text, out _);
        }).Should().NotThrow();
    }

    [Fact]
    public void TryParse_of_null_is_false_for_every_identifier()
    {
        CasNumber.TryParse(null, out _).Should().BeFalse();
        InChIKey.TryParse(null, out _).Should().BeFalse();
        Pmid.TryParse(null, out _).Should().BeFalse();
        Doi.TryParse(null, out _).Should().BeFalse();
        UniProtAccession.TryParse(null, out _).Should().BeFalse();
        ChemblId.TryParse(null, out _).Should().BeFalse();
        DrugBankId.TryParse(null, out _).Should().BeFalse();
        PubChemCid.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Default_values_have_an_empty_text_and_differ_from_every_parsed_value()
    {
        default(CasNumber).Value.Should().BeEmpty();
        default(InChIKey).Value.Should().BeEmpty();
        default(Pmid).Value.Should().BeEmpty();
        default(Doi).Value.Should().BeEmpty();
        default(UniProtAccession).Value.Should().BeEmpty();
        default(ChemblId).Value.Should().BeEmpty();
        default(DrugBankId).Value.Should().BeEmpty();
        default(PubChemCid).Value.Should().Be(0);

        default(CasNumber).ToString().Should().BeEmpty();
        default(Doi).ToString().Should().BeEmpty();

        CasNumber.Parse("50-55-5").Should().NotBe(default(CasNumber));
        InChIKey.Parse("LQXYCDLHSKICDY-UHFFFAOYSA-N").Should().NotBe(default(InChIKey));
        Pmid.Parse("1").Should().NotBe(default(Pmid));
        Doi.Parse("10.1038/x").Should().NotBe(default(Doi));
        UniProtAccession.Parse("P31645").Should().NotBe(default(UniProtAccession));
        ChemblId.Parse("CHEMBL1").Should().NotBe(default(ChemblId));
        DrugBankId.Parse("DB00001").Should().NotBe(default(DrugBankId));
        new PubChemCid(1).Should().NotBe(default(PubChemCid));
    }

    [Fact]
    public void Default_values_are_equal_to_each_other()
    {
        (default(CasNumber) == new CasNumber()).Should().BeTrue();
        default(Pmid).GetHashCode().Should().Be(new Pmid().GetHashCode());
    }

    [Fact]
    public void Separately_parsed_equal_identifiers_are_equal_and_hash_alike()
    {
        var a = UniProtAccession.Parse("P31645");
        var b = UniProtAccession.Parse(new string("P31645".ToCharArray()));

        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a == UniProtAccession.Parse("P41595")).Should().BeFalse();
        (Pmid.Parse("6478739") == Pmid.Parse("6478740")).Should().BeFalse();
        (ChemblId.Parse("CHEMBL228") != ChemblId.Parse("CHEMBL228")).Should().BeFalse();
    }

    [Fact]
    public void Parse_messages_name_the_kind_of_identifier()
    {
        FluentActions.Invoking(() => Pmid.Parse("x")).Should().Throw<FormatException>().Which.Message.Should().Contain("Pmid");
        FluentActions.Invoking(() => Doi.Parse("x")).Should().Throw<FormatException>().Which.Message.Should().Contain("Doi");
    }
}
