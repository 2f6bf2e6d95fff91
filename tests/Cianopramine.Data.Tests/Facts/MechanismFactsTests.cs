using Cianopramine.Data.Model;
using FluentAssertions.Execution;
using static Cianopramine.Data.Tests.Facts.FactsData;

namespace Cianopramine.Data.Tests.Facts;

/// <summary>FACTS.md, mechanism statements: G-X1–G-X4.</summary>
public sealed class MechanismFactsTests
{
    [Fact]
    public void G_X1_cianopramine_SERT_reuptake_blockade_is_the_primary_mechanism_citing_ref6()
    {
        var m = Embedded.Mechanisms.Get("G-X1");
        using (new AssertionScope())
        {
            m.Compound!.Id.Should().Be("cianopramine");
            m.Scope.Should().BeNull();
            m.Targets.Ids().Should().Equal("sert");
            m.Action.Should().Be(PharmacologicalAction.Inhibitor);
            m.IsPrimary.Should().BeTrue();
            m.Text.Should().Be("Cianopramine blocks serotonin reuptake through high-affinity binding to SERT, raising synaptic 5-HT.");
            m.References.Ids().Should().Equal("guide", "ref6");
            m.Notes.Should().BeEmpty();
            Embedded.Mechanisms.Where(x => x.IsPrimary).Select(x => x.Id).Should().Equal(new[] { "G-X1" }, "only G-X1 is stated as primary");
        }
    }

    [Fact]
    public void G_X2_cianopramine_is_a_weak_antagonist_at_postsynaptic_5HT_receptors_citing_ref5()
    {
        var m = Embedded.Mechanisms.Get("G-X2");
        using (new AssertionScope())
        {
            m.Compound!.Id.Should().Be("cianopramine");
            m.Scope.Should().BeNull();
            m.Targets.Ids().Should().Equal("postsynaptic-5ht-receptors");
            m.Action.Should().Be(PharmacologicalAction.Antagonist);
            m.IsPrimary.Should().BeFalse();
            m.Text.Should().Be("Cianopramine has weak antagonistic properties at postsynaptic 5-HT receptors.");
            m.References.Ids().Should().Equal("guide", "ref5");
            m.Notes.Should().BeEmpty();
        }
    }

    [Fact]
    public void G_X3_desmethylcianopramine_is_a_weaker_SERT_inhibitor_also_active_at_NET_citing_ref4()
    {
        var m = Embedded.Mechanisms.Get("G-X3");
        using (new AssertionScope())
        {
            m.Compound!.Id.Should().Be("desmethylcianopramine");
            m.Scope.Should().BeNull();
            m.Targets.Ids().Should().Equal("sert", "net");
            m.Action.Should().Be(PharmacologicalAction.Inhibitor);
            m.IsPrimary.Should().BeFalse();
            m.Text.Should().Be("Desmethylcianopramine is a weaker SERT inhibitor, also active at NET: a broader, dual monoaminergic action.");
            m.References.Ids().Should().Equal("guide", "ref4");
            m.Notes.Should().BeEmpty();
        }
    }

    [Fact]
    public void G_X4_chronic_administration_desensitises_5HT1A_autoreceptors_as_a_class_level_statement_with_no_compound()
    {
        var m = Embedded.Mechanisms.Get("G-X4");
        using (new AssertionScope())
        {
            m.Compound.Should().BeNull("the statement is class-level, not specific to cianopramine");
            m.IsClassLevel.Should().BeTrue();
            m.Scope.Should().Be("chronic administration (class-level statement, not specific to cianopramine)");
            m.Targets.Ids().Should().Equal("5ht1a-autoreceptors");
            m.Action.Should().Be(PharmacologicalAction.Desensitisation);
            m.IsPrimary.Should().BeFalse();
            m.Text.Should().Be("Chronic administration desensitises presynaptic 5-HT1A autoreceptors, further enhancing 5-HT release.");
            m.References.Ids().Should().Equal("guide", "ref7");
            m.Notes.Should().BeEmpty();
        }
    }
}
