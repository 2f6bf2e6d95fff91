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
    [InlineData("C$C", "C2")] // a quadruple bond leaves no hydrogens
    [InlineData("CCO.O", "C2H8O2")] // ethanol and water: after the dot, O starts a new part
    [InlineData("C(Cl)(Cl)Cl", "CHCl3")] // a branch on the first atom
    [InlineData("C0CC0", "C3H6")] // ring-closure digit 0
    [InlineData("C9CC9", "C3H6")] // ring-closure digit 9
    [InlineData("C%19CC%19", "C3H6")]
    [InlineData("C%10CCCN%10", "C4H9N")] // pyrrolidine: both digits of %10 are after the %
    [InlineData("C=5CCN%15CCCCC%15C5", "C9H15N")] // ring bonds 5 and %15 are different (the = pairs C with C, not with N)
    [InlineData("C=1CCN%97CCCCC%97C1", "C9H15N")] // ring bonds 1 and %97 are different
    [InlineData("C1CCCCC=1", "C6H10")] // cyclohexene, the double bond written at the ring closure
    [InlineData("C=1CCCCC1", "C6H10")] // cyclohexene, the double bond written at the ring opening
    [InlineData("CB", "CH5B")] // methylborane: B at the end is boron, not the start of Br
    [InlineData("[Ag+].[O-][N+](=O)[O-]", "AgNO3")] // silver nitrate
    [InlineData("[Zn+2].[Cl-].[Cl-]", "Cl2Zn")]
    [InlineData("[Na+].[Cl-]", "ClNa")] // a two-letter bracket symbol
    [InlineData("c1cc[se]c1", "C4H4Se")] // selenophene: aromatic se
    [InlineData("c1cc[asH]c1", "C4H5As")] // arsole: aromatic as
    [InlineData("[n]1ccccc1", "C5H5N")] // pyridine with its aromatic n in brackets
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
    [InlineData("(C)C")] // a branch with no atom before it
    [InlineData("1CC1")] // a ring bond with no atom before it
    [InlineData("CC%1")] // % needs two digits
    [InlineData("C%1CC%1C")] // % needs two digits
    [InlineData("C0CC%10")] // ring bonds 0 and %10 are different: neither is closed
    [InlineData("C[13]")] // an isotope and no element
    [InlineData("C[*]")] // a wildcard atom has no element to count
    public void A_SMILES_it_cannot_read_is_not_counted(string smiles)
    {
        SmilesAtoms.TryCount(smiles, out _).Should().BeFalse();
    }

    [Fact]
    public void A_structure_without_hydrogens_has_no_hydrogen_count()
    {
        SmilesAtoms.TryCount("O=C=O", out var counts).Should().BeTrue();

        counts.Should().Equal(new Dictionary<string, long>(StringComparer.Ordinal) { ["C"] = 1, ["O"] = 2 });
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

    [Theory]
    [InlineData("C[N+](C)(C)C", "C4H12N+")] // tetramethylammonium: the charge is the formula's, the atoms agree
    [InlineData("CNC.Cl", "C2H7N.ClH")] // dimethylamine hydrochloride, components as ChEMBL writes them
    [InlineData("CNC.Cl", "C2H7N.HCl")]
    [InlineData("CNC.Cl", "C2H7N·HCl")]
    [InlineData("CC(=O)[O-].[Na+]", "C2H3NaO2")] // sodium acetate as one neutral formula
    [InlineData("CC(=O)[O-].[Na+]", "C2H3O2-.Na+")]
    [InlineData("[2H]CCO", "C2H5DO")] // deuterium written D in the formula and [2H] in the SMILES
    [InlineData("[3H]CCO", "C2H5TO")]
    [InlineData("C[13CH2]O", "C[13C]H6O")]
    [InlineData("O.O.[Cl-].[Cl-].[Ca+2]", "CaCl2.2H2O")] // calcium chloride dihydrate
    public void A_salt_a_charge_or_an_isotope_in_the_formula_agrees_with_the_same_atoms_in_the_SMILES(string smiles, string formula)
    {
        var compound = TestData.CompoundAWith("\"structure\": { \"provenance\": \"computed\", \"smiles\": \"" + smiles + "\", \"formula\": \"" + formula + "\" }");

        var diagnostics = TestData.Diagnostics(TestData.DatasetWith("compounds", TestData.Compounds(compound)));

        diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("C[N+](C)(C)C", "C4H13N+", "C4H12N")] // one hydrogen too many, charge or not
    [InlineData("CNC.Cl", "C2H7N", "C2H8ClN")] // the SMILES has the salt, the formula not
    [InlineData("CNC", "C2H7N.ClH", "C2H7N")] // the formula has the salt, the SMILES not
    [InlineData("[2H]CCO", "C2H6DO", "C2H6O")] // one hydrogen too many, labelled or not
    public void Atoms_that_differ_still_disagree_and_the_message_gives_the_SMILES_atoms(string smiles, string formula, string fromSmiles)
    {
        var compound = TestData.CompoundAWith("\"structure\": { \"provenance\": \"computed\", \"smiles\": \"" + smiles + "\", \"formula\": \"" + formula + "\" }");

        var diagnostics = TestData.Diagnostics(TestData.DatasetWith("compounds", TestData.Compounds(compound)));

        diagnostics.Should().ContainSingle().Which.Message.Should().Be("The formula " + formula + " does not match the SMILES, whose atoms make " + fromSmiles);
    }
}
