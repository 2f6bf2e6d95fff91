using Cianopramine.Data.Model;
using FluentAssertions.Execution;
using static Cianopramine.Data.Tests.Facts.FactsData;

namespace Cianopramine.Data.Tests.Facts;

/// <summary>The claims of the README's quickstart and its "What is in the dataset" section, against the embedded data.</summary>
public sealed class ReadmeQuickstartTests
{
    [Fact]
    public void Ro11_2465_in_any_spelling_finds_cianopramine_and_Ro_12_5419_finds_desmethylcianopramine()
    {
        using (new AssertionScope())
        {
            Embedded.Compounds.Find("ro11-2465").Id.Should().Be("cianopramine");
            Embedded.Compounds.Find("Ro 11-2465").Id.Should().Be("cianopramine");
            Embedded.Compounds.Find("RO 112465").Id.Should().Be("cianopramine");
            Embedded.Compounds.Find("Ro 12-5419").Id.Should().Be("desmethylcianopramine");
            Embedded.Compounds.Find("ro12-5419").Id.Should().Be("desmethylcianopramine");
        }
    }

    [Fact]
    public void The_G2_IC50_prints_as_50_uM_with_pIC50_4_30()
    {
        var ic50 = (QuantitativeValue)Embedded.AllResults.Get("G2").Value;
        using (new AssertionScope())
        {
            ic50.Concentration.Should().NotBeNull();
            ic50.Concentration!.Value.ToString().Should().Be("50 µM");
            ic50.PValue.Should().NotBeNull();
            ic50.PValue!.Value.Round(2).Value.Should().Be(4.30);
            ic50.PValue.Value.ToString().Should().Be("4.30");
            $"{ic50.Concentration} = pIC50 {ic50.PValue}".Should().Be("50 µM = pIC50 4.30");
        }
    }

    [Fact]
    public void Results_for_cianopramine_at_SERT_are_its_SERT_results_in_dataset_order_each_with_references()
    {
        var cian = Embedded.Compounds.Find("ro11-2465");
        var results = Embedded.Results.For(cian).At("SERT").ToList();
        using (new AssertionScope())
        {
            results.Select(r => r.Id).Should().Equal(
                "G1", "P1-active", "P1-comparative",
                "P4-0.5mg-2h", "P4-0.5mg-24h", "P4-1mg-2h", "P4-1mg-24h", "P4-2mg-2h", "P4-2mg-24h",
                "P7");
            results.Should().OnlyContain(r => r.References.Count > 0);
        }
    }

    [Fact]
    public void Metabolites_of_cianopramine_print_as_N_demethylation_to_desmethylcianopramine_with_enzymes_not_reported()
    {
        var cian = Embedded.Compounds.Find("ro11-2465");
        var steps = Embedded.Metabolism.MetabolitesOf(cian);
        steps.Should().ContainSingle();
        steps[0].ToString().Should().Be("Cianopramine → Desmethylcianopramine (N-demethylation; enzymes: not reported)");
    }

    [Fact]
    public void No_database_id_is_given_for_cianopramine_or_its_metabolite_whose_structures_are_computed()
    {
        using (new AssertionScope())
        {
            foreach (var id in new[] { "cianopramine", "desmethylcianopramine" })
            {
                var c = Compound(id);
                c.Identifiers.IsEmpty.Should().BeTrue("no CAS, PubChem, ChEMBL or DrugBank id could be confirmed for {0}", id);
                c.Structure!.Provenance.Should().Be(ValueProvenance.Computed);
            }
        }
    }

    [Fact]
    public void Curation_notes_are_typed_with_all_four_kinds_used()
    {
        AllNotes(Embedded).Select(x => x.Note.Kind).Distinct().Should().BeEquivalentTo(new[]
        {
            CurationNoteKind.BackgroundStatement, CurationNoteKind.Unverified, CurationNoteKind.CitationMismatch, CurationNoteKind.ContextNote,
        });
    }
}
