using Cianopramine.Data.Model;
using Cianopramine.Data.Units;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Tests.Validation;

/// <summary>A file that uses every part of docs/json-format.md the way the curated data does.</summary>
public class RealisticDatasetTests
{
    internal const string Json = """
        {
          "$schema": "../../docs/schema/dataset.schema.json",
          "$comment": "A cut-down copy of the shape of the curated data.",
          "dataset": {
            "id": "cianopramine", "title": "Cianopramine pharmacology", "version": "1.0.0",
            "description": "Cianopramine and desmethylcianopramine.", "sources": ["guide"],
            "namespace": "Cianopramine.Data", "typeName": "CianopramineDataset"
          },
          "references": [
            { "id": "guide", "kind": "technical-document", "title": "An In-Depth Technical Guide", "authors": ["BenchChem Technical Support Team"],
              "publisher": "BenchChem", "year": 2025, "month": 12, "catalogueNumber": "B1668977",
              "url": "https://www.benchchem.com/product/b1668977", "status": "source-document" },
            { "id": "eichler1984", "kind": "journal-article", "title": "Effect of cianopramine", "authors": ["Eichler HG", "Gasic S", "Korn A"],
              "journal": "Clin Pharmacol Ther", "year": 1984, "month": 10, "volume": "36", "issue": "4", "pages": "542-5",
              "doi": "10.1038/clpt.1984.216", "pmid": "6478739", "status": "abstract-read",
              "notes": [{ "kind": "context-note", "text": "PMID from one source." }] },
            { "id": "wainscott1996", "kind": "journal-article", "authors": ["Wainscott DB"], "authorsTruncated": true, "status": "abstract-read" }
          ],
          "compounds": [
            { "id": "cianopramine", "name": "Cianopramine", "role": "parent-drug", "class": "tricyclic antidepressant",
              "synonyms": [{ "text": "Ro 11-2465", "kind": "research-code" }, { "text": "3-cyanoimipramine", "kind": "semisystematic-name", "references": ["guide"] }],
              "structure": { "provenance": "computed", "method": "RDKit", "smiles": "CN(C)CCCN1c2ccccc2CCc2ccc(C#N)cc21", "formula": "C20H23N3",
                             "averageMass": 305.425, "monoisotopicMass": 305.1892, "inchiKey": "LQXYCDLHSKICDY-UHFFFAOYSA-N" },
              "relations": [{ "kind": "derivative", "compound": "imipramine", "description": "3-cyano analogue" }],
              "references": ["guide"] },
            { "id": "desmethylcianopramine", "name": "Desmethylcianopramine", "role": "metabolite",
              "structure": { "provenance": "computed", "formula": "C19H21N3", "averageMass": 291.398 }, "references": ["guide"] },
            { "id": "imipramine", "name": "Imipramine", "role": "reference-compound",
              "identifiers": { "pubchemCid": 3696, "drugbankId": "DB00458", "cas": "50-49-7" }, "references": ["guide"] }
          ],
          "targets": [
            { "id": "SERT", "symbol": "SERT", "name": "Serotonin transporter", "kind": "transporter", "gene": "SLC6A4",
              "accessions": [{ "database": "uniprot", "value": "P31645", "species": "human" }, { "database": "gtopdb", "value": "928" }, { "database": "chembl", "value": "CHEMBL228", "species": "human" }] },
            { "id": "5HT-post", "symbol": "5-HT (postsynaptic)", "name": "Postsynaptic 5-HT receptors", "kind": "receptor-group",
              "classifications": [{ "symbol": "5-HT2B", "gene": "HTR2B", "accessions": [{ "database": "uniprot", "value": "P41595" }], "text": "Now classified as 5-HT2B.", "references": ["wainscott1996"] }] },
            { "id": "alpha", "symbol": "alpha-AR", "name": "Alpha-adrenoceptors", "kind": "receptor", "references": ["eichler1984"] }
          ],
          "assays": [
            { "id": "platelet-uptake", "kind": "uptake-inhibition", "setting": "ex-vivo", "species": ["human"], "tissue": "platelets", "description": "14C-5-HT uptake into platelets" },
            { "id": "phenylephrine", "kind": "pressor-response", "setting": "in-vivo", "species": ["human"], "description": "Phenylephrine dose raising systolic pressure by 40 mm Hg" }
          ],
          "results": [
            { "id": "P4-1", "compound": "cianopramine", "target": "SERT", "assay": "platelet-uptake", "action": "inhibitor",
              "value": { "type": "quantitative", "parameter": "percent-inhibition", "value": 57, "unit": "%", "spread": { "value": 12, "kind": "unspecified" } },
              "conditions": { "dose": { "value": 0.5, "unit": "mg", "route": "oral" }, "timeAfterDose": { "value": 2, "unit": "h" } },
              "references": ["eichler1984"] },
            { "id": "P6-1", "compound": "cianopramine", "target": "alpha", "assay": "phenylephrine",
              "value": { "type": "quantitative", "parameter": "dose", "relation": "=", "value": 86, "unit": "µg/min", "spread": { "value": 32, "kind": "unspecified" } },
              "references": ["eichler1984"], "notes": [{ "kind": "context-note", "id": "P6", "text": "Weak alpha antagonism." }] },
            { "id": "G3", "compound": "desmethylcianopramine", "target": "SERT", "assay": "platelet-uptake",
              "value": { "type": "comparative", "comparedTo": "cianopramine", "direction": "weaker", "magnitude": "considerably", "text": "Considerably weaker than Cianopramine" },
              "references": ["guide"] },
            { "id": "G1", "compound": "cianopramine", "target": "SERT", "assay": "platelet-uptake",
              "value": { "type": "qualitative", "text": "Potent and Selective Inhibitor", "category": "potent" },
              "references": ["guide"], "notes": [{ "kind": "background-statement", "id": "C4", "text": "Background, not a measurement." }] }
          ],
          "transformations": [
            { "id": "M1", "substrate": "cianopramine", "product": "desmethylcianopramine", "reaction": "n-demethylation", "enzymes": "not-reported",
              "setting": "in-vivo", "productActive": true, "references": ["guide"],
              "notes": [{ "kind": "context-note", "id": "C8", "text": "Imipramine's CYP2C19 is not carried over." }] }
          ],
          "mechanisms": [
            { "id": "X1", "compound": "cianopramine", "targets": ["SERT"], "action": "inhibitor", "primary": true, "text": "Blocks serotonin reuptake.", "references": ["guide"] },
            { "id": "X4", "scope": "antidepressants (chronic administration)", "targets": ["SERT"], "action": "desensitisation", "text": "Desensitises 5-HT1A autoreceptors.", "references": ["guide"] }
          ],
          "gaps": [
            { "id": "G5", "text": "Specific in vitro Ki or IC50 values are not readily available.", "compounds": ["cianopramine", "desmethylcianopramine"],
              "targets": ["SERT"], "parameters": ["Ki", "IC50"], "setting": "in-vitro", "references": ["guide"] }
          ]
        }
        """;

    [Fact]
    public void A_realistic_dataset_in_the_documented_format_is_valid()
    {
        var validated = TestData.Validate(("cianopramine.dataset.json", Json));

        validated.Diagnostics.Should().BeEmpty(string.Join("\n", validated.Diagnostics));
        var s = validated.Datasets.Should().ContainSingle().Subject.Sections;
        (s.References.Count, s.Compounds.Count, s.Targets.Count, s.Assays.Count, s.Results.Count, s.Transformations.Count, s.Mechanisms.Count, s.Gaps.Count)
            .Should().Be((3, 3, 3, 2, 4, 1, 2, 1));
    }

    [Fact]
    public void The_values_are_read_as_written()
    {
        var s = TestData.Read(Json).Sections;

        var p6 = (QuantitativeValueSpec)s.Results[1].Value;
        (p6.Value.Magnitude.Value, p6.Value.Magnitude.Unit, p6.Value.Spread!.Value.Value).Should().Be((86m, Unit.MicrogramPerMinute, 32m));
        s.Results[0].Conditions!.Dose!.Value.Value.Should().Be(0.5m);
        s.Results[0].Conditions!.TimeAfterDose!.Unit.Value.Should().Be(Unit.Hour);
        ((ComparativeValueSpec)s.Results[2].Value).Magnitude.Should().Be("considerably");
        ((QualitativeValueSpec)s.Results[3].Value).Category.Should().Be(QualitativeCategory.Potent);
        s.Transformations[0].Enzymes.Should().Be(EnzymesSpec.NotReported);
        s.Transformations[0].ProductActive.Should().BeTrue();
        s.Mechanisms[1].Compound.Should().BeNull();
        s.Compounds[0].Structure!.AverageMass!.Value.Value.Should().Be(305.425);
        s.Compounds[2].Identifiers!.PubchemCid!.Value.Value.Should().Be(3696);
        s.References[2].AuthorsTruncated.Should().BeTrue();
        s.Gaps[0].Parameters.Should().Equal(ActivityParameter.Ki, ActivityParameter.IC50);
    }

    [Fact]
    public void Locations_of_nested_values_carry_their_json_path()
    {
        var s = TestData.Read(Json).Sections;

        s.Results[1].References[0].Location.JsonPath.Should().Be("$.results[1].references[0]");
        ((QuantitativeValueSpec)s.Results[1].Value).UnitLocation.Resolve().JsonPath.Should().Be("$.results[1].value.unit");
        s.Compounds[0].Structure!.Formula!.Value.Location.JsonPath.Should().Be("$.compounds[0].structure.formula");
    }
}
