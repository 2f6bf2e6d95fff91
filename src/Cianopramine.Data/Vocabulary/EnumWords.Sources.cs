using Cianopramine.Data.Model;

namespace Cianopramine.Data.Vocabulary;

/// <summary>The words of the source databases' enumerations, as the sources write them.</summary>
internal static partial class EnumWords
{
    /// <summary>ChEMBL's <c>assay_type</c> letters.</summary>
    public static readonly EnumWordTable<ChemblAssayType> ChemblAssayType = new(
        "ChEMBL assay type",
        ("B", Model.ChemblAssayType.Binding, "binding"),
        ("F", Model.ChemblAssayType.Functional, "functional"),
        ("A", Model.ChemblAssayType.Adme, "ADME"),
        ("T", Model.ChemblAssayType.Toxicity, "toxicity"),
        ("P", Model.ChemblAssayType.Physicochemical, "physicochemical"),
        ("U", Model.ChemblAssayType.Unclassified, "unclassified"));
}
