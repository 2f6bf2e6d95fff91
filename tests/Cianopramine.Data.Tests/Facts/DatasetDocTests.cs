using System.Globalization;
using Cianopramine.Data.Model;
using FluentAssertions.Execution;
using static Cianopramine.Data.Tests.Facts.DatasetDocFormat;
using static Cianopramine.Data.Tests.Facts.FactsData;

namespace Cianopramine.Data.Tests.Facts;

/// <summary>
/// docs/dataset.md against the embedded dataset: every entity of the data is in the doc with the same values, and
/// the doc lists nothing the data does not. Numbers are compared as numbers.
/// </summary>
public sealed class DatasetDocTests
{
    private static readonly Lazy<MarkdownTables> LazyDoc = new(() => MarkdownTables.Parse(File.ReadAllText(DocPath())));

    private static MarkdownTables Doc => LazyDoc.Value;

    [Fact]
    public void Dataset_section_shows_the_metadata_and_description()
    {
        var rows = Doc["Dataset"].Rows;
        rows.Should().ContainSingle();
        var row = rows[0];
        using (new AssertionScope(row.ToString()))
        {
            row["id"].Should().Be(Embedded.Metadata.Id);
            row["title"].Should().Be(Embedded.Metadata.Title);
            row["version"].Should().Be(Embedded.Metadata.Version);
            row["sources"].Should().Be(RefIds(Embedded.Metadata.Sources));
            if (Embedded.Metadata.Description is { } description)
            {
                Doc.Text.Split('\n').Should().Contain(description, "the description is a paragraph of its own under the table");
            }
        }
    }

    [Fact]
    public void Compounds_table_lists_every_compound_with_its_values_and_nothing_else()
    {
        var doc = Doc["Compounds"].ByKey("id");
        using (new AssertionScope("Compounds table"))
        {
            doc.Keys.Should().BeEquivalentTo(Embedded.Compounds.Select(c => c.Id));
            foreach (var c in Embedded.Compounds)
            {
                if (!doc.TryGetValue(c.Id, out var row))
                {
                    continue;
                }

                using (new AssertionScope($"{row} (compound {c.Id})"))
                {
                    row["FACTS"].Should().NotBe(Absent).And.NotBeEmpty();
                    row["name"].Should().Be(c.Name);
                    row["role"].Should().Be(Word(c.Role));
                    row["class"].Should().Be(Optional(c.Class));
                    row["synonyms (kind; references)"].Should().Be(Synonyms(c.Synonyms));
                    row["relations"].Should().Be(Relations(c.Relations));
                    row["references"].Should().Be(RefIds(c.References));
                    ParseNotes(row["notes"]).Should().Equal(NotesOf(c.Notes));
                }
            }
        }
    }

    [Fact]
    public void Structures_table_lists_every_structure_and_identifier_set_with_the_same_values()
    {
        var doc = Doc["Structures and identifiers"].ByKey("compound");
        var expected = Embedded.Compounds.Where(c => c.Structure is not null || !c.Identifiers.IsEmpty).ToList();
        using (new AssertionScope("Structures table"))
        {
            doc.Keys.Should().BeEquivalentTo(expected.Select(c => c.Id));
            foreach (var c in expected)
            {
                if (!doc.TryGetValue(c.Id, out var row))
                {
                    continue;
                }

                var s = c.Structure;
                using (new AssertionScope($"{row} (structure of {c.Id})"))
                {
                    row["FACTS"].Should().NotBe(Absent).And.NotBeEmpty();
                    row["provenance"].Should().Be(s is null ? Absent : Word(s.Provenance));
                    row["method"].Should().Be(Optional(s?.Method));
                    row["SMILES"].Should().Be(Optional(s?.Smiles));
                    row["formula"].Should().Be(Optional(s?.Formula));
                    Mass(row["average mass (g/mol)"]).Should().Be(s?.AverageMass);
                    Mass(row["monoisotopic mass (g/mol)"]).Should().Be(s?.MonoisotopicMass);
                    row["InChIKey"].Should().Be(Optional(s?.InChIKey?.Value));
                    row["identifiers"].Should().Be(CompoundIdentifiers(c.Identifiers));
                }
            }
        }
    }

    [Fact]
    public void Targets_table_lists_every_target_with_its_values_and_nothing_else()
    {
        var doc = Doc["Targets"].ByKey("id");
        using (new AssertionScope("Targets table"))
        {
            doc.Keys.Should().BeEquivalentTo(Embedded.Targets.Select(t => t.Id));
            foreach (var t in Embedded.Targets)
            {
                if (!doc.TryGetValue(t.Id, out var row))
                {
                    continue;
                }

                using (new AssertionScope($"{row} (target {t.Id})"))
                {
                    row["FACTS"].Should().NotBe(Absent).And.NotBeEmpty();
                    row["symbol"].Should().Be(t.Symbol);
                    row["name"].Should().Be(t.Name);
                    row["kind"].Should().Be(Word(t.Kind));
                    row["gene"].Should().Be(Optional(t.Gene));
                    row["accessions"].Should().Be(Accessions(t.Accessions));
                    row["references"].Should().Be(RefIds(t.References));
                    ParseNotes(row["notes"]).Should().Equal(NotesOf(t.Notes));
                }
            }
        }
    }

    [Fact]
    public void Classifications_table_lists_every_modern_classification_link_and_nothing_else()
    {
        var expected = Embedded.Targets.SelectMany(t => t.Classifications.Select(c => (Target: t.Id, Classification: c))).ToList();
        var rows = Doc["Modern classifications"].Rows;
        using (new AssertionScope("Modern classifications table"))
        {
            rows.Select(r => $"{r["target"]} -> {r["classified as"]}").Should().BeEquivalentTo(
                expected.Select(x => $"{x.Target} -> {x.Classification.Symbol}"));
            foreach (var (target, c) in expected)
            {
                var row = rows.FirstOrDefault(r => r["target"] == target && r["classified as"] == c.Symbol);
                if (row is null)
                {
                    continue;
                }

                using (new AssertionScope($"{row} ({target} -> {c.Symbol})"))
                {
                    row["FACTS"].Should().NotBe(Absent).And.NotBeEmpty();
                    row["gene"].Should().Be(Optional(c.Gene));
                    row["accessions"].Should().Be(Accessions(c.Accessions));
                    row["text"].Should().Be(c.Text);
                    row["references"].Should().Be(RefIds(c.References));
                }
            }
        }
    }

    [Fact]
    public void Assays_table_lists_every_assay_with_its_values_and_nothing_else()
    {
        var doc = Doc["Assays"].ByKey("id");
        using (new AssertionScope("Assays table"))
        {
            doc.Keys.Should().BeEquivalentTo(Embedded.Assays.Select(a => a.Id));
            foreach (var a in Embedded.Assays)
            {
                if (!doc.TryGetValue(a.Id, out var row))
                {
                    continue;
                }

                using (new AssertionScope($"{row} (assay {a.Id})"))
                {
                    row["FACTS"].Should().NotBe(Absent).And.NotBeEmpty();
                    row["kind"].Should().Be(Word(a.Kind));
                    row["setting"].Should().Be(Word(a.Setting));
                    row["species"].Should().Be(Items(a.Species.Select(s => Word(s))));
                    row["tissue"].Should().Be(Optional(a.Tissue));
                    row["description"].Should().Be(a.Description);
                }
            }
        }
    }

    [Fact]
    public void Results_table_lists_every_result_with_the_same_compound_target_value_conditions_references_and_notes_and_nothing_else()
    {
        var doc = Doc["Results"].ByKey("id");
        using (new AssertionScope("Results table"))
        {
            doc.Keys.Should().BeEquivalentTo(Embedded.AllResults.Select(r => r.Id));
            foreach (var r in Embedded.AllResults)
            {
                if (!doc.TryGetValue(r.Id, out var row))
                {
                    continue;
                }

                using (new AssertionScope($"{row} (result {r.Id})"))
                {
                    ShouldNameItsFactsRow(row, r.Id);
                    row["compound"].Should().Be(r.Compound.Id);
                    row["target"].Should().Be(r.Target.Id);
                    row["assay"].Should().Be(r.Assay.Id);
                    row["action"].Should().Be(Optional(r.Action));
                    ParseValue(row["value"]).Should().Be(ValueOf(r.Value), "the value (numbers compared as numbers) is the data's");
                    ParseConditions(row["conditions"]).Should().Be(ConditionsOf(r.Conditions), "the conditions (numbers compared as numbers) are the data's");
                    row["references"].Should().Be(RefIds(r.References));
                    ParseNotes(row["notes"]).Should().Equal(NotesOf(r.Notes));
                }
            }
        }
    }

    [Fact]
    public void Metabolism_table_lists_every_transformation_with_its_values_and_nothing_else()
    {
        var doc = Doc["Metabolism"].ByKey("id");
        using (new AssertionScope("Metabolism table"))
        {
            doc.Keys.Should().BeEquivalentTo(Embedded.Transformations.Select(t => t.Id));
            foreach (var t in Embedded.Transformations)
            {
                if (!doc.TryGetValue(t.Id, out var row))
                {
                    continue;
                }

                using (new AssertionScope($"{row} (transformation {t.Id})"))
                {
                    row["FACTS"].Should().Be(t.Id);
                    row["substrate"].Should().Be(t.Substrate.Id);
                    row["product"].Should().Be(t.Product.Id);
                    row["reaction"].Should().Be(Word(t.Reaction));
                    row["enzymes"].Should().Be(t.EnzymeEvidence == EnzymeEvidence.Reported ? Items(t.Enzymes) : Word(t.EnzymeEvidence));
                    row["species"].Should().Be(Optional(t.Species));
                    row["setting"].Should().Be(Optional(t.Setting));
                    row["product active"].Should().Be(Optional(t.ProductActive));
                    row["references"].Should().Be(RefIds(t.References));
                    ParseNotes(row["notes"]).Should().Equal(NotesOf(t.Notes));
                }
            }
        }
    }

    [Fact]
    public void Mechanisms_table_lists_every_mechanism_statement_with_its_values_and_nothing_else()
    {
        var doc = Doc["Mechanisms"].ByKey("id");
        using (new AssertionScope("Mechanisms table"))
        {
            doc.Keys.Should().BeEquivalentTo(Embedded.Mechanisms.Select(m => m.Id));
            foreach (var m in Embedded.Mechanisms)
            {
                if (!doc.TryGetValue(m.Id, out var row))
                {
                    continue;
                }

                using (new AssertionScope($"{row} (mechanism {m.Id})"))
                {
                    row["FACTS"].Should().Be(m.Id);
                    row["compound or scope"].Should().Be(m.Compound is { } c ? c.Id : $"class-level: {m.Scope}");
                    row["targets"].Should().Be(Items(m.Targets.Select(t => t.Id)));
                    row["action"].Should().Be(Word(m.Action));
                    row["primary"].Should().Be(Optional(m.IsPrimary));
                    row["text"].Should().Be(m.Text);
                    row["references"].Should().Be(RefIds(m.References));
                    ParseNotes(row["notes"]).Should().Equal(NotesOf(m.Notes));
                }
            }
        }
    }

    [Fact]
    public void Gaps_table_lists_every_data_gap_with_its_values_and_nothing_else()
    {
        var doc = Doc["Gaps"].ByKey("id");
        using (new AssertionScope("Gaps table"))
        {
            doc.Keys.Should().BeEquivalentTo(Embedded.Gaps.Select(g => g.Id));
            foreach (var g in Embedded.Gaps)
            {
                if (!doc.TryGetValue(g.Id, out var row))
                {
                    continue;
                }

                using (new AssertionScope($"{row} (gap {g.Id})"))
                {
                    row["FACTS"].Should().Be(g.Id);
                    row["text (the source's words)"].Should().Be(g.Text);
                    row["compounds"].Should().Be(Items(g.Compounds.Select(c => c.Id)));
                    row["targets"].Should().Be(Items(g.Targets.Select(t => t.Id)));
                    row["missing parameters"].Should().Be(Items(g.Parameters.Select(p => Word(p))));
                    row["setting"].Should().Be(Optional(g.Setting));
                    row["references"].Should().Be(RefIds(g.References));
                }
            }
        }
    }

    [Fact]
    public void Curation_notes_table_lists_every_note_with_an_id_where_it_is_stored_and_every_classification_and_nothing_else()
    {
        var notes = AllNotes(Embedded).Where(x => x.Note.Id is not null).GroupBy(x => x.Note.Id!).ToList();
        var classifications = Embedded.Targets.SelectMany(t => t.Classifications.Select(c => (Target: t.Id, Classification: c))).ToList();
        var table = Doc["Curation notes"];
        var noteRows = table.Rows.Where(r => r["kind"] != "classification").ToList();
        var classificationRows = table.Rows.Where(r => r["kind"] == "classification").ToList();
        using (new AssertionScope("Curation notes table"))
        {
            noteRows.Select(r => r["FACTS"]).Should().BeEquivalentTo(notes.Select(g => g.Key), "every note id appears once, and no other");
            foreach (var group in notes)
            {
                var row = noteRows.FirstOrDefault(r => r["FACTS"] == group.Key);
                if (row is null)
                {
                    continue;
                }

                using (new AssertionScope($"{row} (note {group.Key})"))
                {
                    group.Select(x => x.Note.Kind).Distinct().Should().ContainSingle("note {0} has one kind wherever it is stored", group.Key);
                    group.Select(x => x.Note.Text).Distinct().Should().ContainSingle("note {0} has one text wherever it is stored", group.Key);
                    row["kind"].Should().Be(Word(group.First().Note.Kind));
                    row["stored on"].Should().Be(string.Join("; ", group.Select(x => x.Holder)));
                    row["text"].Should().Be(group.First().Note.Text);
                }
            }

            classificationRows.Select(r => $"{r["stored on"]}: {r["text"]}").Should().BeEquivalentTo(
                classifications.Select(x => $"target classification {x.Target}: {x.Classification.Text}"));
        }
    }

    [Fact]
    public void References_table_lists_every_reference_with_its_citation_identifiers_status_and_notes_and_nothing_else()
    {
        var doc = Doc["References"].ByKey("id");
        using (new AssertionScope("References table"))
        {
            doc.Keys.Should().BeEquivalentTo(Embedded.References.Select(r => r.Id));
            foreach (var r in Embedded.References)
            {
                if (!doc.TryGetValue(r.Id, out var row))
                {
                    continue;
                }

                using (new AssertionScope($"{row} (reference {r.Id})"))
                {
                    row["FACTS"].Should().Be(r.Id);
                    row["kind"].Should().Be(Word(r.Kind));
                    row["citation"].Should().Be(Citation(r));
                    row["identifiers"].Should().Be(ReferenceIdentifiers(r));
                    row["status"].Should().Be(Word(r.Status));
                    ParseNotes(row["notes"]).Should().Equal(NotesOf(r.Notes));
                }
            }
        }
    }

    [Fact]
    public void Value_and_conditions_cells_are_read_as_numbers_not_text()
    {
        // The reader compares numbers, so writing 0.00005 for 5e-5, or 57.0 for 57, still matches.
        ParseValue("IC50 = 0.00005 M").Should().Be(ParseValue("IC50 = 5e-5 M"));
        ParseValue("percent-inhibition = 57.0 % ± 12 (unspecified)").Number.Should().Be(57m);
        ParseConditions("dose 0.50 mg oral; 2 h after dose").DoseValue.Should().Be(0.5m);
        ParseValue("dose = 67 µg/min ± 25 (unspecified)").Unit.Should().Be("ug/min");
    }

    private static void ShouldNameItsFactsRow(MarkdownRow row, string id)
    {
        var facts = row["FACTS"];
        (id == facts || id.StartsWith(facts + "-", StringComparison.Ordinal)).Should().BeTrue(
            "the FACTS column names the FACTS.md row that result {0} encodes (its id, or its id's prefix), but it says '{1}'", id, facts);
    }

    private static string DocPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cianopramine.Data.sln")))
            {
                return Path.Combine(dir.FullName, "docs", "dataset.md");
            }
        }

        throw new DirectoryNotFoundException(string.Create(CultureInfo.InvariantCulture, $"No directory above {AppContext.BaseDirectory} holds Cianopramine.Data.sln."));
    }
}
