namespace Cianopramine.Data.Import;

/// <summary>
/// Options of <see cref="LabTableImporter"/>: the dataset's id, title and version, and the names your table gives its
/// columns (matched ignoring case, surrounding spaces and the difference between a space and an underscore).
/// </summary>
/// <remarks>
/// A column whose name is <see langword="null"/> is not read. The defaults are the snake_case names below, so a table
/// with the header <c>compound_id,smiles,target,parameter,relation,value,unit,reference</c> needs no options.
/// </remarks>
public sealed class LabTableImportOptions
{
    /// <summary>The dataset id of the imported file; default <c>lab-import</c>.</summary>
    public string DatasetId { get; init; } = "lab-import";

    /// <summary>The dataset title; default <c>Lab data</c>.</summary>
    public string Title { get; init; } = "Lab data";

    /// <summary>The data version written to the manifest; default <c>1</c>.</summary>
    public string Version { get; init; } = "1";

    /// <summary>
    /// The description of the assay every row is measured in; <see langword="null"/> (the default) leaves it out, as
    /// the table does not state it.
    /// </summary>
    public string? AssayDescription { get; init; }

    /// <summary>The column with the compound's id or code (required); default <c>compound_id</c>.</summary>
    public string CompoundIdColumn { get; init; } = "compound_id";

    /// <summary>The column with the compound's name; default <c>compound_name</c>. Without a name the compound has none (it is shown by its id, and found by its code, kept as a research-code synonym).</summary>
    public string? CompoundNameColumn { get; init; } = "compound_name";

    /// <summary>The column with the compound's SMILES; default <c>smiles</c>.</summary>
    public string? SmilesColumn { get; init; } = "smiles";

    /// <summary>The column with the target (its symbol or name, required); default <c>target</c>.</summary>
    public string TargetColumn { get; init; } = "target";

    /// <summary>The column with the parameter, <c>IC50</c>, <c>Ki</c>, <c>Kd</c>, <c>EC50</c>, <c>ED50</c> or <c>% inhibition</c> (required); default <c>parameter</c>.</summary>
    public string ParameterColumn { get; init; } = "parameter";

    /// <summary>The column with the relation (<c>=</c>, <c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>~</c>); default <c>relation</c>. Empty means <c>=</c>.</summary>
    public string? RelationColumn { get; init; } = "relation";

    /// <summary>The column with the number (required, invariant culture: <c>12.5</c>, <c>1.2e-6</c>); default <c>value</c>.</summary>
    public string ValueColumn { get; init; } = "value";

    /// <summary>The column with the unit, as the format writes units (<c>nM</c>, <c>uM</c> or <c>µM</c>, <c>M</c>, <c>%</c>, <c>mg/kg</c> …; required); default <c>unit</c>.</summary>
    public string UnitColumn { get; init; } = "unit";

    /// <summary>
    /// The column with the reference (required): a PubMed id (<c>3456789</c> or <c>PMID:3456789</c>), a DOI
    /// (<c>10.1016/…</c>), a URL, or any other text, which becomes the reference's title (a notebook page, a report);
    /// default <c>reference</c>.
    /// </summary>
    public string ReferenceColumn { get; init; } = "reference";
}
