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
    [InlineData("Na2S.9H2O", 240.175)] // sodium sulfide nonahydrate: a multiplier of 9
    [InlineData("AgNO3", 169.874)] // an element symbol starting with A
    [InlineData("ZnCl2", 136.28)] // an element symbol starting with Z
    [InlineData("2Cl-.Ca2+", 110.978)] // calcium chloride as ions: Ca2+ after a separator is one calcium
    [InlineData("II2-", 380.70)] // triiodide written I + I2: three iodines, not an I with charge 2-
    [InlineData("C60+", 720.66)] // the fullerene cation: 60 carbons, charge 1+ (60 is no charge)
    [InlineData("ClC19H23N2[13C]", 327.860)] // clomipramine labelled with one carbon-13: 13.003355
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
    [InlineData("Na2S.9H2O", "Na2S.9H2O")]
    [InlineData("2Cl-.Ca2+", "2Cl-.Ca+2")] // the ion's symbol is read from after the separator
    [InlineData("I2.KI", "I2.IK")] // I2 before a separator is two iodines, not an iodide
    [InlineData("Mg2+", "Mg+2")]
    [InlineData("Al3+", "Al+3")]
    [InlineData("Zn2+", "Zn+2")]
    [InlineData("S2-", "S-2")] // sulfide
    [InlineData("Fe9+", "Fe+9")] // coronal iron (Fe X)
    [InlineData("Fe13+", "Fe+13")] // coronal iron (Fe XIV, the green line)
    [InlineData("Fe20+", "Fe+20")] // the largest charge read from digits before the sign
    [InlineData("C60+", "C60+")] // 60 is too large for a charge: it is the count
    [InlineData("II2-", "I3-")] // two symbols: the 2 is a count
    [InlineData("C54H119N36O10+9", "C54H119N36O10+9")] // nona-arginine with all nine guanidines protonated
    [InlineData("C120H262N80O21+20", "C120H262N80O21+20")] // (Arg)20, fully protonated: the largest charge
    [InlineData("CDCl3", "CDCl3")] // D sorts with H, before Cl
    [InlineData("C19H21ClN2T2", "C19H21T2ClN2")] // T sorts with H, before Cl
    [InlineData("ODH", "HDO")] // no carbon: D sorts as H, after H itself
    [InlineData("CHTDCOOH", "C2H2DTO2")] // chiral acetic acid: isotopes of H by mass, D before T
    [InlineData("ClC19H23N2[13C]", "C19[13C]H23ClN2")] // C and [13C] both carbon: still Hill order with C first
    [InlineData("((((((((CH4))))))))", "CH4")] // eight levels of parentheses are allowed
    public void TryParse_returns_the_Hill_formula(string formula, string hill)
    {
        MolecularFormula.TryParse(formula, out var parsed, out var error).Should().BeTrue(error);
        parsed!.HillFormula.Should().Be(hill);
        error.Should().BeEmpty();
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("C20H23Xx3", "unknown element 'Xx'")]
    [InlineData("c20h23n3", "unexpected 'c'")]
    [InlineData("C20(H23N3", "not closed")]
    [InlineData("C20H23)N3", "no matching")]
    [InlineData("C20 H23", "unexpected ' ' at position 4")]
    [InlineData("C0H4", "zero")]
    [InlineData("()", "empty parentheses")]
    [InlineData("C20H23N3.", "names no element")]
    [InlineData("C20H23N3.1/2H2O", "fractional")]
    [InlineData("C20H23[99Tc]", "unknown isotope '[99Tc]'")]
    [InlineData("C20H23N3[13C", "not closed")]
    [InlineData("Ca+0", "charge of 0")]
    [InlineData("C4H12N+-", "unexpected '-' at position 8")]
    [InlineData("C4H12N+30", "out of range")]
    [InlineData("Cu(SO4.5H2O)", "unexpected '.' at position 7")] // a separator inside parentheses
    [InlineData("C20H23N3..HCl", "unexpected '.' at position 10")] // an empty component
    [InlineData("C20H23N3./H2O", "unexpected '/' at position 10")] // a slash without a fraction
    [InlineData("C20H23N3.0H2O", "a multiplier of zero")]
    [InlineData("C20H23N3.2", "names no element")] // a multiplier of nothing
    [InlineData("Ca(OH)0", "a count of zero")]
    [InlineData("C100001", "the count of C is too large")]
    [InlineData("C1000000", "the count of C is too large")]
    [InlineData("(((((((((CH4)))))))))", "nested too deeply")] // nine levels
    [InlineData("CZz2", "unknown element 'Zz'")] // the whole two-letter symbol is named
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
    [InlineData("S2-", -2)]
    [InlineData("2Cl-.Ca2+", 0)]
    [InlineData("C60+", 1)]
    [InlineData("Fe20+", 20)]
    [InlineData("C54H119N36O10+9", 9)]
    public void TryParse_returns_the_net_charge(string formula, int charge)
    {
        MolecularFormula.TryParse(formula, out var parsed, out var error).Should().BeTrue(error);
        parsed!.Charge.Should().Be(charge);
    }

    [Fact]
    public void A_count_of_100000_is_the_largest_accepted()
    {
        MolecularFormula.TryParse("C100000", out var parsed, out var error).Should().BeTrue(error);

        parsed!.Elements.Should().Equal(new ElementCount("C", 100_000));
        parsed.AverageMass.Should().Be(1_201_100m); // 100,000 × 12.011
    }

    [Fact]
    public void The_monoisotopic_mass_is_unknown_for_an_element_outside_its_table()
    {
        // Cisplatin: platinum has no entry, so the stated monoisotopic mass cannot be checked.
        MolecularFormula.TryParse("Cl2H6N2Pt", out var cisplatin, out var error).Should().BeTrue(error);

        MolecularFormula.MonoisotopicMass(cisplatin!).Should().BeNull();
    }

    [Fact]
    public void Cianopramine_and_its_metabolite_differ_by_more_than_the_tolerance()
    {
        // FACTS C1: a page gives cianopramine as C19H21N3 / 291.39; validation must be able to tell.
        var difference = MolecularFormula.AverageMass("C20H23N3")!.Value - MolecularFormula.AverageMass("C19H21N3")!.Value;
        difference.Should().BeGreaterThan(MolecularFormula.MassTolerance);
    }

    // The expected values below come from RDKit 2022.09.3's periodic table (GetAtomicWeight, GetMostCommonIsotopeMass,
    // GetMassForIsotope), not from our tables: an independent source for every symbol the tables hold. RDKit's
    // atomic weights predate some IUPAC revisions (Ge 72.61 against 72.630, S 32.067 against 32.06), hence 0.025 g/mol.
    [Theory]
    [InlineData("H", 1.008)]
    [InlineData("He", 4.003)]
    [InlineData("Li", 6.941)]
    [InlineData("Be", 9.012)]
    [InlineData("B", 10.812)]
    [InlineData("C", 12.011)]
    [InlineData("N", 14.007)]
    [InlineData("O", 15.999)]
    [InlineData("F", 18.998)]
    [InlineData("Ne", 20.18)]
    [InlineData("Na", 22.99)]
    [InlineData("Mg", 24.305)]
    [InlineData("Al", 26.982)]
    [InlineData("Si", 28.086)]
    [InlineData("P", 30.974)]
    [InlineData("S", 32.067)]
    [InlineData("Cl", 35.453)]
    [InlineData("Ar", 39.948)]
    [InlineData("K", 39.098)]
    [InlineData("Ca", 40.078)]
    [InlineData("Ti", 47.867)]
    [InlineData("V", 50.942)]
    [InlineData("Cr", 51.996)]
    [InlineData("Mn", 54.938)]
    [InlineData("Fe", 55.845)]
    [InlineData("Co", 58.933)]
    [InlineData("Ni", 58.693)]
    [InlineData("Cu", 63.546)]
    [InlineData("Zn", 65.39)]
    [InlineData("Ga", 69.723)]
    [InlineData("Ge", 72.61)]
    [InlineData("As", 74.922)]
    [InlineData("Se", 78.96)]
    [InlineData("Br", 79.904)]
    [InlineData("Rb", 85.468)]
    [InlineData("Sr", 87.62)]
    [InlineData("Mo", 95.94)]
    [InlineData("Ag", 107.868)]
    [InlineData("Cd", 112.412)]
    [InlineData("Sn", 118.711)]
    [InlineData("Sb", 121.76)]
    [InlineData("Te", 127.6)]
    [InlineData("I", 126.904)]
    [InlineData("Cs", 132.905)]
    [InlineData("Ba", 137.328)]
    [InlineData("Gd", 157.25)]
    [InlineData("W", 183.84)]
    [InlineData("Pt", 195.078)]
    [InlineData("Au", 196.967)]
    [InlineData("Hg", 200.59)]
    [InlineData("Tl", 204.383)]
    [InlineData("Pb", 207.2)]
    [InlineData("Bi", 208.98)]
    public void Every_element_in_the_table_has_its_standard_atomic_weight(string symbol, double expected) =>
        ((double)MolecularFormula.AverageMass(symbol)!.Value).Should().BeApproximately(expected, 0.025);

    [Theory]
    [InlineData("H", 1.007825032)]
    [InlineData("B", 11.0093054)]
    [InlineData("C", 12.0)]
    [InlineData("N", 14.003074)]
    [InlineData("O", 15.99491462)]
    [InlineData("F", 18.99840322)]
    [InlineData("Na", 22.98976928)]
    [InlineData("Mg", 23.9850417)]
    [InlineData("Si", 27.97692653)]
    [InlineData("P", 30.97376163)]
    [InlineData("S", 31.972071)]
    [InlineData("Cl", 34.96885268)]
    [InlineData("K", 38.96370668)]
    [InlineData("Ca", 39.96259098)]
    [InlineData("Fe", 55.9349375)]
    [InlineData("Cu", 62.9295975)]
    [InlineData("Zn", 63.9291422)]
    [InlineData("Se", 79.9165213)]
    [InlineData("Br", 78.9183371)]
    [InlineData("I", 126.904473)]
    [InlineData("Li", 7.01600455)]
    public void Every_element_in_the_monoisotopic_table_has_its_most_abundant_isotope_mass(string symbol, double expected)
    {
        MolecularFormula.TryParse(symbol, out var parsed, out var error).Should().BeTrue(error);

        ((double)MolecularFormula.MonoisotopicMass(parsed!)!.Value).Should().BeApproximately(expected, 0.00001);
    }

    [Theory]
    [InlineData("[1H]", 1.007825032)]
    [InlineData("[2H]", 2.014101778)]
    [InlineData("[3H]", 3.016049278)]
    [InlineData("[11C]", 11.0114336)]
    [InlineData("[12C]", 12.0)]
    [InlineData("[13C]", 13.00335484)]
    [InlineData("[14C]", 14.00324199)]
    [InlineData("[13N]", 13.00573861)]
    [InlineData("[15N]", 15.0001089)]
    [InlineData("[15O]", 15.0030656)]
    [InlineData("[17O]", 16.9991317)]
    [InlineData("[18O]", 17.999161)]
    [InlineData("[18F]", 18.000938)]
    [InlineData("[32P]", 31.97390727)]
    [InlineData("[33P]", 32.9717255)]
    [InlineData("[35S]", 34.96903216)]
    [InlineData("[36Cl]", 35.96830698)]
    [InlineData("[76Br]", 75.924541)]
    [InlineData("[77Br]", 76.921379)]
    [InlineData("[82Br]", 81.9168041)]
    [InlineData("[123I]", 122.905589)]
    [InlineData("[124I]", 123.9062099)]
    [InlineData("[125I]", 124.9046302)]
    [InlineData("[131I]", 130.9061246)]
    public void Every_isotope_in_the_table_has_its_atomic_mass(string symbol, double expected) =>
        ((double)MolecularFormula.AverageMass(symbol)!.Value).Should().BeApproximately(expected, 0.00001);

    [Fact]
    public void Hill_leaves_out_an_element_counted_zero_times()
    {
        // Counting a SMILES adds the implicit hydrogens of every atom, zero for carbon tetrachloride.
        var counts = new Dictionary<string, long>(StringComparer.Ordinal) { ["Cl"] = 4, ["H"] = 0, ["C"] = 1 };

        MolecularFormula.Hill(counts).Should().Be("CCl4");
    }
}
