using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

public class FormulaMassTests
{
    [Theory]
    [InlineData("C20H23N3", 305.425)] // cianopramine (FACTS S1)
    [InlineData("C19H21N3", 291.398)] // desmethylcianopramine (FACTS S2)
    [InlineData("C19H24N2", 280.415)] // imipramine (FACTS S3)
    [InlineData("H2O", 18.015)]
    [InlineData("NaCl", 58.44)]
    [InlineData("Ca(OH)2", 74.092)]
    [InlineData("C19H23ClN2", 314.857)] // clomipramine
    public void AverageMass_uses_standard_atomic_weights(string formula, double expected) =>
        ((double)MolecularFormula.AverageMass(formula)!.Value).Should().BeApproximately(expected, 0.001);

    [Theory]
    [InlineData("H23N3C20", "C20H23N3")]
    [InlineData("ClC19N2H23", "C19H23ClN2")]
    [InlineData("OH2", "H2O")] // no carbon: alphabetical, H included
    [InlineData("Ca(OH)2", "CaH2O2")]
    [InlineData("CH3CH2OH", "C2H6O")]
    public void TryParse_returns_the_Hill_formula(string formula, string hill)
    {
        MolecularFormula.TryParse(formula, out var parsed, out var error).Should().BeTrue(error);
        parsed!.HillFormula.Should().Be(hill);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("C20H23Xx3", "unknown element 'Xx'")]
    [InlineData("c20h23n3", "unexpected 'c'")]
    [InlineData("C20(H23N3", "not closed")]
    [InlineData("C20H23)N3", "no matching")]
    [InlineData("C20 H23", "unexpected ' '")]
    [InlineData("C0H4", "zero")]
    [InlineData("()", "empty parentheses")]
    public void TryParse_rejects_malformed_formulas(string formula, string reason)
    {
        MolecularFormula.TryParse(formula, out var parsed, out var error).Should().BeFalse();
        parsed.Should().BeNull();
        error.Should().Contain(reason);
    }

    [Fact]
    public void Cianopramine_and_its_metabolite_differ_by_more_than_the_tolerance()
    {
        // FACTS C1: a page gives cianopramine as C19H21N3 / 291.39; validation must be able to tell.
        var difference = MolecularFormula.AverageMass("C20H23N3")!.Value - MolecularFormula.AverageMass("C19H21N3")!.Value;
        difference.Should().BeGreaterThan(MolecularFormula.MassTolerance);
    }
}
