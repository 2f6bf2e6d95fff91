using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>A result's source records: <c>chembl</c> and <c>gtopdb</c>.</summary>
internal static partial class ModelFormat
{
    private static void WriteChembl(IModelSink s, ChemblActivity? c)
    {
        if (!s.BeginOptionalObject("chembl", c is not null))
        {
            return;
        }

        s.OptionalInteger("activityId", c!.ActivityId);
        s.OptionalString("assayId", c.AssayId);
        s.OptionalString("documentId", c.DocumentId);
        s.OptionalWord("assayType", c.AssayType);
        s.OptionalDecimal("pchemblValue", c.PChemblValue);
        s.OptionalString("targetOrganism", c.TargetOrganism);
        s.EndObject();
    }

    private static void WriteGtoPdb(IModelSink s, GtoPdbInteraction? g)
    {
        if (!s.BeginOptionalObject("gtopdb", g is not null))
        {
            return;
        }

        s.OptionalInteger("ligandId", g!.LigandId);
        s.OptionalInteger("targetId", g.TargetId);
        s.OptionalDecimal("affinityHigh", g.AffinityHigh);
        s.OptionalDecimal("affinityMedian", g.AffinityMedian);
        s.OptionalDecimal("affinityLow", g.AffinityLow);
        s.EndObject();
    }

#if !CIANOPRAMINE_GENERATOR
    private static ChemblActivity? ReadChembl(ref CompactReader r) => !r.Present() ? null : new ChemblActivity
    {
        ActivityId = r.OptionalInteger(),
        AssayId = r.OptionalString(),
        DocumentId = r.OptionalString(),
        AssayType = r.OptionalWord<ChemblAssayType>(),
        PChemblValue = r.OptionalDecimal(),
        TargetOrganism = r.OptionalString(),
    };

    private static GtoPdbInteraction? ReadGtoPdb(ref CompactReader r) => !r.Present() ? null : new GtoPdbInteraction
    {
        LigandId = r.OptionalInteger(),
        TargetId = r.OptionalInteger(),
        AffinityHigh = r.OptionalDecimal(),
        AffinityMedian = r.OptionalDecimal(),
        AffinityLow = r.OptionalDecimal(),
    };
#endif
}
