using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>
/// Atom counts from SMILES (CPD0040): the formula a structure's atoms make, implicit hydrogens included, checked on
/// SMILES whose formulas are known.
/// </summary>
public sealed class SmilesAtomsTests
{
    [Theory]
    [InlineData("CN(C)CCCN1c2ccccc2CCc2ccc(C#N)cc21", "C20H23N3")] // cianopramine (S1)
    [InlineData("CNCCCN1c2ccccc2CCc2ccc(C#N)cc21", "C19H21N3")] // desmethylcianopramine (S2)
    [InlineData("CN(C)CCCN1c2ccccc2CCc2ccccc21", "C19H24N2")] // imipramine (S3)
    [InlineData("CN(C)CCCN1c2ccccc2CCc2ccc(Cl)cc21", "C19H23ClN2")] // clomipramine
    [InlineData("c1ccccc1", "C6H6")]
    [InlineData("c1cc[nH]c1", "C4H5N")] // pyrrole: the hydrogen on n is written
    [InlineData("c1ccncc1", "C5H5N")] // pyridine: no hydrogen on n
    [InlineData("[NH4+].[Cl-]", "ClH4N")] // Hill order without carbon: alphabetical
    [InlineData("O=C=O", "CO2")]
    [InlineData("CS(=O)(=O)O", "CH4O3S")] // sulfur at valence 6
    [InlineData("C[C@@H](N)C(=O)O", "C3H7NO2")] // alanine, chirality in brackets
    [InlineData("[2H]C([2H])([2H])O", "CH4O")] // deuterium counts as H
    [InlineData("C%10CC%10", "C3H6")] // two-digit ring closure
    [InlineData("Br/C=C/Br", "C2H2Br2")]
    public void The_atoms_of_a_SMILES_make_its_formula(string smiles, string formula)
    {
        SmilesAtoms.TryCount(smiles, out var counts).Should().BeTrue();

        MolecularFormula.Hill(counts).Should().Be(formula);
    }

    [Theory]
    [InlineData("C1CC")] // ring not closed
    [InlineData("C(C")] // branch not closed
    [InlineData("CXC")] // not an atom
    [InlineData("[C")] // bracket not closed
    [InlineData(")C")]
    public void A_SMILES_it_cannot_read_is_not_counted(string smiles)
    {
        SmilesAtoms.TryCount(smiles, out _).Should().BeFalse();
    }

    [Fact]
    public void The_monoisotopic_masses_of_the_embedded_structures_are_the_formulas()
    {
        MolecularFormula.TryParse("C20H23N3", out var cianopramine, out _).Should().BeTrue();
        MolecularFormula.TryParse("C19H21N3", out var metabolite, out _).Should().BeTrue();

        decimal.Round(MolecularFormula.MonoisotopicMass(cianopramine!)!.Value, 4).Should().Be(305.1892m);
        decimal.Round(MolecularFormula.MonoisotopicMass(metabolite!)!.Value, 4).Should().Be(291.1735m);
    }

    [Fact]
    public void Compounds_that_share_a_SMILES_or_a_formula_are_each_checked_against_their_own()
    {
        // The validator works out each distinct SMILES and formula once; every compound is still judged on its own pair.
        static string Compound(string id, string smiles, string formula) =>
            "{ \"id\": \"" + id + "\", \"name\": \"Compound " + id + "\", \"role\": \"metabolite\", \"structure\": { \"provenance\": \"computed\", \"smiles\": \"" + smiles +
            "\", \"formula\": \"" + formula + "\" }, \"references\": [\"ref1\"] }";
        var compounds = string.Join(",\n    ", new[]
        {
            TestData.CompoundA, TestData.CompoundB,
            Compound("c1", "CCO", "C2H6O"),
            Compound("c2", "CCO", "C2H6O"),
            Compound("c3", "CCO", "C3H8O"),
            Compound("c4", "CCCO", "C2H6O"),
            Compound("c5", "CCO", "C2H6Xx"),
            Compound("c6", "CCCO", "C2H6Xx"),
        });

        var diagnostics = TestData.Diagnostics(TestData.DatasetWith("compounds", compounds));

        diagnostics.Select(d => (d.Id, d.Location.JsonPath)).Should().Equal(
            ("CPD0040", "$.compounds[4].structure.formula"),
            ("CPD0040", "$.compounds[5].structure.formula"),
            ("CPD0021", "$.compounds[6].structure.formula"),
            ("CPD0021", "$.compounds[7].structure.formula"));
        diagnostics[0].Message.Should().Contain("C2H6O");
        diagnostics[1].Message.Should().Contain("C3H8O");
    }
}
