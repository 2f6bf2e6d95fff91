using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>Metabolic transformations (<c>transformations[]</c>), mechanism statements (<c>mechanisms[]</c>) and data gaps (<c>gaps[]</c>).</summary>
internal static partial class ModelFormat
{
    private static void WriteTransformation(IModelSink s, MetabolicTransformation t)
    {
        s.String("id", t.Id);
        s.Link("substrate", LinkKind.Compound, t.Substrate.Id);
        s.Link("product", LinkKind.Compound, t.Product.Id);
        s.Word("reaction", t.Reaction);
        s.Enzymes("enzymes", t.EnzymeEvidence, t.Enzymes);
        s.OptionalWord("species", t.Species);
        s.OptionalWord("setting", t.Setting);
        s.OptionalBool("productActive", t.ProductActive);
        s.References("references", t.References, required: true);
        WriteNotes(s, t.Notes);
    }

    private static void WriteMechanism(IModelSink s, MechanismStatement m)
    {
        s.String("id", m.Id);
        s.OptionalLink("compound", LinkKind.Compound, m.Compound?.Id);
        s.OptionalString("scope", m.Scope);
        WriteLinks(s, "targets", LinkKind.Target, m.Targets, t => t.Id);
        s.Word("action", m.Action);
        s.Flag("primary", m.IsPrimary);
        s.String("text", m.Text);
        s.References("references", m.References, required: true);
        WriteNotes(s, m.Notes);
    }

    private static void WriteGap(IModelSink s, DataGap g)
    {
        s.String("id", g.Id);
        s.String("text", g.Text);
        WriteLinks(s, "compounds", LinkKind.Compound, g.Compounds, c => c.Id);
        WriteLinks(s, "targets", LinkKind.Target, g.Targets, t => t.Id);
        WriteWords(s, "parameters", g.Parameters);
        s.OptionalWord("setting", g.Setting);
        s.References("references", g.References, required: true);
    }

#if !CIANOPRAMINE_GENERATOR
    private static MetabolicTransformation ReadTransformation(ref CompactReader r)
    {
        var id = r.String();
        var substrate = r.Compound();
        var product = r.Compound();
        var reaction = r.Word<Reaction>();
        var evidence = r.Word<EnzymeEvidence>();
        return new MetabolicTransformation
        {
            Id = id,
            Substrate = substrate,
            Product = product,
            Reaction = reaction,
            EnzymeEvidence = evidence,
            Enzymes = evidence == EnzymeEvidence.Reported ? ReadStrings(ref r) : default,
            Species = r.OptionalWord<Species>(),
            Setting = r.OptionalWord<AssaySetting>(),
            ProductActive = r.OptionalBool(),
            References = r.References(),
            Notes = ReadNotes(ref r),
        };
    }

    private static MechanismStatement ReadMechanism(ref CompactReader r) => new()
    {
        Id = r.String(),
        Compound = r.OptionalCompound(),
        Scope = r.OptionalString(),
        Targets = r.List(static (ref CompactReader x) => x.Target()),
        Action = r.Word<PharmacologicalAction>(),
        IsPrimary = r.Flag(),
        Text = r.String(),
        References = r.References(),
        Notes = ReadNotes(ref r),
    };

    private static DataGap ReadGap(ref CompactReader r) => new()
    {
        Id = r.String(),
        Text = r.String(),
        Compounds = r.List(static (ref CompactReader x) => x.Compound()),
        Targets = r.List(static (ref CompactReader x) => x.Target()),
        Parameters = r.List(static (ref CompactReader x) => x.Word<ActivityParameter>()),
        Setting = r.OptionalWord<AssaySetting>(),
        References = r.References(),
    };
#endif
}
