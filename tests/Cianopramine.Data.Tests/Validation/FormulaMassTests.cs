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
    [InlineData("C12H12N+", 170.235)] // a cation: electrons are not counted
    [InlineData("C20H23N3.HCl", 341.883)] // a salt: the components add up
    [InlineData("C20H23N3\u00B72HCl", 378.341)] // middle dot and a multiplier
    [InlineData("C20H23N3.2H2O", 341.455)] // a dihydrate
    [InlineData("C20H21T2N3", 309.441)] // tritium: 3.016049 per T
    [InlineData("C20H21[3H]2N3", 309.441)] // the same in brackets
    [InlineData("C20H20D3N3", 308.443)] // deuterium: 2.014102 per D
    [InlineData("C19[11C]H23N3", 304.425)] // carbon-11: 11.011434
    [InlineData("C16H15[125I]N2O", 376.214)] // iodine-125: 124.904630
    [InlineData("Ca+2", 40.078)]
    [InlineData("Ca2+", 40.078)] // one calcium with charge 2+, not Ca2 with charge +1
    [InlineData("C2H3O2-", 59.044)] // acetate: O2 is a count
    public void AverageMass_uses_standard_atomic_weights(string formula, double expected) =>
        ((double)MolecularFormula.AverageMass(formula)!.Value).Should().BeApproximately(expected, 0.001);

    [Theory]
    [InlineData("H23N3C20", "C20H23N3")]
    [InlineData("ClC19N2H23", "C19H23ClN2")]
    [InlineData("OH2", "H2O")] // no carbon: alphabetical, H included
    [InlineData("Ca(OH)2", "CaH2O2")]
    [InlineData("CH3CH2OH", "C2H6O")]
    [InlineData("C20H23N3.HCl", "C20H23N3.ClH")] // each component in Hill order, as ChEMBL writes salts
    [InlineData("C20H23N3\u00B72HCl", "C20H23N3.2ClH")]
    [InlineData("NC4H12+", "C4H12N+")]
    [InlineData("Ca2+", "Ca+2")]
    [InlineData("Ca++", "Ca+2")]
    [InlineData("SO4-2", "O4S-2")]
    [InlineData("[11C]C19H23N3", "C19[11C]H23N3")] // an isotope right after its element
    [InlineData("C20N3D3H20", "C20H20D3N3")]
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
    [InlineData("C20H23N3.", "names no element")]
    [InlineData("C20H23N3.1/2H2O", "fractional")]
    [InlineData("C20H23[99Tc]", "unknown isotope '[99Tc]'")]
    [InlineData("C20H23N3[13C", "not closed")]
    [InlineData("Ca+0", "charge of 0")]
    [InlineData("C4H12N+-", "unexpected '-'")]
    [InlineData("C4H12N+30", "out of range")]
    public void TryParse_rejects_malformed_formulas(string formula, string reason)
    {
        MolecularFormula.TryParse(formula, out var parsed, out var error).Should().BeFalse();
        parsed.Should().BeNull();
        error.Should().Contain(reason);
    }

    [Theory]
    [InlineData("C20H23N3", 0)]
    [InlineData("C4H12N+", 1)]
    [InlineData("Ca2+", 2)]
    [InlineData("C2H3O2-", -1)]
    [InlineData("Ca+2.2Cl-", 0)]
    [InlineData("SO4--", -2)]
    public void TryParse_returns_the_net_charge(string formula, int charge)
    {
        MolecularFormula.TryParse(formula, out var parsed, out var error).Should().BeTrue(error);
        parsed!.Charge.Should().Be(charge);
    }

    [Fact]
    public void Cianopramine_and_its_metabolite_differ_by_more_than_the_tolerance()
    {
        // FACTS C1: a page gives cianopramine as C19H21N3 / 291.39; validation must be able to tell.
        var difference = MolecularFormula.AverageMass("C20H23N3")!.Value - MolecularFormula.AverageMass("C19H21N3")!.Value;
        difference.Should().BeGreaterThan(MolecularFormula.MassTolerance);
    }
}
