using Cianopramine.Data.Model;
using Cianopramine.Data.Model.Identifiers;
using FluentAssertions.Execution;
using static Cianopramine.Data.Tests.Facts.FactsData;

namespace Cianopramine.Data.Tests.Facts;

/// <summary>FACTS.md, references: guide, ref1–ref7, eichler1984, kovachich1988, wainscott1996.</summary>
public sealed class ReferenceFactsTests
{
    [Fact]
    public void Guide_is_BenchChems_technical_guide_December_2025_catalogue_B1668977_the_source_document()
    {
        ShouldMatch(new Reference
        {
            Id = "guide",
            Kind = ReferenceKind.TechnicalDocument,
            Title = "An In-Depth Technical Guide to Cianopramine and its Active Metabolite, Desmethylcianopramine",
            Authors = List("BenchChem Technical Support Team"),
            Publisher = "BenchChem",
            Year = 2025,
            Month = 12,
            CatalogueNumber = "B1668977",
            Url = "https://www.benchchem.com/product/b1668977",
            Status = ReferenceStatus.SourceDocument,
        });
    }

    [Fact]
    public void Ref1_Binding_of_3H_Ro_11_2465_was_not_located_and_has_no_PMID()
    {
        ShouldMatch(new Reference
        {
            Id = "ref1",
            Kind = ReferenceKind.JournalArticle,
            Title = "Binding of [3H]Ro 11-2465. Possible identification of a subclass of [3H]imipramine binding sites",
            Status = ReferenceStatus.NotLocated,
            Notes = List(Note(CurationNoteKind.ContextNote, null, "PubMed (no PMID found)")),
        });
    }

    [Fact]
    public void Ref2_Maj_et_al_paroxetine_DOI_10_1007_BF02805977_abstract_read_with_citation_mismatch_C2()
    {
        ShouldMatch(new Reference
        {
            Id = "ref2",
            Kind = ReferenceKind.JournalArticle,
            Title = "The effects of paroxetine given repeatedly on the 5-HT receptor subpopulations in the rat brain",
            Authors = List("Maj J", "Bijak M", "Dziedzicka-Wasylewska M", "Rogoż R", "Rogóż Z"),
            Journal = "Psychopharmacology",
            Doi = Doi.Parse("10.1007/BF02805977"),
            Status = ReferenceStatus.AbstractRead,
            Notes = List(Note(CurationNoteKind.CitationMismatch, "C2", NoteTexts.C2)),
        });
    }

    [Fact]
    public void Ref3_Novel_and_atypical_pathways_for_serotonin_signaling_was_not_located()
    {
        ShouldMatch(new Reference
        {
            Id = "ref3",
            Kind = ReferenceKind.JournalArticle,
            Title = "Novel and atypical pathways for serotonin signaling",
            Status = ReferenceStatus.NotLocated,
            Notes = List(Note(CurationNoteKind.ContextNote, null, "PMC (no id found)")),
        });
    }

    [Fact]
    public void Ref4_Pawlowski_et_al_1985_Psychopharmacology_86_156_163_abstract_read_PMID_not_confirmed()
    {
        ShouldMatch(new Reference
        {
            Id = "ref4",
            Kind = ReferenceKind.JournalArticle,
            Title = "Ro 11-2465 (cyan-imipramine), citalopram and their N-desmethyl metabolites: effects on the uptake of 5-hydroxytryptamine and noradrenaline in vivo and related pharmacological activities",
            Authors = List("Pawłowski L", "Nowak G", "Górka Z", "Mazela H"),
            Journal = "Psychopharmacology (Berl)",
            Year = 1985,
            Volume = "86",
            Issue = "1-2",
            Pages = "156-163",
            Status = ReferenceStatus.AbstractRead,
            Notes = List(Note(CurationNoteKind.Unverified, null, "PubMed (PMID not confirmed)")),
        });
    }

    [Fact]
    public void Ref5_Is_Ro_11_2465_an_antagonist_of_postsynaptic_serotonin_receptors_was_not_located()
    {
        ShouldMatch(new Reference
        {
            Id = "ref5",
            Kind = ReferenceKind.JournalArticle,
            Title = "Is Ro 11-2465 (cyan-imipramine) an antagonist of postsynaptic serotonin receptors?",
            Status = ReferenceStatus.NotLocated,
            Notes = List(Note(CurationNoteKind.ContextNote, null, "PubMed (no PMID found)")),
        });
    }

    [Fact]
    public void Ref6_ncc_umn_edu_is_a_web_page_known_only_by_its_site_not_checked()
    {
        ShouldMatch(new Reference
        {
            Id = "ref6",
            Kind = ReferenceKind.WebPage,
            Website = "ncc.umn.edu",
            Status = ReferenceStatus.NotChecked,
            Notes = List(Note(CurationNoteKind.ContextNote, null, "URL only: the guide gives the site (ncc.umn.edu), no title or page address.")),
        });
    }

    [Fact]
    public void Ref7_ClinPGx_is_a_web_page_known_only_by_its_site_not_checked()
    {
        ShouldMatch(new Reference
        {
            Id = "ref7",
            Kind = ReferenceKind.WebPage,
            Title = "ClinPGx",
            Website = "clinpgx.org",
            Status = ReferenceStatus.NotChecked,
            Notes = List(Note(CurationNoteKind.ContextNote, null, "URL only: the guide gives the site (clinpgx.org), no page address.")),
        });
    }

    [Fact]
    public void Eichler1984_Clin_Pharmacol_Ther_36_542_5_PMID_6478739_from_one_source_DOI_10_1038_clpt_1984_216()
    {
        ShouldMatch(new Reference
        {
            Id = "eichler1984",
            Kind = ReferenceKind.JournalArticle,
            Title = "Effect of cianopramine, a tricyclic antidepressant, on platelet serotonin uptake and peripheral adrenergic function",
            Authors = List("Eichler HG", "Gasic S", "Korn A"),
            Journal = "Clin Pharmacol Ther",
            Year = 1984,
            Month = 10,
            Volume = "36",
            Issue = "4",
            Pages = "542-5",
            Pmid = Pmid.Parse("6478739"),
            Doi = Doi.Parse("10.1038/clpt.1984.216"),
            Status = ReferenceStatus.AbstractRead,
            Notes = List(Note(CurationNoteKind.Unverified, null, "PMID from one source")),
        });
    }

    [Fact]
    public void Kovachich1988_Brain_Res_454_78_88_PMID_2970277_abstract_read()
    {
        ShouldMatch(new Reference
        {
            Id = "kovachich1988",
            Kind = ReferenceKind.JournalArticle,
            Authors = List("Kovachich GB", "Aronson CE", "Brunswick DJ", "Frazer A"),
            Journal = "Brain Res",
            Year = 1988,
            Volume = "454",
            Issue = "1-2",
            Pages = "78-88",
            Pmid = Pmid.Parse("2970277"),
            Status = ReferenceStatus.AbstractRead,
        });
    }

    [Fact]
    public void Wainscott1996_J_Pharmacol_Exp_Ther_276_720_727_et_al_abstract_read_without_identifiers()
    {
        ShouldMatch(new Reference
        {
            Id = "wainscott1996",
            Kind = ReferenceKind.JournalArticle,
            Authors = List("Wainscott DB"),
            AuthorsTruncated = true,
            Journal = "J Pharmacol Exp Ther",
            Year = 1996,
            Volume = "276",
            Issue = "2",
            Pages = "720-727",
            Status = ReferenceStatus.AbstractRead,
        });
    }

    /// <summary>Every property of the stored reference equals the expected one; absent means null (or empty).</summary>
    private static void ShouldMatch(Reference expected)
    {
        var actual = Embedded.References.Get(expected.Id);
        using (new AssertionScope($"reference {expected.Id}"))
        {
            actual.Kind.Should().Be(expected.Kind);
            actual.Title.Should().Be(expected.Title);
            actual.Authors.Should().Equal(expected.Authors, "the authors are these, in this order");
            actual.AuthorsTruncated.Should().Be(expected.AuthorsTruncated);
            actual.Journal.Should().Be(expected.Journal);
            actual.Publisher.Should().Be(expected.Publisher);
            actual.Year.Should().Be(expected.Year);
            actual.Month.Should().Be(expected.Month);
            actual.Volume.Should().Be(expected.Volume);
            actual.Issue.Should().Be(expected.Issue);
            actual.Pages.Should().Be(expected.Pages);
            actual.CatalogueNumber.Should().Be(expected.CatalogueNumber);
            actual.Pmid.Should().Be(expected.Pmid, "a PMID is given only where FACTS gives one");
            actual.Doi.Should().Be(expected.Doi, "a DOI is given only where FACTS gives one");
            actual.Url.Should().Be(expected.Url);
            actual.Website.Should().Be(expected.Website);
            actual.Status.Should().Be(expected.Status);
            actual.Notes.Triples().Should().Equal(expected.Notes.Triples());
            actual.Should().Be(expected, "the record must equal the expected one in every property");
        }
    }
}
