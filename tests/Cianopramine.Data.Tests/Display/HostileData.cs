using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Tests.Display;

/// <summary>A small dataset whose every text field holds markup, quotes and ampersands, to prove the HTML renderings encode it.</summary>
internal static class HostileData
{
    /// <summary>Markup that would run script if written raw.</summary>
    public const string Script = "<script>alert('x')</script>";

    /// <summary>Markup that would run script from an attribute if written raw.</summary>
    public const string Image = "<img src=x onerror=\"alert(1)\">";

    /// <summary>A text that closes an attribute, then an element, then opens a script.</summary>
    public const string Breakout = "\" onmouseover=\"alert(2)\"></td></tr></table><script>alert(3)</script>";

    public static string Hostile(string label) => label + " " + Script + " & " + Image + " " + Breakout;

    public static Dataset Build()
    {
        var reference = new Reference
        {
            Id = "ref<1>",
            Kind = ReferenceKind.JournalArticle,
            Title = Hostile("title"),
            Authors = ValueArray<string>.Create(Hostile("author")),
            Journal = Hostile("journal"),
            Year = 1985,
            Url = "javascript:alert('url')",
            Status = ReferenceStatus.AbstractRead,
            Notes = ValueArray<CurationNote>.Create(new CurationNote { Kind = CurationNoteKind.CitationMismatch, Id = "C<9>", Text = Hostile("reference note") }),
        };
        var web = new Reference
        {
            Id = "web",
            Kind = ReferenceKind.WebPage,
            Title = "A page",
            Url = "https://example.org/page?a=1&b=\"2\"",
            Status = ReferenceStatus.NotChecked,
        };
        var refs = ValueArray<Reference>.Create(reference, web);
        var parent = new Compound
        {
            Id = "parent",
            Name = Hostile("parent"),
            Role = CompoundRole.ParentDrug,
            Class = Hostile("class"),
            Synonyms = ValueArray<Synonym>.Create(new Synonym { Text = Hostile("code"), Kind = SynonymKind.ResearchCode, References = refs }),
            Structure = new StructureDescriptors { Provenance = ValueProvenance.Computed, Method = Hostile("method"), Smiles = "C<C>&C", Formula = "C2H6" },
            Relations = ValueArray<CompoundRelation>.Create(new CompoundRelation { Kind = CompoundRelationKind.Analogue, CompoundId = "x", Description = Hostile("relation") }),
            References = refs,
            Notes = ValueArray<CurationNote>.Create(new CurationNote { Kind = CurationNoteKind.Unverified, Id = "C1", Text = Hostile("compound note") }),
        };
        var metabolite = new Compound { Id = "metabolite", Name = Hostile("metabolite"), Role = CompoundRole.Metabolite };
        var target = new Target
        {
            Id = "t",
            Symbol = Hostile("symbol"),
            Name = Hostile("target name"),
            Kind = TargetKind.Transporter,
            Gene = Hostile("gene"),
            Accessions = ValueArray<TargetAccession>.Create(new TargetAccession { Database = AccessionDatabase.UniProt, Value = Hostile("accession"), Species = Species.Human }),
            Classifications = ValueArray<TargetClassification>.Create(new TargetClassification { Symbol = Hostile("modern"), Text = Hostile("classification") }),
            References = refs,
            Notes = ValueArray<CurationNote>.Create(new CurationNote { Kind = CurationNoteKind.ContextNote, Text = Hostile("target note") }),
        };
        var over = new Target { Id = "u", Symbol = "U", Name = "Other", Kind = TargetKind.Transporter };
        var assay = new Assay
        {
            Id = "a",
            Kind = AssayKind.UptakeInhibition,
            Setting = AssaySetting.InVitro,
            Species = ValueArray<Species>.Create(Species.Rat),
            Tissue = Hostile("tissue"),
            Description = Hostile("assay"),
        };
        var results = new[]
        {
            new AssayResult
            {
                Id = "r<1>",
                Compound = parent,
                Target = target,
                Assay = assay,
                Value = new QuantitativeValue { Parameter = ActivityParameter.IC50, Relation = Relation.LessThan, Magnitude = new Quantity(0.00005m, Unit.Molar) },
                Conditions = new Conditions { Text = Hostile("conditions"), Dose = new Dose { Amount = new Quantity(2m, Unit.Milligram), Route = Route.Oral } },
                Action = PharmacologicalAction.Inhibitor,
                References = refs,
                Notes = ValueArray<CurationNote>.Create(new CurationNote { Kind = CurationNoteKind.BackgroundStatement, Id = "C<2>", Text = Hostile("result note") }),
            },
            new AssayResult
            {
                Id = "r2",
                Compound = parent,
                Target = over,
                Assay = assay,
                Value = new QuantitativeValue { Parameter = ActivityParameter.IC50, Magnitude = new Quantity(5m, Unit.Micromolar) },
                References = refs,
            },
            new AssayResult
            {
                Id = "r3",
                Compound = metabolite,
                Target = target,
                Assay = assay,
                Value = new QualitativeValue { Text = Hostile("qualitative"), Category = QualitativeCategory.Potent },
                References = refs,
            },
            new AssayResult
            {
                Id = "r4",
                Compound = metabolite,
                Target = target,
                Assay = assay,
                Value = new ComparativeValue { ComparedTo = parent, Direction = ComparativeDirection.Weaker, Magnitude = Hostile("degree"), Text = Hostile("comparative") },
                References = refs,
            },
        };
        var step = new MetabolicTransformation
        {
            Id = "m<1>",
            Substrate = parent,
            Product = metabolite,
            Reaction = Reaction.NDemethylation,
            EnzymeEvidence = EnzymeEvidence.Reported,
            Enzymes = ValueArray<string>.Create(Hostile("enzyme")),
            Setting = AssaySetting.InVivo,
            ProductActive = true,
            References = refs,
            Notes = ValueArray<CurationNote>.Create(new CurationNote { Kind = CurationNoteKind.ContextNote, Text = Hostile("step note") }),
        };
        var mechanism = new MechanismStatement
        {
            Id = "x<1>",
            Compound = parent,
            Targets = ValueArray<Target>.Create(target),
            Action = PharmacologicalAction.Inhibitor,
            IsPrimary = true,
            Text = Hostile("mechanism"),
            References = refs,
        };
        var gap = new DataGap
        {
            Id = "g<1>",
            Text = Hostile("gap"),
            Compounds = ValueArray<Compound>.Create(parent),
            Targets = ValueArray<Target>.Create(target, over),
            References = refs,
        };

        return new Dataset(
            new DatasetMetadata
            {
                Id = "hostile",
                Title = Hostile("dataset"),
                Version = Hostile("version"),
                Description = Hostile("description"),
                Sources = refs,
                ContentHash = new string('0', 64),
            },
            refs,
            ValueArray<Compound>.Create(parent, metabolite),
            ValueArray<Target>.Create(target, over),
            ValueArray<Assay>.Create(assay),
            ValueArray<AssayResult>.Create(results),
            ValueArray<MetabolicTransformation>.Create(step),
            ValueArray<MechanismStatement>.Create(mechanism),
            ValueArray<DataGap>.Create(gap));
    }
}
