using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;

namespace Cianopramine.Data.Tests.Querying;

/// <summary>The metabolism graph: direct lookups, transitive pathways both ways, cycles, diamonds, enzymes in words.</summary>
public sealed class MetabolismGraphTests
{
    private static string[] StepIds(MetabolicPathway pathway) => pathway.Select(s => s.Transformation.Id).ToArray();

    [Fact]
    public void A_chain_is_walked_transitively_with_depths()
    {
        var data = new QueryTestData().Compound("a").Compound("b").Compound("c").Compound("d")
            .Step("ab", "a", "b").Step("bc", "b", "c", Reaction.Hydroxylation, "CYP2D6").Step("cd", "c", "d", Reaction.Glucuronidation)
            .Build();

        var pathway = data.Metabolism.PathwayFrom("a");

        StepIds(pathway).Should().Equal("ab", "bc", "cd");
        pathway.Select(s => s.Depth).Should().Equal(1, 2, 3);
        pathway.Compounds.Select(c => c.Id).Should().Equal("a", "b", "c", "d");
        pathway.HasCycle.Should().BeFalse();
        StepIds(data.Metabolism.PathwayFrom("c")).Should().Equal("cd");
        data.Metabolism.PathwayFrom("d").IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void The_upstream_pathway_leads_back_to_the_parent()
    {
        var data = new QueryTestData().Compound("a").Compound("b").Compound("c")
            .Step("ab", "a", "b").Step("bc", "b", "c")
            .Build();

        var pathway = data.Metabolism.PathwayTo("c");

        pathway.Direction.Should().Be(PathwayDirection.Upstream);
        StepIds(pathway).Should().Equal("bc", "ab");
        pathway.Compounds.Select(c => c.Id).Should().Equal("c", "b", "a");
        data.Metabolism.ParentsOf("c").Select(s => s.Id).Should().Equal("bc");
        data.Metabolism.MetabolitesOf("a").Select(s => s.Id).Should().Equal("ab");
        data.Metabolism.IsFormedFrom(data.Compounds.Get("c"), data.Compounds.Get("a")).Should().BeTrue();
        data.Metabolism.IsFormedFrom(data.Compounds.Get("a"), data.Compounds.Get("c")).Should().BeFalse();
    }

    [Fact]
    public void Formed_from_searches_every_branch_past_dead_ends_and_cycles_and_answers_no_for_an_unrelated_compound()
    {
        // a → x is a dead end met before the branch through b; b → c → a closes a cycle; d is formed from nothing here.
        var data = new QueryTestData().Compound("a").Compound("b").Compound("c").Compound("x").Compound("d")
            .Step("ab", "a", "b").Step("ax", "a", "x").Step("bc", "b", "c").Step("ca", "c", "a")
            .Build();
        var compound = data.Compounds.Get;

        data.Metabolism.IsFormedFrom(compound("c"), compound("a")).Should().BeTrue();
        data.Metabolism.IsFormedFrom(compound("a"), compound("a")).Should().BeTrue("a is formed from itself through the cycle");
        data.Metabolism.IsFormedFrom(compound("x"), compound("c")).Should().BeTrue();
        data.Metabolism.IsFormedFrom(compound("d"), compound("a")).Should().BeFalse();
        data.Metabolism.IsFormedFrom(compound("a"), compound("x")).Should().BeFalse();
    }

    [Fact]
    public void A_cycle_ends_the_walk_and_the_step_that_closes_it_is_marked()
    {
        var data = new QueryTestData().Compound("a").Compound("b").Compound("c")
            .Step("ab", "a", "b").Step("bc", "b", "c").Step("ca", "c", "a")
            .Build();

        var from = data.Metabolism.PathwayFrom("a");
        var to = data.Metabolism.PathwayTo("a");

        StepIds(from).Should().Equal("ab", "bc", "ca");
        from.Select(s => s.ClosesCycle).Should().Equal(false, false, true);
        from.HasCycle.Should().BeTrue();
        from.Compounds.Select(c => c.Id).Should().Equal("a", "b", "c");
        StepIds(to).Should().Equal("ca", "bc", "ab");
        to.HasCycle.Should().BeTrue();
        from.ToText().Should().Contain("closes a cycle");
    }

    [Fact]
    public void A_compound_that_forms_itself_is_a_cycle_of_one_step()
    {
        var data = new QueryTestData().Compound("a").Step("aa", "a", "a", Reaction.Other).Build();

        var pathway = data.Metabolism.PathwayFrom("a");

        StepIds(pathway).Should().Equal("aa");
        pathway.Single().ClosesCycle.Should().BeTrue();
    }

    [Fact]
    public void Two_routes_to_one_metabolite_are_not_a_cycle()
    {
        var data = new QueryTestData().Compound("a").Compound("b").Compound("c").Compound("d")
            .Step("ab", "a", "b").Step("ac", "a", "c").Step("bd", "b", "d").Step("cd", "c", "d")
            .Build();

        var pathway = data.Metabolism.PathwayFrom("a");

        StepIds(pathway).Should().Equal("ab", "ac", "bd", "cd");
        pathway.HasCycle.Should().BeFalse();
        pathway.Compounds.Select(c => c.Id).Should().Equal("a", "b", "c", "d");
    }

    [Fact]
    public void Each_step_says_its_reaction_enzymes_or_not_reported_setting_and_references()
    {
        var data = new QueryTestData().Compound("a", "Alpha").Compound("b", "Beta").Compound("c", "Gamma")
            .Step("ab", "a", "b").Step("bc", "b", "c", Reaction.Hydroxylation, "CYP2D6", "CYP1A2")
            .Build();

        var steps = data.Metabolism.PathwayFrom("a").Select(s => s.ToString()).ToArray();

        steps.Should().Equal(
            "Alpha → Beta: N-demethylation; enzymes: not reported; in vivo [ref]",
            "Beta → Gamma: hydroxylation; enzymes: CYP2D6, CYP1A2; in vivo [ref]");
    }

    [Fact]
    public void A_compound_without_steps_has_an_empty_pathway_that_says_so()
    {
        var data = new QueryTestData().Compound("a", "Alpha").Build();

        data.Metabolism.MetabolitesOf("a").IsEmpty.Should().BeTrue();
        data.Metabolism.ParentsOf("a").IsEmpty.Should().BeTrue();
        data.Metabolism.PathwayFrom("a").ToText().Should().Be("Metabolism from Alpha: no metabolites in this dataset" + Environment.NewLine);
        data.Metabolism.PathwayTo("a").ToText().Should().Be("Metabolism leading to Alpha: no precursors in this dataset" + Environment.NewLine);
    }

    [Fact]
    public void An_unknown_compound_throws_with_suggestions()
    {
        var data = new QueryTestData().Compound("alphamine").Build();

        var act = () => data.Metabolism.PathwayFrom("alphamin");

        act.Should().Throw<NotFoundException>().Which.Suggestions.Should().Equal("alphamine");
    }
}
