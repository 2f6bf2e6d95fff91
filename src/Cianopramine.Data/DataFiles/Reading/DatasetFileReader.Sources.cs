using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.DataFiles;

/// <summary>Readers of a result's source records: <c>chembl</c> and <c>gtopdb</c>.</summary>
internal static partial class DatasetFileReader
{
    private static readonly string[] ChemblProperties =
    {
        "activityId", "assayId", "documentId", "assayType", "pchemblValue", "targetOrganism",
    };

    private static readonly string[] GtopdbProperties =
    {
        "ligandId", "targetId", "affinityHigh", "affinityMedian", "affinityLow",
    };

    private static ChemblSpec ReadChembl(ObjectReader o)
    {
        var assayId = o.String("assayId");
        var documentId = o.String("documentId");
        var pchembl = o.Decimal("pchemblValue", required: false);
        return new ChemblSpec
        {
            Value = new ChemblActivity
            {
                ActivityId = o.Integer("activityId", 1, long.MaxValue)?.Value,
                AssayId = assayId?.Value,
                DocumentId = documentId?.Value,
                AssayType = o.Enum("assayType", EnumWords.ChemblAssayType),
                PChemblValue = pchembl?.Value,
                TargetOrganism = o.Text("targetOrganism"),
            },
            AssayId = assayId,
            DocumentId = documentId,
            PChemblLocation = pchembl?.At,
        };
    }

    private static GtoPdbInteraction ReadGtoPdb(ObjectReader o) => new()
    {
        LigandId = o.Integer("ligandId", 1, long.MaxValue)?.Value,
        TargetId = o.Integer("targetId", 1, long.MaxValue)?.Value,
        AffinityHigh = o.Decimal("affinityHigh", required: false)?.Value,
        AffinityMedian = o.Decimal("affinityMedian", required: false)?.Value,
        AffinityLow = o.Decimal("affinityLow", required: false)?.Value,
    };
}
