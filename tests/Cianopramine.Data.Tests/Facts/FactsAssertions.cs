using Cianopramine.Data.Model;
using FluentAssertions.Execution;

namespace Cianopramine.Data.Tests.Facts;

/// <summary>
/// Property-by-property comparisons of dataset records with the values FACTS.md gives, reporting every difference at
/// once; each ends with the record's own value equality as a backstop, so a property added later is compared too.
/// </summary>
internal static class FactsAssertions
{
    /// <summary>Asserts that a result holds exactly the expected compound, target, assay, value, conditions, action, references and notes.</summary>
    public static void ShouldMatch(this AssayResult actual, AssayResult expected)
    {
        actual.Should().NotBeNull();
        using (new AssertionScope($"result {expected.Id}"))
        {
            actual.Id.Should().Be(expected.Id);
            actual.Compound.Id.Should().Be(expected.Compound.Id, "that is the compound tested");
            actual.Target.Id.Should().Be(expected.Target.Id, "that is the target");
            actual.Assay.ShouldMatch(expected.Assay);
            actual.Value.ShouldMatch(expected.Value);
            actual.Conditions.ShouldMatch(expected.Conditions);
            actual.Action.Should().Be(expected.Action, "that is the stated action");
            actual.References.Ids().Should().Equal(expected.References.Ids(), "the references are these, in this order");
            actual.Notes.Triples().Should().Equal(expected.Notes.Triples(), "the curation notes are these (kind, id, text)");
            actual.Should().Be(expected, "the record must equal the expected one in every property");
        }
    }

    /// <summary>Asserts an assay's id, kind, setting, species, tissue and description.</summary>
    public static void ShouldMatch(this Assay actual, Assay expected)
    {
        using (new AssertionScope($"assay {expected.Id}"))
        {
            actual.Id.Should().Be(expected.Id);
            actual.Kind.Should().Be(expected.Kind);
            actual.Setting.Should().Be(expected.Setting);
            actual.Species.Should().Equal(expected.Species);
            actual.Tissue.Should().Be(expected.Tissue);
            actual.Description.Should().Be(expected.Description);
            actual.Should().Be(expected);
        }
    }

    /// <summary>Asserts a value's kind and every property of that kind.</summary>
    public static void ShouldMatch(this ResultValue actual, ResultValue expected)
    {
        actual.Kind.Should().Be(expected.Kind, "the value kind is fixed by the source");
        switch (expected)
        {
            case QuantitativeValue q:
                var a = actual.Should().BeOfType<QuantitativeValue>().Subject;
                a.Parameter.Should().Be(q.Parameter);
                a.Relation.Should().Be(q.Relation);
                a.Magnitude.Value.Should().Be(q.Magnitude.Value, "the magnitude is an exact decimal");
                a.Magnitude.Unit.Should().Be(q.Magnitude.Unit);
                a.Spread.Should().Be(q.Spread, "the spread (value and kind) is as reported");
                break;
            case QualitativeValue t:
                var b = actual.Should().BeOfType<QualitativeValue>().Subject;
                b.Text.Should().Be(t.Text, "the source's words are kept verbatim");
                b.Category.Should().Be(t.Category);
                break;
            case ComparativeValue c:
                var d = actual.Should().BeOfType<ComparativeValue>().Subject;
                d.ComparedTo.Id.Should().Be(c.ComparedTo.Id);
                d.Direction.Should().Be(c.Direction);
                d.Magnitude.Should().Be(c.Magnitude);
                d.Text.Should().Be(c.Text);
                break;
        }

        actual.Should().Be(expected);
    }

    /// <summary>Asserts dose (relation, amount, unit, route), time after dose and text.</summary>
    public static void ShouldMatch(this Conditions actual, Conditions expected)
    {
        if (expected.Dose is null)
        {
            actual.Dose.Should().BeNull("no dose is stated");
        }
        else
        {
            actual.Dose.Should().NotBeNull("a dose is stated");
            actual.Dose!.Relation.Should().Be(expected.Dose.Relation);
            actual.Dose.Amount.Value.Should().Be(expected.Dose.Amount.Value);
            actual.Dose.Amount.Unit.Should().Be(expected.Dose.Amount.Unit);
            actual.Dose.Route.Should().Be(expected.Dose.Route);
        }

        actual.TimeAfterDose.Should().Be(expected.TimeAfterDose);
        actual.Text.Should().Be(expected.Text);
        actual.Should().Be(expected);
    }
}
