using Cianopramine.Data.Model;
using FluentAssertions.Execution;
using static Cianopramine.Data.Tests.Facts.FactsData;

namespace Cianopramine.Data.Tests.Facts;

/// <summary>FACTS.md, compounds: G-C1, G-C2, G-C3, S1, S2, S3 and C1.</summary>
public sealed class CompoundFactsTests
{
    [Fact]
    public void G_C1_cianopramine_is_the_parent_drug_tricyclic_antidepressant_with_four_typed_synonyms_and_the_imipramine_analogue_relation()
    {
        var c = Compound("cianopramine");
        using (new AssertionScope())
        {
            c.Name.Should().Be("Cianopramine");
            c.Role.Should().Be(CompoundRole.ParentDrug);
            c.Class.Should().Be("tricyclic antidepressant");
            c.Synonyms.Select(s => (s.Text, s.Kind, string.Join(",", s.References.Ids()))).Should().Equal(
                ("Ro 11-2465", SynonymKind.ResearchCode, "guide"),
                ("3-cyanoimipramine", SynonymKind.SemisystematicName, "guide"),
                ("cyan-imipramine", SynonymKind.Other, "ref4"),
                ("cyanoimipramine", SynonymKind.Other, "kovachich1988"));
            c.Relations.Should().ContainSingle();
            c.Relations[0].Kind.Should().Be(CompoundRelationKind.Analogue);
            c.Relations[0].CompoundId.Should().Be("imipramine");
            c.Relations[0].Description.Should().Be("3-cyano analogue of imipramine");
            c.Relations[0].References.Ids().Should().Equal("guide", "ref1");
            c.References.Ids().Should().Equal("guide", "ref1");
            c.Notes.Select(n => n.Id).Should().Equal("C1");
            foreach (var name in new[] { "Ro 11-2465", "3-cyanoimipramine", "cyan-imipramine", "cyanoimipramine", "Cianopramine" })
            {
                Embedded.Compounds.Find(name).Id.Should().Be("cianopramine", "'{0}' names cianopramine", name);
            }
        }
    }

    [Fact]
    public void G_C2_desmethylcianopramine_is_the_principal_active_metabolite_Ro_12_5419_cyan_desipramine()
    {
        var c = Compound("desmethylcianopramine");
        using (new AssertionScope())
        {
            c.Name.Should().Be("Desmethylcianopramine");
            c.Role.Should().Be(CompoundRole.Metabolite);
            c.Class.Should().BeNull("FACTS gives no class for the metabolite");
            c.Synonyms.Select(s => (s.Text, s.Kind, string.Join(",", s.References.Ids()))).Should().Equal(
                ("Ro 12-5419", SynonymKind.ResearchCode, "guide"),
                ("cyan-desipramine", SynonymKind.Other, "ref4"));
            c.Relations.Should().ContainSingle();
            c.Relations[0].Kind.Should().Be(CompoundRelationKind.MetaboliteOf);
            c.Relations[0].CompoundId.Should().Be("cianopramine");
            c.Relations[0].Description.Should().Be("principal active metabolite of cianopramine");
            c.Relations[0].References.Ids().Should().Equal("guide", "ref4");
            c.References.Ids().Should().Equal("guide", "ref4");
            c.Notes.Should().BeEmpty();
            Embedded.Compounds.Find("Ro 12-5419").Id.Should().Be("desmethylcianopramine");
            Embedded.Compounds.Find("cyan-desipramine").Id.Should().Be("desmethylcianopramine");
        }
    }

    [Fact]
    public void G_C3_imipramine_is_a_reference_compound_with_no_results_of_its_own()
    {
        var c = Compound("imipramine");
        using (new AssertionScope())
        {
            c.Name.Should().Be("Imipramine");
            c.Role.Should().Be(CompoundRole.ReferenceCompound);
            c.Class.Should().Be("tricyclic antidepressant");
            c.Synonyms.Should().BeEmpty();
            c.Relations.Should().BeEmpty();
            c.References.Ids().Should().Equal("guide");
            c.Notes.Triples().Should().Equal((CurationNoteKind.ContextNote, (string?)null,
                "The tricyclic antidepressant that cianopramine derives from (reference compound, no results of its own here)."));
            Embedded.ResultsFor(c).Should().BeEmpty("imipramine has no results of its own here");
            Embedded.Transformations.Should().NotContain(t => t.Substrate.Id == "imipramine" || t.Product.Id == "imipramine");
            Embedded.Mechanisms.Should().NotContain(m => m.Compound != null && m.Compound.Id == "imipramine");
            Embedded.Gaps.Should().NotContain(g => g.Compounds.Any(x => x.Id == "imipramine"));
        }
    }

    [Fact]
    public void S1_cianopramine_structure_is_computed_C20H23N3_305_425_with_its_InChIKey_and_no_database_identifiers()
    {
        var c = Compound("cianopramine");
        var s = c.Structure;
        s.Should().NotBeNull();
        using (new AssertionScope())
        {
            s!.Provenance.Should().Be(ValueProvenance.Computed, "the structure is computed from the name, not a database record");
            s.Method.Should().Be("Computed from the name 3-cyanoimipramine (cyano at position 3, as chlorine is in clomipramine, 3-chloroimipramine); RDKit and Open Babel agree.");
            s.Smiles.Should().Be("CN(C)CCCN1c2ccccc2CCc2ccc(C#N)cc21");
            s.Formula.Should().Be("C20H23N3");
            s.AverageMass.Should().Be(305.425);
            s.MonoisotopicMass.Should().Be(305.1892);
            s.InChIKey.Should().NotBeNull();
            s.InChIKey!.Value.Value.Should().Be("LQXYCDLHSKICDY-UHFFFAOYSA-N");
            s.References.Should().BeEmpty();
            ShouldHaveNoDatabaseIdentifiers(c);
        }
    }

    [Fact]
    public void S2_desmethylcianopramine_structure_is_computed_C19H21N3_291_398_with_its_InChIKey_and_no_database_identifiers()
    {
        var c = Compound("desmethylcianopramine");
        var s = c.Structure;
        s.Should().NotBeNull();
        using (new AssertionScope())
        {
            s!.Provenance.Should().Be(ValueProvenance.Computed);
            s.Method.Should().Be("Computed the same way as cianopramine's (from the name 3-cyanoimipramine, cyano at position 3), as its N-desmethyl metabolite; RDKit and Open Babel agree.");
            s.Smiles.Should().Be("CNCCCN1c2ccccc2CCc2ccc(C#N)cc21");
            s.Formula.Should().Be("C19H21N3");
            s.AverageMass.Should().Be(291.398);
            s.MonoisotopicMass.Should().Be(291.1735);
            s.InChIKey.Should().NotBeNull();
            s.InChIKey!.Value.Value.Should().Be("PNXIHUVPMOBFSE-UHFFFAOYSA-N");
            s.References.Should().BeEmpty();
            ShouldHaveNoDatabaseIdentifiers(c);
        }
    }

    [Fact]
    public void S3_imipramine_is_reported_C19H24N2_280_415_PubChem_3696_DrugBank_DB00458()
    {
        var c = Compound("imipramine");
        var s = c.Structure;
        s.Should().NotBeNull();
        using (new AssertionScope())
        {
            s!.Provenance.Should().Be(ValueProvenance.Reported, "imipramine's descriptors are published");
            s.Method.Should().Be("Published, and reproduced by computation.");
            s.Smiles.Should().BeNull("FACTS gives no SMILES for imipramine");
            s.Formula.Should().Be("C19H24N2");
            s.AverageMass.Should().Be(280.415);
            s.MonoisotopicMass.Should().BeNull("FACTS gives no monoisotopic mass for imipramine");
            s.InChIKey.Should().NotBeNull();
            s.InChIKey!.Value.Value.Should().Be("BCGWQEUPMDMJNV-UHFFFAOYSA-N");
            c.Identifiers.PubChemCid.Should().NotBeNull();
            c.Identifiers.PubChemCid!.Value.Value.Should().Be(3696);
            c.Identifiers.DrugBankId.Should().NotBeNull();
            c.Identifiers.DrugBankId!.Value.Value.Should().Be("DB00458");
            c.Identifiers.ChemblId.Should().BeNull("FACTS gives no ChEMBL id for imipramine");
            c.Identifiers.Cas.Should().BeNull("FACTS gives no CAS number for imipramine");
            Embedded.Compounds.Find("DB00458").Id.Should().Be("imipramine");
            Embedded.Compounds.Find("3696").Id.Should().Be("imipramine");
        }
    }

    [Fact]
    public void C1_cianopramine_is_stored_as_C20H23N3_305_425_not_the_metabolite_formula_C19H21N3_291_39_and_carries_the_C1_note()
    {
        var c = Compound("cianopramine");
        var s = c.Structure!;
        using (new AssertionScope())
        {
            s.Formula.Should().Be("C20H23N3").And.NotBe("C19H21N3");
            s.AverageMass.Should().Be(305.425).And.NotBe(291.39);

            // The stored formula and mass agree: C 12.011, H 1.008, N 14.007 (standard atomic weights).
            (20 * 12.011 + 23 * 1.008 + 3 * 14.007).Should().BeApproximately(s.AverageMass!.Value, 0.05);

            // The web page's formula is the metabolite's.
            Compound("desmethylcianopramine").Structure!.Formula.Should().Be("C19H21N3");
            c.Notes.Triples().Should().Equal((CurationNoteKind.ContextNote, "C1", NoteTexts.C1));
        }
    }

    private static void ShouldHaveNoDatabaseIdentifiers(Compound c)
    {
        c.Identifiers.Cas.Should().BeNull("no CAS number could be confirmed for {0}", c.Id);
        c.Identifiers.PubChemCid.Should().BeNull("no PubChem CID could be confirmed for {0}", c.Id);
        c.Identifiers.ChemblId.Should().BeNull("no ChEMBL id could be confirmed for {0}", c.Id);
        c.Identifiers.DrugBankId.Should().BeNull("no DrugBank id could be confirmed for {0}", c.Id);
        c.Identifiers.IsEmpty.Should().BeTrue();
    }
}
