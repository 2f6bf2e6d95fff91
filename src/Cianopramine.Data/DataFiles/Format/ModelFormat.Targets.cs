using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>Targets (<c>targets[]</c>) with accessions and classifications, and assays (<c>assays[]</c>).</summary>
internal static partial class ModelFormat
{
    private static void WriteTarget(IModelSink s, Target t)
    {
        s.String("id", t.Id);
        s.String("symbol", t.Symbol);
        s.String("name", t.Name);
        s.Word("kind", t.Kind);
        s.OptionalString("gene", t.Gene);
        WriteAccessions(s, t.Accessions);
        if (s.BeginArray("classifications", t.Classifications.Count, required: false))
        {
            foreach (var classification in t.Classifications)
            {
                s.BeginObject(null);
                s.String("symbol", classification.Symbol);
                s.OptionalString("gene", classification.Gene);
                WriteAccessions(s, classification.Accessions);
                s.String("text", classification.Text);
                s.References("references", classification.References, required: true);
                s.EndObject();
            }

            s.EndArray();
        }

        s.References("references", t.References, required: false);
        WriteNotes(s, t.Notes);
    }

    private static void WriteAccessions(IModelSink s, ValueArray<TargetAccession> accessions)
    {
        if (!s.BeginArray("accessions", accessions.Count, required: false))
        {
            return;
        }

        foreach (var accession in accessions)
        {
            s.BeginObject(null);
            s.Word("database", accession.Database);
            s.String("value", accession.Value);
            s.OptionalWord("species", accession.Species);
            s.EndObject();
        }

        s.EndArray();
    }

    private static void WriteAssay(IModelSink s, Assay a)
    {
        s.String("id", a.Id);
        s.Word("kind", a.Kind);
        s.Word("setting", a.Setting);
        WriteWords(s, "species", a.Species);
        s.OptionalString("tissue", a.Tissue);
        s.OptionalString("description", a.Description);
    }

#if !CIANOPRAMINE_GENERATOR
    private static Target ReadTarget(ref CompactReader r) => new()
    {
        Id = r.String(),
        Symbol = r.String(),
        Name = r.String(),
        Kind = r.Word<TargetKind>(),
        Gene = r.OptionalString(),
        Accessions = ReadAccessions(ref r),
        Classifications = r.List(static (ref CompactReader x) => new TargetClassification
        {
            Symbol = x.String(),
            Gene = x.OptionalString(),
            Accessions = ReadAccessions(ref x),
            Text = x.String(),
            References = x.References(),
        }),
        References = r.References(),
        Notes = ReadNotes(ref r),
    };

    private static ValueArray<TargetAccession> ReadAccessions(ref CompactReader r) =>
        r.List(static (ref CompactReader x) => new TargetAccession
        {
            Database = x.Word<AccessionDatabase>(),
            Value = x.String(),
            Species = x.OptionalWord<Species>(),
        });

    private static Assay ReadAssay(ref CompactReader r) => new()
    {
        Id = r.String(),
        Kind = r.Word<AssayKind>(),
        Setting = r.Word<AssaySetting>(),
        Species = r.List(static (ref CompactReader x) => x.Word<Species>()),
        Tissue = r.OptionalString(),
        Description = r.OptionalString(),
    };
#endif
}
