using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Model;

/// <summary>The one-line texts entities show in logs, notebooks and the debugger.</summary>
public sealed class ToStringTests
{
    [Fact]
    public void Compound_shows_its_name_and_first_research_code()
    {
        Samples.Cianopramine().ToString().Should().Be("Cianopramine (Ro 11-2465)");
    }

    [Fact]
    public void Compound_shows_the_research_code_even_when_another_synonym_comes_first()
    {
        var compound = Samples.Cianopramine() with
        {
            Synonyms = ValueArray<Synonym>.Create(
                new Synonym { Text = "cyan-imipramine", Kind = SynonymKind.Other },
                new Synonym { Text = "Ro 11-2465", Kind = SynonymKind.ResearchCode },
                new Synonym { Text = "Ro 99-9999", Kind = SynonymKind.ResearchCode }),
        };

        compound.ToString().Should().Be("Cianopramine (Ro 11-2465)");
    }

    [Fact]
    public void Compound_without_a_research_code_shows_only_its_name()
    {
        var compound = Samples.Cianopramine() with
        {
            Synonyms = ValueArray<Synonym>.Create(new Synonym { Text = "3-cyanoimipramine", Kind = SynonymKind.SystematicName }),
        };

        compound.ToString().Should().Be("Cianopramine");
    }

    [Fact]
    public void AssayResult_shows_id_compound_target_value_conditions_and_references()
    {
        Samples.Result().ToString().Should().Be(
            "P4-1mg-2h: Cianopramine @ SERT — IC50 = 50 µM ± 10 (SEM) " +
            "(2 mg oral, 2 h after dose, before cianopramine) [eichler1984, guide]");
    }

    [Fact]
    public void AssayResult_without_conditions_leaves_the_parentheses_out()
    {
        var result = Samples.Result() with
        {
            Conditions = Conditions.None,
            Value = Samples.PotentInhibitor(),
            References = ValueArray<Reference>.Create(Samples.Guide()),
        };

        result.ToString().Should().Be("P4-1mg-2h: Cianopramine @ SERT — \"Potent and Selective Inhibitor\" (potent) [guide]");
    }

    [Fact]
    public void Conditions_join_dose_time_and_text_with_commas()
    {
        Samples.TwoHoursAfterTwoMilligrams().ToString().Should().Be("2 mg oral, 2 h after dose, before cianopramine");
    }

    [Fact]
    public void Conditions_leave_out_what_is_not_stated()
    {
        new Conditions { TimeAfterDose = new Quantity(30m, Unit.Minute) }.ToString().Should().Be("30 min after dose");
        new Conditions { Text = "fasting" }.ToString().Should().Be("fasting");
        Conditions.None.ToString().Should().BeEmpty();
        Conditions.None.IsEmpty.Should().BeTrue();
        new Conditions { Text = "fasting" }.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Dose_shows_a_bound_with_its_display_symbol()
    {
        var dose = new Dose { Relation = Relation.GreaterThanOrEqual, Amount = new Quantity(0.1m, Unit.MilligramPerKilogram) };

        dose.ToString().Should().Be("≥ 0.1 mg/kg");
    }

    [Fact]
    public void Dose_shows_a_single_amount_and_its_route()
    {
        Samples.TwoMilligramsOral().ToString().Should().Be("2 mg oral");
        new Dose { Amount = new Quantity(67m, Unit.MicrogramPerMinute), Route = Route.Intravenous }.ToString().Should().Be("67 µg/min intravenous");
    }

    [Theory]
    [InlineData(Route.Oral, "oral")]
    [InlineData(Route.Intravenous, "intravenous")]
    [InlineData(Route.Intraperitoneal, "intraperitoneal")]
    [InlineData(Route.Subcutaneous, "subcutaneous")]
    [InlineData(Route.Intramuscular, "intramuscular")]
    [InlineData(Route.InVitroBath, "in vitro bath")]
    public void Dose_writes_every_route_in_words(Route route, string words)
    {
        new Dose { Amount = new Quantity(1m, Unit.Milligram), Route = route }.ToString().Should().Be("1 mg " + words);
    }

    [Fact]
    public void Dose_defaults_to_a_single_amount_without_route()
    {
        var dose = new Dose { Amount = new Quantity(2m, Unit.Milligram) };

        dose.Relation.Should().Be(Relation.EqualTo);
        dose.Route.Should().BeNull();
        dose.ToString().Should().Be("2 mg");
    }

    [Fact]
    public void EnzymesText_lists_reported_enzymes()
    {
        Samples.NDemethylation().EnzymesText.Should().Be("CYP2D6, CYP1A2");
    }

    [Fact]
    public void EnzymesText_tells_not_reported_from_none()
    {
        var notReported = Samples.NDemethylation() with { EnzymeEvidence = EnzymeEvidence.NotReported, Enzymes = default };
        var none = Samples.NDemethylation() with { EnzymeEvidence = EnzymeEvidence.None, Enzymes = default };

        notReported.EnzymesText.Should().Be("not reported");
        none.EnzymesText.Should().Be("none");
        notReported.Should().NotBe(none, "an empty enzyme list means different things under different evidence");
    }

    [Fact]
    public void MetabolicTransformation_shows_substrate_product_reaction_and_enzymes()
    {
        var step = Samples.NDemethylation() with { EnzymeEvidence = EnzymeEvidence.NotReported, Enzymes = default };

        step.ToString().Should().Be("Cianopramine → Desmethylcianopramine (N-demethylation; enzymes: not reported)");
    }

    [Fact]
    public void QuantitativeValue_shows_a_molar_magnitude_in_its_most_readable_unit()
    {
        var value = new QuantitativeValue { Parameter = ActivityParameter.IC50, Magnitude = new Quantity(0.00005m, Unit.Molar) };

        value.ToString().Should().Be("IC50 = 50 µM");
    }

    [Fact]
    public void QuantitativeValue_keeps_a_censored_relation_in_its_text()
    {
        var value = new QuantitativeValue
        {
            Parameter = ActivityParameter.Ki,
            Relation = Relation.GreaterThan,
            Magnitude = new Quantity(10000m, Unit.Nanomolar),
        };

        value.ToString().Should().Be("Ki > 10 µM");
    }

    [Fact]
    public void QuantitativeValue_shows_the_spread_in_the_same_unit_as_the_magnitude()
    {
        var value = new QuantitativeValue
        {
            Parameter = ActivityParameter.IC50,
            Magnitude = new Quantity(0.00005m, Unit.Molar),
            Spread = new Spread(0.000012m, SpreadKind.StandardDeviation),
        };

        value.ToString().Should().Be("IC50 = 50 µM ± 12 (SD)");
    }

    [Fact]
    public void QuantitativeValue_with_a_non_molar_unit_shows_the_magnitude_as_reported()
    {
        var value = new QuantitativeValue
        {
            Parameter = ActivityParameter.PercentInhibition,
            Magnitude = new Quantity(57m, Unit.Percent),
            Spread = new Spread(12m, SpreadKind.Unspecified),
        };

        value.ToString().Should().Be("% inhibition = 57 % ± 12 (spread unspecified)");
    }

    [Fact]
    public void QualitativeValue_quotes_the_source_and_shows_the_category()
    {
        Samples.PotentInhibitor().ToString().Should().Be("\"Potent and Selective Inhibitor\" (potent)");
    }

    [Theory]
    [InlineData(ComparativeDirection.Weaker, "considerably", "considerably weaker than Cianopramine")]
    [InlineData(ComparativeDirection.Stronger, null, "stronger than Cianopramine")]
    [InlineData(ComparativeDirection.Similar, null, "similar to Cianopramine")]
    public void ComparativeValue_reads_as_a_phrase(ComparativeDirection direction, string? magnitude, string expected)
    {
        var value = Samples.WeakerThanCianopramine() with { Direction = direction, Magnitude = magnitude };

        value.ToString().Should().Be(expected);
    }

    [Fact]
    public void CurationNote_shows_kind_id_and_text()
    {
        Samples.Note().ToString().Should().Be("[background statement C4] Stated as background in the review, not measured there.");
        (Samples.Note() with { Id = null }).ToString().Should().Be("[background statement] Stated as background in the review, not measured there.");
    }

    [Fact]
    public void Reference_citation_has_first_author_year_title_journal_pmid_and_doi()
    {
        Samples.Eichler().ToCitation().Should().Be(
            "Eichler HG et al. (1984) Effects of cianopramine on platelet 5-HT uptake. Clin Pharmacol Ther 36:808-815. " +
            "PMID 6478739. doi:10.1038/clpt.1984.216");
        Samples.Eichler().ToString().Should().StartWith("[eichler1984] Eichler HG et al. (1984)");
    }

    [Fact]
    public void Reference_citation_falls_back_to_the_site_and_then_the_id()
    {
        var page = new Reference { Id = "web1", Kind = ReferenceKind.WebPage, Website = "example.org", Status = ReferenceStatus.NotChecked };
        var bare = new Reference { Id = "ref9", Kind = ReferenceKind.Other, Status = ReferenceStatus.NotLocated };

        page.ToCitation().Should().Be("example.org");
        bare.ToCitation().Should().Be("ref9");
    }

    [Fact]
    public void Reference_citation_without_a_title_has_no_stray_separators()
    {
        var yearAndPmid = new Reference
        {
            Id = "eichler1984",
            Kind = ReferenceKind.JournalArticle,
            Year = 1984,
            Pmid = Cianopramine.Data.Model.Identifiers.Pmid.Parse("6478739"),
            Status = ReferenceStatus.AbstractRead,
        };
        var authorAndDoi = new Reference
        {
            Id = "x",
            Kind = ReferenceKind.JournalArticle,
            Authors = ValueArray<string>.Create("Eichler HG"),
            Doi = Cianopramine.Data.Model.Identifiers.Doi.Parse("10.1038/clpt.1984.216"),
            Status = ReferenceStatus.AbstractRead,
        };
        var pmidOnly = new Reference
        {
            Id = "y",
            Kind = ReferenceKind.JournalArticle,
            Pmid = Cianopramine.Data.Model.Identifiers.Pmid.Parse("6478739"),
            Status = ReferenceStatus.AbstractRead,
        };

        yearAndPmid.ToCitation().Should().Be("(1984). PMID 6478739");
        authorAndDoi.ToCitation().Should().Be("Eichler HG. doi:10.1038/clpt.1984.216");
        pmidOnly.ToCitation().Should().Be("PMID 6478739");
    }

    [Fact]
    public void Reference_with_one_author_and_no_truncation_has_no_et_al()
    {
        var reference = Samples.Eichler() with { Authors = ValueArray<string>.Create("Eichler HG"), AuthorsTruncated = false, Pmid = null, Doi = null };

        reference.ToCitation().Should().Be("Eichler HG (1984) Effects of cianopramine on platelet 5-HT uptake. Clin Pharmacol Ther 36:808-815");
    }

    [Fact]
    public void Targets_and_accessions_show_symbol_database_and_species()
    {
        Samples.Sert().ToString().Should().Be("SERT");
        Samples.SertUniProt().ToString().Should().Be("UniProt P31645 (human)");
        new TargetAccession { Database = AccessionDatabase.GtoPdb, Value = "928" }.ToString().Should().Be("GtoPdb 928");
        Samples.Fundus5Ht2B().ToString().Should().Be("5-HT2B");
    }

    [Fact]
    public void Other_entities_show_their_id_and_text()
    {
        Samples.Gap().ToString().Should().Be("G5: No Ki values at NET have been published.");
        Samples.Mechanism().ToString().Should().Be("G-X1: Cianopramine is a potent and selective inhibitor of 5-HT uptake.");
        Samples.Metadata().ToString().Should().Be("Cianopramine pharmacology 1.0.0");
        Samples.UptakeAssay().ToString().Should().Be("5-HT uptake into platelets after an oral dose");
        Samples.ResearchCode().ToString().Should().Be("Ro 11-2465");
        Samples.AnalogueOfImipramine().ToString().Should().Be("3-cyano analogue of imipramine");
        (Samples.AnalogueOfImipramine() with { Description = null }).ToString().Should().Be("analogue of imipramine");
    }

    [Fact]
    public void Mechanism_without_a_compound_is_class_level()
    {
        var statement = Samples.Mechanism() with { Compound = null, Scope = "tricyclic antidepressants" };

        statement.IsClassLevel.Should().BeTrue();
        Samples.Mechanism().IsClassLevel.Should().BeFalse();
    }

    [Fact]
    public void CompoundIdentifiers_IsEmpty_only_when_no_identifier_is_known()
    {
        CompoundIdentifiers.None.IsEmpty.Should().BeTrue();
        new CompoundIdentifiers().IsEmpty.Should().BeTrue();
        Samples.ImipramineIdentifiers().IsEmpty.Should().BeFalse();
        (CompoundIdentifiers.None with { Cas = Cianopramine.Data.Model.Identifiers.CasNumber.Parse("50-49-7") }).IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Unknown_optional_values_stay_absent_by_default()
    {
        var compound = new Compound { Id = "x", Name = "X", Role = CompoundRole.ReferenceCompound };

        compound.Class.Should().BeNull();
        compound.Structure.Should().BeNull();
        compound.Synonyms.IsEmpty.Should().BeTrue();
        compound.Identifiers.Should().Be(CompoundIdentifiers.None);

        var reference = new Reference { Id = "r", Kind = ReferenceKind.Other, Status = ReferenceStatus.NotChecked };
        reference.Year.Should().BeNull();
        reference.Pmid.Should().BeNull();
        reference.Doi.Should().BeNull();
        reference.Authors.IsEmpty.Should().BeTrue();
    }
}
